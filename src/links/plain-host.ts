/**
 * Where the host of a plain `http(s)://` URL ends, read without the URL parser (one scanner for the links family's
 * normaliseUrl and the sender family's link hosts; a parse per link was a large part of both). `start` is the index after
 * `://`. A plain host is ASCII letters, digits and `-` in labels joined by single dots, followed by the end of the text or
 * by `/`, `?` or `#`: for such a host the WHATWG parser only lower-cases it. Everything it rewrites, refuses or reads
 * otherwise gives -1 (the caller asks the parser): an empty host; an empty label (a leading, doubled or trailing dot); a
 * last label starting with a digit or `-` (an IPv4 address, or a number the parser tries as one); `xn--` in any case
 * (IDNA: punycode is checked and decoded); and any other character before the path — credentials, a port, `\`, `%`,
 * non-ASCII, blanks. Tested against the parser, with each caller.
 * @example plainHostEnd('https://Example.com/a', 8) // 19
 */
export function plainHostEnd(text: string, start: number): number {
  const n = text.length;
  let labelStart = start;
  let i = start;
  let hyphens = false;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a)) continue;
    if (c === 0x2d) hyphens = true;
    else if (c === 0x2e && i > labelStart) labelStart = i + 1;
    else break;
  }
  if (i === labelStart || text.charCodeAt(labelStart) <= 0x39) return -1;
  if (i < n) {
    const c = text.charCodeAt(i);
    if (c !== 0x2f && c !== 0x3f && c !== 0x23) return -1;
  }
  // An ACE label (`xn--`, any case) anywhere: the parser checks and decodes it.
  if (hyphens) {
    for (let k = text.indexOf('--', start); k >= 0 && k < i; k = text.indexOf('--', k + 1)) {
      if (k >= start + 2 && (text.charCodeAt(k - 2) | 0x20) === 0x78 && (text.charCodeAt(k - 1) | 0x20) === 0x6e) return -1;
    }
  }
  return i;
}
