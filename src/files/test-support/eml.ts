/**
 * A deliberately small MIME walker for engine tests: finds leaf parts with a file name (or a non-text
 * type) and decodes base64 / quoted-printable bodies. It is not the product's parser (src/mail/parse);
 * it lets the file engines be tested on real fixture attachments without depending on it.
 */
export interface RawAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

function header(block: string, name: string): string {
  const m = new RegExp(`^${name}:([^\\n]*(?:\\n[ \\t][^\\n]*)*)`, 'im').exec(block);
  return m ? m[1]!.replace(/\r?\n[ \t]+/g, ' ').trim() : '';
}

function param(value: string, name: string): string {
  const m = new RegExp(`(?:^|;)\\s*${name}\\*?=\\s*(?:"([^"]*)"|([^;\\s]*))`, 'i').exec(value);
  return decodeWords(m ? (m[1] ?? m[2] ?? '') : '');
}

function decodeWords(s: string): string {
  return s.replace(/=\?([^?]+)\?([bq])\?([^?]*)\?=/gi, (_, cs: string, enc: string, text: string) => {
    const bytes = enc.toLowerCase() === 'b' ? Buffer.from(text, 'base64') : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1');
    try {
      return new TextDecoder(cs).decode(bytes);
    } catch {
      return bytes.toString('latin1');
    }
  });
}

/** Extracts attachments from a raw message (multipart nesting followed by boundaries). */
export function extractAttachments(raw: Buffer | string): RawAttachment[] {
  return extractParts(raw).attachments;
}

/** Attachments plus the text/plain body (decoded as UTF-8 after transfer decoding). */
export function extractParts(raw: Buffer | string): { attachments: RawAttachment[]; text: string } {
  const src = (typeof raw === 'string' ? raw : raw.toString('latin1')).replace(/\r\n/g, '\n');
  const out: RawAttachment[] = [];
  const texts: string[] = [];
  walk(src, out, 0, texts);
  return { attachments: out, text: texts.join('\n') };
}

function walk(entity: string, out: RawAttachment[], depth: number, texts: string[]): void {
  if (depth > 10) return;
  const split = entity.indexOf('\n\n');
  const head = split >= 0 ? entity.slice(0, split) : entity;
  const body = split >= 0 ? entity.slice(split + 2) : '';
  const ctype = header(head, 'content-type') || 'text/plain';
  const type = ctype.split(';')[0]!.trim().toLowerCase();
  if (type.startsWith('multipart/')) {
    const boundary = param(ctype, 'boundary');
    if (!boundary) return;
    const parts = body.split(new RegExp(`^--${boundary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:--)?[ \\t]*$`, 'm'));
    for (const part of parts.slice(1)) walk(part.replace(/^\n/, ''), out, depth + 1, texts);
    return;
  }
  const disposition = header(head, 'content-disposition');
  const filename = param(disposition, 'filename') || param(ctype, 'name');
  const cte = header(head, 'content-transfer-encoding').toLowerCase();
  let content: Buffer;
  if (cte === 'base64') content = Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64');
  else if (cte === 'quoted-printable') content = Buffer.from(body.replace(/=\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1');
  else content = Buffer.from(body, 'latin1');
  if (!filename && (type.startsWith('text/') || type.startsWith('message/'))) {
    if (type === 'text/plain' && !/attachment/i.test(disposition)) texts.push(content.toString('utf8'));
    return;
  }
  out.push({ filename, contentType: type, content });
}
