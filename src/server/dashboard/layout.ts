import { html, type SafeHtml } from './html.js';
import { WORDS, type Words } from './i18n.js';

export type Lang = 'en' | 'ja';

/** The policy of every dashboard page: only this server's own scripts, styles, images and API. */
export const PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

export interface PageContext {
  lang: Lang;
  w: Words;
  /** The current path with its query, for the language switch to come back to. */
  here: string;
  signedIn: boolean;
}

export function pageContext(lang: Lang, here: string, signedIn: boolean): PageContext {
  return { lang, w: WORDS[lang], here, signedIn };
}

const NAV: [string, keyof Words][] = [
  ['/', 'overview'],
  ['/messages', 'messages'],
  ['/campaigns', 'campaigns'],
  ['/pivot', 'pivot'],
  ['/outbound', 'outbound'],
  ['/status', 'status'],
];

/** The page frame: navigation, language switch, content, and the dashboard's one script. */
export function layout(ctx: PageContext, title: string, content: SafeHtml, options: { scripts?: string[]; styles?: string[]; active?: string } = {}): string {
  const other: Lang = ctx.lang === 'en' ? 'ja' : 'en';
  return `<!doctype html>${html`<html lang="${ctx.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} — spamlab</title>
<link rel="stylesheet" href="/static/dashboard.css">
${(options.styles ?? []).map((href) => html`<link rel="stylesheet" href="${href}">`)}
</head>
<body>
<header class="top">
  <a class="brand" href="/">spamlab</a>
  <nav>${NAV.map(([href, key]) => html`<a href="${href}"${options.active === href ? html` class="active"` : ''}>${ctx.w[key]}</a>`)}<a href="/api/openapi.json">${ctx.w.api}</a></nav>
  <span class="spacer"></span>
  <a id="lang-switch" href="/lang/${other}?next=${encodeURIComponent(ctx.here)}" lang="${other}">${ctx.w.language}</a>
  ${ctx.signedIn ? html`<form method="post" action="/logout" class="inline"><button type="submit" class="link-button">${ctx.w.logout}</button></form>` : ''}
</header>
<main>
<h1>${title}</h1>
${content}
</main>
${(options.scripts ?? []).map((src) => html`<script src="${src}"></script>`)}
<script src="/static/dashboard.js"></script>
</body>
</html>`}`;
}

export function noData(ctx: PageContext, available: boolean): SafeHtml {
  return html`<div class="empty" data-empty="1"><p><strong>${ctx.w.noData}</strong></p><p>${available ? ctx.w.noDataHint : ctx.w.notAvailable}</p></div>`;
}
