/** An XML property list whose payloads have the given types (a configuration profile as Apple's tools write it). */
export function profileXml(types: string[]): string {
  const payloads = types.map((t, i) => `<dict><key>PayloadIdentifier</key><string>org.example.p${i}</string><key>PayloadType</key><string>${t}</string><key>PayloadUUID</key><string>u${i}</string></dict>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0"><dict><key>PayloadContent</key><array>${payloads}</array><key>PayloadDisplayName</key><string>Setup</string><key>PayloadIdentifier</key><string>org.example</string><key>PayloadType</key><string>Configuration</string><key>PayloadUUID</key><string>u</string><key>PayloadVersion</key><integer>1</integer></dict></plist>\n`;
}

/** The same list inside a CMS SignedData envelope (DER, indefinite length, as Apple and cPanel sign profiles). */
export function signedProfile(types: string[]): Buffer {
  const signedData = [0x30, 0x80, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02, 0xa0, 0x80, 0x30, 0x80, 0x02, 0x01, 0x01];
  return Buffer.concat([Buffer.from(signedData), Buffer.from(profileXml(types)), Buffer.from([0x30, 0x82, 0x01, 0x00, 0x00, 0x00])]);
}
