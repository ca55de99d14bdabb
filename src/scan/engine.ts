import { hash } from 'node:crypto';
import { CHECK_FAMILIES } from '../checks/registry.js';
import type { Check, CheckContext, CheckFamily, CheckOutput, Finding } from '../checks/types.js';
import { readMessage } from './read-message.js';
import type { Address, Envelope, ParsedMessage, ReceivedHop } from '../mail/types.js';
import { scoreFindings } from '../score/score.js';
import { blockingIds, buildScoreTable, CATALOGUE, type ScoreTable } from '../score/table.js';
import { FAINT_TEXT_MIN_CHARS } from '../mail/parse/ink.js';
import { nonPublicReason } from '../links/ip.js';
import type { Services } from '../core/services.js';
import type { IpInfoLookup } from '../ipinfo/index.js';
import type { ScoreEntry } from '../core/finding.js';
import type { ScanConfig } from './config.js';
import type { Delivery, ScanReport } from './report.js';
import { textFingerprint } from '../neardup/fingerprint.js';
import { shownText } from '../mail/shown-text.js';
import { foldMixedScriptWords } from '../lookalike/mixed-script.js';
import { attachedMessages, type AttachedMessage } from '../mail/parse/attached-messages.js';
import { ownWordsOf } from '../mail/own-words.js';
import type { ScoredFinding, ScoreResult } from '../score/score.js';

export interface ScannerOptions {
  config: ScanConfig;
  /** Every service the checks use, built by the composition root (src/runtime: `createScanner`, `buildServices`). */
  services: Services;
  /** Defaults to every shipped family; tests pass a subset. */
  families?: readonly CheckFamily[];
  /** Score-table rows; defaults to the finding catalogue (src/rules). Tests of stand-in checks add their own. */
  catalogue?: readonly ScoreEntry[];
  /**
   * Compute `ScanReport.fingerprint` (the MinHash of the shown text that campaigns cluster by, ~0.2 ms per
   * message). Off by default: only paths that store the result (ingest, the HTTP API, queue workers) ask for it.
   */
  fingerprint?: boolean;
}

export interface ScanInput {
  raw: Uint8Array;
  source: string;
  envelope?: Envelope;
}

/**
 * Parse → checks → score, for one message at a time. Build it with `createScanner` (src/runtime), which
 * turns the configuration into the services it needs. Built once per process (checks and the score table
 * are set up here, never per message). `scan` never throws for message content: a check that throws
 * becomes CHECK_ERROR, a check that overruns the budget CHECK_TIMEOUT, and the other checks still count.
 */
export class Scanner {
  readonly config: ScanConfig;
  readonly table: ScoreTable;
  readonly checks: readonly Check[];
  /** The checks an attached message is read with: every one but its own authentication's. */
  private readonly attachedChecks: readonly Check[];
  private readonly services: Services;
  private readonly fingerprint: boolean;
  /**
   * Ids that may lower a phishing or malware verdict (blockingIds: a composite's negations, negative scores), and the
   * content checks (they read the shown text) that emit one. On a message with a block of faint text, such a check also
   * reads the text without it, and an id of those it finds only in the faint text is dropped (seenOnly).
   */
  private readonly blockers: ReadonlySet<string>;
  private readonly seenChecks: ReadonlySet<Check>;

  constructor(options: ScannerOptions) {
    this.config = options.config;
    this.services = options.services;
    this.fingerprint = options.fingerprint === true;
    const families = options.families ?? CHECK_FAMILIES;
    this.table = buildScoreTable(options.catalogue ?? CATALOGUE, this.config.thresholds, this.config.scores);
    this.checks = families.flatMap((family) => family.create({ config: this.config, services: this.services }));
    // An attached message's own authentication is not read (see judgeAttached): this server did not receive it.
    this.attachedChecks = this.checks.filter((c) => c.name !== 'sender.auth');
    this.blockers = blockingIds(this.table);
    // The classifier reads what the reader sees itself (content/classifier.ts: the higher of the two votes counts).
    this.seenChecks = new Set(this.checks.filter((c) => c.name.startsWith('content.') && c.name !== 'content.classifier' && c.emits.some((id) => this.blockers.has(id))));
  }

