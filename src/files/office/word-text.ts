import { decodeXmlEntities } from './index.js';

/**
 * The words of a Word body (`word/document.xml`, ECMA-376 Part 1 §17.3): the text runs `<w:t>`, a paragraph's end as a
 * line break, tabs and breaks as spaces, XML character references decoded. Bounded by `maxChars`; no parser: markup the
 * reading does not know is skipped.
 *
 * It reads what the pattern `/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<\/w:p>|<w:(?:tab|br|cr)\b[^>]*\/>/g` matched (WORD_PATTERN,
 * kept in the tests as the definition), tag by tag: that pattern rescanned to the end of the body from every `<w:t ` or
 * `<w:tab ` without a `>` of its own (90 KB of `<w:t ` took 2 s). Here the next `>` and the next `<` are each searched
 * once for a run of tags that share them, so the reading is linear.
 * @example wordText('<w:p><w:r><w:t>Call</w:t></w:r><w:r><w:t xml:space="preserve"> us</w:t></w:r></w:p>', 100) // 'Call us'
 */
export function wordText(xml: string, maxChars: number): string {
  let out = '';
  let gt = -2;
  let lt = -2;
  /** The first `>` at or after `from` (-1: none), remembered: `from` never decreases. */
  const nextGt = (from: number): number => (gt === -1 || gt >= from ? gt : (gt = xml.indexOf('>', from)));
  const nextLt = (from: number): number => (lt === -1 || lt >= from ? lt : (lt = xml.indexOf('<', from)));
  for (let i = xml.indexOf('<'); i >= 0; ) {
    let piece: string | undefined;
    let end = i + 1;
    if (xml.startsWith('<w:t', i) && (xml[i + 4] === '>' || WHITESPACE.test(xml[i + 4] ?? ''))) {
      // <w:t> or <w:t attributes…>, then text without '<' closed by </w:t>.
      const close = xml[i + 4] === '>' ? i + 4 : nextGt(i + 5);
      const textEnd = close < 0 ? -1 : nextLt(close + 1);
      if (textEnd >= 0 && xml.startsWith('</w:t>', textEnd)) {
        piece = decodeXmlEntities(xml.slice(close + 1, textEnd));
        end = textEnd + 6;
      }
    } else if (xml.startsWith('</w:p>', i)) {
      piece = '\n';
      end = i + 6;
    } else if (xml.startsWith('<w:', i)) {
      // <w:tab/>, <w:br …/>, <w:cr/>: the name ends at a word boundary and the tag's first '>' follows a '/'.
      const name = BREAK_NAME.exec(xml.slice(i + 3, i + 7))?.[0];
      if (name !== undefined) {
        const after = i + 3 + name.length;
        const close = nextGt(after);
        if (close > after && xml[close - 1] === '/') {
          piece = ' ';
          end = close + 1;
        }
      }
    }
    if (piece !== undefined) {
      out += piece;
      if (out.length >= maxChars) return out.slice(0, maxChars).trim();
    }
    i = xml.indexOf('<', end);
  }
  return out.replace(/[ \t]+/g, ' ').replace(/ ?\n\s*/g, '\n').trim();
}

const WHITESPACE = /^\s$/;
/** tab, br or cr followed by a non-word character or the end (the pattern's `\b`). */
const BREAK_NAME = /^(?:tab|br|cr)(?!\w)/;
