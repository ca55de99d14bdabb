import { fromAuthenticationResults } from '../../auth/results.js';
import { verifyAuthentication } from '../../auth/verify.js';
import type { AuthResolver, AuthSummary } from '../../auth/types.js';
import type { ParsedMessage } from '../../mail/types.js';
import type { Services } from '../../core/services.js';
import type { Check, CheckOutput, Finding } from '../types.js';
import type { SenderContext } from './context.js';
import { isFreemail } from './freemail.js';

/** Connection facts for SPF: the envelope when the MTA gave it, else the first hop our side recorded. */
export function connectionOf(msg: ParsedMessage, trustedRelays: readonly string[]): { ip?: string; helo?: string; mailFrom?: string } {
  const mailFrom = msg.envelope?.mailFrom ?? msg.returnPath;
  if (msg.envelope?.clientIp) {
    return { ip: msg.envelope.clientIp, ...(msg.envelope.clientHelo ? { helo: msg.envelope.clientHelo } : {}), ...(mailFrom ? { mailFrom } : {}) };
  }
  const trusted = new Set(trustedRelays.map((r) => r.toLowerCase()));
  // Hops are newest first. Skip the hops between our own relays; the first hop whose client is not one
  // of them was recorded by our edge and names the untrusted client (RFC 5321 §4.4).
  for (const hop of msg.received) {
    if (!hop.ip) continue;
    const client = (hop.rdns ?? hop.helo ?? '').toLowerCase();
    if (trusted.size > 0 && trusted.has(client)) continue;
    if (trusted.size > 0 && hop.by && !trusted.has(hop.by.toLowerCase())) break;
    return { ip: hop.ip, ...(hop.helo ? { helo: hop.helo } : {}), ...(mailFrom ? { mailFrom } : {}) };
  }
  return mailFrom ? { mailFrom } : {};
}

/**
 * SPF, DKIM and DMARC: from the Authentication-Results of a trusted host, or verified here when a
 * resolver is configured (services.dns). Also says whether DMARC passed for a protected brand's own
 * domain, which the score table's composites use to tell genuine brand mail from impersonation.
 */
export function authCheck(ctx: SenderContext, services: Services, trustedAuthservIds: readonly string[], trustedRelays: readonly string[]): Check {
  return {
    name: 'sender.auth',
    description: 'SPF, DKIM and DMARC results (trusted Authentication-Results or own verification)',
    emits: [
      'AUTH_SPF_PASS', 'AUTH_SPF_FAIL', 'AUTH_SPF_SOFTFAIL', 'AUTH_SPF_ERROR', 'AUTH_DKIM_PASS', 'AUTH_DKIM_FAIL',
      'AUTH_DMARC_PASS', 'AUTH_DMARC_PASS_BRAND', 'AUTH_DMARC_FAIL', 'AUTH_DMARC_FAIL_ENFORCED', 'AUTH_DMARC_NONE',
    ],
    // Synchronous unless it has to verify over DNS: a promise per message would make the engine arm its
    // time budget for every scan (the per-message path is hot).
    run(msg: ParsedMessage): CheckOutput | Promise<CheckOutput> {
      const from = msg.from[0];
      const fromDomain = from?.asciiDomain || from?.domain || '';
      const summary: AuthSummary | null = fromAuthenticationResults(msg.authResults, trustedAuthservIds);
      if (summary) return { findings: authFindings(summary, fromDomain, ctx) };
      if (!services.dns || !ctx.config.auth.verify || !fromDomain) return { findings: [] };
      return verifyAuthentication({
        ...(msg.raw ? { raw: msg.raw } : {}),
        fromDomain,
        ...connectionOf(msg, trustedRelays),
        // mailauth asks only for the record types DnsResolver names (TXT, A, AAAA, MX, PTR).
        resolver: services.dns as AuthResolver,
        mta: ctx.config.auth.mta,
      }).then((verified) => ({ findings: authFindings(verified, fromDomain, ctx) }));
    },
  };
}

/** Turns an authentication summary into AUTH_* findings. */
export function authFindings(summary: AuthSummary, fromDomain: string, ctx: SenderContext): Finding[] {
  const findings: Finding[] = [];
  const by = summary.source === 'header' ? ` (Authentication-Results of ${summary.authservId})` : '';
  const { spf, dmarc } = summary;
  if (spf) {
    const evidence = `spf=${spf.result} for ${spf.domain || '(unknown)'}${by}`;
    const data = { result: spf.result, domain: spf.domain, source: summary.source };
    if (spf.result === 'pass') findings.push({ id: 'AUTH_SPF_PASS', evidence, data });
    else if (spf.result === 'fail') findings.push({ id: 'AUTH_SPF_FAIL', evidence, data });
    else if (spf.result === 'softfail') findings.push({ id: 'AUTH_SPF_SOFTFAIL', evidence, data });
    else if (spf.result === 'temperror' || spf.result === 'permerror') findings.push({ id: 'AUTH_SPF_ERROR', evidence: `${evidence}${spf.detail ? `: ${spf.detail}` : ''}`, data });
  }
  for (const d of summary.dkim) {
    const evidence = `dkim=${d.result} d=${d.domain || '(unknown)'}${d.selector ? ` s=${d.selector}` : ''}${by}`;
    const data = { result: d.result, domain: d.domain, source: summary.source };
    if (d.result === 'pass') findings.push({ id: 'AUTH_DKIM_PASS', evidence, data });
    else if (d.result === 'fail' || d.result === 'permerror') findings.push({ id: 'AUTH_DKIM_FAIL', evidence, data });
  }
  if (dmarc) {
    const domain = dmarc.domain || fromDomain;
    const data = { result: dmarc.result, domain, policy: dmarc.policy, alignedBy: dmarc.alignedBy, source: summary.source };
    const evidence = `dmarc=${dmarc.result} header.from=${domain}${dmarc.policy ? ` p=${dmarc.policy}` : ''}${dmarc.detail ? ` (${dmarc.detail})` : ''}${by}`;
    if (dmarc.result === 'pass') {
      findings.push({ id: 'AUTH_DMARC_PASS', evidence, data });
      const owner = domain && !isFreemail(domain, ctx.freemail) ? ctx.registry.ownersOf(domain)[0] : undefined;
      if (owner) findings.push({ id: 'AUTH_DMARC_PASS_BRAND', evidence: `${domain} authenticated (DMARC) as ${owner.name}'s own domain`, data: { ...data, brand: owner.name, brandId: owner.id } });
    } else if (dmarc.result === 'fail') {
      const enforced = dmarc.policy === 'reject' || dmarc.policy === 'quarantine';
      findings.push({ id: enforced ? 'AUTH_DMARC_FAIL_ENFORCED' : 'AUTH_DMARC_FAIL', evidence, data });
    } else if (dmarc.result === 'none') {
      findings.push({ id: 'AUTH_DMARC_NONE', evidence, data });
    }
  }
  return findings;
}
