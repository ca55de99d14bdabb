/**
 * Style-sheet rules that hide text (issue 17): `<style>.belowView { margin-top: 470500px }</style>` hides a
 * lure's word salad as surely as an inline `style="display:none"`, but the HTML renderer read inline styles only.
 * The rules of each `<style>` element are read here into a small table, and an element whose class, id or name
 * a hiding rule selects is hidden like inline-hidden text (same facts, same findings).
 *
 * Deliberately simple and bounded, not a CSS engine:
 * - selectors: `.class`, `#id`, `element`, `element.class`, `element#id` and comma lists of them; any selector
 *   with a combinator, a pseudo-class, an attribute test or `*` is ignored (a rule naming nothing we can match
 *   hides nothing);
 * - only top-level rules count: a rule inside `@media` (mobile-only layouts hide their desktop columns), `@supports`
 *   or any other at-rule is conditional and is skipped, as are `@font-face` and `@import`;
 * - what a rule does is judged as inline styles are (the renderer passes the test in), and the renderer keeps three
 *   tables: rules that hide outright (display:none, visibility:hidden, zero opacity, transparent colour or colour equal
 *   to background, zero size with overflow hidden, far off-screen offsets), rules that hide only by a font-size of 0/1px
 *   (inherited, and undone by a descendant given a readable size — the inline-block gap trick of templates), and
 *   rules that give a readable size;
 * - style sheets in `<head>` count (where nearly every sheet is); one inside an inert element (`<template>`, `<noscript>`) does not;
 * - at most MAX_RULES rules and MAX_CSS_CHARS characters of style text per HTML part; the rest is not read.
 */
/** Hiding selectors of one HTML part, by kind (lower-cased names; classes and ids as written, CSS is case-sensitive there). */
export interface HidingRules {
  classes: Set<string>;
  ids: Set<string>;
  elements: Set<string>;
  /** `element.class` / `element#id` pairs, as `element.class` / `element#id`. */
  qualified: Set<string>;
  /** Rules read so far (all of them, hiding or not): the bound, kept on the first of the tables a sheet fills (addStyleRules). */
  rulesRead: number;
  /** Style characters read so far: the bound, kept likewise. */
  charsRead: number;
}

export const MAX_RULES = 500;
export const MAX_CSS_CHARS = 64 * 1024;

export function emptyHidingRules(): HidingRules {
  return { classes: new Set(), ids: new Set(), elements: new Set(), qualified: new Set(), rulesRead: 0, charsRead: 0 };
}

/** One simple selector: an element name, a class or an id, or an element with one of them (`td`, `.x`, `#y`, `td.x`). */
export const SIMPLE_SELECTOR = /^([a-zA-Z][a-zA-Z0-9]*)?(?:([.#])(-?[_a-zA-Z\u00a0-\uffff][_a-zA-Z0-9\u00a0-\uffff-]*))?$/;

/** A style sheet with its comments blanked out (an unclosed one runs to the end). */
export function withoutCssComments(text: string): string {
  return text.indexOf('/*') >= 0 ? text.replace(/\/\*[\s\S]*?(?:\*\/|$)/g, ' ') : text;
}

/**
 * Adds the rules of one style sheet's text to `tables`, within the bounds left (counted on the first table): `tableOf`
 * says which table a rule's declarations go to — an index into `tables`, or -1 for none — by the renderer's tests for
 * inline styles, so both agree. The sheet is read once for every table.
 * @example addStyleRules([rules], '.pre { display: none } @media (max-width:600px) { .desk { display:none } }', (d) => (styleHides(d) ? 0 : -1))
 */
export function addStyleRules(tables: readonly HidingRules[], css: string, tableOf: (declarations: string) => number): void {
  const bounds = tables[0]!;
  const room = MAX_CSS_CHARS - bounds.charsRead;
  if (room <= 0 || bounds.rulesRead >= MAX_RULES) return;
  const text = css.length > room ? css.slice(0, room) : css;
  bounds.charsRead += text.length;
  const sheet = withoutCssComments(text);
  let i = 0;
  const n = sheet.length;
  while (i < n && bounds.rulesRead < MAX_RULES) {
    const open = sheet.indexOf('{', i);
    if (open < 0) break;
    const prelude = sheet.slice(i, open).trim();
    // The block's end: for an at-rule, its matching brace (nested rules inside are conditional and skipped).
    let depth = 1;
    let j = open + 1;
    for (; j < n && depth > 0; j++) {
      const c = sheet.charCodeAt(j);
      if (c === 0x7b) depth++;
      else if (c === 0x7d) depth--;
    }
    const body = sheet.slice(open + 1, depth === 0 ? j - 1 : n);
    i = j;
    // A stray `;` before a rule (`@charset "x"; .a {…}`, `@import url(x); .a {…}`) ends a statement, not the prelude.
    const statement = prelude.slice(prelude.lastIndexOf(';') + 1).trim();
    bounds.rulesRead++;
    if (statement.startsWith('@') || statement.length === 0 || body.indexOf('{') >= 0) continue;
    const table = tableOf(body);
    if (table < 0) continue;
    const rules = tables[table]!;
    for (const raw of statement.split(',')) {
      const selector = raw.trim();
      const m = SIMPLE_SELECTOR.exec(selector);
      if (!m || (!m[1] && !m[2])) continue;
      const element = m[1]?.toLowerCase();
      const kind = m[2];
      const name = m[3];
      if (element && kind && name) rules.qualified.add(`${element}${kind}${name}`);
      else if (element) rules.elements.add(element);
      else if (kind === '.' && name) rules.classes.add(name);
      else if (kind === '#' && name) rules.ids.add(name);
    }
  }
}

/** Whether a hiding rule selects the element `name` (lower-cased) with these class and id attributes. */
export function rulesHide(rules: HidingRules, name: string, classAttr: string | undefined, id: string | undefined): boolean {
  if (rules.elements.has(name)) return true;
  if (id !== undefined && id !== '' && (rules.ids.has(id) || rules.qualified.has(`${name}#${id}`))) return true;
  if (classAttr !== undefined && (rules.classes.size > 0 || rules.qualified.size > 0)) {
    let k = 0;
    for (const c of classAttr.split(/\s+/)) {
      if (++k > 32) break;
      if (c && (rules.classes.has(c) || rules.qualified.has(`${name}.${c}`))) return true;
    }
  }
  return false;
}

/** Whether any hiding rule has been read (the renderer asks nothing per element otherwise). */
export function hasHidingRules(rules: HidingRules): boolean {
  return rules.classes.size + rules.ids.size + rules.elements.size + rules.qualified.size > 0;
}
