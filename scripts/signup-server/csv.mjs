// CSV for spreadsheet programs (RFC 4180: CRLF, every cell quoted, quotes doubled), protected from formula
// injection: a cell a volunteer typed as `=HYPERLINK(...)` must stay text when the association opens it.

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: text starting like a formula gets a leading apostrophe, then the whole is quoted. */
export function csvCell(value) {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** A header row of `columns`, then one row per record. */
export function toCsv(columns, rows) {
  const lines = [columns.map(csvCell).join(',')];
  for (const row of rows) lines.push(columns.map((column) => csvCell(row[column])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
