import type { AuthResult } from '../mail/types.js';
import type { AuthSummary, AuthVerdict, DkimOutcome } from './types.js';

const VERDICTS = new Set<AuthVerdict>(['pass', 'fail', 'softfail', 'neutral', 'none', 'temperror', 'permerror', 'policy']);
const toVerdict = (r: string): AuthVerdict => (VERDICTS.has(r as AuthVerdict) ? (r as AuthVerdict) : r === 'hardfail' ? 'fail' : 'none');

/**
 * Reads the results of trusted hosts from Authentication-Results (RFC 8601). Only headers whose
 * authserv-id is configured count, since anyone upstream can write one (RFC 8601 §5); of those, the
 * first authserv-id in header order (the one our side added last) decides. Null when none is trusted.
 * @example fromAuthenticationResults(msg.authResults, ['mx.example.jp'])?.dmarc?.result
 */
export function fromAuthenticationResults(results: readonly AuthResult[], trustedIds: readonly string[]): AuthSummary | null {
  if (trustedIds.length === 0) return null;
  const trusted = new Set(trustedIds.map((t) => t.toLowerCase()));
  const first = results.find((r) => trusted.has(r.authservId.toLowerCase()));
  if (!first) return null;
  const mine = results.filter((r) => r.authservId.toLowerCase() === first.authservId.toLowerCase());
  const summary: AuthSummary = { source: 'header', authservId: first.authservId, dkim: [] };
  for (const r of mine) {
    const result = toVerdict(r.result);
    if (r.method === 'spf' && !summary.spf) {
      const mailfrom = r.props['smtp.mailfrom'] ?? '';
      const domain = (mailfrom.includes('@') ? mailfrom.split('@').pop()! : mailfrom) || r.props['smtp.helo'] || '';
      summary.spf = { result, domain: domain.toLowerCase(), ...(r.reason ? { detail: r.reason } : {}) };
    } else if (r.method === 'dkim') {
      const d = r.props['header.d'] ?? (r.props['header.i'] ?? '').split('@').pop() ?? '';
      const entry: DkimOutcome = { result, domain: d.toLowerCase(), ...(r.props['header.s'] ? { selector: r.props['header.s'] } : {}) };
      summary.dkim.push(entry);
    } else if (r.method === 'dmarc' && !summary.dmarc) {
      const domain = (r.props['header.from'] ?? '').toLowerCase();
      // Policy appears as a comment (`(p=REJECT sp=NONE dis=NONE)`) or a `policy.published-domain-policy` property.
      const text = `${r.reason ?? ''} ${r.props['policy.published-domain-policy'] ?? ''} ${r.props['policy.dmarc'] ?? ''}`;
      const p = /\bp=(none|quarantine|reject)\b/i.exec(text)?.[1] ?? /\b(none|quarantine|reject)\b/i.exec(r.props['policy.published-domain-policy'] ?? '')?.[1];
      summary.dmarc = { result, domain, ...(p ? { policy: p.toLowerCase() as 'none' | 'quarantine' | 'reject' } : {}) };
    }
  }
  return summary;
}
