import { appleProfileFacts, type AppleProfileFacts } from '../apple-profile/index.js';
import { gunzipBounded, gzipFacts } from '../gzip/index.js';
import { hashBytes, type FileHashes } from '../hash/index.js';
import { analyzeHtml, type HtmlFileFacts } from '../html/index.js';
import { listIso } from '../iso/index.js';
import { kindLabel, sniff, type Sniffed } from '../magic/index.js';
import { analyzeName, type NameFacts } from '../names/index.js';
import { biffMacroSheets, clickablePictureLinkIds, externalRelationships, isEncryptedOffice, isMsi, isRemoteLoadingRelationship, relationshipsPartOf, type ExternalRelationship, type XlmSheet } from '../office/index.js';
import { wordText } from '../office/word-text.js';
import { DRAWING_TEXT, markupText, ODF_TEXT, SHEET_TEXT, type TextVocabulary } from '../office/markup-text.js';
import { rtfText } from '../rtf/text.js';
import { openOle, type OleFile } from '../ole/index.js';
import { analyzePdfOnce, pdfContentBytes, pdfLocked, type PdfFacts, type PdfLimits } from '../pdf/index.js';
import { pdfText } from '../pdf/text.js';
import { notableImports, packingEvidence, parsePe, type PeFacts } from '../pe/index.js';
import { listRar, MAX_RAR_KEY_DERIVATIONS, rarEntryData, rarPasswordOf } from '../rar/index.js';
import { analyzeRtf, type RtfFacts } from '../rtf/index.js';
import { internetShortcutTargets, MAX_SHORTCUT_BYTES } from '../shortcut/internet.js';
import { libraryLocations, searchQueryLocations } from '../shortcut/remote-folder.js';
import { folderEncrypted, listSevenZip, openEncryptedFolder, sevenZipFolderData, type SevenZipFolder } from '../sevenzip/index.js';
import { listTar } from '../tar/index.js';
import { listCab } from '../cab/index.js';
import { listTnef, tnefBodyText, type TnefBody } from '../tnef/index.js';
import { isOutlookItem, listOutlookItem } from '../outlook-msg/index.js';
import { analyzeMacros, extractVba, type MacroAnalysis } from '../vba/index.js';
import { inflatesPastRatio, listZip, peekZipEntry, readZipEntry, type ZipEntry } from '../zip/index.js';

/**
 * One pass over an attachment: its real type, name tricks, hashes and format-specific facts, with every
 * file inside (archives, disk images, documents' embedded objects, smuggled payloads) analysed the same
 * way, recursively. Facts only: which of them are findings, and how bad, is the check family's business.
 * Every expansion draws on one shared budget (bytes, files, depth, time), so a hostile attachment costs
 * bounded time and memory and the limit it hit is itself a fact.
 */

/** The bounds of one analysis (one message's attachments share them). */
export interface AnalyzeLimits {
  /** Archive nesting depth below the attachment (an attachment is depth 0). */
  maxDepth: number;
  /** Entries listed per archive. */
  maxEntriesPerArchive: number;
  /** Files analysed in total (attachments and everything inside). */
  maxFiles: number;
  /** Decompressed bytes of one entry. */
  maxEntryBytes: number;
  /** Decompressed bytes in total. */
  maxTotalBytes: number;
  /** Uncompressed/compressed size ratio of one entry above which it is a bomb (entries over 1 MiB). */
  maxRatio: number;
  /** Wall-clock milliseconds for the whole analysis. */
  maxTimeMs: number;
  /** Bytes of a single file scanned as text (PDF, HTML, RTF, macro source). */
  maxScanBytes: number;
  /** PDF streams inflated per file. */
  maxPdfStreams: number;
}

export const DEFAULT_LIMITS: AnalyzeLimits = {
  maxDepth: 5,
  maxEntriesPerArchive: 1000,
  maxFiles: 2000,
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 256 * 1024 * 1024,
  maxRatio: 200,
  maxTimeMs: 5000,
  maxScanBytes: 32 * 1024 * 1024,
  maxPdfStreams: 500,
};

export type LimitKind = 'depth' | 'entries' | 'files' | 'entry-bytes' | 'total-bytes' | 'ratio' | 'overlap' | 'time';

export interface LimitHit {
  kind: LimitKind;
  detail: string;
}

/** Facts of an archive or disk image. */
export interface ArchiveFacts {
  format: string;
  entries: number;
  /** Names of entries that are encrypted. */
  encryptedEntries: string[];
  /** Archive (7z/RAR) whose headers are encrypted: nothing can be listed. */
  headersEncrypted: boolean;
  /** The password from the message that opened encrypted entries. */
  openedWith?: string;
  /** Entry names that climb out of the extraction folder or are absolute. */
  traversal: string[];
  /** Why the listing is incomplete or missing, if it is. */
  unlisted?: string;
  /** Name encodings used (zip: cp437, utf-8, shift_jis…). */
  nameEncodings: string[];
  problems: string[];
}

export interface OfficeFacts {
  /** The container: OLE (97–2003) or OOXML. */
  container: 'ole' | 'ooxml';
  hasVbaProject: boolean;
  macroModules: string[];
  macros?: MacroAnalysis;
  xlmSheets: XlmSheet[];
  externalRelationships: ExternalRelationship[];
  /** External targets a whole picture or shape of a slide, page or drawing links to (clickablePictureLinkIds). */
  pictureLinks: string[];
  encrypted: boolean;
  msi: boolean;
}

export interface FileReport {
  /** Where it is: `invoice.zip > docs/FAX_scan.pdf.scr`. */
  path: string;
  name: string;
  depth: number;
  size: number;
  /** Hashes of the content; absent when the content could not be read (encrypted, over a limit, listing only). */
  hashes?: FileHashes;
  declaredType?: string;
  type: Sniffed;
  nameFacts: NameFacts;
  /** Why the content is not available, when it is not. */
  unavailable?: string;
  children: FileReport[];
  archive?: ArchiveFacts;
  pe?: PeFacts & { notableImports: string[]; packing: string[] };
  office?: OfficeFacts;
  rtf?: RtfFacts;
  pdf?: Omit<PdfFacts, 'embeddedFiles'>;
  /** The words a document shows (a PDF's text, a Word body's runs), bounded by DOCUMENT_TEXT_CHARS; absent when it shows none. */
  documentText?: string;
  /** The document's words were read (to their end or their cap): an absent documentText then means it shows none. */
  documentTextRead?: boolean;
  html?: Omit<HtmlFileFacts, 'payloads'>;
  /** A zip with META-INF/MANIFEST.MF (a Java archive), or an Android package (AndroidManifest.xml and classes.dex). */
  jar?: boolean;
  /** An Apple configuration or provisioning profile: what it installs. */
  appleProfile?: AppleProfileFacts;
  /** An internet shortcut (`[InternetShortcut]` INI text, at any depth): the values it opens or fetches. */
  internetShortcut?: { targets: string[] };
  /** Folders on a remote share it opens as if local (a `search-ms:` query of a page, a `.library-ms` location). */
  remoteFolders?: string[];
  /** Limits reached while analysing this file (its children report their own). */
  limits: LimitHit[];
  /** Unexpected engine errors (a bug, never the file's fault): recorded, analysis goes on. */
  errors: string[];
}

