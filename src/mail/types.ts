/**
 * The parsed form of one message: what every check reads. Produced by `parseMessage` (./parse), never
 * mutated after parsing. Everything here is derived from the raw bytes only; nothing needs I/O.
 *
 * Conventions: header names are matched case-insensitively through `key` (lower case); addresses and
 * domains are lower-cased and IDNA-decoded to Unicode where they were punycode (`asciiDomain` keeps the
 * A-label); text is NFC as decoded (checks apply NFKC themselves where they need width-insensitivity).
 */

/** One header field, unfolded (RFC 5322 §2.2.3). */
export interface HeaderField {
  /** Name as written. */
  name: string;
  /** Lower-cased name, for lookups. */
  key: string;
  /** Unfolded value, leading whitespace trimmed, not decoded: bytes > 0x7f decoded as UTF-8 (or latin1 when invalid). */
  raw: string;
  /** RFC 2047 encoded words decoded to text. */
  value: string;
}

/** A mailbox from an address header (RFC 5322 §3.4). */
export interface Address {
  /** Display name, decoded (RFC 2047), quotes removed. Empty when absent. */
  name: string;
  /** `local@domain` as written (lower-cased domain); may be malformed in spam: then `domain` is ''. */
  address: string;
  local: string;
  /** Lower-cased, Unicode form of an IDN. '' when the address has no domain. */
  domain: string;
  /** Lower-cased ASCII (punycode) form of `domain`. */
  asciiDomain: string;
  /**
   * The addr-spec as written, when reading it changed it: white space inside it removed, or quote marks around it
   * inside the angle brackets (`<a@b.com'>`) dropped to give `address`. Kept for the syntax check.
   */
  written?: string;
  /**
   * The display name was read across an unquoted comma (`Temu, jehd <a@b>`, `"delivery@GLS.de", <a@b>`, `Walmart ,_<a@b>`):
   * strictly a mailbox without an address before this one (RFC 5322 §3.4 puts a name with a comma in quotes), shown by
   * clients as one name. Set only then.
   */
  commaInName?: true;
}

/** One `Received:` header parsed (RFC 5321 §4.4), topmost (newest) first in `ParsedMessage.received`. */
export interface ReceivedHop {
  raw: string;
  /** The name the client gave in HELO/EHLO (`from X`). */
  helo?: string;
  /** The reverse-DNS name the receiving host recorded (`from helo (rdns [ip])`). */
  rdns?: string;
  /** The client IP address recorded by the receiving host (IPv4 or IPv6, without brackets or `IPv6:`). */
  ip?: string;
  /** The receiving host (`by X`). */
  by?: string;
  /** Protocol (`with ESMTP`, `ESMTPSA`, `HTTP`, `LOCAL`…). */
  protocol?: string;
  /** Envelope recipient if recorded (`for <x@y>`). */
  for?: string;
  /** Time stamp after the `;`, or null when missing or unparseable. */
  date: Date | null;
  /** Whether the hop could be parsed at all (has at least `from` or `by`, and a `;` date part). */
  wellFormed: boolean;
}

/** One method result from an `Authentication-Results:` header (RFC 8601). */
export interface AuthResult {
  /** authserv-id: the host that wrote the header (trust it only when configured). */
  authservId: string;
  /** `spf`, `dkim`, `dmarc`, `arc`, `auth`, … lower-cased. */
  method: string;
  /** `pass`, `fail`, `softfail`, `neutral`, `none`, `temperror`, `permerror`, `policy`, lower-cased. */
  result: string;
  /** Reason text if given. */
  reason?: string;
  /** Properties such as `smtp.mailfrom`, `header.from`, `header.d`, `header.i`, lower-cased keys. */
  props: Record<string, string>;
}

/** A MIME entity (RFC 2045/2046). The root is the message itself. */
export interface MimePart {
  /** Position in the tree: '' for the root, '1', '1.2', … like IMAP part numbers. */
  path: string;
  /** Nesting depth: root 0. `message/rfc822` counts as a level. */
  depth: number;
  headers: HeaderField[];
  /** Lower-cased `type/subtype`; `text/plain` when absent (RFC 2045 §5.2). */
  contentType: string;
  /** Content-Type parameters, lower-cased names, RFC 2231 continuations and charsets decoded. */
  params: Record<string, string>;
  /** Lower-cased disposition type (`inline`, `attachment`) or '' when absent. */
  disposition: string;
  /** File name from Content-Disposition `filename` or Content-Type `name`, decoded. '' when absent. */
  filename: string;
  /** Lower-cased Content-Transfer-Encoding; '7bit' when absent. */
  transferEncoding: string;
  /** Declared charset, lower-cased, or '' when absent. */
  charset: string;
  /** Body after transfer decoding (empty for multiparts). */
  body: Uint8Array;
  /** For text/* leaves: the body decoded from its charset. */
  text?: string;
  /** Sub-parts of a multipart, or the single root of an embedded `message/rfc822`. */
  children: MimePart[];
  /** Content-ID without angle brackets, when present. */
  contentId?: string;
}

