/** Test support for word-start.ts: every match of a pattern, and seeded texts made of its own pieces. */
import { mulberry32 } from '../classifier/logistic.js';

/** Every match (where, what, its groups) of `source` under `flags` and the global flag: every start position the callers' exec can reach. */
export function allMatches(source: string, flags: string, text: string): string[] {
  const re = new RegExp(source, flags.includes('g') ? flags : `${flags}g`);
  const out: string[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(JSON.stringify([m.index, ...m]));
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

/**
 * Seeded texts made of the literal pieces of `source` in their order (up to three runs of consecutive pieces, each piece kept
 * or dropped at random, with random separators, digits and sums between): they reach the pattern's alternatives often enough to match,
 * and miss them by one piece as often.
 */
export function piecesTexts(source: string, count: number, seed: number): string[] {
  const pieces = source.replace(/\\[bBdDsSwWn]/g, ' ').match(/[a-zA-Z' -]+|[^\x00-\x7f]+/g) ?? [];
  const extras = [' ', '  ', '.', ',', '\n', '!', 'x', 'é', '3', '10 %', '5%', ' 2,5 %', '$5,000', '1.200 euro', ' 12000 usd', 'Hello', '_', '-', "'", ''];
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const texts: string[] = [];
  for (let n = 0; n < count; n++) {
    let text = '';
    // Runs from places in the source's order, so that a pattern of moves in turn (a verb, a sum, its period) is read whole.
    const starts = Array.from({ length: 1 + Math.floor(random() * 3) }, () => Math.floor(random() * pieces.length)).sort((a, b) => a - b);
    for (const start of starts) {
      text += pick(extras);
      const length = 1 + Math.floor(random() * 8);
      for (let i = start; i < Math.min(pieces.length, start + length); i++) {
        if (random() < 0.75) text += pieces[i];
        if (random() < 0.15) text += pick(extras);
      }
    }
    texts.push(random() < 0.1 ? text.toUpperCase() : text);
  }
  return texts;
}