  parse(input: ScanInput): ParsedMessage {
    // The limits are the parser's options (it reads those it knows). A spread after other properties is a
    // runtime call in V8; first in the literal it is a fast copy.
    const limits = this.config.limits;
    const msg = readMessage(input.raw, input.envelope ? { ...limits, envelope: input.envelope } : limits);
    mendMixedScriptWords(msg);
    return msg;
  }

  async scan(input: ScanInput): Promise<ScanReport> {
    // process.hrtime, not performance.now(): the global `performance` loads node:perf_hooks on first use (~6 M
    // instructions of a one-message scan's start-up); the difference of two readings is the same clock's.
    const started = process.hrtime.bigint();
    const msg = this.parse(input);
    const letter = this.readLetter(msg, this.checks, 1, { left: ATTACHED_READ_MAX });
    const { outputs, result } = letter instanceof Promise ? await letter : letter;
    const iocs = mergeIocs(outputs);
    // The text a reader is shown, as the checks read it: a pictures-only lure often carries a copied newsletter
    // in its text/plain alternative, which would put the lure into the genuine newsletter's campaign.
    const fingerprint = this.fingerprint ? textFingerprint(shownText(msg)) : undefined;
    // One literal with every field (`fingerprint` in its place only when asked for), not a spread in the middle: the
    // fields after a spread are added one by one, each a transition map V8 holds weakly and may drop at a full collection,
    // deoptimising code compiled for it (NOTES, issue 18, sessions 21 and 23).
    const messageId = msg.messageId ?? null;
    // The report gives the subject as written; the checks read it mended (mendMixedScriptWords).
    const subject = msg.subjectAsWritten ?? msg.subject;
    const date = msg.date ? isoTime(msg.date) : null;
    const from = msg.from[0]?.address ?? null;
    const fromName = msg.from[0]?.name ?? '';
    const to = msg.to.map(addressOf);
    const categories = mergeNamed(outputs, 'categories');
    const themes = mergeNamed(outputs, 'themes');
    const size = input.raw.byteLength;
    // One-shot hash: no Hash object per message (same digest as createHash().update().digest()). bench:instructions reads it
    // at ~220 K instructions a message (~3.5 % of the scanning code on the SA window): valgrind hides the CPU's SHA
    // extensions, so OpenSSL runs its AVX2 code there (~28 instructions a byte). On this machine's CPU (sha_ni) the digest
    // costs ~1.3 ns a byte against ~4.7 on the AVX2 path (OPENSSL_ia32cap masking SHA): ~10 µs of a ~1.9 ms scan (session 65, pool66).
    const sha256 = hash('sha256', input.raw, 'hex');
    const { verdict, score } = result;
    const elapsedMs = Math.round(Number(process.hrtime.bigint() - started) / 1000) / 1000;
    const sent = delivery(msg, input.envelope, this.services.ipInfo);
    if (fingerprint !== undefined) {
      return { source: input.source, messageId, date, from, fromName, to, subject, verdict, score, findings: result.findings, categories, themes, iocs, size, sha256, fingerprint, elapsedMs, delivery: sent };
    }
    return { source: input.source, messageId, date, from, fromName, to, subject, verdict, score, findings: result.findings, categories, themes, iocs, size, sha256, elapsedMs, delivery: sent };
  }

  /**
   * One letter's checks, its attached messages (read at `attachedLevel`, see readAttached) and its score. Synchronous when
   * every check answered synchronously and nothing is attached: the scan's hot path makes no promise to wait for.
   */
  private readLetter(msg: ParsedMessage, checks: readonly Check[], attachedLevel: number, budget: { left: number }): LetterReading | Promise<LetterReading> {
    // A message attached whole (a forward as attachment, an .eml or .msg file) is read as the letter it is too.
    const attached = attachedMessages(msg);
    const forwarded = attached.length > 0 ? this.forwardedLetter(msg, attached, attachedLevel, budget) : undefined;
    const faintOnly = new Set<Finding>();
    const ran = this.runChecks(msg, faintOnly, checks);
    // Synchronous checks only (every shipped check unless redirects or domain age are on): no promise to wait for.
    if (Array.isArray(ran)) return this.scoreLetter(ran, faintOnly, attached, forwarded, attachedLevel, budget);
    return ran.then((outputs) => this.scoreLetter(outputs, faintOnly, attached, forwarded, attachedLevel, budget));
  }

