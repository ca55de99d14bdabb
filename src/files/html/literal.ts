/**
 * A JavaScript string literal at `start` (a quote), its escapes read (\xHH, \uHHHH, \u{…}, \n …); `escaped` when
 * an escape other than a quote's or a backslash's was read. An unclosed literal ends at the end of the text: a cut
 * file still shows what it has.
 */
export function readStringLiteral(text: string, start: number): { value: string; end: number; escaped: boolean } {
  const quote = text[start];
  let escaped = false;
  let out = '';
  let i = start + 1;
  let runStart = i;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (text[i] === quote) {
      out += text.slice(runStart, i);
      return { value: out, end: i + 1, escaped };
    }
    if (c !== 0x5c /* \ */) { i++; continue; }
    out += text.slice(runStart, i);
    const e = text[i + 1];
    // Escapes of quotes and backslashes are how any string is written; the others spell the text out of sight.
    if (e !== quote && e !== '\\') escaped = true;
    let width = 2;
    if (e === 'x' && /^[0-9a-f]{2}$/i.test(text.slice(i + 2, i + 4))) { out += String.fromCharCode(parseInt(text.slice(i + 2, i + 4), 16)); width = 4; }
    else if (e === 'u' && text[i + 2] === '{') {
      // At most six hex digits: the closing brace is looked for that far only (a scan to the end per escape would be quadratic).
      const brace = text.slice(i + 3, i + 10).indexOf('}');
      const close = brace < 0 ? -1 : i + 3 + brace;
      const hex = close > 0 ? text.slice(i + 3, close) : '';
      const cp = /^[0-9a-f]{1,6}$/i.test(hex) ? parseInt(hex, 16) : -1;
      if (cp >= 0 && cp <= 0x10ffff) { out += String.fromCodePoint(cp); width = close - i + 1; }
      else out += 'u';
    } else if (e === 'u' && /^[0-9a-f]{4}$/i.test(text.slice(i + 2, i + 6))) { out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16)); width = 6; }
    else if (e === 'n') out += '\n';
    else if (e === 'r') out += '\r';
    else if (e === 't') out += '\t';
    else if (e === '\r' || e === '\n') out += ''; // a line continuation
    else if (e !== undefined) out += e;
    i += width;
    runStart = i;
  }
  out += text.slice(runStart);
  return { value: out, end: text.length, escaped };
}
