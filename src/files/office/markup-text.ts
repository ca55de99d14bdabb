import { decodeXmlEntities } from './index.js';

/** How one XML vocabulary writes its words. */
export interface TextVocabulary {
  /** The element whose character data is text (`a:t` in DrawingML, `t` in SpreadsheetML); '' for all character data. */
  run: string;
  /** End tags that end a line (`a:p`, `si`, `text:p`), without the slash. */
  lineEnds: readonly string[];
  /** Empty elements that stand for a blank (`text:s`, `text:tab`, `a:br`). */
  blanks?: readonly string[];
  /** The start tag before which nothing is text (`office:body`: an ODF file's styles and metadata come first). */
  from?: string;
}

/** Slides and shapes (DrawingML, ECMA-376 Part 1 §21.1.2.3): `<a:t>` runs, `<a:p>` paragraphs. */
export const DRAWING_TEXT: TextVocabulary = { run: 'a:t', lineEnds: ['a:p'], blanks: ['a:br', 'a:tab'] };
/** A workbook's shared strings (`xl/sharedStrings.xml`, §18.4) and a sheet's inline strings (`<is><t>`). */
export const SHEET_TEXT: TextVocabulary = { run: 't', lineEnds: ['si', 'is'] };
/** An OpenDocument body (`content.xml`, ODF 1.2 §5.1): every paragraph's and heading's character data. */
export const ODF_TEXT: TextVocabulary = { run: '', lineEnds: ['text:p', 'text:h'], blanks: ['text:s', 'text:tab', 'text:line-break'], from: 'office:body' };

/**
 * The words of an XML document part, tag by tag: each `<` and `>` is searched once (the reading is linear, whatever
 * the markup), character references decoded, lines as the vocabulary ends them, at most `maxChars` characters.
 * Markup the reading does not know is skipped; a cut or broken part gives what it held up to the break.
 * @example markupText('<a:p><a:r><a:t>View</a:t></a:r><a:r><a:t> document</a:t></a:r></a:p>', DRAWING_TEXT, 100) // 'View document'
 */
export function markupText(xml: string, vocabulary: TextVocabulary, maxChars: number): string {
  let out = '';
  let inRun = vocabulary.run === '';
  let started = vocabulary.from === undefined;
  let pos = 0;
  while (pos < xml.length && out.length < maxChars) {
    const lt = xml.indexOf('<', pos);
    if (started && inRun) out += decodeXmlEntities(lt < 0 ? xml.slice(pos) : xml.slice(pos, lt));
    if (lt < 0) break;
    const gt = xml.indexOf('>', lt + 1);
    if (gt < 0) break;
    pos = gt + 1;
    const tag = xml.slice(lt + 1, Math.min(gt, lt + 1 + 64));
    const closing = tag.startsWith('/');
    const name = tagName(closing ? tag.slice(1) : tag);
    if (!started) {
      if (!closing && name === vocabulary.from) started = true;
      continue;
    }
    if (closing) {
      if (vocabulary.run !== '' && name === vocabulary.run) inRun = false;
      if (vocabulary.lineEnds.includes(name)) out += '\n';
    } else if (vocabulary.run !== '' && name === vocabulary.run) {
      inRun = !xml.startsWith('/', gt - 1);
    } else if (vocabulary.blanks?.includes(name)) {
      out += ' ';
    }
  }
  return out.slice(0, maxChars).replace(/[ \t]+/g, ' ').replace(/ ?\n\s*/g, '\n').trim();
}

/** A tag's name: up to the first blank or slash. */
function tagName(tag: string): string {
  let end = 0;
  while (end < tag.length && !/[\s/]/.test(tag[end]!)) end++;
  return tag.slice(0, end);
}