  /**
   * The one letter `msg` forwards whole, parsed, when it is sure to be read as a letter of its own (the only attached message,
   * not a digest's post, within ATTACHED_LEVELS_MAX and the scan's budget); `msg.ownWords` is then set (src/mail/own-words.ts):
   * the sender-identity checks read the forwarding sender's note — its subject without the copy of the letter's subject, its
   * text without the letter's — and leave the letter's claims to the letter's own reading, whose class is carried. With
   * several attached letters, or one that may not be read, the outer checks read everything as before: no claim goes unread.
   */
  private forwardedLetter(msg: ParsedMessage, attached: readonly AttachedMessage[], level: number, budget: { left: number }): ParsedMessage | undefined {
    const only = attached[0]!;
    if (attached.length !== 1 || only.inDigest || !mayRead(level, budget)) return undefined;
    const inner = this.parseAttached(only);
    if (inner !== undefined) msg.ownWords = ownWordsOf(msg, inner.subject);
    return inner;
  }

  private scoreLetter(outputs: CheckOutput[], faintOnly: Set<Finding>, attached: readonly AttachedMessage[], forwarded: ParsedMessage | undefined, attachedLevel: number, budget: { left: number }): LetterReading | Promise<LetterReading> {
    // Loops, not flatMap: three flatMaps with an arrow each were ~1 % of a scan's CPU (a builtin that is not inlined).
    const findings: Finding[] = [];
    for (const o of outputs) for (const f of o.findings) findings.push(f);
    if (attached.length === 0) return { outputs, result: this.scoreSeen(findings, faintOnly) };
    return this.readAttached(attached, findings, attachedLevel, budget, forwarded).then(() => ({ outputs, result: this.scoreSeen(findings, faintOnly) }));
  }

  /**
   * What the reader sees is scored too when a finding that may lower the verdict came only from faint text: the more
   * severe of the two verdicts counts (as the classifier's two votes), so faint text can neither lower nor, by taking
   * its words away, drop a verdict the whole text reached.
   */
  private scoreSeen(findings: readonly Finding[], faintOnly: ReadonlySet<Finding>): ScoreResult {
    const result = scoreFindings(findings, this.table);
    if (faintOnly.size === 0) return result;
    const seenResult = scoreFindings(findings.filter((f) => !faintOnly.has(f)), this.table);
    return (VERDICT_RANK[seenResult.verdict] ?? 0) > (VERDICT_RANK[result.verdict] ?? 0) ? seenResult : result;
  }

  /**
   * Reads each attached message (src/mail/parse/attached-messages.ts) as a letter of its own — parse, every check, score — and
   * carries its verdict, when not clean, into `findings` (MIME_ATTACHED_MESSAGE_PHISHING / _MALWARE / _SPAM, its part, sender,
   * subject and findings as evidence). `level` is the nesting (1: attached to the scanned message); `budget` the letters left to
   * read in the whole scan. Past ATTACHED_LEVELS_MAX levels or ATTACHED_READ_MAX letters the rest are read only as part of the
   * outer message (as before) and the limit is a finding (MIME_ATTACHED_MESSAGE_LIMIT).
   */
  private async readAttached(attached: readonly AttachedMessage[], findings: Finding[], level: number, budget: { left: number }, forwarded?: ParsedMessage): Promise<void> {
    let unread = 0;
    let firstUnread = '';
    for (const m of attached) {
      if (!mayRead(level, budget)) {
        if (unread++ === 0) firstUnread = m.partPath;
        continue;
      }
      budget.left--;
      const judged = await this.judgeAttached(m, level, budget, m === attached[0] ? forwarded : undefined);
      if (judged === undefined) continue;
      // A limit reached inside it is this message's too (the letter it left unread is carried by this one).
      const limit = judged.findings.find((f) => f.id === 'MIME_ATTACHED_MESSAGE_LIMIT');
      if (limit) findings.push({ id: 'MIME_ATTACHED_MESSAGE_LIMIT', evidence: `in part ${m.partPath}: ${limit.evidence}` });
      // A digest's post carries its danger, not its spam (AttachedMessage.inDigest).
      if (judged.verdict === 'clean' || (judged.verdict === 'spam' && m.inDigest)) continue;
      const id = judged.verdict === 'malware' ? 'MIME_ATTACHED_MESSAGE_MALWARE' : judged.verdict === 'phishing' ? 'MIME_ATTACHED_MESSAGE_PHISHING' : 'MIME_ATTACHED_MESSAGE_SPAM';
      findings.push({ id, evidence: attachedEvidence(m, judged), data: attachedData(m, judged) });
    }
    if (unread > 0) {
      const why = level > ATTACHED_LEVELS_MAX ? `nested deeper than ${ATTACHED_LEVELS_MAX} levels` : `past the first ${ATTACHED_READ_MAX}`;
      findings.push({ id: 'MIME_ATTACHED_MESSAGE_LIMIT', evidence: `${unread} attached message${unread === 1 ? '' : 's'} ${why} not read as a letter of its own (the first at part ${firstUnread})` });
    }
  }

