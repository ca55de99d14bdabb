/**
 * Re-renders a 2002 plain-text message as a mail client of 2024–2026 would send it, for training only (NOTES.md,
 * session 24, clf28): the shipped model learnt from ham that was plain-text list mail, so HTML, quoted-printable and
 * `<meta>` read as spam (bench:modern-ham). Real message bytes are written — the message's own header fields (but the
 * MIME ones), a multipart/alternative body with the text as a UTF-8 (or Latin-1) text/plain part and an HTML
 * alternative generated from that text the way the client's editor writes it — and the caller then parses and
 * tokenises them with spamlab's own parser and tokeniser, so the tag / attribute / MIME / structure tokens are the
 * ones such a message really gives. No word is added or removed: the HTML shows the same text (links become
 * `<a href>`, quoted lines a blockquote, a signature the client's signature block).
 *
 * Client styles (after what each client writes; no vendor text is copied into the words):
 *   gmail        `<div dir="ltr">`, a `<div>` per line, gmail_quote / gmail_signature, QP only where needed
 *   outlook      Word's HTML: `<html xmlns:o…><head><meta …><style>` MsoNormal paragraphs, `<o:p>`, QP
 *   apple        Apple Mail: `<body style="overflow-wrap…">`, `<div>` lines, `<blockquote type="cite">`, QP
 *   thunderbird  `<!DOCTYPE html>`, `<p>` with `<br>`, moz-txt-link / moz-signature, format=flowed text, 7bit/8bit
 *   owa          Outlook on the web: Latin-1 when the text allows, `<style>` P margins, `elementToProof` divs, QP
 *   yahoo        Yahoo Mail: `<div class="ydp…" style="font-family…">`, `<div dir="ltr">` lines, QP
 *   plain        a plain-text-only client (Gmail's plain text mode): one text/plain part, UTF-8, QP where needed
 * The style and the boundary come from a seeded generator: the same seed gives the same bytes.
 */
import { parseMessage } from '../../src/mail/parse/index.js';
import type { ParsedMessage } from '../../src/mail/types.js';
import { mulberry32 } from '../../src/classifier/logistic.js';
import { encodeQuotedPrintable } from '../../src/test-support/quoted-printable.js';

export const CLIENT_STYLES = ['gmail', 'outlook', 'apple', 'thunderbird', 'owa', 'yahoo', 'plain'] as const;
export type ClientStyle = (typeof CLIENT_STYLES)[number];

/** Each style's share when a style is drawn (`styleFor`): HTML clients most, plain-text-only clients few. */
const STYLE_WEIGHTS: Readonly<Record<ClientStyle, number>> = { gmail: 5, outlook: 4, apple: 3, thunderbird: 2, owa: 2, yahoo: 1, plain: 1 };

/** A small seeded generator: the same seed gives the same sequence (the logistic model's own, Mulberry32). */
export const seeded: (seed: number) => () => number = mulberry32;

/** The style drawn by `random` with STYLE_WEIGHTS. */
export function styleFor(random: () => number): ClientStyle {
  const total = CLIENT_STYLES.reduce((n, s) => n + STYLE_WEIGHTS[s], 0);
  let r = random() * total;
  for (const s of CLIENT_STYLES) if ((r -= STYLE_WEIGHTS[s]) < 0) return s;
  return 'gmail';
}

const PARSE_LIMITS = { maxMessageBytes: 32 << 20, maxMimeDepth: 20, maxParts: 500, maxHeaderBytes: 256 << 10 };

/** A message this renderer can re-render: one text/plain part with text, no attachment, no HTML. */
export function renderable(msg: ParsedMessage): boolean {
  return msg.root.children.length === 0 && msg.root.contentType === 'text/plain' && !msg.html && msg.attachments.length === 0 && msg.text.trim().length > 0;
}

/**
 * `raw` re-rendered in `style` (boundary drawn from `random`), or undefined when the message is not `renderable`.
 * The header fields are the message's own, in their order, without those that describe the body.
 */
