import { Parser } from 'htmlparser2';
import { decodeQr, renderGrid } from './decode.js';

/** Fewest rows and columns of a drawn code (version 1 is 21 × 21), and most (version 40 is 177, with a quiet zone). */
const MIN_SIDE = 21;
const MAX_SIDE = 200;
/** Most elements built from one HTML body, and most candidate grids decoded. */
const MAX_NODES = 200_000;
const MAX_GRIDS = 4;
const MAX_COLSPAN = 200;

interface Node {
  /** Own background: true dark, false light, undefined none set (the parent's shows through). */
  dark: boolean | undefined;
  classes: string[];
  span: number;
  children: Node[];
}

const COLOUR_MENTION = /bgcolor|background/gi;
const CLASS_MENTION = /class\s*=/gi;

/**
 * Whether an HTML body may hold a QR code drawn with cells (a table of coloured cells, rows of coloured divs):
 * enough elements for a 21 × 21 grid, and enough background colours (or classes) to paint one. Most mail stops
 * here, after counting, with nothing parsed.
 */
export function mayHoldDrawnCode(html: string): boolean {
  if (html.length < MIN_SIDE * MIN_SIDE * 4) return false;
  let tags = 0;
  for (let at = html.indexOf('<'); at >= 0 && tags < MIN_SIDE * MIN_SIDE; at = html.indexOf('<', at + 1)) tags++;
  if (tags < MIN_SIDE * MIN_SIDE) return false;
  return countUpTo(html, COLOUR_MENTION, 100) >= 100 || countUpTo(html, CLASS_MENTION, MIN_SIDE * MIN_SIDE) >= MIN_SIDE * MIN_SIDE;
}

function countUpTo(text: string, pattern: RegExp, max: number): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (n < max && pattern.exec(text)) n++;
  pattern.lastIndex = 0;
  return n;
}

/**
 * QR codes drawn as HTML cells: every element whose children are ≥ 21 rows of ≥ 21 cells each (table rows of
 * cells, divs of spans) is read as a module grid — a cell is dark when its background (bgcolor, a style's
 * background, a class's background in a <style> sheet, else its row's or grid's) is dark — rendered as a bitmap
 * and read by the same decoder as a picture. Returns the decoded texts.
 */
export function readDrawnCodes(html: string, maxChars: number): string[] {
  const root = parseCells(html.length > maxChars ? html.slice(0, maxChars) : html);
  const found: string[] = [];
  let tried = 0;
  const stack: { node: Node; inherited: boolean }[] = [{ node: root.node, inherited: false }];
  while (stack.length && tried < MAX_GRIDS) {
    const { node, inherited } = stack.pop()!;
    const dark = darkOf(node, root.classDark) ?? inherited;
    if (node.children.length >= MIN_SIDE) {
      const grid = gridOf(node, dark, root.classDark);
      if (grid) {
        tried++;
        const decoded = decodeQr(renderGrid(grid, 4));
        if (decoded !== undefined) found.push(decoded);
        continue;
      }
    }
    for (const child of node.children) stack.push({ node: child, inherited: dark });
  }
  return found;
}

function darkOf(node: Node, classDark: Map<string, boolean>): boolean | undefined {
  if (node.dark !== undefined) return node.dark;
  for (let i = node.classes.length - 1; i >= 0; i--) {
    const d = classDark.get(node.classes[i]!);
    if (d !== undefined) return d;
  }
  return undefined;
}

/** The module grid an element's children make, when they are rows of one width with some dark and some light cells. */
function gridOf(container: Node, containerDark: boolean, classDark: Map<string, boolean>): boolean[][] | undefined {
  if (container.children.length > MAX_SIDE) return undefined;
  const grid: boolean[][] = [];
  const widths = new Map<number, number>();
  for (const row of container.children) {
    const rowDark = darkOf(row, classDark) ?? containerDark;
    const cells: boolean[] = [];
    for (const cell of row.children) {
      const d = darkOf(cell, classDark) ?? rowDark;
      for (let s = 0; s < cell.span && cells.length <= MAX_SIDE; s++) cells.push(d);
    }
    if (cells.length > MAX_SIDE) return undefined;
    grid.push(cells);
    widths.set(cells.length, (widths.get(cells.length) ?? 0) + 1);
  }
  let width = 0;
  let count = 0;
  for (const [w, n] of widths) if (n > count) [width, count] = [w, n];
  if (width < MIN_SIDE || count < Math.max(MIN_SIDE, grid.length * 0.9)) return undefined;
  let dark = 0;
  let cells = 0;
  for (const row of grid) {
    for (const d of row) if (d) dark++;
    cells += row.length;
  }
  return dark >= cells * 0.2 && dark <= cells * 0.8 ? grid : undefined;
}

