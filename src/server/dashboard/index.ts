import type { Context, Hono } from 'hono';
import { getCookie, setCookie, deleteCookie } from 'hono/cookie';
import { z } from 'zod';
import { readMessage } from '../../scan/read-message.js';
import type { ParsedMessage } from '../../mail/types.js';
import { authorize } from '../api-route.js';
import { TOKEN_COOKIE, sameOrigin, tokenMatches } from '../auth.js';
import type { AppDeps, AppEnv } from '../context.js';
import { HttpError } from '../errors.js';
import { explained, messagesQuery } from '../routes/messages.js';
import { BODY_CSP, bodyDocument } from './body.js';
import { html } from './html.js';
import { layout, pageContext, PAGE_CSP, type Lang, type PageContext } from './layout.js';
import { statusPage, statusView } from './status.js';
import { campaignPage, campaignsPage, loginPage, messagePage, messagesPage, outboundPage, overviewPage, pivotPage, type MessageFilters } from './pages.js';
import { loadStaticAssets } from './static.js';

const LANG_COOKIE = 'spamlab_lang';

/** Generous bounds for showing a kept raw message (it was cut at the store's raw limit already). */
const VIEW_LIMITS = { maxMessageBytes: 32 * 1024 * 1024, maxMimeDepth: 20, maxParts: 500, maxHeaderBytes: 256 * 1024 };

/**
 * The dashboard: server-rendered pages over the same data the API reads, in English and Japanese, each
 * with a strict Content-Security-Policy (only this server's own scripts, styles and API). Pages need the
 * token like the API's reads do; a browser signs in once with it (an HttpOnly, SameSite=Strict cookie).
 */
