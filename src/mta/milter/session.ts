import type { Envelope } from '../../mail/types.js';
import type { ScanReport } from '../../scan/report.js';
import { decideAction, type ActionDecision, type ActionPolicy } from '../../rules/actions.js';
import { OWN_HEADER, reportHeaders, taggedSubject } from '../report-headers.js';
import { withTimeout, type FailMode, type MessageScanner, type MtaLogger } from '../types.js';
import { Action, Cmd, cstr, cstrings, decodeConnect, encodePacket, MILTER_VERSION, MilterProtocolError, Proto, Reply, type Packet } from './protocol.js';

/** Settings a milter session runs with (the server's options, resolved). */
export interface SessionSettings {
  scanner: MessageScanner;
  policy: ActionPolicy;
  /** config.thresholds.spam, written as `required=` in X-Spam-Status. */
  threshold: number;
  failMode: FailMode;
  scanTimeoutMs: number;
  /** Bytes of a message kept for scanning; past it the rest is counted, not kept, and the parser's limit finding fires. */
  maxMessageBytes: number;
  /** SMTP reply for a message the policy rejects. */
  rejectReply: string;
  /** SMTP reply when failing closed. */
  tempfailReply: string;
  logger: MtaLogger;
  onReport?: (report: ScanReport, context: MilterReportContext) => void | Promise<void>;
}

/** What onReport gets beside the report: the decision, the SMTP envelope and the message as scanned. */
export interface MilterReportContext {
  decision: ActionDecision;
  envelope: Envelope;
  /** The bytes scanned (at most maxMessageBytes + 1). */
  raw: Uint8Array;
}

/** Steps we take when the MTA offers them: no DATA/UNKNOWN callbacks, no replies where a reply says nothing. */
const WANTED_PROTOCOL =
  Proto.NODATA | Proto.NOUNKNOWN | Proto.SKIP | Proto.HDR_LEADSPC |
  Proto.NR_CONN | Proto.NR_HELO | Proto.NR_MAIL | Proto.NR_RCPT | Proto.NR_DATA | Proto.NR_UNKN | Proto.NR_EOH | Proto.NR_HDR;
/** Actions we use: add and change headers (X-Spam-*, the subject tag, removing forged X-Spam-*), quarantine. */
const WANTED_ACTIONS = Action.ADDHDRS | Action.CHGHDRS | Action.QUARANTINE;
/** The reply each step owes unless negotiated away with its NR_ flag. */
const NO_REPLY_FLAG: Record<string, number> = {
  [Cmd.CONNECT]: Proto.NR_CONN,
  [Cmd.HELO]: Proto.NR_HELO,
  [Cmd.MAIL]: Proto.NR_MAIL,
  [Cmd.RCPT]: Proto.NR_RCPT,
  [Cmd.DATA]: Proto.NR_DATA,
  [Cmd.UNKNOWN]: Proto.NR_UNKN,
  [Cmd.EOH]: Proto.NR_EOH,
  [Cmd.HEADER]: Proto.NR_HDR,
};
const MAX_MACROS = 256;

interface MessageState {
  mailFrom: string;
  rcptTo: string[];
  chunks: Buffer[];
  /** Bytes kept in chunks (at most maxMessageBytes + 1: one byte more tells the parser there was more). */
  kept: number;
  /** Bytes the message really had (a lower bound once `skipped`). */
  total: number;
  /** SKIP was answered: the MTA sent no more body, so `total` counts only what arrived. */
  skipped: boolean;
  /** Occurrence count per lower-case header name (milter header indexes are 1-based per name). */
  headerCounts: Map<string, number>;
  /** Forged X-Spam-* / X-Spamlab-* headers to remove: name and its occurrence index. */
  ownHeaders: { name: string; index: number }[];
  /** The first Subject's value as received (leading space included when HDR_LEADSPC), or null. */
  subject: string | null;
}

export type SessionPhase = 'negotiate' | 'idle' | 'message' | 'scanning' | 'closed';

/**
 * One milter connection's state machine: negotiate → connect/helo → (mail → rcpt* → header* → eoh →
 * body* → eom)* → quit. Feed it packets in order; it answers through `send`. Every buffer is bounded:
 * a message beyond `maxMessageBytes` is scanned on its first bytes and the cut is a finding.
 */
export class MilterSession {
  phase: SessionPhase = 'negotiate';
  private protocol = 0;
  private actions = 0;
  private macros = new Map<string, string>();
  private client: { hostname: string; address: string; helo: string } = { hostname: '', address: '', helo: '' };
  private message: MessageState | null = null;
  private messages = 0;