export function renderModern(raw: Uint8Array, style: ClientStyle, random: () => number): Buffer | undefined {
  const msg = parseMessage(raw, PARSE_LIMITS);
  if (!renderable(msg)) return undefined;
  const text = msg.text.replace(/\r\n?/g, '\n').replace(/\s+$/, '');
  const head = ownFields(raw);
  const latin1 = style === 'owa' && !/[^\u0000-\u00ff]/.test(text);
  if (style === 'plain') return Buffer.from(`${head}MIME-Version: 1.0\nContent-Type: text/plain; charset="UTF-8"\n${textBody(text, 'utf-8', 'qp-if-needed')}`, 'latin1');
  const boundary = boundaryFor(style, random);
  const charset = latin1 ? 'iso-8859-1' : 'utf-8';
  const html = renderHtml(blocksOf(text.split('\n')), style, latin1 ? 'iso-8859-1' : 'utf-8');
  const [textType, htmlType, textMode, htmlMode] = PART_FORMS[style];
  const parts = [
    `Content-Type: ${textType.replace('$cs', csName(style, charset))}\n${textBody(text, charset, textMode)}`,
    `Content-Type: ${htmlType.replace('$cs', csName(style, charset))}\n${textBody(html, charset, htmlMode)}`,
  ];
  const body = parts.map((p) => `--${boundary}\n${p}\n`).join('') + `--${boundary}--\n`;
  return Buffer.from(`${head}MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary="${boundary}"\n\n${body}`, 'latin1');
}

type EncodeMode = 'qp' | 'qp-if-needed' | 'bit';
/** Each style's text/plain and text/html Content-Type (`$cs`: the charset) and transfer encoding. */
const PART_FORMS: Readonly<Record<Exclude<ClientStyle, 'plain'>, readonly [string, string, EncodeMode, EncodeMode]>> = {
  gmail: ['text/plain; charset="$cs"', 'text/html; charset="$cs"', 'qp-if-needed', 'qp-if-needed'],
  outlook: ['text/plain; charset="$cs"', 'text/html; charset="$cs"', 'qp', 'qp'],
  apple: ['text/plain;\n\tcharset=$cs', 'text/html;\n\tcharset=$cs', 'qp-if-needed', 'qp'],
  thunderbird: ['text/plain; charset=$cs; format=flowed', 'text/html; charset=$cs', 'bit', 'bit'],
  owa: ['text/plain; charset="$cs"', 'text/html; charset="$cs"', 'qp', 'qp'],
  yahoo: ['text/plain; charset=$cs', 'text/html; charset=$cs', 'qp', 'qp'],
};

/** The charset as the client spells it (Gmail and Thunderbird upper-case UTF-8, Apple Mail lower-case). */
function csName(style: ClientStyle, charset: string): string {
  return style === 'gmail' || style === 'thunderbird' || style === 'yahoo' ? charset.toUpperCase() : charset;
}

/** The message's header block without its MIME and body-describing fields, unfolded lines kept as written, `\n` ends. */
function ownFields(raw: Uint8Array): string {
  const all = Buffer.from(raw).toString('latin1');
  const end = /\r?\n\r?\n/.exec(all);
  const block = (end ? all.slice(0, end.index) : all).replace(/\r\n/g, '\n');
  const fields: string[] = [];
  for (const line of block.split('\n')) {
    if (/^[ \t]/.test(line) && fields.length) fields[fields.length - 1] += `\n${line}`;
    else fields.push(line);
  }
  const dropped = /^(?:content-type|content-transfer-encoding|mime-version|content-disposition|content-length|lines)\s*:/i;
  return fields.filter((f) => f && !dropped.test(f)).map((f) => `${f}\n`).join('');
}

function boundaryFor(style: ClientStyle, random: () => number): string {
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('');
  switch (style) {
    case 'gmail':
      return `000000000000${hex(12)}`;
    case 'outlook':
    case 'owa':
      return `_000_${hex(8).toUpperCase()}${hex(24).toUpperCase()}namprd0${Math.floor(random() * 9) + 1}prod_`;
    case 'apple':
      return `Apple-Mail=_${hex(8).toUpperCase()}-${hex(4).toUpperCase()}-${hex(4).toUpperCase()}-${hex(4).toUpperCase()}-${hex(12).toUpperCase()}`;
    case 'thunderbird':
      return `------------${Array.from({ length: 24 }, () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(random() * 62)]).join('')}`;
    default:
      return `----=_Part_${Math.floor(random() * 9e6) + 1e6}_${Math.floor(random() * 9e8) + 1e8}.${Math.floor(random() * 9e12) + 1e12}`;
  }
}