export interface AnalyzeOptions {
  limits: AnalyzeLimits;
  /** Passwords found in the message, tried on encrypted archive entries (and PDFs, without `pdfPasswords`). */
  passwords?: readonly string[];
  /**
   * Passwords tried on encrypted PDFs (the letter's and a few guesses: a PDF's /U check costs little, unlike an archive's key
   * derivation, and settles which is right), asked once and only when a PDF names /Encrypt (reading the guesses is a pass
   * over the letter); `passwords` when absent.
   */
  pdfPasswords?: () => readonly string[];
  /** Monotonic milliseconds (injected; defaults to process.hrtime's). */
  clock?: () => number;
  signal?: AbortSignal;
}

interface State {
  limits: AnalyzeLimits;
  passwords: readonly string[];
  /** AnalyzeOptions.pdfPasswords, asked at most once. */
  pdfPasswords: () => readonly string[];
  clock: () => number;
  deadline: number;
  signal?: AbortSignal;
  bytesUsed: number;
  files: number;
  timedOut: boolean;
  /** Characters of document text read so far (MESSAGE_DOCUMENT_TEXT_CHARS bounds them). */
  documentTextChars: number;
}

/** Characters of text read from one document at most: a letter or invoice is far shorter; reaching it is no error. */
export const DOCUMENT_TEXT_CHARS = 16 * 1024;
/** Characters of document text read from one message's attachments at most. */
export const MESSAGE_DOCUMENT_TEXT_CHARS = 64 * 1024;

/** Monotonic milliseconds. */
function hrtimeMs(): number {
  const [seconds, nanoseconds] = process.hrtime();
  return seconds * 1e3 + nanoseconds / 1e6;
}

/** Shared budget for all attachments of one message. */
export class AnalysisSession {
  private readonly state: State;
  constructor(options: AnalyzeOptions) {
    // process.hrtime, not performance.now(): the global `performance` loads node:perf_hooks on first use (src/scan/engine.ts).
    const clock = options.clock ?? hrtimeMs;
    this.state = {
      limits: options.limits,
      passwords: options.passwords ?? [],
      pdfPasswords: onceOf(options.pdfPasswords ?? (() => options.passwords ?? [])),
      clock,
      deadline: clock() + options.limits.maxTimeMs,
      bytesUsed: 0,
      documentTextChars: 0,
      files: 0,
      timedOut: false,
      ...(options.signal ? { signal: options.signal } : {}),
    };
  }

  /**
   * Analyses one attachment and everything inside it.
   * @example new AnalysisSession({ limits: DEFAULT_LIMITS }).analyze({ name: 'f.zip', bytes })
   */
  analyze(input: { name: string; bytes: Uint8Array; declaredType?: string }): FileReport {
    return analyzeNode(input.name, input.name, input.bytes, 0, this.state, input.declaredType);
  }

  /** Decompressed bytes spent so far. */
  get bytesUsed(): number {
    return this.state.bytesUsed;
  }
}

function outOfTime(state: State): boolean {
  if (state.timedOut) return true;
  if (state.signal?.aborted || state.clock() > state.deadline) state.timedOut = true;
  return state.timedOut;
}

function baseReport(name: string, path: string, depth: number, size: number, type: Sniffed, declaredType?: string): FileReport {
  const report: FileReport = { path, name, depth, size, type, nameFacts: analyzeName(name), children: [], limits: [], errors: [] };
  if (declaredType) report.declaredType = declaredType;
  return report;
}

/** The first MiB of a file as Latin-1 (for ASCII markup read by indexOf). */
function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024 * 1024)).toString('latin1');
}

function keepRemoteFolders(report: FileReport, found: string[]): void {
  if (found.length > 0) report.remoteFolders = found;
}

/** A child seen in a listing whose content is not analysed (encrypted, RAR/7z, over a limit). */
function listedOnly(name: string, parentPath: string, depth: number, size: number, reason: string, head?: Uint8Array): FileReport {
  const report = baseReport(name, `${parentPath} > ${name}`, depth, size, head ? sniff(head) : { kind: 'unknown', label: kindLabel('unknown') });
  report.unavailable = reason;
  return report;
}

function analyzeNode(name: string, path: string, bytes: Uint8Array, depth: number, state: State, declaredType?: string): FileReport {
  state.files++;
  const type = sniff(bytes);
  const report = baseReport(name, path, depth, bytes.length, type, declaredType);
  report.hashes = hashBytes(bytes);
  const lowerName = name.toLowerCase();
  try {
    switch (type.kind) {
      case 'zip':
        analyzeZip(bytes, report, state);
        break;
      case 'gzip':
        analyzeGzip(bytes, report, state);
        break;
      case 'tar':
        analyzeTar(bytes, report, state);
        break;
      case 'rar':
        analyzeRar(bytes, report, state);
        break;
      case '7z':
        analyzeSevenZip(bytes, report, state);
        break;
      case 'iso':
        analyzeIso(bytes, report, state);
        break;
      case 'cab':
        analyzeCab(bytes, report, state);
        break;
      case 'tnef':
        analyzeTnef(bytes, report, state);
        break;
      case 'ole':
        analyzeOle(bytes, report, state);
        break;
      case 'pe': {
        const pe = parsePe(bytes);
        report.pe = { ...pe, notableImports: notableImports(pe), packing: packingEvidence(pe) };
        break;
      }
      case 'pdf':
        analyzePdfNode(bytes, report, state);
        break;
      case 'rtf': {
        report.rtf = analyzeRtf(bytes.subarray(0, state.limits.maxScanBytes));
        // Its words, for the same checks as a PDF's or a Word body's (an RTF is plain text: no inflating).
        const room = documentTextRoom(state);
        if (room > 0) {
          keepDocumentText(report, state, rtfText(bytes.subarray(0, state.limits.maxScanBytes), room));
          report.documentTextRead = true;
        }
        break;
      }
      case 'apple-profile': {
        const profile = appleProfileFacts(bytes);
        if (profile) report.appleProfile = profile;
        break;
      }
      case 'html':
      case 'svg':
        analyzeHtmlNode(bytes, report, state);
        break;
      default:
        // A Windows library or search connector is XML by its content, and by its name whatever its content says.
        if (/\.(?:library-ms|searchconnector-ms)$/.test(lowerName)) keepRemoteFolders(report, libraryLocations(latin1(bytes)));
        else if (/\.(html?|shtml|xhtml|svg|hta|mht|mhtml)$/.test(lowerName) && (type.kind === 'text' || type.kind === 'xml' || type.kind === 'script')) analyzeHtmlNode(bytes, report, state);
        else if (type.kind === 'text' && bytes.length <= MAX_SHORTCUT_BYTES) {
          const targets = internetShortcutTargets(bytes);
          if (targets) report.internetShortcut = { targets };
        }
    }
  } catch (err) {
    // Engines are written not to throw; this is the last guard, and it is a fact, not a crash.
    report.errors.push(`analysis error: ${(err as Error).message}`.slice(0, 200));
  }
  return report;
}

