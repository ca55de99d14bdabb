/**
 * A TNEF attribute that holds MAPI properties (attMsgProps for the message, attAttachment for one attachment; MS-OXTNEF
 * §2.1.3.5): a count, then per property its type and id (a named property, id ≥ 0x8000, adds a GUID and a number or a
 * UTF-16 name), then its value — a fixed-size value padded to 4 bytes, or for strings, binaries and objects a count of
 * values each with its length and bytes padded to 4. A multi-valued type (0x1000) has a count of values first.
 * Only what spamlab reads is kept: each property's id, type and the raw bytes of its values. Bounded by `maxProps`; a
 * length past the end ends the reading with a problem, keeping the properties read before it.
 */
export interface MapiProperty {
  id: number;
  type: number;
  values: Uint8Array[];
}

export interface MapiProperties {
  props: MapiProperty[];
  problem?: string;
}

export const PT_STRING8 = 0x001e;
export const PT_UNICODE = 0x001f;
export const PT_BINARY = 0x0102;
export const PT_OBJECT = 0x000d;
const MV = 0x1000;

/** Bytes of a fixed-size value (before its padding to 4), by type. */
const FIXED: Record<number, number> = {
  0x0001: 4, // PT_NULL
  0x0002: 2, // PT_SHORT
  0x0003: 4, // PT_LONG
  0x0004: 4, // PT_FLOAT
  0x0005: 8, // PT_DOUBLE
  0x0006: 8, // PT_CURRENCY
  0x0007: 8, // PT_APPTIME
  0x000a: 4, // PT_ERROR
  0x000b: 2, // PT_BOOLEAN
  0x0014: 8, // PT_I8
  0x0040: 8, // PT_SYSTIME
  0x0048: 16, // PT_CLSID
};

const pad4 = (n: number): number => (n + 3) & ~3;

export function readMapiProperties(b: Uint8Array, maxProps = 2048): MapiProperties {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const props: MapiProperty[] = [];
  const fail = (problem: string): MapiProperties => ({ props, problem });
  if (b.length < 4) return fail('no property count');
  const count = v.getUint32(0, true);
  let at = 4;
  for (let i = 0; i < count; i++) {
    if (i >= maxProps) return fail(`more than ${maxProps} properties`);
    if (at + 4 > b.length) return fail('cut inside a property tag');
    const type = v.getUint16(at, true);
    const id = v.getUint16(at + 2, true);
    at += 4;
    if (id >= 0x8000) {
      // A named property: its GUID, then a number or a name (read past: spamlab reads none by name).
      if (at + 20 > b.length) return fail('cut inside a property name');
      const kind = v.getUint32(at + 16, true);
      at += 20;
      if (kind === 0) at += 4;
      else {
        if (at + 4 > b.length) return fail('cut inside a property name');
        at += 4 + pad4(v.getUint32(at, true));
      }
    }
    const base = type & ~MV;
    const fixed = FIXED[base];
    const values: Uint8Array[] = [];
    if (fixed !== undefined) {
      let n = 1;
      if (type & MV) {
        if (at + 4 > b.length) return fail('cut inside a value count');
        n = v.getUint32(at, true);
        at += 4;
      }
      if (n > (b.length - at) / pad4(fixed)) return fail(`${n} values of ${fixed} bytes run past the end`);
      for (let k = 0; k < n; k++, at += pad4(fixed)) values.push(b.subarray(at, at + fixed));
    } else if (base === PT_STRING8 || base === PT_UNICODE || base === PT_BINARY || base === PT_OBJECT) {
      // Strings, binaries and objects carry a count of values even when single-valued.
      if (at + 4 > b.length) return fail('cut inside a value count');
      const n = v.getUint32(at, true);
      at += 4;
      if (n > (b.length - at) / 4) return fail(`${n} values run past the end`);
      for (let k = 0; k < n; k++) {
        if (at + 4 > b.length) return fail('cut inside a value length');
        const length = v.getUint32(at, true);
        at += 4;
        if (length > b.length - at) {
          // The bytes that are there still begin the value (a body's first words, a file's header).
          values.push(b.subarray(at));
          props.push({ id, type, values });
          return fail(`a value of ${length} bytes runs past the end`);
        }
        values.push(b.subarray(at, at + length));
        at += pad4(length);
      }
    } else return fail(`a property of unknown type 0x${type.toString(16)}`);
    props.push({ id, type, values });
  }
  return { props };
}

/** A string property's text: UTF-16LE for PT_UNICODE, else UTF-8 when it decodes cleanly and Latin-1 when not; up to a NUL. */
export function mapiString(p: MapiProperty | undefined, maxChars: number): string | undefined {
  const raw = p?.values[0];
  if (!p || !raw) return undefined;
  const base = p.type & ~MV;
  let text: string;
  if (base === PT_UNICODE) text = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength & ~1).toString('utf16le');
  else if (base === PT_STRING8 || base === PT_BINARY) {
    const buf = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    const utf8 = buf.toString('utf8');
    text = utf8.includes('\ufffd') ? buf.toString('latin1') : utf8;
  } else return undefined;
  const nul = text.indexOf('\0');
  return (nul >= 0 ? text.slice(0, nul) : text).slice(0, maxChars);
}
