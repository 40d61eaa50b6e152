/**
 * Reading a CSV file saved by a spreadsheet: bytes decoded as UTF-8 (with or without BOM) or, when they are not
 * valid UTF-8, as Windows-1252 (what Excel writes on a French Windows); comma or semicolon found from the
 * header line; quoted fields with line breaks and doubled quotes.
 */

export interface CsvRecord {
  /** 1-based line where the record starts. */
  readonly row: number;
  readonly cells: readonly string[];
}

export interface CsvTable {
  readonly delimiter: ',' | ';' | '\t';
  readonly encoding: 'utf-8' | 'windows-1252';
  readonly header: readonly string[];
  readonly records: readonly CsvRecord[];
  /** Line of an opening quote never closed, if any. */
  readonly unclosedQuoteRow?: number;
}

/** Text of a file given as text or as bytes. */
export function decodeCsv(input: string | Uint8Array | ArrayBuffer): { text: string; encoding: CsvTable['encoding'] } {
  if (typeof input === 'string') return { text: input.replace(/^\ufeff/, ''), encoding: 'utf-8' };
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\ufeff/, ''), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** The delimiter of the header line: the one of `;`, `,` and tab found most often outside quotes. */
function findDelimiter(text: string): CsvTable['delimiter'] {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && (char === ',' || char === ';' || char === '\t')) counts[char]++;
  }
  if (counts[';'] >= counts[','] && counts[';'] >= counts['\t'] && counts[';'] > 0) return ';';
  return counts['\t'] > counts[','] ? '\t' : ',';
}

export function readCsv(input: string | Uint8Array | ArrayBuffer): CsvTable {
  const { text, encoding } = decodeCsv(input);
  const delimiter = findDelimiter(text);
  const rows: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 0;
  const endCell = (): void => {
    cells.push(cell);
    cell = '';
  };
  const endRecord = (): void => {
    endCell();
    if (cells.some((value) => value.trim() !== '')) rows.push({ row: recordLine, cells });
    cells = [];
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (char === '\n') line++;
        cell += char;
      }
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      quoteLine = line;
      cell = '';
    } else if (char === delimiter) endCell();
    else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else cell += char;
  }
  if (cell !== '' || cells.length > 0) endRecord();
  const [header, ...records] = rows;
  const table: CsvTable = {
    delimiter,
    encoding,
    header: (header?.cells ?? []).map((name) => name.trim()),
    records,
  };
  return quoted ? { ...table, unclosedQuoteRow: quoteLine } : table;
}