/** Whether an archive may be opened at this depth; records the limit on the report when not. */
function mayDescend(report: FileReport, state: State): boolean {
  if (report.depth + 1 > state.limits.maxDepth) {
    report.limits.push({ kind: 'depth', detail: `nested deeper than ${state.limits.maxDepth} levels` });
    return false;
  }
  return true;
}

function checkTraversal(name: string, archive: ArchiveFacts): void {
  const n = name.replace(/\\/g, '/');
  if (/(^|\/)\.\.(\/|$)/.test(n) || n.startsWith('/') || /^[a-z]:/i.test(n)) {
    if (archive.traversal.length < 20) archive.traversal.push(name);
  }
}

function newArchive(format: string): ArchiveFacts {
  return { format, entries: 0, encryptedEntries: [], headersEncrypted: false, traversal: [], nameEncodings: [], problems: [] };
}

/**
 * The archive facts of a lister's result, set on `report`: its entries counted, its problems, the entries limit when it was reached.
 * A null listing (the lister read nothing) leaves the facts of an archive of no entry.
 */
function recordListing(report: FileReport, state: State, format: string, listing: { entries: readonly unknown[]; problems: readonly string[]; truncated: boolean } | null | undefined): ArchiveFacts {
  const archive = newArchive(format);
  report.archive = archive;
  if (!listing) return archive;
  archive.entries = listing.entries.length;
  archive.problems.push(...listing.problems);
  if (listing.truncated) report.limits.push({ kind: 'entries', detail: `more than ${state.limits.maxEntriesPerArchive} entries` });
  return archive;
}

/** Adds a child with content, or a listed-only child when the file budget or time is spent. */
function addChild(report: FileReport, name: string, data: Uint8Array, state: State): void {
  if (state.files >= state.limits.maxFiles) {
    if (!report.limits.some((l) => l.kind === 'files')) report.limits.push({ kind: 'files', detail: `more than ${state.limits.maxFiles} files in the message` });
    report.children.push(listedOnly(name, report.path, report.depth + 1, data.length, 'file limit reached', data.subarray(0, 4096)));
    return;
  }
  report.children.push(analyzeNode(name, `${report.path} > ${name}`, data, report.depth + 1, state));
}

function timeLimit(report: FileReport, state: State): boolean {
  if (!outOfTime(state)) return false;
  if (!report.limits.some((l) => l.kind === 'time')) report.limits.push({ kind: 'time', detail: `analysis stopped after ${state.limits.maxTimeMs} ms` });
  return true;
}

const BOMB_MIN_BYTES = 1024 * 1024;
/**
 * Compressed bytes inflated to confirm a size that claims a bomb: at most BOMB_PROBE_BYTES × maxRatio bytes out (800 KiB at
 * the default 200) — deflate reaches ~1,000:1 on a bomb's repeated bytes within its first blocks.
 */
const BOMB_PROBE_BYTES = 4096;

function analyzeZip(bytes: Uint8Array, report: FileReport, state: State): void {
  const listing = listZip(bytes, { maxEntries: state.limits.maxEntriesPerArchive });
  const names = new Set(listing.entries.map((e) => e.name));
  const archive = newArchive('zip');
  archive.entries = listing.entries.length;
  archive.problems.push(...listing.problems);
  archive.nameEncodings = [...new Set(listing.entries.map((e) => e.nameEncoding))];
  report.archive = archive;
  if (listing.truncated) report.limits.push({ kind: 'entries', detail: `more than ${state.limits.maxEntriesPerArchive} entries` });
  if (names.has('[Content_Types].xml')) {
    analyzeOoxml(bytes, listing.entries, report, state);
    return;
  }
  // Session 43: an Android package (AndroidManifest.xml and classes.dex at its root) is the phone's program as a JAR is Java's;
  // one signed only by APK Signature Scheme v2+ has no META-INF/MANIFEST.MF.
  if (names.has('META-INF/MANIFEST.MF') || (names.has('AndroidManifest.xml') && names.has('classes.dex'))) report.jar = true;
  // An OpenDocument file (ODT, ODS, ODP: a `mimetype` entry and `content.xml`): its words, as a Word body's.
  const odfContent = names.has('mimetype') ? listing.entries.find((e) => e.name === 'content.xml') : undefined;
  if (odfContent) readDocumentParts(bytes, [{ entry: odfContent, vocabulary: ODF_TEXT }], report, state);
  const overlapping = listing.entries.filter((e) => e.overlaps).length;
  if (overlapping > 0) report.limits.push({ kind: 'overlap', detail: `${overlapping} entries share compressed data (overlapping-entry zip bomb)` });
  const descend = mayDescend(report, state);
  for (const entry of listing.entries) {
    if (entry.isDirectory) continue;
    checkTraversal(entry.name, archive);
    if (entry.encrypted && archive.encryptedEntries.length < 50) archive.encryptedEntries.push(entry.name);
    if (!descend) {
      report.children.push(listedBeyondDepth(bytes, entry, report, state));
      continue;
    }
    if (timeLimit(report, state)) {
      report.children.push(listedOnly(entry.name, report.path, report.depth + 1, entry.uncompressedSize, 'time limit reached'));
      continue;
    }
    const data = extractZipEntry(bytes, entry, report, state);
    if (data.ok) {
      if (data.openedWith !== undefined) archive.openedWith = data.openedWith;
      addChild(report, entry.name, data.bytes, state);
    } else {
      // Type a legitimately large entry from its first bytes; bombs and broken entries are not touched again.
      const head = data.reason === 'size limit' || data.reason === 'total size limit' ? peekZipEntry(bytes, entry) : undefined;
      report.children.push(listedOnly(entry.name, report.path, report.depth + 1, entry.uncompressedSize, data.reason, head));
    }
  }
}

/** Zip nesting followed past `maxDepth` for names and types only (never further than this). */
export const LISTING_DEPTH = 32;

/**
 * An entry below the nesting limit: not analysed, but its name and first bytes are looked at, and a zip
 * inside is opened (within the byte, file and time budgets) to list what it holds, down to LISTING_DEPTH.
 * So a program nested deeper than the limit is still seen as one (issue 17): the limit hides nothing.
 */
function listedBeyondDepth(bytes: Uint8Array, entry: ZipEntry, report: FileReport, state: State): FileReport {
  const child = listedOnly(entry.name, report.path, report.depth + 1, entry.uncompressedSize, 'nesting limit reached', entry.encrypted ? undefined : peekZipEntry(bytes, entry));
  state.files++;
  if (child.type.kind !== 'zip' || child.depth >= LISTING_DEPTH || state.files >= state.limits.maxFiles || timeLimit(report, state)) return child;
  const data = extractZipEntry(bytes, entry, child, state);
  if (!data.ok) return child;
  const listing = listZip(data.bytes, { maxEntries: state.limits.maxEntriesPerArchive });
  for (const inner of listing.entries) {
    if (inner.isDirectory) continue;
    if (state.files >= state.limits.maxFiles) {
      pushOnce(child, { kind: 'files', detail: `more than ${state.limits.maxFiles} files in the message` });
      break;
    }
    child.children.push(listedBeyondDepth(data.bytes, inner, child, state));
  }
  return child;
}

type Extracted = { ok: true; bytes: Uint8Array; openedWith?: string } | { ok: false; reason: string };

