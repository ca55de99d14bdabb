/**
 * Text pushed out of view (issue 17): a visible lure at the top, then an empty block tall enough to push everything
 * after it below any screen (`<div style="height:2000vh">`, a `<td height="5000">`, a run of `<br>`), then borrowed
 * legitimate text (a copied newsletter) for the content filters. The reader sees only what comes before; the text
 * after is there for the filters. The HTML renderer measures, for every element with no text or picture of its own,
 * the height its own declarations give it (an inline style, a simple style-sheet rule, a height attribute), and adds
 * up the empty height between two things drawn: elements of SPACER_MIN_PX or more (a template's 20–60 px spacer cells
 * are not followed), and a line for every `<br>`. Nested spacers count once (the outer one's height, or what the inner
 * ones add up to if more).
 *
 * A screen: what a mail client shows of a message at once. Phones are 700–1,000 CSS px tall; the tallest desktop screen in
 * common use is 1,440 CSS px (1440p at 100 %, 4K at 150 %, 5K at 200 %), and the message is read in a pane of it below the
 * system's, the window's and the client's bars and the message's own header: about 1,100 px at most. An A4 or Letter
 * print page is 1,056–1,123 px. PUSH_MIN_PX = 1,200 is beyond all of them, so what follows is not on the first screen of
 * any reader (and the drawing above the gap only pushes it further), and it is far above any template's spacer
 * (`height="20"`, `<td height="40">`, 100–600 px hero rows). It was 1,500 (the whole 1440p screen) until session 46: a
 * campaign's image lure over `<p style="height: 1201px">` and a copied newsletter passed under it.
 *
 * An element taken out of the flow (`position:absolute` or `fixed`: a decoration laid over the others) takes no room, so
 * its height pushes nothing (a renewal lure's `height:200%` gradient overlay is no spacer).
 *
 * Units: px; pt (4/3 px); pc (16); em and rem (16 px, the default font); in (96), cm (37.8), mm (3.78);
 * vh as a tenth of a 1,000 px screen (150vh = 1,500 px); % as 6 px (of a 600 px mail column: padding and margin
 * percentages are of the width; a height's is of an unknown parent, read the same way, so `height:100%` is 600 px).
 * A unitless number is read as px (HTML attributes, quirks). Negative values push nothing and are not read.
 */

/** Empty height (CSS px) beyond any screen: what is drawn after it is out of view. */
export const PUSH_MIN_PX = 1200;
/** An empty element at least this tall (CSS px) is followed as a spacer; its height adds to the gap. */
export const SPACER_MIN_PX = 200;
/**
 * Text pushed below any screen counts from this many characters (MIME_TEXT_PUSHED_OUT_OF_VIEW, and the shown text ends at
 * the push): the trick carries a copied newsletter or paragraphs for the classifier; a signature or a footer line after a
 * layout's tall cell is not it.
 */
export const PUSHED_OUT_MIN_CHARS = 200;
/** One line break's height (CSS px): a line of 14–16 px text with its leading. 75 `<br>` in a row make a push. */
export const BREAK_PX = 20;

const UNIT_PX: Record<string, number> = { '': 1, px: 1, pt: 4 / 3, pc: 16, em: 16, rem: 16, in: 96, cm: 37.8, mm: 3.78, vh: 10, '%': 6 };

/** A vertical size declaration and its first value (the top, in the padding/margin shorthands). Linear. */
const VERTICAL = /(?:^|;)(min-height|height|padding-top|padding-bottom|padding|margin-top|margin-bottom|margin):(\d{1,7}(?:\.\d+)?)(?![\d.])(px|pt|pc|em|rem|in|cm|mm|vh|%)?(?![a-z%])/g;

/** A position that takes the element out of the flow: it is laid over the others and moves nothing down. */
const OUT_OF_FLOW = /(?:^|;)position:(?:absolute|fixed)(?![a-z-])/;

/**
 * The height (CSS px) a style's declarations give an element of themselves: the larger of height and min-height,
 * plus vertical padding and margin. `s` is lower-cased without white space (as the renderer reads styles).
 * @example tallPx('height:2000vh;display:flex') // 20000
 * @example tallPx('padding-top:20px;height:40px') // 60
 */
export function tallPx(s: string): number {
  if (s.indexOf('height') < 0 && s.indexOf('padding') < 0 && s.indexOf('margin') < 0) return 0;
  if (OUT_OF_FLOW.test(s)) return 0;
  let height = 0;
  let around = 0;
  VERTICAL.lastIndex = 0;
  for (let m = VERTICAL.exec(s); m; m = VERTICAL.exec(s)) {
    const px = Number(m[2]) * (UNIT_PX[m[3] ?? ''] ?? 0);
    const property = m[1] as string;
    if (property === 'height' || property === 'min-height') height = Math.max(height, px);
    // The shorthands' first value is the top; with one value it is the bottom too.
    else around += property === 'padding' || property === 'margin' ? px * 2 : px;
  }
  return Math.round(height + around);
}
