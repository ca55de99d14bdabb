import { Parser } from 'htmlparser2';
import { escapeHtml } from './html.js';

/**
 * A message's HTML body, made inert for display. The dashboard shows it in an iframe with `sandbox` (no
 * scripts, no same-origin, no navigation of the top page) served with `Content-Security-Policy: default-src
 * 'none'` (nothing loads), and before that this function keeps only harmless markup, so each of the three
 * would be enough on its own:
 * - elements that run or load something (script, style, iframe, object, embed, link, meta — refresh
 *   included —, base, form controls, svg, math) are dropped with their content;
 * - attributes are kept from a short list; every `on*` handler, `href` and `src` is dropped: a link shows
 *   its target as a tooltip instead of navigating, a remote image becomes a note naming its host, and only
 *   `data:image/…` images stay;
 * - a `style` attribute is kept only when it loads nothing (no `url(`, `image-set(`, `expression(`,
 *   `@import`, escapes), which also ends CSS-selector exfiltration.
 * @example inertHtml('<img src="https://t.example/p.gif" onerror="x()">') // '<span class="blocked">[image blocked: t.example]</span>'
 */
export function inertHtml(source: string, options: { maxBytes?: number } = {}): string {
  const maxBytes = options.maxBytes ?? 2 * 1024 * 1024;
  const out: string[] = [];
  let size = 0;
  let dropDepth = 0;
  const stack: string[] = [];
  const emit = (s: string) => {
    if (size > maxBytes) return;
    size += s.length;
    out.push(s);
  };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (dropDepth > 0 || DROP_WITH_CONTENT.has(name)) {
          if (!VOID.has(name)) dropDepth++;
          return;
        }
        if (name === 'img') {
          emit(image(attribs));
          return;
        }
        const tag = RENAME[name] ?? name;
        if (!ALLOWED.has(tag)) return;
        const attrs: string[] = [];
        for (const [key, value] of Object.entries(attribs)) {
          const attr = key.toLowerCase();
          if (attr === 'style') {
            const style = safeStyle(value);
            if (style) attrs.push(`style="${escapeHtml(style)}"`);
          } else if (ATTRIBUTES.has(attr)) {
            attrs.push(`${attr}="${escapeHtml(value)}"`);
          }
        }
        if (name === 'a' && attribs.href) attrs.push(`title="${escapeHtml(attribs.href.slice(0, 500))}"`, 'class="link"');
        emit(`<${tag}${attrs.length ? ` ${attrs.join(' ')}` : ''}>`);
        if (!VOID.has(tag)) stack.push(tag);
      },
      ontext(text) {
        if (dropDepth === 0) emit(escapeHtml(text));
      },
      onclosetag(name, isImplied) {
        if (dropDepth > 0) {
          if (!VOID.has(name)) dropDepth--;
          return;
        }
        const tag = RENAME[name] ?? name;
        if (VOID.has(tag) || name === 'img' || !ALLOWED.has(tag)) return;
        const at = stack.lastIndexOf(tag);
        if (at < 0) return;
        while (stack.length > at) emit(`</${stack.pop()}>`);
        void isImplied;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(source);
  parser.end();
  while (stack.length) emit(`</${stack.pop()}>`);
  if (size > maxBytes) out.push('<p class="blocked">[…]</p>');
  return out.join('');
}

function image(attribs: Record<string, string>): string {
  const src = (attribs.src ?? '').trim();
  const alt = attribs.alt ? ` ${attribs.alt.slice(0, 200)}` : '';
  if (/^data:image\/(png|gif|jpeg|webp);base64,[a-z0-9+/=\s]+$/i.test(src) && src.length < 512 * 1024) {
    return `<img src="${escapeHtml(src.replace(/\s+/g, ''))}" alt="${escapeHtml(attribs.alt ?? '')}">`;
  }
  let host = '';
  try {
    host = new URL(src).host;
  } catch {
    host = src.slice(0, 80);
  }
  return `<span class="blocked">[image blocked: ${escapeHtml(host || 'no source')}${escapeHtml(alt)}]</span>`;
}

/** A style attribute that cannot load anything, or '' to drop it. */
function safeStyle(style: string): string {
  if (/url\s*\(|image-set|expression\s*\(|@import|behavior\s*:|-moz-binding|\\|javascript:/i.test(style)) return '';
  return style.slice(0, 2000);
}

const DROP_WITH_CONTENT = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'noscript', 'template', 'svg', 'math',
  'link', 'meta', 'base', 'title', 'head', 'input', 'button', 'select', 'textarea', 'option', 'audio', 'video', 'source',
  'track', 'canvas', 'portal', 'picture', 'xml', 'noembed', 'noframes', 'param',
]);

const VOID = new Set(['br', 'hr', 'img', 'col', 'wbr', 'input', 'meta', 'link', 'base', 'source', 'track', 'param', 'embed', 'area']);

/** Document-level and form elements become plain containers. */
const RENAME: Record<string, string> = { html: 'div', body: 'div', form: 'div', center: 'div', font: 'span', label: 'span', fieldset: 'div', legend: 'div' };

const ALLOWED = new Set([
  'a', 'abbr', 'b', 'blockquote', 'br', 'caption', 'code', 'col', 'colgroup', 'dd', 'div', 'dl', 'dt', 'em', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'hr', 'i', 'li', 'ol', 'p', 'pre', 's', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'tr', 'u', 'ul', 'wbr', 'section', 'article', 'header', 'footer', 'main', 'nav', 'aside', 'figure',
  'figcaption', 'mark', 'q', 'cite', 'del', 'ins', 'big', 'tt', 'kbd', 'samp', 'var',
]);

const ATTRIBUTES = new Set(['align', 'valign', 'width', 'height', 'colspan', 'rowspan', 'border', 'cellpadding', 'cellspacing', 'bgcolor', 'color', 'face', 'size', 'dir', 'lang', 'title', 'alt']);

/** The policy of the body route: nothing loads, nothing runs; inline styles are the only thing allowed. */
export const BODY_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src 'none'; form-action 'none'; base-uri 'none'; frame-ancestors 'self'";

/** The document served into the sandboxed iframe. */
export function bodyDocument(parts: { html: string; text: string }): string {
  const content = parts.html ? inertHtml(parts.html) : `<pre>${escapeHtml(parts.text)}</pre>`;
  return `<!doctype html><html><head><meta charset="utf-8"><style>body{font:14px/1.45 system-ui,sans-serif;margin:12px;color:#222;background:#fff;word-break:break-word}pre{white-space:pre-wrap}.blocked{color:#a33;font-size:12px;background:#fee;padding:0 3px}.link{color:#14c;text-decoration:underline;cursor:help}</style></head><body>${content}</body></html>`;
}