/** Extracts a zip entry within the ratio, per-entry and total budgets, recording which limit stopped it. */
function extractZipEntry(bytes: Uint8Array, entry: ZipEntry, report: FileReport, state: State): Extracted {
  const { limits } = state;
  if (entry.overlaps) return { ok: false, reason: 'overlaps another entry (zip bomb)' };
  const compressed = Math.max(1, entry.compressedSize);
  const declaredRatio = entry.uncompressedSize / compressed;
  if (entry.uncompressedSize > BOMB_MIN_BYTES && declaredRatio > limits.maxRatio) {
    // The size in the headers is the sender's word. A bomb is confirmed by what its first compressed bytes inflate to; an
    // entry whose size lies upwards is neither a bomb nor hidden by the lie (a program behind a forged 4 GiB size went
    // unread, and a damaged size made an ordinary file a bomb): it is read within the budgets below like any other, and the
    // lie is a problem of the archive. Encrypted entries and other methods cannot be probed: their claim stands.
    const probeable = !entry.encrypted && (entry.method === 0 || entry.method === 8);
    if (!probeable || inflatesPastRatio(bytes, entry, limits.maxRatio, BOMB_PROBE_BYTES)) {
      report.limits.push({ kind: 'ratio', detail: `"${entry.name}" claims ${entry.uncompressedSize} bytes from ${entry.compressedSize} (ratio ${Math.round(declaredRatio)})` });
      return { ok: false, reason: 'compression ratio limit' };
    }
    report.archive?.problems.push(`"${entry.name}" claims ${entry.uncompressedSize} bytes from ${entry.compressedSize} but does not inflate like a bomb`);
  }
  const remaining = limits.maxTotalBytes - state.bytesUsed;
  const byRatio = Math.max(BOMB_MIN_BYTES, compressed * limits.maxRatio);
  const cap = Math.min(limits.maxEntryBytes, remaining, byRatio);
  if (cap <= 0) {
    pushOnce(report, { kind: 'total-bytes', detail: `more than ${limits.maxTotalBytes} decompressed bytes in the message` });
    return { ok: false, reason: 'total size limit' };
  }
  const result = readZipEntry(bytes, entry, { maxOutputLength: cap, passwords: state.passwords });
  if (result.ok) {
    if (entry.method !== 0 || result.decryptedWith !== undefined) state.bytesUsed += result.data.length;
    return result.decryptedWith !== undefined ? { ok: true, bytes: result.data, openedWith: result.decryptedWith } : { ok: true, bytes: result.data };
  }
  if (result.reason === 'too-large') {
    if (cap === byRatio) report.limits.push({ kind: 'ratio', detail: `"${entry.name}" inflates past ratio ${limits.maxRatio} (sizes in the headers lie)` });
    // Stopped by a size budget before the ratio could show: the inflated bytes of a prefix decide whether
    // this is a bomb, not the sizes its headers claim (which a bomb understates).
    else if (inflatesPastRatio(bytes, entry, limits.maxRatio, cap / limits.maxRatio)) {
      report.limits.push({ kind: 'ratio', detail: `"${entry.name}" inflates past ratio ${limits.maxRatio} though its headers claim ${entry.uncompressedSize} bytes from ${entry.compressedSize}` });
    } else if (cap === remaining) pushOnce(report, { kind: 'total-bytes', detail: `more than ${limits.maxTotalBytes} decompressed bytes in the message` });
    else report.limits.push({ kind: 'entry-bytes', detail: `"${entry.name}" is larger than ${limits.maxEntryBytes} bytes` });
    return { ok: false, reason: 'size limit' };
  }
  return { ok: false, reason: result.reason === 'encrypted' ? 'encrypted' : result.reason === 'unsupported-method' ? `compression method ${entry.method} not supported` : result.reason };
}

function pushOnce(report: FileReport, hit: LimitHit): void {
  if (!report.limits.some((l) => l.kind === hit.kind)) report.limits.push(hit);
}

function analyzeOoxml(bytes: Uint8Array, entries: readonly ZipEntry[], report: FileReport, state: State): void {
  const office: OfficeFacts = { container: 'ooxml', hasVbaProject: false, macroModules: [], xlmSheets: [], externalRelationships: [], pictureLinks: [], encrypted: false, msi: false };
  report.office = office;
  const sourceModules = [];
  /** Slides, the Word body and spreadsheet drawings: where a picture that is a link sits (read after the loop). */
  const contentParts: ZipEntry[] = [];
  /** A workbook's shared strings and sheets (their inline strings): read for their words only. */
  const sheetParts: ZipEntry[] = [];
  for (const entry of entries) {
    if (timeLimit(report, state)) break;
    const lower = entry.name.toLowerCase();
    if (/^(ppt\/slides\/slide\d+\.xml|word\/document\.xml|xl\/drawings\/drawing\d+\.xml)$/.test(lower)) {
      contentParts.push(entry);
      continue;
    }
    if (lower === 'xl/sharedstrings.xml' || /^xl\/worksheets\/sheet\d+\.xml$/.test(lower)) {
      sheetParts.push(entry);
      continue;
    }
    const interesting = lower.endsWith('vbaproject.bin') || lower.endsWith('.rels') || /\/macrosheets\//.test(lower) || /\/embeddings\//.test(lower) || lower.endsWith('.bin') && /activex|oleobject/.test(lower);
    if (!interesting) continue;
    if (/\/macrosheets\/[^/]+\.xml$/.test(lower)) {
      office.xlmSheets.push({ name: entry.name.slice(entry.name.lastIndexOf('/') + 1), state: 'unknown' });
      continue;
    }
    const data = extractZipEntry(bytes, entry, report, state);
    if (!data.ok) continue;
    if (lower.endsWith('.rels')) {
      const rels = externalRelationships(entry.name, Buffer.from(data.bytes.subarray(0, 4 * 1024 * 1024)).toString('utf8'));
      office.externalRelationships.push(...rels.slice(0, 50 - office.externalRelationships.length));
    } else if (lower.endsWith('vbaproject.bin')) {
      const ole = openOle(data.bytes);
      if (ole) {
        const vba = extractVba(ole, state.limits.maxScanBytes);
        office.hasVbaProject ||= vba.hasVbaProject || vba.modules.length > 0;
        sourceModules.push(...vba.modules);
      } else {
        office.hasVbaProject = true;
      }
    } else if (/\/embeddings\//.test(lower) && mayDescend(report, state)) {
      addChild(report, entry.name, data.bytes, state);
    }
  }
  // A content part is inflated only when its relationships hold an external hyperlink, the only thing a picture could
  // link out through: most documents have none, and their body (often the largest part) is not read for this.
  const hyperlinkParts = new Set(office.externalRelationships.filter((rel) => rel.type.toLowerCase() === 'hyperlink').map((rel) => rel.part));
  /** Relationship ids clicked through a whole picture or shape, by the relationships part that resolves them. */
  const pictureLinkIds = new Map<string, string[]>();
  let words = '';
  let wordsComplete = true;
  contentParts.sort((a, b) => partOrder(a.name) - partOrder(b.name));
  for (const entry of contentParts) {
    const relsPart = relationshipsPartOf(entry.name);
    // A Word body's words are read too (the content checks look for the scams a document names), when it is small
    // enough never to be a bomb candidate (BOMB_MIN_BYTES): a letter's body is a few dozen KB.
    // Slides' words too (session 13), in slide order, with the same bounds and one budget for the whole document.
    const lower = entry.name.toLowerCase();
    const vocabulary = lower === 'word/document.xml' ? 'word' : lower.startsWith('ppt/slides/') ? DRAWING_TEXT : undefined;
    const room = documentTextRoom(state) - words.length;
    const readWords = vocabulary !== undefined && entry.uncompressedSize <= BOMB_MIN_BYTES && room > 0;
    if (vocabulary !== undefined) wordsComplete &&= readWords;
    if (!hyperlinkParts.has(relsPart) && !readWords) continue;
    if (timeLimit(report, state)) {
      wordsComplete = false;
      break;
    }
    const data = extractZipEntry(bytes, entry, report, state);
    if (!data.ok) {
      wordsComplete = false;
      continue;
    }
    const xml = Buffer.from(data.bytes.subarray(0, 4 * 1024 * 1024)).toString('utf8');
    if (hyperlinkParts.has(relsPart)) {
      const ids = clickablePictureLinkIds(xml);
      if (ids.length > 0) pictureLinkIds.set(relsPart, ids);
    }
    if (readWords) words = joinWords(words, vocabulary === 'word' ? wordText(xml, room) : markupText(xml, vocabulary, room));
  }
  if (sheetParts.length > 0) {
    keepDocumentText(report, state, words);
    words = '';
    readDocumentParts(bytes, sheetParts.sort((a, b) => partOrder(a.name) - partOrder(b.name)).slice(0, 16).map((entry) => ({ entry, vocabulary: SHEET_TEXT })), report, state);
    wordsComplete &&= report.documentTextRead === true && sheetParts.length <= 16;
  }
  keepDocumentText(report, state, words);
  // Read to the end: every part that holds words was read (a document with none of them says nothing about its words).
  if (wordsComplete && (report.documentText || sheetParts.length > 0 || contentParts.some((e) => /^(word\/document|ppt\/slides\/)/i.test(e.name)))) report.documentTextRead = true;
  else delete report.documentTextRead;
  for (const rel of office.externalRelationships) {
    if (rel.type.toLowerCase() === 'hyperlink' && pictureLinkIds.get(rel.part)?.includes(rel.id) && office.pictureLinks.length < 20) office.pictureLinks.push(rel.target);
  }
  if (sourceModules.length > 0) {
    office.macroModules = sourceModules.map((m) => m.name);
    office.macros = analyzeMacros(sourceModules);
  }
}

