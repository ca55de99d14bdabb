/**
 * Bytes of a WHOIS response to text. Port 43 has no charset negotiation: most servers send UTF-8,
 * JPRS sends ISO-2022-JP to old clients or EUC-JP/Shift_JIS, European registries Latin-1. UTF-8 is
 * tried strictly first; Japanese charsets when their byte signature shows; else windows-1252.
 * (TextDecoder with full ICU decodes iso-2022-jp, euc-jp and shift_jis.)
 */
export function decodeResponse(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // not UTF-8: guess below
  }
  const head = bytes.subarray(0, 65536);
  if (hasIso2022Escape(head)) return new TextDecoder('iso-2022-jp').decode(bytes);
  const eucScore = countPairs(head, (a, b) => a >= 0xa1 && a <= 0xfe && b >= 0xa1 && b <= 0xfe);
  const sjisScore = countPairs(head, (a, b) => ((a >= 0x81 && a <= 0x9f) || (a >= 0xe0 && a <= 0xef)) && b >= 0x40 && b <= 0xfc);
  if (eucScore > 4 || sjisScore > 4) return new TextDecoder(eucScore >= sjisScore ? 'euc-jp' : 'shift_jis').decode(bytes);
  return new TextDecoder('windows-1252').decode(bytes);
}

function hasIso2022Escape(b: Uint8Array): boolean {
  for (let i = 0; i + 2 < b.length; i++) if (b[i] === 0x1b && b[i + 1] === 0x24 && (b[i + 2] === 0x42 || b[i + 2] === 0x40)) return true;
  return false;
}

function countPairs(b: Uint8Array, test: (a: number, c: number) => boolean): number {
  let n = 0;
  for (let i = 0; i + 1 < b.length; i++) {
    if (b[i]! < 0x80) continue;
    if (test(b[i]!, b[i + 1]!)) {
      n++;
      i++;
    } else return n > 0 ? n : -1;
  }
  return n;
}