/** A bare tree of the body's elements with their backgrounds, and the dark or light classes of its style sheets. */
function parseCells(html: string): { node: Node; classDark: Map<string, boolean> } {
  const root: Node = { dark: undefined, classes: [], span: 1, children: [] };
  const stack: Node[] = [root];
  const classDark = new Map<string, boolean>();
  let nodes = 0;
  let css = '';
  let inStyle = false;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'style') inStyle = true;
        if (nodes >= MAX_NODES) return;
        nodes++;
        const span = Math.min(MAX_COLSPAN, Math.max(1, Number.parseInt(attribs.colspan ?? '1', 10) || 1));
        const node: Node = {
          dark: colourDark(attribs.bgcolor) ?? backgroundDark(attribs.style),
          classes: attribs.class ? attribs.class.split(/\s+/).filter(Boolean).slice(0, 8) : [],
          span,
          children: [],
        };
        stack[stack.length - 1]!.children.push(node);
        stack.push(node);
      },
      onclosetag(name) {
        if (name === 'style') inStyle = false;
        if (stack.length > 1) stack.pop();
      },
      ontext(text) {
        if (inStyle && css.length < 200_000) css += text;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  readClassBackgrounds(css, classDark);
  return { node: root, classDark };
}

/** `.name { background: … }` rules (also `td.name`, several selectors), their darkness by class name. */
function readClassBackgrounds(css: string, into: Map<string, boolean>): void {
  for (const rule of css.split('}').slice(0, 5000)) {
    const brace = rule.indexOf('{');
    if (brace < 0) continue;
    const dark = backgroundDark(rule.slice(brace + 1));
    if (dark === undefined) continue;
    for (const selector of rule.slice(0, brace).split(',')) {
      const s = selector.trim();
      const dot = s.lastIndexOf('.');
      if (dot < 0) continue;
      const name = s.slice(dot + 1);
      if (/^[\w-]{1,64}$/.test(name) && /^[a-z0-9]*$/i.test(s.slice(0, dot))) into.set(name, dark);
    }
  }
}

/** The darkness of a style's background (`background` or `background-color`), undefined when it sets none. */
function backgroundDark(style: string | undefined): boolean | undefined {
  if (!style || !style.toLowerCase().includes('background')) return undefined;
  let dark: boolean | undefined;
  for (const declaration of style.split(';').slice(0, 64)) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    if (property !== 'background' && property !== 'background-color') continue;
    for (const word of cssWords(declaration.slice(colon + 1, colon + 1 + 512))) {
      const d = colourDark(word);
      if (d !== undefined) dark = d;
    }
  }
  return dark;
}

/** The words of a CSS value, a parenthesised group (`rgb(0, 0, 0)`) kept whole; at most 8. */
function cssWords(value: string): string[] {
  const words: string[] = [];
  let word = '';
  let depth = 0;
  for (const ch of value) {
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r')) {
      if (word) words.push(word);
      word = '';
      if (words.length >= 8) return words;
    } else word += ch;
  }
  if (word) words.push(word);
  return words;
}

const DARK_NAMES = new Set(['black', 'navy', 'darkblue', 'darkgreen', 'maroon', 'purple', 'indigo', 'darkslategray', 'darkslategrey', 'midnightblue', 'darkred', 'dimgray', 'dimgrey']);
const LIGHT_NAMES = new Set(['white', 'snow', 'ivory', 'whitesmoke', 'ghostwhite', 'floralwhite', 'linen', 'azure', 'mintcream', 'honeydew', 'aliceblue', 'seashell', 'beige', 'lightgray', 'lightgrey', 'silver', 'gainsboro', 'yellow', 'lightyellow', 'cyan', 'lime']);

/** Whether a CSS colour (#rgb, #rrggbb, rgb(), a few names) is dark (BT.601 luma under half); undefined when not a colour. */
export function colourDark(value: string | undefined): boolean | undefined {
  if (!value) return undefined;
  const v = value.trim().toLowerCase();
  if (v.startsWith('#')) {
    const hex = v.slice(1);
    if (!/^[0-9a-f]{3,8}$/.test(hex)) return undefined;
    const full = hex.length === 3 || hex.length === 4 ? [...hex.slice(0, 3)].map((c) => c + c).join('') : hex.slice(0, 6);
    if (full.length < 6) return undefined;
    return luma(Number.parseInt(full.slice(0, 2), 16), Number.parseInt(full.slice(2, 4), 16), Number.parseInt(full.slice(4, 6), 16)) < 128;
  }
  if (v.startsWith('rgb')) {
    const parts = v.slice(v.indexOf('(') + 1, v.indexOf(')') >= 0 ? v.indexOf(')') : undefined).split(/[\s,/]+/).filter(Boolean).slice(0, 3).map((p) => Number.parseFloat(p) * (p.endsWith('%') ? 2.55 : 1));
    if (parts.length < 3 || parts.some((p) => !Number.isFinite(p))) return undefined;
    return luma(parts[0]!, parts[1]!, parts[2]!) < 128;
  }
  if (DARK_NAMES.has(v)) return true;
  if (LIGHT_NAMES.has(v)) return false;
  return undefined;
}

function luma(r: number, g: number, b: number): number {
  return (r * 299 + g * 587 + b * 114) / 1000;
}
