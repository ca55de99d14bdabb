/**
 * The layout layer of the WHOIS text parser: turns a response into entries (key, values, section,
 * block) whatever the registry's layout — `Key: value` (ICANN, most ccTLDs), `Key.....: value`,
 * `[Key]  value` and `a. [Key]  value` (JPRS), headers followed by indented values (Nominet, NIC.it),
 * `[Section]` or `Section:` headers followed by members (DENIC, JPRS's `Contact Information:`), and
 * blank-line separated objects (RIPE-style `nic-hdl` blocks). Meaning is assigned later by field maps
 * (./fields.ts), so a new registry usually needs a map line, not a parser.
 */

export interface Entry {
  /** Normalised key: NFKC, lower case, punctuation to spaces (`Registrant State/Province` → `registrant state province`). */
  key: string;
  rawKey: string;
  /** The value on the key's line and continuation lines below it, trimmed, empty ones dropped. */
  values: string[];
  /** The normalised key of the header this entry sits under, if any. */
  section?: string;
  /** Value written after a header's colon in brackets (`Contact Information: [公開連絡窓口]`). */
  sectionNote?: string;
  /** Blank-line separated paragraph number. */
  block: number;
  /** True for a header that opened a section. */
  header: boolean;
  bracket: boolean;
}

export interface Layout {
  entries: Entry[];
  /** Lines that were neither keys nor continuations (notices, "No match!!"). */
  freeText: string[];
  truncated: boolean;
}

