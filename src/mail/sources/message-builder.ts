/**
 * Collects the bytes of one message from stream chunks without copying them until the message is complete,
 * keeping at most `cap` bytes: the rest is only counted, so an oversized message costs no more memory than
 * the cap, however large it is.
 */
export class MessageBuilder {
  private parts: Uint8Array[] = [];
  /** Bytes kept (≤ cap). */
  kept = 0;
  /** Bytes seen, kept or not. */
  total = 0;

  constructor(private readonly cap: number) {}

  /** Appends `bytes[start, end)`; the slice is referenced, not copied, until `finish`. */
  append(bytes: Uint8Array, start = 0, end = bytes.length): void {
    const length = end - start;
    if (length <= 0) return;
    this.total += length;
    const room = this.cap - this.kept;
    if (room <= 0) return;
    const take = Math.min(room, length);
    this.parts.push(bytes.subarray(start, start + take));
    this.kept += take;
  }

  get full(): boolean {
    return this.kept >= this.cap;
  }

  /**
   * The kept bytes in one freshly allocated buffer that owns its whole ArrayBuffer (so a worker pool can
   * transfer it instead of copying). `dropTrailingBlankLine` removes the empty line an mbox writer puts
   * before the next `From ` line (RFC 4155: the separator is preceded by a blank line); it is not part of
   * the message and is only dropped when the message was not cut.
   */
  finish(dropTrailingBlankLine: boolean): Uint8Array {
    let length = this.kept;
    if (dropTrailingBlankLine && this.kept === this.total) length -= this.trailingBlankLineBytes();
    const only = this.parts[0];
    if (this.parts.length === 1 && only && length === only.byteLength && ownsWholeBuffer(only)) return only;
    const out = new Uint8Array(length);
    let offset = 0;
    for (const part of this.parts) {
      if (offset >= length) break;
      const take = Math.min(part.byteLength, length - offset);
      out.set(take === part.byteLength ? part : part.subarray(0, take), offset);
      offset += take;
    }
    this.parts = [];
    return out;
  }

  /** 1 for a final `\n\n`, 2 for a final `\r\n\r\n`, else 0. */
  private trailingBlankLineBytes(): number {
    const last = (back: number): number => {
      let remaining = back;
      for (let i = this.parts.length - 1; i >= 0; i--) {
        const part = this.parts[i]!;
        if (remaining <= part.byteLength) return part[part.byteLength - remaining]!;
        remaining -= part.byteLength;
      }
      return -1;
    };
    if (last(1) !== 0x0a) return 0;
    if (last(2) === 0x0a) return 1;
    if (last(2) === 0x0d && last(3) === 0x0a && last(4) === 0x0d) return 2;
    return 0;
  }
}

/** True when the view covers its whole ArrayBuffer (not a slice of Node's shared Buffer pool). */
export function ownsWholeBuffer(bytes: Uint8Array): boolean {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
}