  constructor(
    private readonly settings: SessionSettings,
    private readonly send: (packet: Buffer) => void,
    private readonly id: string,
  ) {}

  /** True between MAIL FROM and the end-of-message answer: closing waits for this to finish. */
  get busy(): boolean {
    return this.phase === 'message' || this.phase === 'scanning';
  }

  /** Handles one packet. Resolves when its answer is sent; throws MilterProtocolError on a protocol violation. */
  async handle(packet: Packet): Promise<'continue' | 'quit'> {
    const { command, data } = packet;
    if (this.phase === 'negotiate' && command !== Cmd.OPTNEG && command !== Cmd.MACRO) {
      throw new MilterProtocolError(`expected OPTNEG first, got '${command}'`);
    }
    switch (command) {
      case Cmd.OPTNEG:
        this.negotiate(data);
        return 'continue';
      case Cmd.MACRO:
        this.storeMacros(data);
        return 'continue';
      case Cmd.CONNECT: {
        const connect = decodeConnect(data);
        this.client = {
          hostname: connect.hostname,
          address: connect.family === '4' || connect.family === '6' ? connect.address.replace(/^IPv6:/i, '') : '',
          helo: '',
        };
        this.continueUnlessNoReply(command);
        return 'continue';
      }
      case Cmd.HELO:
        this.client.helo = cstrings(data)[0] ?? '';
        this.continueUnlessNoReply(command);
        return 'continue';
      case Cmd.MAIL:
        this.startMessage(stripBrackets(cstrings(data)[0] ?? ''));
        this.continueUnlessNoReply(command);
        return 'continue';
      case Cmd.RCPT:
        this.requireMessage(command).rcptTo.push(stripBrackets(cstrings(data)[0] ?? ''));
        this.continueUnlessNoReply(command);
        return 'continue';
      case Cmd.DATA:
      case Cmd.UNKNOWN:
        this.continueUnlessNoReply(command);
        return 'continue';
      case Cmd.HEADER:
        this.addHeader(data);
        this.continueUnlessNoReply(command);
        return 'continue';
      case Cmd.EOH:
        this.append(this.requireMessage(command), Buffer.from('\r\n'));
        this.continueUnlessNoReply(command);
        return 'continue';
      case Cmd.BODY: {
        const msg = this.requireMessage(command);
        this.append(msg, data);
        // Past the cap the rest is only counted; SKIP (when negotiated) spares the MTA sending it.
        const skip = msg.kept > this.settings.maxMessageBytes && (this.protocol & Proto.SKIP) !== 0;
        if (skip) msg.skipped = true;
        this.send(encodePacket(skip ? Reply.SKIP : Reply.CONTINUE));
        return 'continue';
      }
      case Cmd.BODYEOB: {
        const msg = this.requireMessage(command);
        if (data.length) this.append(msg, data);
        await this.endOfMessage(msg);
        return 'continue';
      }
      case Cmd.ABORT:
        this.message = null;
        if (this.phase !== 'negotiate') this.phase = 'idle';
        return 'continue';
      case Cmd.QUIT_NC:
        // Same socket, next SMTP connection: forget everything but the negotiation.
        this.message = null;
        this.macros = new Map();
        this.client = { hostname: '', address: '', helo: '' };
        this.phase = 'idle';
        return 'continue';
      case Cmd.QUIT:
        this.message = null;
        this.phase = 'closed';
        return 'quit';
      default:
        throw new MilterProtocolError(`unknown command '${command}' (0x${command.charCodeAt(0).toString(16)})`);
    }
  }

  private negotiate(data: Buffer): void {
    if (data.length < 12) throw new MilterProtocolError('OPTNEG shorter than 12 bytes');
    const version = data.readUInt32BE(0);
    const offeredActions = data.readUInt32BE(4);
    const offeredProtocol = data.readUInt32BE(8);
    if (version < 2) throw new MilterProtocolError(`milter protocol version ${version} is too old (need 2 to 6)`);
    this.actions = offeredActions & WANTED_ACTIONS;
    this.protocol = offeredProtocol & WANTED_PROTOCOL;
    if ((this.actions & (Action.ADDHDRS | Action.CHGHDRS)) !== (Action.ADDHDRS | Action.CHGHDRS)) {
      this.settings.logger.warn({ milter: this.id, offeredActions }, 'MTA does not allow adding/changing headers: verdicts will not be marked in messages');
    }
    this.send(encodePacket(Reply.OPTNEG, Math.min(version, MILTER_VERSION), this.actions, this.protocol));
    this.phase = 'idle';
  }

