/**
 * Field maps: what a normalised WHOIS key means. One table for every registry; a key is matched
 * whole (after ./lines.ts `normaliseKey`), so `registrant phone` and `[電話番号]` inside JPRS's contact
 * section land on the same field. Adding a registry's spelling is adding an alternative here.
 */
import type { ContactField, ContactRole } from '../record/types.js';

export type DomainField =
  | 'domain'
  | 'domainId'
  | 'registrar'
  | 'registrarId'
  | 'registrarUrl'
  | 'referralWhois'
  | 'created'
  | 'updated'
  | 'expires'
  | 'nameserver'
  | 'status';

const DOMAIN_MAP: [RegExp, DomainField][] = [
  [/^(domain|domain name|domain name ascii|domainname|ドメイン名|dominio|nom de domaine|query|domain name idn|nombre de dominio|domain information domain name|complete domain name)$/, 'domain'],
  [/^(registry domain id|domain id|roid|domain handle|domain roid|registry id)$/, 'domainId'],
  [/^(registrar|registrar name|sponsoring registrar|sponsoring registrar organization|registrar organization|registrar organisation|registration service provider|registrar of record|registrar company|authorized agency|registrar handle|sponsoring registrar name|registrar tag)$/, 'registrar'],
  [/^(registrar iana id|sponsoring registrar iana id|registrar id|sponsoring registrar id)$/, 'registrarId'],
  [/^(registrar url|referral url|registrar website|registrar web|registrar homepage|registrar url registration services)$/, 'registrarUrl'],
  [/^(registrar whois server|whois server|referral whois|registrar whois)$/, 'referralWhois'],
  [/^(creation date|created|created on|created at|created date|registered|registered on|registered date|registration date|registration time|domain registration date|登録年月日|record created|record created on|domain create date|create date|commencement date|activated|activation date|domain created|registration|creation|first registered|domain record activated|registration date and time|created date and time|reg date|domain name commencement date|fecha de registro|data de registro|date de creation|entry created|registrado em|date registered|created time|registered at)$/, 'created'],
  [/^(updated date|update date|updated|last updated|last updated on|last updated date|last modified|modified|changed|最終更新|last update|domain last updated date|record last updated on|updated on|last changed|modified date|last modification date|domain record last updated|last updated at|alterado|date de derniere modification|last update date|fecha de ultima actualizacion|record updated|domain updated)$/, 'updated'],
  [/^(expiration date|expiry date|expires|expires on|expire date|expire|expiry|registry expiry date|registrar registration expiration date|有効期限|paid till|renewal date|valid until|record expires on|domain expiration date|expiration time|expires at|free date|fecha de vencimiento|expiration|domain expires|date of expiry|registry expiration date|exp date|renewal|validity|expira|expires date)$/, 'expires'],
  [/^(name server|name servers|nameserver|nameservers|nserver|ns|ns\d+|dns|dns servers?|ネームサーバ|host name|hostname|name server \d+|nameserver \d+|dns \d+|primary server|secondary server|domain servers in listed order|domain nameservers|name servers information|servidor dns|nameservers dns|dns name servers?|server name|nsset nserver)$/, 'nameserver'],
  [/^(status|domain status|state|状態|registration status|registry status|estado|domain state|ロック状態|eppstatus)$/, 'status'],
];

/** Role words at the start of a key (`registrant phone`, `admin contact email`, `tech c`) or as a section name. */
const ROLE_PREFIX =
  /^(registrant contact|registrant|holder contact|holder|domain holder|owner contact|owner|admin contact|administrative contact|administrative|admin|technical contact|tech contact|technical|tech|billing contact|billing|zone contact|zone|registrar|abuse contact|abuse|登録者|公開連絡窓口|contact information)(?: (.*))?$/;

const ROLE_OF: Record<string, ContactRole> = {
  'registrant contact': 'registrant', registrant: 'registrant', 'holder contact': 'registrant', holder: 'registrant',
  'domain holder': 'registrant', 'owner contact': 'registrant', owner: 'registrant', 登録者: 'registrant',
  'admin contact': 'admin', 'administrative contact': 'admin', administrative: 'admin', admin: 'admin',
  'technical contact': 'tech', 'tech contact': 'tech', technical: 'tech', tech: 'tech',
  'billing contact': 'billing', billing: 'billing', 'zone contact': 'tech', zone: 'tech',
  registrar: 'registrar', 'abuse contact': 'abuse', abuse: 'abuse',
  公開連絡窓口: 'public', 'contact information': 'public',
};