function analyzeOle(bytes: Uint8Array, report: FileReport, state: State): void {
  const ole = openOle(bytes);
  if (!ole) return;
  if (isOutlookItem(ole)) {
    analyzeOutlookMsg(ole, report, state);
    return;
  }
  const office: OfficeFacts = { container: 'ole', hasVbaProject: false, macroModules: [], xlmSheets: [], externalRelationships: [], pictureLinks: [], encrypted: isEncryptedOffice(ole), msi: isMsi(ole) };
  report.office = office;
  const vba = extractVba(ole, state.limits.maxScanBytes);
  office.hasVbaProject = vba.hasVbaProject;
  if (vba.modules.length > 0) {
    office.macroModules = vba.modules.map((m) => m.name);
    office.macros = analyzeMacros(vba.modules);
  }
  const workbook = ole.read('Workbook', state.limits.maxScanBytes) ?? ole.read('Book', state.limits.maxScanBytes);
  if (workbook) office.xlmSheets = biffMacroSheets(workbook);
  analyzeOleNative(ole, report, state);
}

/**
 * OLE "Package" objects (Ole10Native streams in ObjectPool storages or embedded .bin): a file name and
 * the file itself, which Word shows as an icon and runs on a double click.
 */
function analyzeOleNative(ole: OleFile, report: FileReport, state: State): void {
  for (const s of ole.streams) {
    if (!/\u0001Ole10Native$/i.test(s.path) || !mayDescend(report, state)) continue;
    const raw = ole.read(s.path, state.limits.maxEntryBytes);
    if (!raw || raw.length < 12) continue;
    let at = 6;
    const cstr = (): string => {
      const end = raw.indexOf(0, at);
      const str = Buffer.from(raw.subarray(at, end < 0 ? raw.length : end)).toString('latin1');
      at = end < 0 ? raw.length : end + 1;
      return str;
    };
    const label = cstr();
    cstr(); // source path
    at += 4; // reserved
    const tempLen = raw[at]! | (raw[at + 1]! << 8) | (raw[at + 2]! << 16) | (raw[at + 3]! << 24);
    at += 4 + Math.max(0, tempLen);
    const size = (raw[at]! | (raw[at + 1]! << 8) | (raw[at + 2]! << 16) | (raw[at + 3]! << 24)) >>> 0;
    at += 4;
    if (at + size > raw.length || size === 0) continue;
    addChild(report, label || 'package-object', raw.subarray(at, at + size), state);
  }
}

function analyzeGzip(bytes: Uint8Array, report: FileReport, state: State): void {
  const facts = gzipFacts(bytes);
  const archive = newArchive('gzip');
  report.archive = archive;
  const inner = facts.originalName ?? report.name.replace(/\.t?gz$/i, (m) => (m.toLowerCase() === '.tgz' ? '.tar' : '')).replace(/\.gzip$/i, '');
  archive.entries = 1;
  if (!mayDescend(report, state)) return;
  const remaining = state.limits.maxTotalBytes - state.bytesUsed;
  const byRatio = Math.max(BOMB_MIN_BYTES, bytes.length * state.limits.maxRatio);
  const cap = Math.min(state.limits.maxEntryBytes, remaining, byRatio);
  // The trailer's size is the sender's word (and the last four bytes of whatever is there when the file is cut): a bomb is
  // confirmed by what the stream's first bytes inflate to, as for a zip entry; a size that lies upwards neither hides the
  // content nor makes a damaged file a bomb.
  const claimsBomb = facts.declaredSize > BOMB_MIN_BYTES && facts.declaredSize / bytes.length > state.limits.maxRatio;
  if (claimsBomb) {
    const probe = gunzipBounded(bytes.subarray(0, BOMB_PROBE_BYTES), BOMB_PROBE_BYTES * state.limits.maxRatio);
    if (!probe.ok && probe.reason === 'too-large') {
      report.limits.push({ kind: 'ratio', detail: `claims ${facts.declaredSize} bytes from ${bytes.length}` });
      report.children.push(listedOnly(inner || 'gzip-content', report.path, report.depth + 1, facts.declaredSize, 'compression ratio limit'));
      return;
    }
  }
  const out = gunzipBounded(bytes, Math.max(0, cap));
  if (out.ok) {
    state.bytesUsed += out.data.length;
    if (claimsBomb) archive.problems.push(`the trailer claims ${facts.declaredSize} bytes; the stream inflates to ${out.data.length}`);
    else if (out.damaged) archive.problems.push('the stream is cut short or its trailer (CRC, size) does not match');
    addChild(report, inner || 'gzip-content', out.data, state);
    return;
  }
  if (out.reason === 'too-large') {
    report.limits.push(cap === byRatio ? { kind: 'ratio', detail: `inflates past ratio ${state.limits.maxRatio}` } : cap === remaining ? { kind: 'total-bytes', detail: `more than ${state.limits.maxTotalBytes} decompressed bytes` } : { kind: 'entry-bytes', detail: `larger than ${state.limits.maxEntryBytes} bytes` });
  } else archive.problems.push('corrupt gzip stream');
  report.children.push(listedOnly(inner || 'gzip-content', report.path, report.depth + 1, facts.declaredSize, out.reason));
}

