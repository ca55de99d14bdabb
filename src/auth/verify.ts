import type { spf as MailauthSpf } from 'mailauth/lib/spf/index.js';
import { evaluateDmarc, lookupDmarc } from './dmarc.js';
import type { AuthResolver, AuthSummary, AuthVerdict, DkimOutcome, SpfOutcome } from './types.js';

/** What verification needs: the connection facts for SPF, the raw bytes for DKIM, the From domain for DMARC. */
export interface VerifyInput {
  /** Raw message bytes; DKIM is verified only when present. */
  raw?: Uint8Array;
  /** RFC5322.From domain. */
  fromDomain: string;
  /** SMTP client IP, HELO name and MAIL FROM; SPF is checked only when the IP is known. */
  ip?: string;
  helo?: string;
  mailFrom?: string;
  resolver: AuthResolver;
  /** Our MTA's name for the Received-SPF text (mailauth would otherwise ask os.hostname()). */
  mta: string;
}

const VERDICTS = new Set<AuthVerdict>(['pass', 'fail', 'softfail', 'neutral', 'none', 'temperror', 'permerror', 'policy']);
function verdict(result: string | undefined): AuthVerdict {
  const r = (result ?? 'none').toLowerCase();
  if (r === 'temperr') return 'temperror';
  return VERDICTS.has(r as AuthVerdict) ? (r as AuthVerdict) : 'none';
}

/**
 * SPF (RFC 7208) with mailauth, DKIM (RFC 6376) with mailauth, DMARC (RFC 7489) evaluated here with our
 * own alignment. Every DNS query goes through `resolver`; protocol failures are results (temperror,
 * permerror), never exceptions.
 */
export async function verifyAuthentication(input: VerifyInput): Promise<AuthSummary> {
  // mailauth (with joi, libmime and their tables) is loaded on first use: ~80 ms of start-up that a scan
  // without DNS verification (the default) never needs.
  const [{ spf: mailauthSpf }, { dkimVerify }] = await Promise.all([import('mailauth/lib/spf/index.js'), import('mailauth/lib/dkim/verify.js')]);
  const resolver = input.resolver as Parameters<typeof MailauthSpf>[0]['resolver'];
  let spf: SpfOutcome | undefined;
  if (input.ip) {
    const sender = input.mailFrom || (input.helo ? `postmaster@${input.helo}` : '');
    try {
      const r = await mailauthSpf({
        ip: input.ip,
        sender,
        ...(input.helo ? { helo: input.helo } : {}),
        mta: input.mta,
        resolver,
      });
      spf = { result: verdict(r.status.result), domain: r.domain ?? sender.split('@').pop() ?? '', ...(r.status.comment ? { detail: r.status.comment } : {}) };
    } catch (err) {
      spf = { result: 'temperror', domain: sender.split('@').pop() ?? '', detail: (err as Error).message };
    }
  }
  const dkim: DkimOutcome[] = [];
  if (input.raw && input.raw.byteLength > 0) {
    try {
      const r = await dkimVerify(Buffer.from(input.raw.buffer, input.raw.byteOffset, input.raw.byteLength), {
        resolver,
        ...(input.mailFrom ? { sender: input.mailFrom } : {}),
      });
      for (const s of r.results ?? []) {
        if (!s.signingDomain) continue;
        dkim.push({
          result: verdict(s.status?.result),
          domain: s.signingDomain.toLowerCase(),
          ...(s.selector ? { selector: s.selector } : {}),
          ...(s.status?.comment ? { detail: s.status.comment } : {}),
        });
      }
    } catch (err) {
      dkim.push({ result: 'temperror', domain: '', detail: (err as Error).message });
    }
  }
  const lookup = await lookupDmarc(input.fromDomain, input.resolver);
  const dmarc = evaluateDmarc(input.fromDomain, lookup, spf, dkim);
  return { source: 'verified', ...(spf ? { spf } : {}), dkim, dmarc };
}