/** One attached message's shown text (ParsedMessage.embeddedShown). */
export interface EmbeddedShown {
  /** The message/rfc822 part's path, or a salvaged text part's (`salvaged.text.N`, read past a limit). */
  scope: string;
  /** Its first characters as shown (the same choice of alternatives as visibleText). */
  text: string;
}

/** A file carried by the message: any leaf that is not the displayed body text. */
export interface Attachment {
  /** Part path, see MimePart.path. */
  partPath: string;
  /** Decoded file name ('' when absent). */
  filename: string;
  /** Declared (lower-cased) MIME type. */
  declaredType: string;
  disposition: string;
  content: Uint8Array;
  size: number;
  contentId?: string;
}

/** An element of an HTML body that references a URL. */
export interface HtmlLink {
  /** Attribute value with HTML entities decoded, otherwise as written (not normalised). */
  href: string;
  /** Where it came from. */
  kind: 'a' | 'area' | 'form' | 'img' | 'meta-refresh' | 'css' | 'srcset' | 'iframe' | 'script' | 'link' | 'base' | 'other';
  /** Visible text inside an `<a>` (whitespace collapsed), alt text for images, '' otherwise. */
  text: string;
  /** Part path of the HTML part. */
  partPath: string;
  /** For `img`: declared width/height when given, and whether it is hidden by style/attributes. */
  width?: number;
  height?: number;
  hidden?: boolean;
  /** For `form`: method (lower-cased) and whether it has a password input. */
  method?: string;
  hasPassword?: boolean;
  /** For `form`: the names (lower case) of the inputs a reader types into (text, email, tel, number, search, textarea), at most 8. */
  fields?: string[];
  /** For `a` and `area`: the element has a `download` attribute (the browser saves what the link returns as a file, not a page). */
  download?: boolean;
}

/** Facts gathered while turning HTML into text. */
export interface HtmlFacts {
  links: HtmlLink[];
  /** Number of `<script>` elements, and inline event handlers (`onload=` …). */
  scripts: number;
  /** Characters of text hidden by CSS (display:none, visibility:hidden, font-size:0, colour equal to background). */
  hiddenTextChars: number;
  /** Characters of text in the colour of what is behind it (white on the white page, #fefefe on white …; mail/parse/ink.ts). */
  invisibleColourChars: number;
  /**
   * Characters of shown text in a colour that may not be seen (ink.ts inkFaint): faint on its background (white on a #d5d5d5
   * page), or light on a background not known (a picture, a rule we cannot place).
   */
  faintColourChars: number;
  /** Control bytes (NUL, C0 but white space, DEL) inside tags, taken out before the HTML was read (html.ts withoutControlsInTags). */
  tagControlChars?: number;
  /** When faintColourChars > 0: the shown text (visibleText) without that text; else ''. The classifier also votes on it. */
  textWithoutFaint: string;
  /**
   * Where in the message's `html` (the parts joined) elements hidden outright lie, as [start, end) offset pairs in order
   * (at most MAX_HIDDEN_HTML_RANGES pairs): an element hidden (CSS, `hidden`, a hiding rule) under a shown parent, in which
   * nothing is drawn, from its start tag to where it ends. The classifier reads no markup from them (a hidden block's tags
   * are no part of the page the reader sees).
   */
  hiddenHtmlRanges: number[];
  /**
   * The same for elements in a faint colour (ink.ts inkFaint) under a parent that is not, in which only faint text is drawn
   * (session 43): the classifier's reading of what the reader sees leaves their markup out with their text.
   */
  faintHtmlRanges: number[];
  /** Zero-width and bidi control characters found in text. */
  invisibleChars: number;
  /** Those of them inside words (a letter on both sides, or a bidi control): not a template's spacing (mail/parse/invisible.ts). */
  invisibleInWordChars: number;
  /**
   * Runs of hidden text (hiddenTextChars') between two letters of shown text with nothing else between: `Led<span
   * style="font-size:0">massif</span>ger` shows "Ledger" while a filter reads "Ledmassifger".
   */
  hiddenInWordRuns: number;
  /** Whether the HTML had forms with password fields. */
  forms: number;
  /** The empty height (CSS px) that pushed the text after it out of view, the tallest of the parts (mail/parse/pushed-out.ts); 0: none. */
  pushedOutPx: number;
  /** Characters of text drawn after such a push (the parts' sum). */
  pushedOutChars: number;
  /**
   * Where the HTML the reader sees ends in the message's `html` (the parts joined): the offset of the first push whose
   * text is left out of the shown text (PUSHED_OUT_MIN_CHARS), or -1 when every part is shown whole. The classifier
   * reads its tags up to here.
   */
  shownHtmlEnd: number;
}