/** Lowercases, folds width (NFKC), turns punctuation into spaces and drops a trailing possessive. */
export function normaliseKey(raw: string): string {
  return raw
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[_\-/.()'’,:#*\]\[]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const JPRS_LINE = /^(\s*)(?:[a-z]\.\s*)?\[([^\]\s][^\]]{0,50})\]\s*((?:\S.*)?)$/;
const KEY_VALUE = /^(\s*)([^\s:\[][^:]{0,60}?)\s*:(?!\/\/)\s*((?:\S.*)?)$/;
const DOT_LEADER = /^(\s*)([A-Za-z][A-Za-z0-9 /()'-]{1,50}?)\s*\.{3,}(?!\.):?\s*((?:\S.*)?)$/;
const ONLY_BRACKET = /^\[([^\]]{1,40})\]$/;

/** Section words that open a section even when what follows is not indented. */
const SECTION_WORDS =
  /^(registrant|holder|owner|domain holder|registrant contact|admin(istrative)?( contacts?)?|tech(nical)?( contacts?)?|billing( contacts?)?|zone( contacts?)?|registrar|contact information|domain information|contact|contacts|nameservers|name servers|dns servers|登録者|公開連絡窓口|ドメイン情報)$/;

interface RawLine {
  indent: number;
  text: string;
}

function indentOf(line: string): number {
  let n = 0;
  for (const ch of line) {
    if (ch === ' ') n++;
    else if (ch === '\t') n += 8;
    else break;
  }
  return n;
}

function parseKeyLine(line: string): { key: string; value: string; bracket: boolean } | undefined {
  let m = JPRS_LINE.exec(line);
  if (m) return { key: m[2]!, value: m[3]!.trim(), bracket: true };
  m = KEY_VALUE.exec(line);
  if (m) {
    const key = m[2]!.replace(/[.\s]+$/, '');
    // A URL or a time is not a key: `http://…`, `12:30`.
    if (key && !/^\d+$/.test(key) && !/^(https?|ftp)$/i.test(key) && /[\p{L}]/u.test(key)) {
      return { key, value: (m[3] ?? '').trim(), bracket: false };
    }
  }
  m = DOT_LEADER.exec(line);
  if (m) return { key: m[2]!, value: m[3]!.trim(), bracket: false };
  return undefined;
}

/**
 * Splits a response into entries. Bounded: at most `maxLines` lines and `maxValueLength` characters
 * per value are read; a cut sets `truncated`.
 */
export function layoutOf(text: string, limits: { maxLines: number; maxValueLength: number }): Layout {
  const all = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const truncated = all.length > limits.maxLines;
  const lines: RawLine[] = all.slice(0, limits.maxLines).map((l) => ({ indent: indentOf(l), text: l.replace(/(?<!\s)\s+$/, '') }));
  const entries: Entry[] = [];
  const freeText: string[] = [];
  let block = 0;
  let section: { key: string; note?: string; indent: number; members: number } | undefined;
  let last: (Entry & { indent: number }) | undefined;
  let lastWasBlank = false;

  const nextNonBlank = (i: number): RawLine | undefined => {
    for (let j = i + 1; j < lines.length; j++) if (lines[j]!.text.trim()) return lines[j];
    return undefined;
  };
  const clip = (v: string) => (v.length > limits.maxValueLength ? v.slice(0, limits.maxValueLength) : v);

  for (let i = 0; i < lines.length; i++) {
    const { indent, text: line } = lines[i]!;
    const trimmed = line.trim();
    if (!trimmed) {
      if (!lastWasBlank) block++;
      lastWasBlank = true;
      if (section && section.members > 0) section = undefined;
      last = last && last.header ? last : undefined;
      continue;
    }
    lastWasBlank = false;
    // Comments and notices: RIPE-style `%`, `#`, and `>>> Last update <<<` banners.
    if (/^(%|#|;|>>>|--|\*)/.test(trimmed)) {
      freeText.push(trimmed);
      continue;
    }
    // A continuation: deeper than the entry it belongs to and not itself a key.
    const parsed = parseKeyLine(line);
    if (last && indent > last.indent && (!parsed || (last.bracket && !parsed.bracket && !last.header))) {
      if (last.header && parsed) {
        // fallthrough: a keyed member of an indented section
      } else {
        last.values.push(clip(trimmed));
        if (section && last.header) section.members++;
        continue;
      }
    }
    if (!parsed) {
      const next = nextNonBlank(i);
      // `Registrant` alone, followed by indented lines: a header without colon (NIC.it).
      if (indent === 0 && next && next.indent > indent && trimmed.length <= 50) {
        const key = normaliseKey(trimmed);
        section = { key, indent, members: 0 };
        const e = { key, rawKey: trimmed, values: [], block, header: true, bracket: false, indent };
        entries.push(e);
        last = e;
        continue;
      }
      freeText.push(trimmed);
      continue;
    }
    const key = normaliseKey(parsed.key);
    if (!key) {
      freeText.push(trimmed);
      continue;
    }
    const next = nextNonBlank(i);
    const onlyBracket = ONLY_BRACKET.exec(parsed.value);
    const nextIsBracket = next ? JPRS_LINE.test(next.text) : false;
    const opensSection =
      (parsed.value === '' || onlyBracket !== null) &&
      ((next !== undefined && next.indent > indent) ||
        (parsed.bracket && parsed.value === '' && next !== undefined && !nextIsBracket && parseKeyLine(next.text) !== undefined) ||
        onlyBracket !== null ||
        (!parsed.bracket && SECTION_WORDS.test(key)));
    if (opensSection) {
      section = { key, indent, members: 0, ...(onlyBracket ? { note: onlyBracket[1]!.trim() } : {}) };
      const e = { key, rawKey: parsed.key, values: [] as string[], block, header: true, bracket: parsed.bracket, indent };
      entries.push(e);
      last = e;
      continue;
    }
    if (section && indent < section.indent) section = undefined;
    const e: Entry & { indent: number } = {
      key,
      rawKey: parsed.key,
      values: parsed.value ? [clip(parsed.value)] : [],
      block,
      header: false,
      bracket: parsed.bracket,
      indent,
      ...(section ? { section: section.key, ...(section.note ? { sectionNote: section.note } : {}) } : {}),
    };
    if (section) section.members++;
    entries.push(e);
    last = e;
  }
  return { entries, freeText, truncated };
}
