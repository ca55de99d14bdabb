import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { heldOutPot, phishingPotSamples, PHISHING_LABELS, REPO_ROOT } from './shared-data.js';

/**
 * Issue 17's held-out discipline, guarded (session 42). The held-out rows of bench/phishing-labels.tsv (4th column
 * `heldout`, every draw) are measured by bench:phishing-classes and never tested on: a corpus row that names one makes
 * a failing test print that message's finding ids to whoever is writing rules. Sessions 40 and 41 found 17 such rows,
 * written before the draws that made their files held out. This fails when any source under src/, bench/ or scripts/
 * names a held-out file — `sample-N` (with or without `.eml`) or its SHA-256 (or a prefix of 12 or more hex digits) — or
 * holds a copy of one, and prints only where (file and line), never which file or what it holds.
 * A bare number (`as 7521`) is not read: numbers are everywhere in the code.
 */
const held = heldOutPot();
const heldPrefixes = new Set(held.sha256.map((h) => h.slice(0, 12)));

/** The 1-based lines of `text` that name a held-out pot file by name or by SHA-256. */
export function heldOutMentions(text: string): number[] {
  const lines: number[] = [];
  text.split('\n').forEach((line, i) => {
    const byName = [...line.matchAll(/sample[-_](\d+)(?!\d)/gi)].some((m) => held.files.has(`sample-${m[1]}.eml`));
    const byHash = [...line.matchAll(/(?<![0-9a-f])[0-9a-f]{12,64}(?![0-9a-f])/gi)].some((m) => {
      const hex = m[0].toLowerCase();
      return heldPrefixes.has(hex.slice(0, 12)) && held.sha256.some((h) => h.startsWith(hex));
    });
    if (byName || byHash) lines.push(i + 1);
  });
  return lines;
}

const TEXT = /\.(?:[cm]?[jt]s|json|sh|txt|md|html?|csv|tsv|ya?ml)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'dist' ? [] : filesUnder(full);
    return e.isFile() ? [full] : [];
  });
}

test('held-out guard: the scan finds a held-out name, its .eml, its hash and a hash prefix, and nothing else (table)', () => {
  // The rows are made here from the labels file, so this source names no held-out file either.
  const name = [...held.files][0]!;
  const sha = held.sha256[0]!;
  const bare = name.replace(/^sample-|\.eml$/g, '');
  const design = readFileSync(PHISHING_LABELS, 'utf8').split('\n').map((l) => l.split('\t')).find((r) => r[3] === 'design')![1]!;
  let unheld = 1;
  while (held.files.has(`sample-${unheld}.eml`) || held.files.has(`sample-${unheld}0.eml`)) unheld++;
  const rows: { kind: string; text: string; lines: number[] }[] = [
    { kind: 'a corpus row naming the file', text: `const rows = [\n  { file: '${name}', expected: [] },\n];`, lines: [2] },
    { kind: 'the name without .eml in a comment', text: `// as sample-${bare} did`, lines: [1] },
    { kind: 'the name with an underscore', text: `sample_${bare}`, lines: [1] },
    { kind: 'the full hash', text: `x\n'${sha}'`, lines: [2] },
    { kind: 'a 16-digit prefix of the hash', text: `hash ${sha.slice(0, 16)}…`, lines: [1] },
    { kind: 'a design file', text: `{ file: '${design}' }`, lines: [] },
    { kind: 'a number that only starts like a held-out one', text: `sample-${bare}0 sample-${unheld}`, lines: held.files.has(`sample-${bare}0.eml`) ? [1] : [] },
    { kind: 'a bare number (not read)', text: `as ${bare} did`, lines: [] },
    { kind: 'an 11-digit prefix (too short to be read)', text: sha.slice(0, 11), lines: [] },
    { kind: 'a hex run that is no held-out hash', text: 'f'.repeat(64), lines: held.sha256.includes('f'.repeat(64)) ? [1] : [] },
  ];
  // A failure names the row's kind only.
  for (const row of rows) assert.deepEqual(heldOutMentions(row.text), row.lines, row.kind);
});

test('held-out guard: no source under src/, bench/ or scripts/ names or copies a held-out pot file (prints file:line only)', () => {
  const found: string[] = [];
  const heldHashes = new Set(held.sha256);
  for (const top of ['src', 'bench', 'scripts']) {
    for (const file of filesUnder(path.join(REPO_ROOT, top))) {
      if (file === PHISHING_LABELS) continue;
      const bytes = readFileSync(file);
      const where = path.relative(REPO_ROOT, file);
      if (heldHashes.has(createHash('sha256').update(bytes).digest('hex'))) found.push(`${where} (a copy of a held-out file)`);
      else if (TEXT.test(file)) for (const line of heldOutMentions(bytes.toString('utf8'))) found.push(`${where}:${line}`);
    }
  }
  assert.ok(
    found.length === 0,
    `${found.length} place(s) name a held-out pot file (bench/phishing-labels.tsv, 4th column \`heldout\`: measured, never tested on):\n  ${found.join('\n  ')}\n` +
      'Replace each with a design-part or unlabelled pot file that shows the same behaviour (same expected and forbidden ids), or a message built in the test.',
  );
});

test('held-out guard: the corpus helper refuses a held-out file before reading anything', (t) => {
  const name = [...held.files][0]!;
  assert.throws(() => phishingPotSamples(t, [name]), /refused to read 1 held-out pot file/);
});
