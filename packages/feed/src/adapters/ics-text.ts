/** RFC 5545 text rules: escaping TEXT values and folding content lines at 75 octets. */

/** Backslash, semicolon, comma and line breaks escaped; other control characters dropped. */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\\;,\n]/g, (char) => (char === '\n' ? '\\n' : `\\${char}`));
}

/** A parameter value (TZID, CN), quoted when it holds `;`, `:` or `,`. */
export function icsParameter(value: string): string {
  const clean = value.replace(/["\u0000-\u001f\u007f]/g, '');
  return /[;:,]/.test(clean) ? `"${clean}"` : clean;
}

/**
 * A content line folded at 75 octets of UTF-8: continuation lines start with a space, which counts in their
 * 75; a character is never cut between its bytes.
 */
export function foldIcsLine(line: string): string {
  let folded = '';
  let width = 0;
  for (const char of line) {
    const code = char.codePointAt(0)!;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (width + size > 75) {
      folded += '\r\n ';
      width = 1;
    }
    folded += char;
    width += size;
  }
  return folded;
}
