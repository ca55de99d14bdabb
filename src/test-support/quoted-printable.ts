/**
 * Quoted-printable encoding (RFC 2045 §6.7) for messages that tests and benches write: the evasion edits re-encode a part
 * they changed (./evasions.ts), the training renderer writes modern client mail (bench/lib/modern-render.ts). spamlab itself
 * only decodes (src/mail/parse/transfer.ts).
 */

/**
 * `bytes` as quoted-printable: a line break of the input (LF or CRLF) ends a line, written as `eol`; lines of at most 76
 * characters with soft breaks (`=`); `=`, bytes outside printable ASCII and a blank at the end of a line encoded.
 */
export function encodeQuotedPrintable(bytes: Uint8Array, eol: string): string {
  const out: string[] = [];
  for (const line of Buffer.from(bytes).toString('latin1').split(/\r?\n/)) {
    let row = '';
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      const last = i === line.length - 1;
      const plain = (c >= 33 && c <= 126 && c !== 0x3d) || ((c === 0x20 || c === 0x09) && !last);
      const piece = plain ? line[i]! : `=${c.toString(16).toUpperCase().padStart(2, '0')}`;
      if (row.length + piece.length > 75) {
        out.push(`${row}=`);
        row = '';
      }
      row += piece;
    }
    out.push(row);
  }
  return out.join(eol);
}