  /**
   * An attached message parsed to be read as a letter of its own; undefined when its bytes are no message. Its own
   * Authentication-Results were written for another delivery, or by its sender: this server did not receive it, so none of
   * them is trusted (a trustedAuthservIds name in them would otherwise vouch for a forged letter), and it is not verified here
   * either (its Received hops, which would give the connecting address, are the sender's to write).
   */
  private parseAttached(m: AttachedMessage): ParsedMessage | undefined {
    let inner: ParsedMessage;
    try {
      inner = this.parse({ raw: m.raw, source: m.partPath });
    } catch {
      return undefined;
    }
    inner.authResults = [];
    return inner;
  }

  /** One attached message (`parsed` when forwardedLetter parsed it) read as a letter of its own; undefined when its bytes are no message. */
  private async judgeAttached(m: AttachedMessage, level: number, budget: { left: number }, parsed?: ParsedMessage): Promise<AttachedJudgement | undefined> {
    const inner = parsed ?? this.parseAttached(m);
    if (inner === undefined) return undefined;
    const letter = this.readLetter(inner, this.attachedChecks, level + 1, budget);
    const { result } = letter instanceof Promise ? await letter : letter;
    const from = inner.from[0];
    return { verdict: result.verdict, score: result.score, findings: result.findings, from: from ? (from.name ? `"${from.name}" <${from.address}>` : `<${from.address}>`) : '(none)', subject: inner.subject };
  }

  /**
   * Runs every check; synchronous checks run inline (no promise per check on the hot path), and when every check
   * answered synchronously the outputs are returned as they are (no promise for the scan to wait on).
   */
  private runChecks(msg: ParsedMessage, faintOnly: Set<Finding>, checks: readonly Check[] = this.checks): CheckOutput[] | Promise<CheckOutput[]> {
    const ctx = new ScanContext(this.services.now());
    const outputs: CheckOutput[] = [];
    const pending: { check: Check; promise: Promise<CheckOutput> }[] = [];
    const seen = this.seenChecks.size > 0 ? seenMessage(msg) : undefined;
    for (const check of checks) {
      try {
        const out = check.run(msg, ctx);
        if (out instanceof Promise) pending.push({ check, promise: out });
        else {
          if (seen !== undefined && this.seenChecks.has(check)) this.markFaintOnly(out, check, seen, ctx, faintOnly);
          outputs.push(out);
        }
      } catch (err) {
        outputs.push(checkError(check, err));
      }
    }
    if (pending.length === 0) return outputs;
    return this.settle(outputs, pending, () => ctx.abort());
  }

  /**
   * Adds to `faintOnly` the findings of `out` of a blocking id (this.blockers) that `check` does not also find in what the
   * reader sees (`seen`): found only in text in a colour that may not be seen. A newsletter in white on a page whose
   * background is not known must not make an advert of a phishing mail (issue 17 item 8, white-newsletter:
   * CONTENT_ADVERT_OFFER found in the faint text turned PHISH_NOTICE_LURE away).
   */
  private markFaintOnly(out: CheckOutput, check: Check, seen: ParsedMessage, ctx: CheckContext, faintOnly: Set<Finding>): void {
    if (!out.findings.some((f) => this.blockers.has(f.id))) return;
    let again: CheckOutput | Promise<CheckOutput>;
    try {
      again = check.run(seen, ctx);
    } catch {
      return;
    }
    if (again instanceof Promise) return;
    const found = new Set(again.findings.map((f) => f.id));
    for (const f of out.findings) if (this.blockers.has(f.id) && !found.has(f.id)) faintOnly.add(f);
  }