/** A body's transfer-encoding field and its encoded bytes (as a Latin-1 string: one character per byte). */
function textBody(text: string, charset: string, mode: EncodeMode): string {
  const bytes = Buffer.from(text.replace(/\n/g, '\r\n'), charset === 'utf-8' ? 'utf8' : 'latin1');
  const eightBit = bytes.some((b) => b > 126);
  const longLine = text.split('\n').some((l) => l.length > 76);
  if (mode === 'bit' || (mode === 'qp-if-needed' && !eightBit && !longLine)) {
    return `Content-Transfer-Encoding: ${eightBit ? '8bit' : '7bit'}\n\n${bytes.toString('latin1').replace(/\r\n/g, '\n')}\n`;
  }
  return `Content-Transfer-Encoding: quoted-printable\n\n${encodeQuotedPrintable(bytes, '\n')}\n`;
}

/** A text's blocks: paragraphs (runs of lines), blank lines, quoted runs (`>` removed, nested as blocks), the signature. */
type Block = { kind: 'para'; lines: string[] } | { kind: 'blank' } | { kind: 'quote'; blocks: Block[] } | { kind: 'sig'; lines: string[] };

export function blocksOf(lines: readonly string[]): Block[] {
  const sigAt = lines.findLastIndex((l) => /^-- ?$/.test(l));
  const body = sigAt >= 0 ? lines.slice(0, sigAt) : lines;
  const blocks: Block[] = [];
  for (let i = 0; i < body.length; ) {
    const line = body[i]!;
    if (/^\s*>/.test(line)) {
      const run: string[] = [];
      for (; i < body.length && /^\s*>/.test(body[i]!); i++) run.push(body[i]!.replace(/^\s*> ?/, ''));
      blocks.push({ kind: 'quote', blocks: blocksOf(run) });
    } else if (!line.trim()) {
      blocks.push({ kind: 'blank' });
      i++;
    } else {
      const run: string[] = [];
      for (; i < body.length && body[i]!.trim() && !/^\s*>/.test(body[i]!); i++) run.push(body[i]!);
      blocks.push({ kind: 'para', lines: run });
    }
  }
  if (sigAt >= 0) blocks.push({ kind: 'sig', lines: lines.slice(sigAt + 1) });
  return blocks;
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Links in text as a client's editor makes them: http(s)/ftp URLs and www. hosts, trailing punctuation left out. */
const URL_IN_TEXT = /\b(?:(?:https?|ftp):\/\/|www\.)[^\s<>"]*[^\s<>".,;:!?)\]}'']/gi;

/** One line of text as HTML: escaped, its URLs as `<a href>` (`attrs`: the client's extra link attributes). */
function lineHtml(line: string, attrs = ''): string {
  let out = '';
  let last = 0;
  for (const m of line.matchAll(URL_IN_TEXT)) {
    const url = m[0];
    const href = /^www\./i.test(url) ? `http://${url}` : url;
    out += `${escapeHtml(line.slice(last, m.index))}<a${attrs} href="${escapeHtml(href)}">${escapeHtml(url)}</a>`;
    last = m.index! + url.length;
  }
  return out + escapeHtml(line.slice(last));
}

const GMAIL_QUOTE = 'margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex';
const OWA_FONT = 'font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);';
const OUTLOOK_HEAD =
  '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" ' +
  'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n' +
  '<meta http-equiv="Content-Type" content="text/html; charset=$cs">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n' +
  '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n' +
  '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;\n\tmso-fareast-language:EN-US;}\n' +
  'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#0563C1;\n\ttext-decoration:underline;}\nspan.EmailStyle17\n\t{mso-style-type:personal-compose;\n\tfont-family:"Calibri",sans-serif;\n\tcolor:windowtext;}\n' +
  '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-family:"Calibri",sans-serif;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\n' +
  'div.WordSection1\n\t{page:WordSection1;}\n--></style><!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n</xml><![endif]--><!--[if gte mso 9]><xml>\n' +
  '<o:shapelayout v:ext="edit">\n<o:idmap v:ext="edit" data="1" />\n</o:shapelayout></xml><![endif]-->\n</head>\n<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n';

