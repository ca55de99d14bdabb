/**
 * Apple configuration profiles (`.mobileconfig`) and provisioning profiles (`.mobileprovision`). Opened on an
 * iPhone or a Mac, a configuration profile installs what its payloads say — a mail, CalDAV or CardDAV account on
 * someone's server, a VPN, a proxy, DNS settings, a root certificate, device management (MDM) — and a provisioning
 * profile lets apps signed by a stranger's team run. Both are property lists, bare (XML or binary) or wrapped in a
 * CMS SignedData envelope (RFC 5652; Apple's tools and cPanel sign them), and the operating system recognises them by
 * content: mail carries them named `ATT0718…`, `Document2025…` or `caldav-….ics`.
 */

/** What a profile installs, as far as its first bytes tell. */
export interface AppleProfileFacts {
  kind: 'configuration' | 'provisioning';
  /** Inside a CMS SignedData envelope. */
  signed: boolean;
  /** Payload types it installs (`com.apple.mail.managed`, `com.apple.mdm` …), unique, at most 12; not `Configuration` itself. */
  payloadTypes: string[];
}

/** Bytes read to recognise and describe a profile: real ones are a few KiB; the payload list comes first. */
export const PROFILE_SCAN_BYTES = 64 * 1024;

// RFC 5652 §5.1: ContentInfo with contentType id-signedData (1.2.840.113549.1.7.2), DER-encoded.
const SIGNED_DATA_OID = [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02];

/**
 * Payload types that hand over the device or its traffic, named in evidence first: enrolment in someone's device
 * management, trust in their certificate, their VPN, proxy or DNS.
 */
const TAKEOVER_PAYLOADS = /^com\.apple\.(?:mdm|security\.(?:root|pkcs1|pem|pkcs12)|vpn\.managed|proxy\.http\.global|dnsSettings\.managed|dnsProxy\.managed|webcontent-filter|relay\.managed)/;