function analyzeTar(bytes: Uint8Array, report: FileReport, state: State): void {
  const listing = listTar(bytes, { maxEntries: state.limits.maxEntriesPerArchive });
  const archive = recordListing(report, state, 'tar', listing);
  const descend = mayDescend(report, state);
  for (const e of listing.entries) {
    checkTraversal(e.name, archive);
    if (e.linkName) checkTraversal(e.linkName, archive);
    if (e.type !== '0' && e.type !== '7' && e.type !== '\0') continue;
    if (!descend || timeLimit(report, state)) report.children.push(listedOnly(e.name, report.path, report.depth + 1, e.size, descend ? 'time limit reached' : 'nesting limit reached'));
    else addChild(report, e.name, e.data, state);
  }
}

/**
 * A cabinet's files (cab/index.ts): every name listed, the content of a stored or MSZIP folder's files analysed like a zip
 * member (within the entry and total byte limits), a Quantum or LZX folder's listed only (no decoder: the names are what matter).
 */
function analyzeCab(bytes: Uint8Array, report: FileReport, state: State): void {
  const listing = listCab(bytes, { maxEntries: state.limits.maxEntriesPerArchive, maxDataBytes: Math.max(0, Math.min(state.limits.maxEntryBytes, state.limits.maxTotalBytes - state.bytesUsed)) });
  const archive = recordListing(report, state, 'cab', listing);
  if (!listing) return;
  const descend = mayDescend(report, state);
  for (const e of listing.entries) {
    checkTraversal(e.name, archive);
    if (e.data === undefined) report.children.push(listedOnly(e.name, report.path, report.depth + 1, e.size, 'cabinet content is listed, not extracted'));
    else if (!descend || timeLimit(report, state)) report.children.push(listedOnly(e.name, report.path, report.depth + 1, e.size, descend ? 'time limit reached' : 'nesting limit reached'));
    else {
      state.bytesUsed += e.data.length;
      addChild(report, e.name, e.data, state);
    }
  }
}

/**
 * A TNEF stream's attachments (tnef/index.ts; winmail.dat): Outlook shows each as an attachment of its own, so each is
 * analysed as one (as a zip member: its name, its bytes). The body it carries, which Outlook shows as the letter's, is
 * the file's document text (for the checks that read a document's words, as a PDF's or an RTF's).
 */
function analyzeTnef(bytes: Uint8Array, report: FileReport, state: State): void {
  analyzeShownItem(report, state, 'tnef', listTnef(bytes, { maxEntries: state.limits.maxEntriesPerArchive, maxBodyBytes: state.limits.maxScanBytes }));
}

/** A stored letter (winmail.dat, an attached .msg): its files analysed as attachments of their own, its body as document text. */
function analyzeShownItem(report: FileReport, state: State, format: string, listing: { entries: readonly { name: string; data: Uint8Array }[]; body: TnefBody; problems: readonly string[]; truncated: boolean } | null | undefined): void {
  const archive = recordListing(report, state, format, listing);
  if (!listing) return;
  const room = documentTextRoom(state);
  if (room > 0 && (listing.body.rtf || listing.body.html || listing.body.text)) {
    keepDocumentText(report, state, tnefBodyText(listing.body, room));
    report.documentTextRead = true;
  }
  const descend = mayDescend(report, state);
  for (const e of listing.entries) {
    checkTraversal(e.name, archive);
    if (!descend || timeLimit(report, state)) report.children.push(listedOnly(e.name, report.path, report.depth + 1, e.data.length, descend ? 'time limit reached' : 'nesting limit reached'));
    else addChild(report, e.name, e.data, state);
  }
}

/**
 * An attached Outlook item (.msg): read as winmail.dat is — its files analysed as attachments of their own (those of items
 * attached to it too), the body Outlook shows when it is opened as the file's document text.
 */
function analyzeOutlookMsg(ole: OleFile, report: FileReport, state: State): void {
  analyzeShownItem(report, state, 'outlook-msg', listOutlookItem(ole, { maxStreamBytes: state.limits.maxScanBytes, maxAttachments: state.limits.maxEntriesPerArchive, maxDepth: state.limits.maxDepth }));
}

/** Why a RAR entry's content is not analysed when it is compressed (RAR's own compression is not decoded here). */
export const RAR_NOT_EXTRACTED = 'RAR content is listed, not extracted';

/**
 * A RAR's entries (names from the headers, `-hp` headers opened with the message's passwords), and the content of every
 * stored entry (`-m0`, decrypted when RAR 5 and the letter's password opens it) analysed like a zip member. A compressed
 * entry whose password the archive's check value confirms stays listed, as an unencrypted compressed one: its encryption
 * hides nothing more (openedWith says so).
 */
