import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sniff } from '../magic/index.js';
import { profileXml, signedProfile } from '../test-support/profile-builder.js';
import { appleProfileFacts } from './index.js';

const PROVISIONING = '<?xml version="1.0" encoding="UTF-8"?><plist version="1.0"><dict><key>AppIDName</key><string>X</string><key>DeveloperCertificates</key><array><data>AAAA</data></array><key>Entitlements</key><dict/><key>ProvisionsAllDevices</key><true/><key>TeamName</key><string>Some Team</string></dict></plist>';

test('Apple profiles are recognised by content, bare, signed or binary; other property lists, XML and CMS are not', () => {
  const binary = Buffer.concat([Buffer.from('bplist00'), Buffer.from('\x5bPayloadContent\x5bPayloadType\x5fPayloadIdentifier\x5bPayloadUUID\x5fcom.apple.vpn.managed\x5dConfiguration', 'latin1')]);
  const smimeSignature = Buffer.concat([Buffer.from([0x30, 0x80, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02, 0xa0, 0x80, 0x30, 0x80, 0x02, 0x01, 0x01]), Buffer.alloc(2000, 0x41)]);
  const rows: { name: string; bytes: Uint8Array; kind?: 'configuration' | 'provisioning'; signed?: boolean; types?: string[] }[] = [
    { name: 'XML configuration profile', bytes: Buffer.from(profileXml(['com.apple.mail.managed'])), kind: 'configuration', signed: false, types: ['com.apple.mail.managed'] },
    { name: 'after a byte-order mark and blank lines', bytes: Buffer.from(`\ufeff\n\n${profileXml(['com.apple.caldav.account'])}`), kind: 'configuration', types: ['com.apple.caldav.account'] },
    { name: 'signed (CMS SignedData), takeover payloads first', bytes: signedProfile(['com.apple.carddav.account', 'com.apple.mdm', 'com.apple.security.root']), kind: 'configuration', signed: true, types: ['com.apple.mdm', 'com.apple.security.root', 'com.apple.carddav.account'] },
    { name: 'DER with a definite length', bytes: Buffer.concat([Buffer.from([0x30, 0x82, 0x17, 0xea]), signedProfile(['com.apple.vpn.managed']).subarray(2)]), kind: 'configuration', signed: true, types: ['com.apple.vpn.managed'] },
    { name: 'binary property list', bytes: binary, kind: 'configuration', signed: false, types: ['com.apple.vpn.managed'] },
    { name: 'provisioning profile', bytes: Buffer.from(PROVISIONING), kind: 'provisioning', types: [] },
    // Must not: what merely resembles one.
    { name: 'an S/MIME signature (SignedData without a property list)', bytes: smimeSignature },
    { name: "an app's Info.plist", bytes: Buffer.from('<?xml version="1.0"?><plist version="1.0"><dict><key>CFBundleIdentifier</key><string>com.example.app</string></dict></plist>') },
    { name: 'an XML document that mentions PayloadType but is no property list', bytes: Buffer.from('<?xml version="1.0"?><doc><p>Set PayloadType and PayloadUUID in your profile.</p></doc>') },
    { name: 'a web page about profiles', bytes: Buffer.from('<html><body><plist>PayloadType PayloadUUID</plist></body></html>') },
    { name: 'plain text', bytes: Buffer.from('PayloadType PayloadUUID <plist>') },
    { name: 'empty', bytes: new Uint8Array(0) },
  ];
  for (const row of rows) {
    const facts = appleProfileFacts(row.bytes);
    assert.equal(facts?.kind, row.kind, row.name);
    assert.equal(sniff(row.bytes).kind === 'apple-profile', row.kind !== undefined, `${row.name}: sniffed as ${sniff(row.bytes).kind}`);
    if (row.signed !== undefined) assert.equal(facts?.signed, row.signed, row.name);
    if (row.types) assert.deepEqual(facts?.payloadTypes, row.types, row.name);
  }
});

test('bounded: only the first 64 KiB are read, and a payload list is at most 12 types', () => {
  const many = appleProfileFacts(Buffer.from(profileXml(Array.from({ length: 40 }, (_, i) => `com.example.t${i}`))));
  assert.equal(many?.payloadTypes.length, 12);
  const late = Buffer.concat([Buffer.from('<?xml version="1.0"?><plist><dict><key>Padding</key><string>'), Buffer.alloc(70_000, 0x61), Buffer.from('</string><key>PayloadType</key><key>PayloadUUID</key></dict></plist>')]);
  assert.equal(appleProfileFacts(late), undefined);
});