function startsWith(b: Uint8Array, sig: readonly number[], at: number): boolean {
  if (b.length < at + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (b[at + i] !== sig[i]) return false;
  return true;
}

/** Whether `b` starts with a DER SEQUENCE holding id-signedData (definite or indefinite length). */
function isSignedData(b: Uint8Array): boolean {
  if (b[0] !== 0x30 || b.length < 16) return false;
  const lengthByte = b[1]!;
  const at = lengthByte === 0x80 || lengthByte < 0x80 ? 2 : 2 + (lengthByte & 0x7f);
  return at <= 6 && startsWith(b, SIGNED_DATA_OID, at);
}

function isBinaryPlist(b: Uint8Array): boolean {
  return startsWith(b, [0x62, 0x70, 0x6c, 0x69, 0x73, 0x74, 0x30], 0); // "bplist0"
}

function latin1(b: Uint8Array, max: number): string {
  return Buffer.from(b.buffer, b.byteOffset, Math.min(b.length, max)).toString('latin1');
}

/** The profile kind the keys of a property list's text show, if any (keys are plain ASCII in XML and binary lists). */
function kindFromKeys(text: string, xml: boolean): AppleProfileFacts['kind'] | undefined {
  if (xml && !text.includes('<plist')) return undefined;
  if (text.includes('PayloadType') && (text.includes('PayloadIdentifier') || text.includes('PayloadUUID'))) return 'configuration';
  if (text.includes('ProvisionedDevices') || text.includes('ProvisionsAllDevices') || (text.includes('DeveloperCertificates') && text.includes('Entitlements'))) return 'provisioning';
  return undefined;
}

/**
 * Whether `bytes` are an Apple configuration or provisioning profile (for the file-type sniffer): a CMS SignedData
 * envelope, a binary property list, or an XML document, whose property list has a profile's keys.
 * @example isAppleProfile(Buffer.from('<?xml version="1.0"?><plist><dict><key>PayloadType</key><string>Configuration</string><key>PayloadUUID</key>…'))
 */
export function isAppleProfile(bytes: Uint8Array): boolean {
  return appleProfileKind(bytes) !== undefined;
}

function appleProfileKind(b: Uint8Array): { kind: AppleProfileFacts['kind']; signed: boolean; text: string } | undefined {
  const signed = isSignedData(b);
  const binary = !signed && isBinaryPlist(b);
  if (!signed && !binary) {
    // XML: only a document that says it is one (after a byte-order mark or blanks) is read further.
    let i = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
    while (i < 64 && i < b.length && (b[i] === 0x20 || b[i] === 0x09 || b[i] === 0x0a || b[i] === 0x0d)) i++;
    if (b[i] !== 0x3c) return undefined; // "<"
    const head = latin1(b.subarray(i, i + 16), 16).toLowerCase();
    if (!head.startsWith('<?xml') && !head.startsWith('<!doctype plist') && !head.startsWith('<plist')) return undefined;
  }
  const text = latin1(b, PROFILE_SCAN_BYTES);
  const kind = kindFromKeys(text, !binary);
  return kind ? { kind, signed, text } : undefined;
}

const PAYLOAD_TYPE_XML = /<key>\s*PayloadType\s*<\/key>\s*<string>\s*([\w.-]{1,100})\s*<\/string>/g;
const APPLE_IDENTIFIER = /com\.apple\.[A-Za-z0-9.-]{2,60}/g;

/**
 * Describes a profile, or undefined when `bytes` are not one. Reads at most PROFILE_SCAN_BYTES.
 * @example appleProfileFacts(profileBytes)?.payloadTypes // ['com.apple.mail.managed']
 */
export function appleProfileFacts(bytes: Uint8Array): AppleProfileFacts | undefined {
  const found = appleProfileKind(bytes);
  if (!found) return undefined;
  const types = new Set<string>();
  if (found.kind === 'configuration') {
    PAYLOAD_TYPE_XML.lastIndex = 0;
    for (let m = PAYLOAD_TYPE_XML.exec(found.text); m && types.size < 12; m = PAYLOAD_TYPE_XML.exec(found.text)) if (m[1] !== 'Configuration') types.add(m[1]!);
    // A binary list keeps keys and values in separate tables: the Apple payload identifiers it names are what it installs.
    if (types.size === 0) for (const m of found.text.matchAll(APPLE_IDENTIFIER)) if (types.size < 12) types.add(m[0].replace(/\.+$/, ''));
  }
  const payloadTypes = [...types].sort((a, b) => Number(TAKEOVER_PAYLOADS.test(b)) - Number(TAKEOVER_PAYLOADS.test(a)));
  return { kind: found.kind, signed: found.signed, payloadTypes };
}

/** Whether a payload type hands over the device or its traffic (device management, a trusted certificate, VPN, proxy, DNS). */
export function isTakeoverPayload(type: string): boolean {
  return TAKEOVER_PAYLOADS.test(type);
}

/**
 * Session 60 (helper draw17d, the class decision asked by session 59's lead): payload types that only add an account on a server or
 * a home-screen web clip — mail (IMAP/POP and SMTP), Exchange, CalDAV, CardDAV, LDAP, a subscribed calendar, a web clip. Installed,
 * such a profile hands over neither the device nor its traffic: it points the mail or calendar app, or an icon, at someone's server,
 * where the reader types a password. In a lure it is the credential lure's carrier (block the landing, look for who signed in), not
 * malware's; the honeypot's are a hijacked cPanel host's own client set-up profiles (mail, CalDAV, CardDAV) beside sign-in lures.
 */
const ACCOUNT_PAYLOADS = new Set([
  'com.apple.mail.managed', 'com.apple.eas.account', 'com.apple.caldav.account', 'com.apple.carddav.account', 'com.apple.ldap.account',
  'com.apple.subscribedcalendar.account', 'com.apple.webClip.managed',
]);

/**
 * Whether a profile is a configuration profile whose every payload (at least one read) only adds an account or a web clip (see
 * ACCOUNT_PAYLOADS). A provisioning profile, a profile whose payloads were not read, or one with any other payload is not.
 */
export function accountsOnly(facts: AppleProfileFacts): boolean {
  return facts.kind === 'configuration' && facts.payloadTypes.length > 0 && facts.payloadTypes.every((t) => ACCOUNT_PAYLOADS.has(t));
}
