import { decodeQr, renderGrid } from './decode.js';

/** Characters a QR code is typed with: full, upper-half and lower-half blocks, and blanks for light modules. */
const FULL = '█';
const UPPER = '▀';
const LOWER = '▄';
const BLANKS = new Set([' ', '\u00a0', '\u2800', '\u3000']);
/** Fewest lines of a drawing: a version-1 code (21 rows) in half blocks takes 11; in full blocks, 21. */
const MIN_LINES = 10;
const MIN_WIDTH = 21;
const MAX_LINE = 400;
/** Most drawings read in one text (each is tried a few ways). */
const MAX_DRAWINGS = 4;

/** Whether a text holds block characters at all: the cheap gate before any line is looked at. */
export function hasBlockCharacters(text: string): boolean {
  return text.includes(FULL) || text.includes(UPPER) || text.includes(LOWER);
}

/**
 * QR codes typed as Unicode block characters (█ ▀ ▄ and blanks: two module rows a line in half blocks, or one
 * row a line in full blocks, one or two characters a module): each run of lines made only of those characters is
 * drawn as a bitmap and read by the same decoder as a picture. Returns the decoded texts.
 */
export function readBlockText(text: string, maxChars: number): string[] {
  const lines = (text.length > maxChars ? text.slice(0, maxChars) : text).split('\n');
  const found: string[] = [];
  let run: string[] = [];
  let drawings = 0;
  const flush = () => {
    if (run.length >= MIN_LINES && drawings < MAX_DRAWINGS) {
      drawings++;
      const decoded = readDrawing(run);
      if (decoded !== undefined) found.push(decoded);
    }
    run = [];
  };
  for (const raw of lines) {
    const line = trimDrawingEnd(raw);
    if (isDrawingLine(line)) run.push(line);
    else flush();
  }
  flush();
  return found;
}

/** The line without trailing blanks (a loop: a `\s+$` pattern is quadratic on long runs of inner blanks). */
function trimDrawingEnd(line: string): string {
  let end = line.length;
  while (end > 0 && (BLANKS.has(line[end - 1]!) || line.charCodeAt(end - 1) <= 0x20)) end--;
  return line.slice(0, end);
}

function isDrawingLine(line: string): boolean {
  if (line.length < MIN_WIDTH / 2 || line.length > MAX_LINE) return false;
  let blocks = 0;
  for (const ch of line) {
    if (ch === FULL || ch === UPPER || ch === LOWER) blocks++;
    else if (!BLANKS.has(ch)) return false;
  }
  return blocks > 0;
}

/** A run of drawing lines read as half blocks (2 rows a line), then as full blocks two or one characters a module. */
function readDrawing(lines: readonly string[]): string | undefined {
  const halves = lines.some((l) => l.includes(UPPER) || l.includes(LOWER));
  if (halves) {
    const grid: boolean[][] = [];
    for (const line of lines) {
      const top: boolean[] = [];
      const bottom: boolean[] = [];
      for (const ch of line) {
        top.push(ch === FULL || ch === UPPER);
        bottom.push(ch === FULL || ch === LOWER);
      }
      grid.push(top, bottom);
    }
    return decodeQr(renderGrid(grid, 4));
  }
  const grid = lines.map((line) => [...line].map((ch) => ch === FULL));
  // Two characters a module (a character cell is about twice as tall as wide), else one.
  return decodeQr(renderGrid(grid, 4, 1, 2)) ?? decodeQr(renderGrid(grid, 4, 1, 1));
}