const SUB_MAP: [RegExp, ContactField][] = [
  [/^(name|contact name|full name|person|contact|名前|氏名|contact person|nom|nombre|nome|名|names?)$/, 'name'],
  [/^(organization|organisation|organization name|organisation name|org|company|company name|組織名|organization ja|organizacion|organizacao|entidade|société|societe)$/, 'organization'],
  [/^(street|street\d?|street \d+|address|address line|address line \d+|address \d+|street address|addr|住所|postal address|adresse|direccion|endereco|street1|street2|street3)$/, 'street'],
  [/^(city|locality|town|ciudad|cidade|ville)$/, 'city'],
  [/^(state|province|state province|region|county|state or province|provincia|estado|prefecture)$/, 'state'],
  [/^(postal code|postalcode|post code|postcode|zip|zip code|zipcode|郵便番号|codigo postal|cep|code postal|postal)$/, 'postalCode'],
  [/^(country code|countrycode|cc)$/, 'countryCode'],
  [/^(country|pais|pays)$/, 'country'],
  [/^(phone|phone number|telephone|telephone number|tel|voice|電話番号|phone no|phone ext|telefono|telefone|telephone no)$/, 'phone'],
  [/^(fax|fax number|fax no|facsimile|fax番号|fax ext|fax telephone)$/, 'fax'],
  [/^(e mail|email|email address|e mail address|mail|電子メール|メールアドレス|correo electronico)$/, 'email'],
  [/^(id|handle|contact id|contactid|nic hdl|nic handle|registry id|contact handle)$/, 'handle'],
];

/** Keys that name a contact by handle (RIPE-style `admin-c`, JPRS `[Administrative Contact] TY20986JP`). */
const HANDLE_REF: [RegExp, ContactRole][] = [
  [/^(holder c|registrant c|owner c|holder contact id|registrant id|registrant handle)$/, 'registrant'],
  [/^(admin c|administrative contact id|admin id|admin handle|登録担当者)$/, 'admin'],
  [/^(tech c|technical contact id|tech id|tech handle|技術連絡担当者)$/, 'tech'],
  [/^(billing c|billing id|billing handle)$/, 'billing'],
  [/^(zone c)$/, 'tech'],
];

export function domainFieldOf(key: string): DomainField | undefined {
  for (const [re, f] of DOMAIN_MAP) if (re.test(key)) return f;
  return undefined;
}

export function contactFieldOf(sub: string): ContactField | undefined {
  for (const [re, f] of SUB_MAP) if (re.test(sub)) return f;
  return undefined;
}

export function roleOf(section: string): ContactRole | undefined {
  const m = ROLE_PREFIX.exec(section);
  if (!m) {
    if (/^(technical contacts|admin contacts|administrative contacts)$/.test(section)) return section.startsWith('tech') ? 'tech' : 'admin';
    return undefined;
  }
  return ROLE_OF[m[1]!];
}

/**
 * `registrant phone` → registrant.phone; `registry registrant id` → registrant.handle; `登録者名` →
 * registrant.name; `registrant` alone → registrant.name (thin layouts name only the holder).
 */
export function roleKeyOf(key: string): { role: ContactRole; field: ContactField } | undefined {
  const reg = /^registry (registrant|admin|tech|billing) id$/.exec(key);
  if (reg) return { role: ROLE_OF[reg[1]!]!, field: 'handle' };
  if (key === '登録者名') return { role: 'registrant', field: 'name' };
  const m = ROLE_PREFIX.exec(key);
  if (!m) return undefined;
  const role = ROLE_OF[m[1]!]!;
  const rest = m[2];
  if (!rest) return role === 'registrar' || role === 'public' ? undefined : { role, field: 'name' };
  // `registrant contact email`, `registrant contact organisation`
  const sub = rest.replace(/^contact /, '');
  const field = contactFieldOf(sub);
  return field ? { role, field } : undefined;
}

export function handleRefOf(key: string): ContactRole | undefined {
  for (const [re, r] of HANDLE_REF) if (re.test(key)) return r;
  return undefined;
}

/** Keys of a RIPE-style contact object that carry its handle. */
export const HANDLE_KEYS = /^(nic hdl|handle|contact id|contactid|nic handle|contact handle)$/;