function analyzeRar(bytes: Uint8Array, report: FileReport, state: State): void {
  const listing = listRar(bytes, { maxEntries: state.limits.maxEntriesPerArchive, passwords: state.passwords });
  const archive = newArchive(listing ? `rar${listing.version}` : 'rar');
  report.archive = archive;
  if (!listing) return;
  archive.entries = listing.entries.length;
  archive.headersEncrypted = listing.headersEncrypted;
  if (listing.headersOpenedWith !== undefined) archive.openedWith = listing.headersOpenedWith;
  archive.problems.push(...listing.problems);
  archive.unlisted = listing.headersEncrypted ? 'headers encrypted' : undefined;
  if (!archive.unlisted) delete archive.unlisted;
  if (listing.truncated) report.limits.push({ kind: 'entries', detail: `more than ${state.limits.maxEntriesPerArchive} entries` });
  if (listing.passwordLimit) report.limits.push({ kind: 'entry-bytes', detail: `encrypted RAR headers: ${listing.passwordLimit}` });
  // Whether stored content may be opened at this depth (asked once, when the first stored entry is reached).
  let descend: boolean | undefined;
  const budget = { left: MAX_RAR_KEY_DERIVATIONS };
  const passwords = listing.headersOpenedWith !== undefined ? [listing.headersOpenedWith, ...state.passwords.filter((p) => p !== listing.headersOpenedWith)] : state.passwords;
  for (const e of listing.entries) {
    if (e.isDirectory) continue;
    checkTraversal(e.name, archive);
    if (e.encrypted && archive.encryptedEntries.length < 50) archive.encryptedEntries.push(e.name);
    const child = (reason: string) => report.children.push(listedOnly(e.name, report.path, report.depth + 1, e.unpackedSize, reason));
    if (e.method !== 0) {
      // Compressed: listed. An encrypted one whose password the message gives (the check value says so) is opened as far as anything is.
      const confirmed = e.encrypted && passwords.length > 0 ? rarPasswordOf(e, passwords, budget) : undefined;
      if (confirmed === 'limit') pushOnce(report, { kind: 'entry-bytes', detail: 'an encrypted RAR entry: key derivation over its limit' });
      else if (confirmed !== undefined) archive.openedWith = confirmed;
      child(e.encrypted && (confirmed === undefined || confirmed === 'limit') ? 'encrypted' : RAR_NOT_EXTRACTED);
    } else if (!(descend ??= mayDescend(report, state))) child('nesting limit reached');
    else if (timeLimit(report, state)) child('time limit reached');
    else if (e.unpackedSize > Math.min(state.limits.maxEntryBytes, state.limits.maxTotalBytes - state.bytesUsed)) {
      pushOnce(report, { kind: 'entry-bytes', detail: `a stored RAR entry of ${e.unpackedSize} bytes is over the size limit` });
      child('size limit');
    } else {
      const data = rarEntryData(bytes, e, passwords, listing.headersOpenedWith, budget);
      if (!data.ok) {
        if (data.reason === 'limit') pushOnce(report, { kind: 'entry-bytes', detail: `an encrypted RAR entry: ${data.detail}` });
        else if (data.reason === 'corrupt') archive.problems.push(`RAR entry ${e.name.slice(0, 80)}: ${data.detail}`);
        child(data.reason === 'encrypted' || data.reason === 'limit' ? 'encrypted' : data.reason === 'split' ? 'split across volumes' : 'RAR entry corrupt');
        continue;
      }
      if (data.password !== undefined) archive.openedWith = data.password;
      state.bytesUsed += data.data.length;
      addChild(report, e.name, data.data, state);
    }
  }
  // Headers no password opened hide every entry, and each entry's content with them (`-hp` encrypts both): an encrypted
  // archive, as a 7z with encrypted names is (session 23; before, RAR 4 and 5 `-hp` were only "headers encrypted").
  if (listing.headersEncrypted && archive.encryptedEntries.length === 0) archive.encryptedEntries.push('(all: headers encrypted)');
}

/** Largest 7z folder (solid block) decoded for its files' content: LZMA runs in JavaScript, and names are what matter most. */
const SEVEN_ZIP_MAX_FOLDER_BYTES = 16 * 1024 * 1024;

function analyzeSevenZip(bytes: Uint8Array, report: FileReport, state: State): void {
  const listing = listSevenZip(bytes, { maxEntries: state.limits.maxEntriesPerArchive, maxHeaderBytes: Math.min(state.limits.maxEntryBytes, 8 * 1024 * 1024), passwords: state.passwords });
  const archive = newArchive('7z');
  report.archive = archive;
  if (!listing) return;
  // Names hidden by a password the letter gives are listed with it; the blocks then open with it too (decodeSevenZipFolder).
  if (listing.headerOpenedWith !== undefined) archive.openedWith = listing.headerOpenedWith;
  archive.entries = listing.entries.length;
  archive.headersEncrypted = listing.headersEncrypted;
  archive.problems.push(...listing.problems);
  if (listing.truncated) report.limits.push({ kind: 'entries', detail: `more than ${state.limits.maxEntriesPerArchive} entries` });
  if (listing.headerLimit) report.limits.push({ kind: 'entry-bytes', detail: listing.headerLimit });
  if (listing.headersEncrypted) archive.unlisted = 'headers encrypted';
  else if (listing.headersCompressed) archive.unlisted = listing.headerLimit ? 'compressed header over the limit (names not listed)' : 'compressed header not decoded (names not listed)';
  const descend = mayDescend(report, state);
  // Each folder is decoded once, when one of its files is reached, within the message's budgets.
  const folders = new Map<number, SevenZipBlock>();
  const folderData = (index: number) => {
    let got = folders.get(index);
    if (!got) {
      got = decodeSevenZipFolder(bytes, listing.folders[index]!, report, state);
      folders.set(index, got);
    }
    return got;
  };
  for (const entry of listing.entries) {
    if (entry.isDirectory) continue;
    checkTraversal(entry.name, archive);
    if (listing.encrypted && archive.encryptedEntries.length < 50) archive.encryptedEntries.push(entry.name);
    const child = (reason: string) => report.children.push(listedOnly(entry.name, report.path, report.depth + 1, entry.size, reason));
    // An encrypted block is opened only with a password the message gives (decodeSevenZipFolder); an entry without one stays listed.
    if (listing.encrypted && (entry.folder < 0 || !folderEncrypted(listing.folders[entry.folder]!) || state.passwords.length === 0)) child('encrypted');
    else if (!descend) child('nesting limit reached');
    else if (timeLimit(report, state)) child('time limit reached');
    else if (entry.folder < 0) addChild(report, entry.name, new Uint8Array(0), state);
    else {
      const data = folderData(entry.folder);
      if (!data.ok) child(data.reason);
      else if (entry.offset + entry.size > data.data.length) child('beyond its folder');
      else {
        if (data.openedWith !== undefined) archive.openedWith = data.openedWith;
        addChild(report, entry.name, data.data.subarray(entry.offset, entry.offset + entry.size), state);
      }
    }
  }
  if (listing.headersEncrypted && archive.encryptedEntries.length === 0) archive.encryptedEntries.push('(all: headers encrypted)');
}

type SevenZipBlock = { ok: true; data: Uint8Array; openedWith?: string } | { ok: false; reason: string };

/**
 * One 7z folder's bytes within the ratio, per-entry, total and SEVEN_ZIP_MAX_FOLDER_BYTES budgets, recording which limit
 * stopped it. An encrypted folder is tried with the message's passwords: the first whose bytes decode opens it.
 */
function decodeSevenZipFolder(bytes: Uint8Array, folder: SevenZipFolder, report: FileReport, state: State): SevenZipBlock {
  const { limits } = state;
  if (!folder.simple && !folder.chain) return { ok: false, reason: `7z coders ${folder.coders.map((c) => c.id).join('+')} not decoded (listed only)` };
  const byRatio = Math.max(BOMB_MIN_BYTES, Math.max(1, folder.packSize) * limits.maxRatio);
  if (folder.unpackSize > byRatio) {
    report.limits.push({ kind: 'ratio', detail: `a 7z block claims ${folder.unpackSize} bytes from ${folder.packSize}` });
    return { ok: false, reason: 'compression ratio limit' };
  }
  const remaining = limits.maxTotalBytes - state.bytesUsed;
  if (folder.unpackSize > remaining) {
    pushOnce(report, { kind: 'total-bytes', detail: `more than ${limits.maxTotalBytes} decompressed bytes in the message` });
    return { ok: false, reason: 'total size limit' };
  }
  const cap = Math.min(limits.maxEntryBytes, SEVEN_ZIP_MAX_FOLDER_BYTES);
  if (folder.unpackSize > cap) {
    report.limits.push({ kind: 'entry-bytes', detail: `a 7z block of ${folder.unpackSize} bytes is larger than ${cap} bytes (names listed, content not read)` });
    return { ok: false, reason: 'size limit' };
  }
  const lzmaLimits = { maxOutput: cap, maxDictionary: Math.max(cap, 64 * 1024 * 1024) };
  if (folderEncrypted(folder)) {
    const opened = openEncryptedFolder(bytes, folder, lzmaLimits, state.passwords);
    if (!opened.ok) {
      if (opened.limit) report.limits.push({ kind: 'entry-bytes', detail: `an encrypted 7z block: ${opened.limit}` });
      return { ok: false, reason: 'encrypted' };
    }
    state.bytesUsed += opened.data.length;
    return { ok: true, data: opened.data, openedWith: opened.password };
  }
  const out = sevenZipFolderData(bytes, folder, lzmaLimits);
  if (!out.ok) {
    report.archive?.problems.push(`7z block: ${out.detail}`);
    return { ok: false, reason: `7z block ${out.reason === 'corrupt' ? 'corrupt' : 'not decoded'}` };
  }
  if (folder.coders[0]!.id !== '00' || folder.chain) state.bytesUsed += out.data.length;
  return { ok: true, data: out.data };
}

