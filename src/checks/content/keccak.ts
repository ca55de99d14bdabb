/**
 * Keccak-256 as Ethereum uses it (the Keccak submission's padding 0x01 … 0x80, not FIPS 202 SHA3-256's 0x06): node:crypto has
 * SHA3-256 but no Keccak-256, and an address's EIP-55 checksum and Monero's address checksum are Keccak-256. Written from
 * the Keccak reference ("The Keccak reference", version 3.0, sections 1.2 and 2.1): the state is 5 × 5 lanes of 64 bits,
 * 24 rounds of θ ρ π χ ι, a rate of 1088 bits (136 bytes) for a 256-bit output.
 *
 * Lanes are BigInts: this hashes a few short strings per message (an address's 40 hex letters, a Monero address's 65
 * bytes), never a stream, so clarity is worth more than the speed of 32-bit halves. Cost: one 136-byte block per call for
 * inputs up to 135 bytes — the callers never hash more.
 */
const MASK = (1n << 64n) - 1n;

/** ι: the round constants. */
const ROUND_CONSTANTS: readonly bigint[] = [
  0x0000000000000001n, 0x0000000000008082n, 0x800000000000808an, 0x8000000080008000n, 0x000000000000808bn, 0x0000000080000001n,
  0x8000000080008081n, 0x8000000000008009n, 0x000000000000008an, 0x0000000000000088n, 0x0000000080008009n, 0x000000008000000an,
  0x000000008000808bn, 0x800000000000008bn, 0x8000000000008089n, 0x8000000000008003n, 0x8000000000008002n, 0x8000000000000080n,
  0x000000000000800an, 0x800000008000000an, 0x8000000080008081n, 0x8000000000008080n, 0x0000000080000001n, 0x8000000080008008n,
];

/** ρ: the rotation of lane (x, y), at index x + 5y. */
const ROTATIONS: readonly bigint[] = [0n, 1n, 62n, 28n, 27n, 36n, 44n, 6n, 55n, 20n, 3n, 10n, 43n, 25n, 39n, 41n, 45n, 15n, 21n, 8n, 18n, 2n, 61n, 56n, 14n];

const RATE = 136;

function rotate(lane: bigint, by: bigint): bigint {
  return by === 0n ? lane : ((lane << by) | (lane >> (64n - by))) & MASK;
}

function permute(a: bigint[]): void {
  const c = new Array<bigint>(5);
  const b = new Array<bigint>(25);
  for (const rc of ROUND_CONSTANTS) {
    // θ
    for (let x = 0; x < 5; x++) c[x] = a[x]! ^ a[x + 5]! ^ a[x + 10]! ^ a[x + 15]! ^ a[x + 20]!;
    for (let x = 0; x < 5; x++) {
      const d = c[(x + 4) % 5]! ^ rotate(c[(x + 1) % 5]!, 1n);
      for (let y = 0; y < 25; y += 5) a[x + y] = a[x + y]! ^ d;
    }
    // ρ and π: B[y, 2x + 3y] = rot(A[x, y], r[x, y])
    for (let x = 0; x < 5; x++) {
      for (let y = 0; y < 5; y++) b[y + 5 * ((2 * x + 3 * y) % 5)] = rotate(a[x + 5 * y]!, ROTATIONS[x + 5 * y]!);
    }
    // χ
    for (let y = 0; y < 25; y += 5) {
      for (let x = 0; x < 5; x++) a[x + y] = b[x + y]! ^ (~b[((x + 1) % 5) + y]! & MASK & b[((x + 2) % 5) + y]!);
    }
    // ι
    a[0] = a[0]! ^ rc;
  }
}

/**
 * The Keccak-256 digest of `data` (32 bytes).
 *
 * @example keccak256(new Uint8Array()) // c5d24601…5d85a470
 */
export function keccak256(data: Uint8Array): Uint8Array {
  return sponge256(data, 0x01);
}

/**
 * The sponge at rate 1088 / capacity 512 with the padding's first byte `domain`: 0x01 is Keccak-256, 0x06 is FIPS 202's
 * SHA3-256 (the only difference), which the tests compare with node:crypto's over many lengths.
 */
export function sponge256(data: Uint8Array, domain: number): Uint8Array {
  const state = new Array<bigint>(25).fill(0n);
  // Padding pad10*1 after the domain bits: the message, the domain byte, zeros, and 0x80 in the block's last byte.
  const blocks = Math.floor(data.length / RATE) + 1;
  const padded = new Uint8Array(blocks * RATE);
  padded.set(data);
  padded[data.length] = padded[data.length]! ^ domain;
  padded[padded.length - 1] = padded[padded.length - 1]! ^ 0x80;
  for (let offset = 0; offset < padded.length; offset += RATE) {
    for (let i = 0; i < RATE / 8; i++) {
      let lane = 0n;
      for (let k = 7; k >= 0; k--) lane = (lane << 8n) | BigInt(padded[offset + i * 8 + k]!);
      state[i] = state[i]! ^ lane;
    }
    permute(state);
  }
  const out = new Uint8Array(32);
  for (let i = 0; i < 4; i++) {
    let lane = state[i]!;
    for (let k = 0; k < 8; k++) {
      out[i * 8 + k] = Number(lane & 0xffn);
      lane >>= 8n;
    }
  }
  return out;
}
