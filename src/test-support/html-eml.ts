/** A single-part text/html message of the given header lines (From, To, Subject, … in their order) and HTML body, CRLF. */
export function htmlEml(headers: readonly string[], html: string): Uint8Array {
  return new TextEncoder().encode([...headers, 'MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8', '', html, ''].join('\r\n'));
}
