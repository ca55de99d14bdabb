/**
 * A word as seeded equivalence tests feed it to a gate and to the pattern it guards (session 53's trigram gates): upper
 * case, a letter dropped or changed, or cut short, each now and then; else as it is. The calls to `random` are the same
 * for the same word and state, so a test's texts are fixed by its seed.
 */
export function mangledWord(word: string, random: () => number): string {
  const q = random();
  if (q < 0.15) return word.toUpperCase();
  if (q < 0.3 && word.length > 2) {
    const at = Math.floor(random() * word.length);
    return random() < 0.5 ? word.slice(0, at) + word.slice(at + 1) : word.slice(0, at) + String.fromCharCode(97 + Math.floor(random() * 26)) + word.slice(at + 1);
  }
  if (q < 0.35) return word.slice(0, Math.floor(random() * word.length));
  return word;
}
