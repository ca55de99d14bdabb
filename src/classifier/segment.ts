/**
 * Japanese word segmentation with `Intl.Segmenter` (ICU's dictionary-based word break, UAX #29 extended
 * for CJK). On Node 20 its cost grows quadratically with the length of the string given to `segment()`, so
 * text is fed to it in chunks of at most `MAX_SEGMENT_CHUNK` characters, cut at sentence ends or spaces.
 */

/** Longest string handed to one `segment()` call; measured linear below ~2,000 characters on Node 20. */
export const MAX_SEGMENT_CHUNK = 2000;

let segmenter: Intl.Segmenter | undefined;

function japaneseSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('ja', { granularity: 'word' });
  return segmenter;
}

/**
 * Splits text into chunks of at most `max` characters, preferring to cut after a sentence end (。．！？!?)
 * or a line break, then at a space, and only as a last resort in the middle of a run.
 * @example chunkText('あ。い。', 2) // ['あ。', 'い。']
 */
export function chunkText(text: string, max = MAX_SEGMENT_CHUNK): string[] {
  const chunks: string[] = [];
  let start = 0;
  while (text.length - start > max) {
    const window = text.slice(start, start + max);
    let cut = -1;
    for (const pattern of [/[。．！？!?\n]/g, /\s/g]) {
      let m: RegExpExecArray | null;
      while ((m = pattern.exec(window))) cut = m.index + 1;
      if (cut > max / 4) break;
      cut = -1;
    }
    // A surrogate pair must not be split.
    if (cut <= 0) cut = /[\uD800-\uDBFF]/.test(window[max - 1] ?? '') ? max - 1 : max;
    chunks.push(text.slice(start, start + cut));
    start += cut;
  }
  if (start < text.length) chunks.push(text.slice(start));
  return chunks;
}

/**
 * Japanese (or mixed) text to its word-like segments, in order, chunk by chunk.
 * @example segmentWords('今すぐ無料でダイエット') // ['今', 'すぐ', '無料', 'で', 'ダイエット']
 */
export function segmentWords(text: string): string[] {
  const words: string[] = [];
  const seg = japaneseSegmenter();
  for (const chunk of chunkText(text)) {
    for (const s of seg.segment(chunk)) if (s.isWordLike) words.push(s.segment);
  }
  return words;
}