  /** Waits for the asynchronous checks within the scan budget; on time-out aborts them and reports which did not answer. */
  private async settle(outputs: CheckOutput[], pending: { check: Check; promise: Promise<CheckOutput> }[], abort: () => void): Promise<CheckOutput[]> {
    let timer: NodeJS.Timeout | undefined;
    const budget = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.config.limits.maxScanMs);
    });
    const settled = pending.map(({ check, promise }) =>
      promise.then(
        (out) => out,
        (err: unknown) => checkError(check, err),
      ),
    );
    const done: (CheckOutput | undefined)[] = new Array(settled.length);
    settled.forEach((p, i) => p.then((out) => (done[i] = out)));
    const race = await Promise.race([Promise.all(settled), budget]);
    clearTimeout(timer);
    if (race === 'timeout') {
      abort();
      pending.forEach(({ check }, i) => {
        const out = done[i];
        if (out) outputs.push(out);
        else outputs.push({ findings: [{ id: 'CHECK_TIMEOUT', evidence: check.name }] });
      });
    } else {
      outputs.push(...race);
    }
    return outputs;
  }
}

/**
 * The context of one scan's checks. The abort signal is made only when a check asks for it (the async ones): most
 * messages never need one, and an AbortController per message was ~0.6 % of a scan's CPU. A class, not an object
 * literal with a getter: such a literal was made by a runtime call with a new getter closure for every message.
 */
class ScanContext implements CheckContext {
  private controller: AbortController | undefined = undefined;
  constructor(readonly now: Date) {}
  get signal(): AbortSignal {
    this.controller ??= new AbortController();
    return this.controller.signal;
  }
  abort(): void {
    this.controller ??= new AbortController();
    this.controller.abort();
  }
}

/** Attached messages read as letters of their own in one scan (a digest of fifty messages must not cost fifty scans). */
export const ATTACHED_READ_MAX = 8;
/** Levels of attached messages read as letters (a forward of a forward of a forward); deeper ones count as the limit. */
export const ATTACHED_LEVELS_MAX = 3;

/** A letter's check outputs and its score. */
interface LetterReading {
  outputs: CheckOutput[];
  result: ScoreResult;
}

/** Whether an attached message at `level` is read as a letter of its own: within the levels and the scan's budget of letters. */
function mayRead(level: number, budget: { left: number }): boolean {
  return level <= ATTACHED_LEVELS_MAX && budget.left > 0;
}

/** What reading an attached message as a letter gave. */
interface AttachedJudgement {
  verdict: string;
  score: number;
  findings: readonly ScoredFinding[];
  from: string;
  subject: string;
}

/** The ids that carried the attached letter's verdict: those that scored, highest first (scoreFindings' order), at most 10. */
function scoringIds(judged: AttachedJudgement): string[] {
  const ids: string[] = [];
  for (const f of judged.findings) if (f.score > 0 && ids.length < 10) ids.push(f.id);
  return ids;
}

/** Where the letter is, who it says it is from, its subject, and what read it as phishing or malware (a nested one's own evidence). */
function attachedEvidence(m: AttachedMessage, judged: AttachedJudgement): string {
  const subject = judged.subject.length > 120 ? `${judged.subject.slice(0, 120)}…` : judged.subject;
  const nested = judged.findings.find((f) => f.id.startsWith('MIME_ATTACHED_MESSAGE_') && f.id !== 'MIME_ATTACHED_MESSAGE_LIMIT');
  return `part ${m.partPath} (${m.carrier}) from ${judged.from}, subject "${subject}": ${judged.verdict} ${judged.score} — ${scoringIds(judged).join(', ')}${nested ? ` [${nested.evidence}]` : ''}`;
}