function analyzeIso(bytes: Uint8Array, report: FileReport, state: State): void {
  const listing = listIso(bytes, { maxEntries: state.limits.maxEntriesPerArchive });
  recordListing(report, state, 'iso9660', listing);
  if (!listing) return;
  const descend = mayDescend(report, state);
  for (const e of listing.entries) {
    if (!descend || timeLimit(report, state)) report.children.push(listedOnly(e.path, report.path, report.depth + 1, e.size, descend ? 'time limit reached' : 'nesting limit reached'));
    else addChild(report, e.path, e.data, state);
  }
}

const NO_PASSWORDS: readonly string[] = [];

/** `ask`, called at most once: later calls give its first answer. */
function onceOf<T>(ask: () => T): () => T {
  let asked = false;
  let answer: T;
  return () => {
    if (!asked) {
      answer = ask();
      asked = true;
    }
    return answer;
  };
}

function analyzePdfNode(bytes: Uint8Array, report: FileReport, state: State): void {
  // Shared with the links family's read of the same attachment (documentLinks) when the limits and the letter's passwords
  // agree (the defaults do). An encrypted PDF is opened with no password or the letter's when one is right (pdf/decrypt.ts).
  const scanned = bytes.subarray(0, state.limits.maxScanBytes);
  const passwords = Buffer.from(scanned.buffer, scanned.byteOffset, scanned.byteLength).includes('/Encrypt') ? state.pdfPasswords() : NO_PASSWORDS;
  const facts = analyzePdfOnce(bytes, state.limits.maxScanBytes, pdfLimits(state.limits, state.bytesUsed), passwords);
  const { embeddedFiles, ...rest } = facts;
  report.pdf = rest;
  if (facts.limitHit) report.limits.push({ kind: 'entry-bytes', detail: facts.encryption?.opened && facts.encryption.reason ? `PDF decryption: ${facts.encryption.reason}` : 'PDF stream inflation stopped at its limit' });
  if (embeddedFiles.length > 0 && mayDescend(report, state)) for (const f of embeddedFiles) addChild(report, f.name, f.data, state);
  // The words it shows, for the content checks that name a scam (a callback invoice, a sextortion letter in a PDF under
  // a body of a few words). A locked PDF's streams are ciphertext: nothing to read; an opened one is read from its copy.
  const room = documentTextRoom(state);
  if (!pdfLocked(facts) && room > 0 && !outOfTime(state)) {
    const scan = pdfContentBytes(facts, scanned);
    const shown = pdfText(scan, { maxChars: room, maxStreams: state.limits.maxPdfStreams, maxStreamBytes: Math.min(state.limits.maxEntryBytes, 16 * 1024 * 1024), maxTotalInflated: Math.min(Math.max(0, state.limits.maxTotalBytes - state.bytesUsed), 64 * 1024 * 1024) });
    keepDocumentText(report, state, shown.text);
    if (!shown.truncated) report.documentTextRead = true;
  }
}

/** The stream limits a PDF is analysed with, after `bytesUsed` decompressed bytes of the message's budget. */
export function pdfLimits(limits: AnalyzeLimits, bytesUsed: number): PdfLimits {
  return { maxStreams: limits.maxPdfStreams, maxStreamBytes: Math.min(limits.maxEntryBytes, 16 * 1024 * 1024), maxTotalInflated: Math.min(Math.max(0, limits.maxTotalBytes - bytesUsed), 64 * 1024 * 1024) };
}

/**
 * The words of a document's XML parts (an ODF body, a workbook's strings), each inflated only when it declares no more
 * than BOMB_MIN_BYTES and the budget has room; documentTextRead when every part was read.
 */
function readDocumentParts(bytes: Uint8Array, parts: readonly { entry: ZipEntry; vocabulary: TextVocabulary }[], report: FileReport, state: State): void {
  let words = '';
  let complete = true;
  for (const { entry, vocabulary } of parts) {
    const room = documentTextRoom(state) - words.length - (report.documentText?.length ?? 0);
    if (entry.uncompressedSize > BOMB_MIN_BYTES || room <= 0 || timeLimit(report, state)) {
      complete = false;
      continue;
    }
    const data = extractZipEntry(bytes, entry, report, state);
    if (!data.ok) {
      complete = false;
      continue;
    }
    words = joinWords(words, markupText(Buffer.from(data.bytes.subarray(0, 4 * 1024 * 1024)).toString('utf8'), vocabulary, room));
  }
  keepDocumentText(report, state, words);
  if (complete) report.documentTextRead = true;
}

function joinWords(a: string, b: string): string {
  return a && b ? `${a}\n${b}` : a || b;
}

/** A part's number (`slide12.xml` → 12), so that slides and sheets are read in their order; 0 without one. */
function partOrder(name: string): number {
  const m = /(\d{1,6})\.xml$/i.exec(name);
  return m ? Number(m[1]) : 0;
}

/** Characters of document text the next document may give: its own cap, within what the message has left. */
function documentTextRoom(state: State): number {
  return Math.min(DOCUMENT_TEXT_CHARS, MESSAGE_DOCUMENT_TEXT_CHARS - state.documentTextChars);
}

/** A document's words kept on its report and counted against the message's budget (nothing when it shows none). */
function keepDocumentText(report: FileReport, state: State, text: string): void {
  if (!text) return;
  report.documentText = report.documentText ? joinWords(report.documentText, text) : text;
  state.documentTextChars += text.length;
}

function analyzeHtmlNode(bytes: Uint8Array, report: FileReport, state: State): void {
  const text = Buffer.from(bytes.subarray(0, state.limits.maxScanBytes)).toString('utf8');
  const facts = analyzeHtml(text, { maxPayloadBytes: state.limits.maxEntryBytes });
  const { payloads, ...rest } = facts;
  report.html = rest;
  keepRemoteFolders(report, searchQueryLocations(text));
  if (payloads.length > 0 && mayDescend(report, state)) {
    for (const p of payloads) {
      const kind = sniff(p.data).kind;
      // Only payloads that are files worth a look: not text, not images.
      if (kind !== 'unknown' && kind !== 'text' && !['png', 'jpeg', 'gif', 'bmp', 'webp', 'ico', 'svg'].includes(kind)) addChild(report, p.name, p.data, state);
    }
  }
}