  private storeMacros(data: Buffer): void {
    const parts = cstrings(data.subarray(1));
    for (let i = 0; i + 1 < parts.length; i += 2) {
      if (this.macros.size >= MAX_MACROS && !this.macros.has(parts[i]!)) break;
      this.macros.set(parts[i]!.replace(/^\{(.*)\}$/, '$1'), parts[i + 1]!);
    }
  }

  private continueUnlessNoReply(command: string): void {
    const flag = NO_REPLY_FLAG[command];
    if (flag !== undefined && this.protocol & flag) return;
    this.send(encodePacket(Reply.CONTINUE));
  }

  private startMessage(mailFrom: string): void {
    this.message = { mailFrom, rcptTo: [], chunks: [], kept: 0, total: 0, skipped: false, headerCounts: new Map(), ownHeaders: [], subject: null };
    this.phase = 'message';
  }

  private requireMessage(command: string): MessageState {
    if (!this.message) {
      // Postfix with NOMAIL negotiated (we never ask for it) or an MTA out of order: start an empty one.
      if (command === Cmd.RCPT || command === Cmd.HEADER || command === Cmd.EOH || command === Cmd.BODY || command === Cmd.BODYEOB) {
        this.startMessage('');
      } else throw new MilterProtocolError(`'${command}' outside a message`);
    }
    return this.message!;
  }

  private addHeader(data: Buffer): void {
    const msg = this.requireMessage(Cmd.HEADER);
    const nul = data.indexOf(0);
    if (nul < 0) throw new MilterProtocolError('HEADER without a name');
    const name = data.subarray(0, nul).toString('latin1');
    let valueEnd = data.length;
    if (data[valueEnd - 1] === 0) valueEnd--;
    const valueBytes = data.subarray(nul + 1, valueEnd);
    const lower = name.toLowerCase();
    const index = (msg.headerCounts.get(lower) ?? 0) + 1;
    msg.headerCounts.set(lower, index);
    if (OWN_HEADER.test(name)) msg.ownHeaders.push({ name, index });
    if (lower === 'subject' && msg.subject === null) msg.subject = valueBytes.toString('utf8');
    // Folded values arrive with bare LF between lines; the message is rebuilt with CRLF as on the wire.
    const separator = this.protocol & Proto.HDR_LEADSPC ? ':' : ': ';
    const line = Buffer.concat([Buffer.from(name + separator, 'latin1'), valueBytes, Buffer.from('\r\n')]);
    this.append(msg, Buffer.from(line.toString('latin1').replace(/\r?\n/g, '\r\n'), 'latin1'));
  }

  private append(msg: MessageState, bytes: Buffer): void {
    msg.total += bytes.length;
    const room = this.settings.maxMessageBytes + 1 - msg.kept;
    if (room <= 0) return;
    const part = bytes.length <= room ? bytes : bytes.subarray(0, room);
    // Copy: a packet's data is a view on the socket's chunk, which must not be pinned for the whole message.
    msg.chunks.push(Buffer.from(part));
    msg.kept += part.length;
  }

  private envelope(msg: MessageState): Envelope {
    const envelope: Envelope = { mailFrom: msg.mailFrom, rcptTo: msg.rcptTo };
    if (this.client.address) envelope.clientIp = this.client.address;
    if (this.client.helo) envelope.clientHelo = this.client.helo;
    const hostname = this.client.hostname;
    if (hostname && hostname !== 'unknown' && !hostname.startsWith('[')) envelope.clientHostname = hostname;
    const authUser = this.macros.get('auth_authen');
    if (authUser) envelope.authUser = authUser;
    return envelope;
  }