/** A structural problem found while parsing; becomes a finding through the header checks. */
export interface ParseAnomaly {
  kind:
    | 'missing-boundary'
    | 'boundary-not-found'
    | 'unterminated-multipart'
    | 'bad-transfer-encoding'
    | 'bad-base64'
    | 'bad-charset'
    | 'unknown-charset'
    | 'utf7'
    | 'header-8bit'
    | 'header-injection'
    | 'header-malformed'
    | 'no-header-body-separator'
    | 'nul-bytes'
    | 'header-nul'
    | 'bare-cr-or-lf'
    | 'limit-mime-depth'
    | 'limit-part-count'
    | 'limit-header-bytes'
    | 'limit-message-size'
    | 'limit-text-size'
    | 'limit-subject-length'
    | 'html-control-in-tag'
    | 'duplicate-singleton-header'
    /** Added after parsing by the scan engine (lookalike/mixed-script.ts): words of the shown text spelt in another script's lookalike letters. */
    | 'mixed-script-words';
  /** Human-readable detail (the header name, the boundary, the charset…). */
  detail: string;
  /** Part path where it was found ('' for the top level). */
  partPath: string;
}

/** What the MTA knows about the message (when the scan comes from a milter, policy server, spamd or HTTP). */
export interface Envelope {
  mailFrom?: string;
  rcptTo?: string[];
  clientIp?: string;
  clientHelo?: string;
  clientHostname?: string;
  /** Authenticated SMTP user, when the client authenticated. */
  authUser?: string;
}

/** ParsedMessage.ownWords. */
export interface OwnWords {
  subject: string;
  visibleText: string;
}

export interface ParsedMessage {
  /** Size of the raw message in bytes (before any truncation). */
  size: number;
  /** Top-level header fields in order. */
  headers: HeaderField[];
  /** Lower-cased name → fields, in order. */
  headerIndex: Map<string, HeaderField[]>;
  from: Address[];
  sender?: Address;
  replyTo: Address[];
  to: Address[];
  cc: Address[];
  /** Addresses from Delivered-To / X-Original-To / Envelope-To (recipient hints), lower-cased. */
  deliveredTo: string[];
  /** Return-Path address without angle brackets ('' for the null sender `<>`), undefined when absent. */
  returnPath?: string;
  /** Decoded Subject ('' when absent); after the scan engine's mending, words spelt with lookalike letters of other scripts read as Latin. */
  subject: string;
  /** The decoded Subject as written, when the scan engine mended it (lookalike/mixed-script.ts); undefined otherwise. */
  subjectAsWritten?: string;
  /** Message-ID without angle brackets, or undefined when absent. */
  messageId?: string;
  /** Parsed Date header, null when missing or unparseable (`dateRaw` tells which). */
  date: Date | null;
  dateRaw?: string;
  /** Received hops, topmost (newest, added by our side) first. */
  received: ReceivedHop[];
  authResults: AuthResult[];
  /** The MIME tree. */
  root: MimePart;
  /** Plain-text body parts joined (text/plain that are not attachments). */
  text: string;
  /** HTML body parts joined (text/html that are not attachments). */
  html: string;
  /** What a reader sees: the HTML rendered as text, or the plain text when there is no HTML. */
  visibleText: string;
  /**
   * What each attached message shows, as its own reader would see it: per message/rfc822 (or message/global) part the
   * parser opened, its path and the first EMBEDDED_SHOWN_CHARS of its visibleText; and, when a part or depth limit was
   * reached, each text part read past it (salvage.ts; path `salvaged.text.N`: which message it belonged to is unknown). Undefined when the message attaches no message and
   * nothing was salvaged. A lure forwarded as an attachment is judged on its own text, not on its covers' (issue 17 item 8).
   */
  embeddedShown?: EmbeddedShown[];
  /**
   * The shown text without the text of the attached messages the parser opened (message/rfc822, message/global parts):
   * the covering note of a forward as attachment. Undefined when no attached message was opened.
   */
  shownWithoutAttached?: string;
  /**
   * The sender's own words when the message carries a letter the scan reads as a letter of its own (src/scan/engine.ts,
   * issue 17 item 8, session 66): its subject without the forward prefix's copy of the attached letter's subject, and its shown
   * text without the attached letter's. The sender-identity checks read these (src/mail/own-words.ts): a colleague forwarding a
   * booking from easyJet does not claim to be easyJet; the attached letter's claims are its own reading's. Set by the engine.
   */
  ownWords?: OwnWords;
  htmlFacts: HtmlFacts;
  attachments: Attachment[];
  /** Declared charsets seen anywhere (headers' encoded words and parts), lower-cased, unique. */
  charsets: string[];
  anomalies: ParseAnomaly[];
  envelope?: Envelope;
  /** The raw message bytes as scanned (DKIM verification needs them), when the parser keeps them. */
  raw?: Uint8Array;
}

/** Bounds for parsing (a subset of the configured limits). */
export interface ParseOptions {
  maxMessageBytes: number;
  maxMimeDepth: number;
  maxParts: number;
  maxHeaderBytes: number;
  /** Bytes of one text part that are decoded (its start and end, and the middle's lines with a link; default 2 MiB; see limits.maxTextPartBytes). */
  maxTextPartBytes?: number;
  envelope?: Envelope;
}