function attachedData(m: AttachedMessage, judged: AttachedJudgement): Record<string, unknown> {
  return { partPath: m.partPath, carrier: m.carrier, from: judged.from, subject: judged.subject, verdict: judged.verdict, score: judged.score, findings: judged.findings.map((f) => ({ id: f.id, score: f.score, evidence: f.evidence })) };
}

/** Verdicts by severity. */
const VERDICT_RANK: Readonly<Record<string, number>> = { clean: 0, spam: 1, phishing: 2, malware: 3 };

/**
 * The message as the reader sees it when its shown text holds a block of text in a colour that may not be seen (ink.ts
 * inkFaint, at least FAINT_TEXT_MIN_CHARS characters): the same message whose shown text is the text without it. Else
 * undefined (nearly every message: nothing is made).
 */
export function seenMessage(msg: ParsedMessage): ParsedMessage | undefined {
  const facts = msg.htmlFacts;
  if (facts.faintColourChars < FAINT_TEXT_MIN_CHARS || facts.textWithoutFaint.trim().length === 0) return undefined;
  return { ...msg, visibleText: facts.textWithoutFaint };
}

// Callbacks made once, not an arrow per message: V8 drops a closure's optimised code at a full collection once none of
// its closures is alive, and every scan pool worker compiled them again (NOTES, issue 18, session 21).
const addressOf = (a: Address): string => a.address;
const isPublicHop = (h: ReceivedHop): boolean => !!h.ip && nonPublicReason(h.ip) === undefined;

function delivery(msg: ParsedMessage, envelope: Envelope | undefined, ipInfo: IpInfoLookup | undefined): Delivery {
  const hop = msg.received.find(isPublicHop);
  const sendingIp = envelope?.clientIp ?? hop?.ip ?? null;
  const sendingNetwork = sendingIp && ipInfo ? ipInfo.lookup(sendingIp) : undefined;
  const mailFrom = envelope?.mailFrom ?? msg.returnPath ?? null;
  const rcptTo = envelope?.rcptTo ?? msg.deliveredTo;
  const cc = msg.cc.map(addressOf);
  const replyTo = msg.replyTo.map(addressOf);
  const receivedAt = msg.received[0]?.date ? isoTime(msg.received[0].date) : null;
  // A literal each, not a spread at the end (see `scan`).
  return sendingNetwork ? { mailFrom, rcptTo, cc, replyTo, receivedAt, sendingIp, sendingNetwork } : { mailFrom, rcptTo, cc, replyTo, receivedAt, sendingIp };
}

/** Milliseconds in a day, and the first instant of the year 10000 (toISOString writes six-digit years from there on). */
const DAY_MS = 86_400_000;
const YEAR_10000_MS = 253_402_300_800_000;
const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/**
 * `date.toISOString()` for the years 1970–9999 (every date a scan reports in practice), by arithmetic: the builtin is a
 * call into the runtime (~0.5 µs; two per message). Other years and invalid dates go to the builtin (same text, same
 * RangeError). Days to a civil date as in H. Hinnant's `civil_from_days` (proleptic Gregorian, as ECMAScript's).
 * @example isoTime(new Date(Date.UTC(2003, 6, 1, 8, 52, 37, 5))) // '2003-07-01T08:52:37.005Z'
 */