export function registerDashboard(app: Hono<AppEnv>, deps: AppDeps): void {
  const assets = loadStaticAssets();

  app.get('/static/:name', (c) => {
    const asset = assets.get(c.req.param('name'));
    if (!asset) throw new HttpError(404, 'not_found', 'no such file');
    c.header('Content-Type', asset.type);
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(asset.body as Uint8Array<ArrayBuffer>);
  });

  const langOf = (c: Context<AppEnv>): Lang => {
    const asked = c.req.query('lang') ?? getCookie(c, LANG_COOKIE);
    return asked === 'ja' || asked === 'en' ? asked : deps.lang;
  };
  const here = (c: Context<AppEnv>) => {
    const url = new URL(c.req.url);
    return url.pathname + url.search;
  };

  /** Renders a page, or sends the browser to sign in when reads need the token it lacks. */
  const page = (path: string, render: (c: Context<AppEnv>, ctx: PageContext) => Promise<{ title: string; body: ReturnType<typeof html>; scripts?: string[]; styles?: string[] } | Response>) => {
    app.get(path, async (c) => {
      try {
        authorize(c, 'read', deps);
      } catch (err) {
        if (err instanceof HttpError && err.status === 401) return c.redirect(`/login?next=${encodeURIComponent(here(c))}`, 303);
        throw err;
      }
      const ctx = pageContext(langOf(c), here(c), c.get('credential') !== 'none');
      const out = await render(c, ctx);
      if (out instanceof Response) return out;
      c.header('Content-Security-Policy', PAGE_CSP);
      c.header('Cache-Control', 'no-store');
      return c.html(layout(ctx, out.title, out.body, { ...(out.scripts ? { scripts: out.scripts } : {}), ...(out.styles ? { styles: out.styles } : {}), active: path === '/' ? '/' : `/${path.split('/')[1]}` }));
    });
  };

  const notFound = (c: Context<AppEnv>, ctx: PageContext) => {
    c.status(404);
    return { title: ctx.w.notFound, body: html`<p>${ctx.w.notFound}</p>` };
  };

  page('/', async (c, ctx) => {
    const granularity = z.enum(['day', 'week', 'month']).catch('day').parse(c.req.query('granularity'));
    const view = deps.data.trends ? { available: true, ...(await deps.data.trends({ granularity, lang: ctx.lang })) } : undefined;
    return { title: ctx.w.overview, body: overviewPage(ctx, view, granularity), scripts: ['/static/uplot.js'], styles: ['/static/uplot.css'] };
  });

  page('/messages', async (c, ctx) => {
    const raw = c.req.query();
    const filters: MessageFilters = {};
    for (const key of ['verdict', 'category', 'sender', 'domain', 'finding', 'from', 'to'] as const) if (raw[key]) filters[key] = raw[key];
    const parsed = messagesQuery.safeParse({ ...filters, ...(raw.offset ? { offset: raw.offset } : {}) });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { title: ctx.w.messages, body: messagesPage(ctx, filters, undefined, `${issue?.path.join('.')}: ${issue?.message}`) };
    }
    const q = parsed.data;
    const messages = deps.data.messages;
    const result = messages ? { available: true, ...(await messages.list(q)), limit: q.limit, offset: q.offset } : undefined;
    return { title: ctx.w.messages, body: messagesPage(ctx, filters, result) };
  });

  const hashOf = (c: Context<AppEnv>) => {
    const hash = c.req.param('hash') ?? '';
    return /^[0-9a-f]{64}$/.test(hash) ? hash : undefined;
  };

  page('/messages/:hash', async (c, ctx) => {
    const hash = hashOf(c);
    const stored = hash ? await deps.data.messages?.get(hash) : undefined;
    if (!stored) return notFound(c, ctx);
    let parsed: ParsedMessage | undefined;
    if (stored.raw) parsed = readMessage(stored.raw, VIEW_LIMITS);
    const report = explained(stored.report, ctx.lang, deps);
    return { title: report.subject || hash!, body: messagePage(ctx, report, stored.receivedAt, parsed) };
  });

  // The body alone, for the sandboxed iframe: nothing in it may run or load (see ./body.ts).
  app.get('/messages/:hash/body', async (c) => {
    authorize(c, 'read', deps);
    const hash = hashOf(c);
    const stored = hash ? await deps.data.messages?.get(hash) : undefined;
    if (!stored?.raw) throw new HttpError(404, 'not_found', 'no kept raw message');
    const parsed = readMessage(stored.raw, VIEW_LIMITS);
    c.header('Content-Security-Policy', BODY_CSP);
    c.header('X-Frame-Options', 'SAMEORIGIN');
    c.header('Cache-Control', 'no-store');
    return c.html(bodyDocument({ html: parsed.html, text: parsed.text }));
  });

  page('/campaigns', async (c, ctx) => {
    const offset = z.coerce.number().int().min(0).max(1_000_000).catch(0).parse(c.req.query('offset') ?? 0);
    const campaigns = deps.data.campaigns;
    const result = campaigns ? { available: true, ...(await campaigns.list({ limit: 50, offset })), offset, limit: 50 } : undefined;
    return { title: ctx.w.campaigns, body: campaignsPage(ctx, result) };
  });

  page('/campaigns/:id', async (c, ctx) => {
    const id = c.req.param('id') ?? '';
    const campaign = /^[A-Za-z0-9._:-]{1,128}$/.test(id) ? await deps.data.campaigns?.get(id) : undefined;
    if (!campaign) return notFound(c, ctx);
    return { title: `${ctx.w.campaigns} ${campaign.id}`, body: campaignPage(ctx, campaign) };
  });

  page('/pivot', async (c, ctx) => {
    const q = (c.req.query('q') ?? '').trim().slice(0, 320);
    let graph;
    try {
      graph = deps.data.pivot ? (q ? { available: true, ...(await deps.data.pivot({ value: q, depth: 2, lang: ctx.lang })) } : undefined) : { available: false, query: q, domains: [], nodes: [], edges: [], explanations: [] };
    } catch (err) {
      if (!(err instanceof HttpError) || err.status !== 400) throw err;
      return { title: ctx.w.pivot, body: html`${pivotPage(ctx, q, undefined)}<p class="muted">${err.message}</p>`, scripts: ['/static/cytoscape.js'] };
    }
    return { title: ctx.w.pivot, body: pivotPage(ctx, q, graph), scripts: ['/static/cytoscape.js'] };
  });

  page('/outbound', async (_c, ctx) => {
    const outbound = deps.data.outbound;
    const result = outbound ? { available: true, ...(await outbound.incidents({ limit: 200, offset: 0 })) } : undefined;
    return { title: ctx.w.outbound, body: outboundPage(ctx, result) };
  });

  // What /readyz and /metrics say, for a person: dependencies, listeners, scans since start, queue depth.
  page('/status', async (_c, ctx) => {
    const view = await statusView(deps.ops, [{ name: 'http', address: 'this page' }, ...(deps.listeners?.() ?? [])], (deps.now?.() ?? new Date()).getTime());
    return { title: ctx.w.status, body: statusPage(ctx, view) };
  });

  app.get('/login', (c) => {
    const ctx = pageContext(langOf(c), here(c), false);
    c.header('Content-Security-Policy', PAGE_CSP);
    return c.html(layout(ctx, ctx.w.login, loginPage(ctx, localPath(c.req.query('next')), c.req.query('wrong') === '1')));
  });

  app.post('/login', async (c) => {
    if (!sameOrigin(c)) throw new HttpError(403, 'cross_origin', 'sign in from the dashboard itself');
    const form = await c.req.parseBody();
    const token = typeof form.token === 'string' ? form.token.trim() : '';
    const next = localPath(typeof form.next === 'string' ? form.next : '/');
    if (!tokenMatches(token, deps.access.token)) {
      deps.logger.warn('dashboard sign-in with a wrong token');
      return c.redirect(`/login?wrong=1&next=${encodeURIComponent(next)}`, 303);
    }
    setCookie(c, TOKEN_COOKIE, token, { httpOnly: true, sameSite: 'Strict', path: '/', secure: new URL(c.req.url).protocol === 'https:' });
    return c.redirect(next, 303);
  });

  app.post('/logout', (c) => {
    if (!sameOrigin(c)) throw new HttpError(403, 'cross_origin', 'sign out from the dashboard itself');
    deleteCookie(c, TOKEN_COOKIE, { path: '/' });
    return c.redirect('/login', 303);
  });

  app.get('/lang/:lang', (c) => {
    const lang = c.req.param('lang') === 'ja' ? 'ja' : 'en';
    setCookie(c, LANG_COOKIE, lang, { sameSite: 'Lax', path: '/', maxAge: 365 * 86400 });
    return c.redirect(localPath(c.req.query('next')), 303);
  });

}

/** Only a path on this server (never `//host` or a scheme): the redirect after sign-in cannot leave the site. */
function localPath(next: string | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}
