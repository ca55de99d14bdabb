/**
 * The sender family's tables — the brand registry (with its brand automaton built), the free-mail list and
 * the lookalike detector — precomputed by `npm run build` for the built-in sender configuration
 * (dist/bundle/sender-tables.bin, written by scripts/bundle.mjs with `serializeSenderTables`). Why: building
 * them (tldts over every protected domain, skeletons, deletion neighbourhoods, transliteration keys, the
 * automaton's ~4,700 states) was the largest piece of a one-message scan's start-up after compiling the
 * code (~90 ms under load, ~30 ms on a quiet machine); `v8.deserialize` of the built objects takes ~6 ms.
 *
 * The file is used only when the configuration's whole `sender` section equals the one it was built for
 * (operator brands, brand files, lists, lookalike settings all change the tables: then they are built as
 * always), and only when intact (a checksum of the payload in the header: ./sealed-file.ts); anything else is ignored.
 * The objects come back as V8 serialised them (own properties, Maps, Sets, typed arrays, shared references
 * kept); the class instances among them get their prototypes back and frozen objects are frozen again,
 * from lists made when serialising. The build checks that the copy is deep-equal to the original
 * (prototypes included) and fails otherwise, so a class whose state this cannot carry (a closure, a
 * `#private` field) stops the build rather than a scan.
 */
import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import v8 from 'node:v8';
import { openSealedFile, sealFile } from './sealed-file.js';
import { AhoCorasick } from '../brands/aho-corasick.js';
import { BrandRegistry } from '../brands/registry.js';
import type { SpamlabConfig } from '../config/schema.js';
import { DomainList, type LinkLists } from '../links/lists/index.js';
import { LookalikeDetector } from '../lookalike/detector.js';
import { PairTable } from '../mail/pair-table.js';
import { readStartupFile } from './scratch.js';

export interface SenderTables {
  registry: BrandRegistry;
  freemail: ReadonlySet<string>;
  detector: LookalikeDetector;
  /**
   * The shipped link lists (no operator list files: used only when `links.listsDir` is unset), carried here too:
   * building them (~800 entries trimmed, lower-cased and hashed, their patterns compiled) was ~8 M instructions of every start.
   */
  linkLists: LinkLists;
}

const FORMAT = 'spamlab-sender-tables 2';
/** The classes whose instances the tables hold (the build fails on any other). */
const CLASSES: Record<string, { prototype: object }> = { BrandRegistry, LookalikeDetector, AhoCorasick, DomainList, PairTable };
const PLAIN = new Set<unknown>([Object.prototype, Array.prototype, Map.prototype, Set.prototype, null]);

/** The file the build writes beside the bundled code (absent under tsx and in tsc's dist/). */
export const SENDER_TABLES_FILE = new URL('./sender-tables.bin', import.meta.url);

/** What the tables are a function of, besides the shipped data built into the same bundle. */
export function senderTablesKey(sender: SpamlabConfig['sender']): string {
  return createHash('sha1').update(JSON.stringify(sender)).digest('hex');
}

interface Payload {
  tables: SenderTables;
  classes: [object, string][];
  frozen: object[];
}

/** The file's bytes for `tables` built from a sender section whose key is `key`; throws when they do not survive. */
export function serializeSenderTables(tables: SenderTables, key: string): Buffer {
  const classes: [object, string][] = [];
  const frozen: object[] = [];
  const seen = new Set<object>();
  const visit = (value: unknown): void => {
    if (typeof value === 'function') throw new Error('sender tables: a function cannot be precomputed');
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    if (ArrayBuffer.isView(value)) return;
    if (Object.isFrozen(value)) frozen.push(value);
    const prototype = Object.getPrototypeOf(value) as { constructor?: { name: string } } | null;
    if (!PLAIN.has(prototype)) {
      const name = prototype?.constructor?.name ?? '';
      if (CLASSES[name]?.prototype !== prototype) throw new Error(`sender tables: cannot precompute an instance of ${name || 'an unknown class'}`);
      classes.push([value, name]);
    }
    if (value instanceof Map) for (const [k, v] of value) (visit(k), visit(v));
    else if (value instanceof Set) for (const v of value) visit(v);
    else for (const v of Object.values(value)) visit(v);
  };
  visit(tables);
  const bytes = sealFile(FORMAT, key, v8.serialize({ tables, classes, frozen } satisfies Payload));
  if (!isDeepStrictEqual(deserializeSenderTables(bytes, key), tables)) throw new Error('sender tables: the copy differs from the original');
  return bytes;
}

/** The tables in `bytes` if they were made for `key` and are intact, else undefined. */
export function deserializeSenderTables(bytes: Buffer, key: string): SenderTables | undefined {
  const opened = openSealedFile(bytes, FORMAT, key);
  if (!('payload' in opened)) return undefined;
  try {
    const { tables, classes, frozen } = v8.deserialize(opened.payload) as Payload;
    for (const [object, name] of classes) Object.setPrototypeOf(object, CLASSES[name]!.prototype);
    for (const object of frozen) Object.freeze(object);
    return tables;
  } catch {
    return undefined;
  }
}

/** The precomputed tables for this sender section, when the build wrote them for it; else undefined. */
export function precomputedSenderTables(sender: SpamlabConfig['sender'], file: URL | string = SENDER_TABLES_FILE): SenderTables | undefined {
  let bytes: Buffer;
  try {
    bytes = readStartupFile(file);
  } catch {
    return undefined;
  }
  return deserializeSenderTables(bytes, senderTablesKey(sender));
}
