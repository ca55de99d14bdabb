import { createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dkimSign } from 'mailauth/lib/dkim/sign.js';

/**
 * DKIM signing for tests, deterministic: one fixed RSA-2048 key committed as a test fixture (it signs
 * nothing but test messages) and a fixed signing time.
 *
 * Why the fixed time matters: mailauth 4.13's signer, when not given `signTime`, reads the clock twice —
 * once (`Math.round(Date.now()/1000)`) for the `t=` tag in the header it canonicalises and signs, and
 * again when it formats the DKIM-Signature header it hands back. When the RSA signature between the two
 * reads spans a half-second boundary, the emitted `t=` differs from the signed one and every verifier
 * reports "bad signature". With a 2048-bit key that is ~1 signing in 300–700 on this machine (whatever the
 * charset: it was first seen on an ISO-2022-JP message), with 4096 bits ~1 in 200. See NOTES.md (issue 19).
 */
const PRIVATE_KEY_PEM = readFileSync(new URL('./fixtures/dkim-test-rsa2048.pem', import.meta.url), 'utf8');
const PUBLIC_KEY_B64 = createPublicKey(PRIVATE_KEY_PEM).export({ type: 'spki', format: 'der' }).toString('base64');

/** The signing time every test signature carries (2024-06-01 00:00:00 UTC). */
export const DKIM_TEST_SIGN_TIME = new Date('2024-06-01T00:00:00Z');

/** The DKIM key record (TXT at `selector._domainkey.domain`) that verifies signatures made here. */
export const DKIM_TEST_KEY_RECORD = `v=DKIM1; k=rsa; p=${PUBLIC_KEY_B64}`;

export interface DkimTestSignature {
  /** The DKIM-Signature header line(s), CRLF-terminated, to prepend to the message. */
  header: string;
  /** The header followed by the message, as a receiver would see it. */
  signed: Buffer;
}

/**
 * Signs `message` (relaxed/relaxed, rsa-sha256) as `domain` with selector `selector`.
 * @example
 * const { signed } = await dkimSignForTest(raw, 'trendmicro.com', 'k1');
 * const zone = new ZoneResolver({ 'k1._domainkey.trendmicro.com': { TXT: [DKIM_TEST_KEY_RECORD] } });
 */
export async function dkimSignForTest(message: Buffer | string, domain: string, selector: string): Promise<DkimTestSignature> {
  const bytes = typeof message === 'string' ? Buffer.from(message, 'latin1') : message;
  // mailauth's signer reads its keys from signatureData (its typings also require the top-level fields).
  const key = { signingDomain: domain, selector, privateKey: PRIVATE_KEY_PEM };
  const result = await dkimSign(bytes, { ...key, canonicalization: 'relaxed/relaxed', signTime: DKIM_TEST_SIGN_TIME, signatureData: [key] });
  if (result.errors.length > 0) throw new Error(`DKIM test signing failed: ${JSON.stringify(result.errors)}`);
  return { header: result.signatures, signed: Buffer.concat([Buffer.from(result.signatures, 'latin1'), bytes]) };
}