export function isoTime(date: Date): string {
  const t = date.getTime();
  if (!(t >= 0 && t < YEAR_10000_MS)) return date.toISOString();
  const days = Math.floor(t / DAY_MS);
  let rest = t - days * DAY_MS;
  const ms = rest % 1000;
  rest = (rest - ms) / 1000;
  const second = rest % 60;
  rest = (rest - second) / 60;
  const minute = rest % 60;
  const hour = (rest - minute) / 60;
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${pad2(month)}-${pad2(day)}T${pad2(hour)}:${pad2(minute)}:${pad2(second)}.${ms < 10 ? `00${ms}` : ms < 100 ? `0${ms}` : ms}Z`;
}

function checkError(check: Check, err: unknown): CheckOutput {
  const message = err instanceof Error ? err.message : String(err);
  return { findings: [{ id: 'CHECK_ERROR', evidence: `${check.name}: ${message.slice(0, 300)}` }] };
}

/**
 * The categories (or themes) of every check's output, one entry per name in order of first sight, evidence merged
 * without repeats. Most messages have none: no Map for those.
 */
export function mergeNamed<K extends 'categories' | 'themes'>(outputs: readonly CheckOutput[], key: K): NonNullable<CheckOutput[K]> {
  type Item = NonNullable<CheckOutput[K]>[number];
  let byName: Map<string, Item> | undefined;
  const categories = key === 'categories';
  for (const output of outputs) {
    // Named reads, not `output[key]`: the outputs are of many shapes (each check's literal), and a keyed read of them was a
    // megamorphic keyed load (~12 K instructions a message for the two calls, session 50); a named one is half that.
    const items = (categories ? output.categories : output.themes) as CheckOutput[K];
    if (!items) continue;
    for (const item of items) {
      byName ??= new Map();
      const seen = byName.get(item.name);
      if (!seen) byName.set(item.name, { ...item, evidence: [...item.evidence] });
      else seen.evidence = [...new Set([...seen.evidence, ...item.evidence])];
    }
  }
  return byName ? ([...byName.values()] as NonNullable<CheckOutput[K]>) : [];
}

function mergeIocs(outputs: CheckOutput[]): ScanReport['iocs'] {
  const urls = new Set<string>();
  const domains = new Set<string>();
  const ips = new Set<string>();
  const hashes = new Map<string, NonNullable<ScanReport['iocs']['hashes']>[number]>();
  for (const output of outputs) {
    const iocs = output.iocs;
    if (!iocs) continue;
    if (iocs.urls) for (const u of iocs.urls) urls.add(u);
    if (iocs.domains) for (const d of iocs.domains) domains.add(d);
    if (iocs.ips) for (const ip of iocs.ips) ips.add(ip);
    if (iocs.hashes) for (const h of iocs.hashes) hashes.set(`${h.sha256}\0${h.name}`, h);
  }
  return { urls: [...urls], domains: [...domains], ips: [...ips], hashes: [...hashes.values()] };
}

/** Distinct disguised words from which the shown text counts as written past word filters (MIME_MIXED_SCRIPT_WORDS). */
export const MIXED_SCRIPT_MIN_WORDS = 3;

/**
 * The subject, the shown text and the links' words with Latin words spelt in lookalike letters of other scripts read as the
 * reader reads them (lookalike/mixed-script.ts), before any check runs: `Αirdrop is now Liνe` is every check's `Airdrop is
 * now Live`, so the disguise hides no word from terms, patterns or the classifier. From MIXED_SCRIPT_MIN_WORDS disguised
 * words of the shown text on, the disguise is recorded as an anomaly (headers/structure.ts turns it into
 * MIME_MIXED_SCRIPT_WORDS, the words as written); the subject's is the sender's (FROM_MIXED_SCRIPT_DISGUISE reads
 * `subjectAsWritten`), and the report keeps the subject as written. Offsets into the text are unchanged (each letter
 * becomes one letter).
 */
export function mendMixedScriptWords(msg: ParsedMessage): void {
  const subject = foldMixedScriptWords(msg.subject);
  if (subject) {
    msg.subjectAsWritten = msg.subject;
    msg.subject = subject.text;
  }
  const fold = foldMixedScriptWords(msg.visibleText);
  if (!fold) return;
  msg.visibleText = fold.text;
  const own = msg.shownWithoutAttached;
  if (own) msg.shownWithoutAttached = foldMixedScriptWords(own)?.text ?? own;
  const faintless = msg.htmlFacts.textWithoutFaint;
  if (faintless) msg.htmlFacts.textWithoutFaint = foldMixedScriptWords(faintless)?.text ?? faintless;
  // The words of links and pictures (a button's "Dοwnlοad", an image's alt text) are read by the link checks.
  for (const link of msg.htmlFacts.links) {
    if (link.text) link.text = foldMixedScriptWords(link.text)?.text ?? link.text;
  }
  if (fold.count >= MIXED_SCRIPT_MIN_WORDS) {
    msg.anomalies.push({ kind: 'mixed-script-words', detail: `${fold.count} words spelt with letters of another script: ${fold.words.join(', ')}`, partPath: '' });
  }
}