  private async endOfMessage(msg: MessageState): Promise<void> {
    this.phase = 'scanning';
    this.messages++;
    const queueId = this.macros.get('i');
    const source = `milter:${queueId || `${this.id}#${this.messages}`}`;
    const raw = Buffer.concat(msg.chunks, msg.kept);
    msg.chunks = [];
    // A worker pool takes the bytes it is given (transferred): onReport gets its own copy.
    const kept = this.settings.onReport ? Buffer.from(raw) : raw;
    const envelope = this.envelope(msg);
    let report: ScanReport | undefined;
    let failure = '';
    try {
      const outcome = await withTimeout(
        Promise.resolve(this.settings.scanner.scan({ source, raw, envelope, ...(msg.total > msg.kept ? { fullSize: msg.total } : {}) })),
        this.settings.scanTimeoutMs,
      );
      if (outcome === 'timeout') failure = `scan timed out after ${this.settings.scanTimeoutMs} ms`;
      else if ('error' in outcome) failure = outcome.error;
      else report = { ...outcome, size: msg.total };
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
    }
    if (!report) {
      this.failed(source, failure);
    } else {
      const decision = decideAction(this.settings.policy, report);
      this.settings.logger.info(
        { milter: this.id, source, verdict: report.verdict, score: report.score, action: decision.action, size: msg.total, truncated: msg.total > this.settings.maxMessageBytes },
        'milter scanned a message',
      );
      this.answer(msg, report, decision);
      if (this.settings.onReport) {
        try {
          await this.settings.onReport(report, { decision, envelope, raw: kept });
        } catch (error) {
          this.settings.logger.error({ milter: this.id, source, error: String(error) }, 'milter onReport failed');
        }
      }
    }
    this.message = null;
    if (this.phase === 'scanning') this.phase = 'idle';
  }

  /** spamlab's own failure: fail open (deliver, marked as unscanned) or closed (4xx, the client retries). */
  private failed(source: string, failure: string): void {
    this.settings.logger.error({ milter: this.id, source, failMode: this.settings.failMode, error: failure }, 'milter could not scan a message');
    if (this.settings.failMode === 'closed') {
      this.send(encodePacket(Reply.REPLYCODE, cstr(this.settings.tempfailReply)));
      return;
    }
    if (this.actions & Action.ADDHDRS) this.send(encodePacket(Reply.ADDHEADER, cstr('X-Spamlab-Error'), cstr(this.headerValue(`unscanned: ${failure.slice(0, 200)}`))));
    this.send(encodePacket(Reply.CONTINUE));
  }

  private answer(msg: MessageState, report: ScanReport, decision: ActionDecision): void {
    const { policy } = this.settings;
    if (decision.action === 'reject') {
      this.send(encodePacket(Reply.REPLYCODE, cstr(this.settings.rejectReply.replace('%verdict', report.verdict))));
      return;
    }
    if (this.actions & Action.CHGHDRS) {
      // Remove forged verdict headers, last occurrence first so the indexes of earlier ones stay valid.
      for (const { name, index } of [...msg.ownHeaders].reverse()) this.send(encodePacket(Reply.CHGHEADER, index, cstr(name), cstr('')));
      if (decision.action === 'tag_subject') {
        const current = msg.subject === null ? '' : this.protocol & Proto.HDR_LEADSPC ? msg.subject.replace(/^ /, '') : msg.subject;
        const tagged = taggedSubject(current, policy.subjectTag);
        // CHGHEADER of an absent header adds it (libmilter smfi_chgheader).
        if (tagged !== current) this.send(encodePacket(Reply.CHGHEADER, 1, cstr('Subject'), cstr(this.headerValue(tagged))));
      }
    }
    if (this.actions & Action.ADDHDRS) {
      const headers = reportHeaders(report, { threshold: this.settings.threshold, action: decision.action, verdictHeader: policy.header });
      if (msg.total > this.settings.maxMessageBytes) headers.push(['X-Spamlab-Truncated', `scanned the first ${this.settings.maxMessageBytes} of ${msg.skipped ? 'at least ' : ''}${msg.total} bytes`]);
      for (const [name, value] of headers) this.send(encodePacket(Reply.ADDHEADER, cstr(name), cstr(this.headerValue(value))));
    }
    if (decision.action === 'quarantine') {
      if (this.actions & Action.QUARANTINE) this.send(encodePacket(Reply.QUARANTINE, cstr(`spamlab: ${report.verdict} (score ${report.score})`)));
      else this.settings.logger.warn({ milter: this.id }, 'MTA does not allow quarantine: message delivered with headers');
    }
    this.send(encodePacket(Reply.CONTINUE));
  }

  /** A header value as the MTA expects it: folded with LF + tab, a leading space when HDR_LEADSPC. */
  private headerValue(value: string): string {
    const folded = value.replace(/\r\n/g, '\n');
    return this.protocol & Proto.HDR_LEADSPC ? ` ${folded}` : folded;
  }
}

function stripBrackets(address: string): string {
  const trimmed = address.trim();
  return trimmed.startsWith('<') && trimmed.endsWith('>') ? trimmed.slice(1, -1) : trimmed;
}