/** The HTML alternative a client's editor makes of `blocks`. */
export function renderHtml(blocks: readonly Block[], style: Exclude<ClientStyle, 'plain'>, charset: string): string {
  switch (style) {
    case 'gmail':
      return `<div dir="ltr">${gmail(blocks)}</div>\n`;
    case 'outlook':
      return `${OUTLOOK_HEAD.replace('$cs', charset)}${outlook(blocks)}</div>\n</body>\n</html>\n`;
    case 'apple':
      return `<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=${charset}"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">${apple(blocks)}</body></html>`;
    case 'thunderbird':
      return `<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; charset=${charset.toUpperCase()}">\n  </head>\n  <body>\n${thunderbird(blocks)}  </body>\n</html>\n`;
    case 'owa':
      return `<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=${charset}">\n<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n${owa(blocks)}</body>\n</html>\n`;
    case 'yahoo':
      return `<html><head></head><body><div class="ydp3f1c2a7yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">${yahoo(blocks)}</div></body></html>`;
  }
}

function gmail(blocks: readonly Block[]): string {
  return blocks
    .map((b) => {
      if (b.kind === 'blank') return '<div><br></div>';
      if (b.kind === 'para') return b.lines.map((l) => `<div>${lineHtml(l)}</div>`).join('');
      if (b.kind === 'quote') return `<div class="gmail_quote"><blockquote class="gmail_quote" style="${GMAIL_QUOTE}">${gmail(b.blocks)}</blockquote></div>`;
      return `<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">${b.lines.map((l) => lineHtml(l)).join('<br>')}</div></div>`;
    })
    .join('\n');
}

function outlook(blocks: readonly Block[]): string {
  return blocks
    .map((b) => {
      if (b.kind === 'blank') return '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n';
      if (b.kind === 'para' || b.kind === 'sig') return b.lines.map((l) => `<p class="MsoNormal">${lineHtml(l)}<o:p></o:p></p>\n`).join('');
      return `<blockquote style="border:none;border-left:solid #CCCCCC 1.0pt;padding:0cm 0cm 0cm 6.0pt;margin-left:4.8pt;margin-right:0cm">\n${outlook(b.blocks)}</blockquote>\n`;
    })
    .join('');
}

function apple(blocks: readonly Block[]): string {
  return blocks
    .map((b) => {
      if (b.kind === 'blank') return '<div><br></div>';
      if (b.kind === 'para') return b.lines.map((l) => `<div>${lineHtml(l)}</div>`).join('');
      if (b.kind === 'quote') return `<div><blockquote type="cite">${apple(b.blocks)}</blockquote></div>`;
      return `<div><br></div><div>-- <br>${b.lines.map((l) => lineHtml(l)).join('<br>')}</div>`;
    })
    .join('');
}

function thunderbird(blocks: readonly Block[], indent = '    '): string {
  return blocks
    .map((b) => {
      if (b.kind === 'blank') return '';
      if (b.kind === 'para') return `${indent}<p>${b.lines.map((l) => lineHtml(l, ' class="moz-txt-link-freetext"')).join(`<br>\n${indent}  `)}</p>\n`;
      if (b.kind === 'quote') return `${indent}<blockquote type="cite">\n${thunderbird(b.blocks, `${indent}  `)}${indent}</blockquote>\n`;
      return `${indent}<pre class="moz-signature" cols="72">-- \n${b.lines.map((l) => lineHtml(l, ' class="moz-txt-link-freetext"')).join('\n')}</pre>\n`;
    })
    .join('');
}

function owa(blocks: readonly Block[]): string {
  return blocks
    .map((b) => {
      if (b.kind === 'blank') return `<div class="elementToProof" style="${OWA_FONT}"><br></div>\n`;
      if (b.kind === 'para' || b.kind === 'sig') return b.lines.map((l) => `<div class="elementToProof" style="${OWA_FONT}">${lineHtml(l, ' id="LPlnk" data-auth="NotApplicable"')}</div>\n`).join('');
      return `<div style="margin-left:0.8ex;padding-left:1ex;border-left:1px solid rgb(204,204,204)">\n${owa(b.blocks)}</div>\n`;
    })
    .join('');
}

function yahoo(blocks: readonly Block[]): string {
  return blocks
    .map((b) => {
      if (b.kind === 'blank') return '<div dir="ltr" data-setdir="false"><br></div>';
      if (b.kind === 'para' || b.kind === 'sig') return b.lines.map((l) => `<div dir="ltr" data-setdir="false">${lineHtml(l, ' rel="nofollow" target="_blank"')}</div>`).join('');
      return `<blockquote style="border-left: 2px solid rgb(16, 16, 255); margin-left: 5px; padding-left: 5px;">${yahoo(b.blocks)}</blockquote>`;
    })
    .join('');
}
