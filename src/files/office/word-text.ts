import { decodeXmlEntities } from './index.js';

/**
 * The words of a Word body (`word/document.xml`, ECMA-376 Part 1 §17.3): the text runs `<w:t>`, a paragraph's end as a
 * line break, tabs and breaks as spaces, XML character references decoded. Bounded by `maxChars`; a regular expression
 * over the XML, no parser: markup the reading does not know is skipped.
 * @example wordText('<w:p><w:r><w:t>Call</w:t></w:r><w:r><w:t xml:space="preserve"> us</w:t></w:r></w:p>', 100) // 'Call us'
 */
export function wordText(xml: string, maxChars: number): string {
  let out = '';
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<\/w:p>|<w:(?:tab|br|cr)\b[^>]*\/>/g)) {
    out += m[1] !== undefined ? decodeXmlEntities(m[1]) : m[0] === '</w:p>' ? '\n' : ' ';
    if (out.length >= maxChars) return out.slice(0, maxChars).trim();
  }
  return out.replace(/[ \t]+/g, ' ').replace(/ ?\n\s*/g, '\n').trim();
}
