/**
 * One canonical spelling per registrant value, so equal things compare equal across registries,
 * years and languages: phones to E.164 (libphonenumber-js), e-mails without case or plus-tags,
 * names and addresses width-folded (NFKC), order- and spacing-insensitive.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim();
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

export interface PhoneValue {
  /** E.164 (`+81368901234`) when the number is valid; else `+` and the digits as written. */
  key: string;
  valid: boolean;
}

/**
 * Phone to E.164. WHOIS writes `+81.368901234` (the ICANN format), JPRS `03-6890-1234` (national,
 * the country implied) or `16502530000` (a country code without `+`). Tried in that order: as
 * international, in the record's country, then with a `+` put in front. Extensions are dropped.
 * @example normalisePhone('03-6890-1234', 'JP') // { key: '+81368901234', valid: true }
 */
export function normalisePhone(raw: string, country?: string): PhoneValue | undefined {
  const text = fold(raw)
    .replace(/^tel:/i, '')
    .replace(/(?<!\s)\s*(ext\.?|x|内線|;ext=)\s*\d+$/i, '')
    .replace(/(\+\d{1,3})\.(\d)/, '$1 $2'); // ICANN "+CC.NNN": the dot is a separator
  const digits = text.replace(/\D/g, '');
  if (digits.length < 6 || digits.length > 17) return undefined;
  const cc = country && /^[A-Za-z]{2}$/.test(country) ? (country.toUpperCase() as CountryCode) : undefined;
  const attempts: [string, CountryCode | undefined][] = [];
  if (text.startsWith('+') || text.startsWith('00')) attempts.push([text.replace(/^00/, '+'), undefined]);
  if (cc) attempts.push([text, cc]);
  attempts.push([`+${digits}`, undefined]);
  for (const [t, c] of attempts) {
    try {
      const p = parsePhoneNumberFromString(t, c);
      if (p && p.isValid()) return { key: p.number, valid: true };
    } catch {
      // libphonenumber throws on some malformed inputs; the next attempt or the digits fallback decides
    }
  }
  return { key: `+${digits}`, valid: false };
}

/**
 * E-mail: lower case, `mailto:` and angle brackets removed, the plus-tag dropped (`a+spam@x` is `a@x`).
 * @example normaliseEmail('Taro.Yamada+whois@Example.JP') // 'taro.yamada@example.jp'
 */
export function normaliseEmail(raw: string): string | undefined {
  const text = fold(raw).replace(/^mailto:/i, '').replace(/^<|>$/g, '').toLowerCase();
  const m = /^([^\s@]+)@([a-z0-9.-]+\.[a-z0-9-]{2,})$/u.exec(text);
  if (!m) return undefined;
  // Without its `+tag` (the local part holds no line break: `.*$` reached the end from the first `+`).
  const plus = m[1]!.indexOf('+');
  const local = plus < 0 ? m[1]! : m[1]!.slice(0, plus);
  return local ? `${local}@${m[2]!.replace(/\.$/, '')}` : undefined;
}

/**
 * Person name: NFKC (full-width Latin and half-width katakana fold), lower case, punctuation
 * dropped; Latin words sorted so `YAMADA, Taro` and `Taro Yamada` meet; CJK names lose their spaces
 * (`山田　太郎` = `山田太郎`), their order being fixed by convention.
 * @example normaliseName('YAMADA,  Taro') === normaliseName('Ｔａｒｏ Yamada') // true
 */
export function normaliseName(raw: string): string | undefined {
  const text = fold(raw).toLowerCase().replace(/[.,;:'"`()\[\]・]/g, ' ').replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  if (CJK.test(text)) return text.replace(/\s+/g, '');
  return text.split(' ').sort().join(' ');
}

const LEGAL_FORMS =
  /\b(inc|incorporated|llc|l l c|ltd|limited|corp|corporation|co|company|gmbh|ag|sa|sarl|srl|bv|nv|plc|kk|k k|pte|pty|oy|ab|as)\b\.?/g;

/** Organisation: like a name, without legal forms (`Example Co., Ltd.` = `EXAMPLE`; `株式会社サンプル` = `サンプル`). */
export function normaliseOrganisation(raw: string): string | undefined {
  let text = fold(raw).toLowerCase();
  text = text.replace(/株式会社|有限会社|合同会社|\(株\)|\(有\)|㈱|㈲/g, ' ');
  text = text.replace(/[.,;:'"`()\[\]]/g, ' ').replace(LEGAL_FORMS, ' ').replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  return CJK.test(text) ? text.replace(/\s+/g, '') : text;
}

export interface AddressParts {
  street?: string[];
  city?: string;
  state?: string;
  postalCode?: string;
  countryCode?: string;
  country?: string;
}

/**
 * Postal address to one comparable key: NFKC, lower case, punctuation and spacing dropped, house
 * numbers kept; `postal|country|street city`. Japanese addresses keep their characters without spaces.
 * @example normaliseAddress({ street: ['1-2-3 Shibuya'], city: 'Shibuya-ku', postalCode: '150-0002', countryCode: 'JP' })
 */
export function normaliseAddress(a: AddressParts): string | undefined {
  const parts = [...(a.street ?? []), a.city, a.state].filter((x): x is string => !!x && !!x.trim());
  if (!parts.length) return undefined;
  const body = parts
    .map((p) => fold(p).toLowerCase().replace(/[.,;:'"`()#]/g, ' ').replace(/[‐‑–—−ー-]/g, '-'))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  const compact = CJK.test(body) ? body.replace(/\s+/g, '') : body;
  const postal = a.postalCode ? fold(a.postalCode).replace(/[\s-]/g, '').toLowerCase() : '';
  const country = (a.countryCode ?? '').toUpperCase();
  return `${postal}|${country}|${compact}`;
}

/** Name server host: lower case, no root dot. */
export function normaliseNameserver(raw: string): string | undefined {
  const h = fold(raw).toLowerCase().replace(/\.$/, '');
  return /^[a-z0-9_-]+(\.[a-z0-9_-]+)+$/.test(h) ? h : undefined;
}

/** Registrar: like an organisation, also without a trailing ` (R123-LRMS)` registry handle. */
export function normaliseRegistrar(raw: string): string | undefined {
  return normaliseOrganisation(raw.replace(/(?<!\s)\s*\([A-Z0-9-]+\)\s*$/i, ''));
}

/** Domain: lower case, IDNA ASCII form (`例え.jp` → `xn--r8jz45g.jp`), no root dot. */
export function normaliseDomain(raw: string): string | undefined {
  const text = fold(raw).toLowerCase().replace(/\.$/, '');
  if (!text || /\s/.test(text)) return undefined;
  try {
    const host = new URL(`http://${text}/`).hostname;
    return /\./.test(host) ? host : undefined;
  } catch {
    return undefined;
  }
}
