import type { FindingId } from '../../core/finding-ids.js';
import { accountsOnly, isTakeoverPayload } from '../../files/apple-profile/index.js';
import { RAR_NOT_EXTRACTED, type FileReport, type LimitKind } from '../../files/analyze/index.js';
import type { FileKind } from '../../files/magic/index.js';
import type { Finding } from '../types.js';
import { payloadOfAddress } from '../links/lures.js';
import { webPagesOnly } from './internet-shortcut.js';

/**
 * Turns the facts of one analysed attachment (and everything inside it) into findings. Facts were
 * computed once by src/files/analyze; here each fact that matters becomes an id with evidence naming the
 * file by its path (`invoice.zip > FAX_scan.pdf.scr`), so a reader sees exactly which file is meant.
 */

const EXECUTABLE_KINDS: ReadonlySet<FileKind> = new Set(['pe', 'elf', 'macho']);
const DISK_IMAGE_KINDS: ReadonlySet<FileKind> = new Set(['iso', 'udf', 'vhd', 'vhdx']);
const SCRIPT_EXTENSIONS = new Set(['js', 'jse', 'vbs', 'vbe', 'wsf', 'wsh', 'wsc', 'hta', 'ps1', 'psm1', 'psd1', 'bat', 'cmd', 'sct', 'vb', 'ahk', 'au3', 'applescript', 'command', 'sh', 'mht', 'mhtml']);
const LNK_EXTENSIONS = new Set(['lnk', 'url', 'website', 'appref-ms']);
const DISK_IMAGE_EXTENSIONS = new Set(['iso', 'img', 'vhd', 'vhdx']);
const PROFILE_EXTENSIONS = new Set(['mobileconfig', 'mobileprovision']);
const RISKY_EXTENSIONS = new Set(['iqy', 'slk', 'settingcontent-ms', 'library-ms', 'search-ms', 'searchconnector-ms', 'reg', 'inf', 'scf', 'diagcab', 'udl', 'hlp', 'onepkg']);

/** What each extension is expected to contain (magic kinds). Extensions not listed are not judged. */
const EXPECTED_KINDS: Record<string, readonly FileKind[]> = {
  pdf: ['pdf'],
  doc: ['ole', 'rtf', 'html', 'xml', 'zip'],
  dot: ['ole', 'rtf'],
  xls: ['ole', 'html', 'xml', 'text'],
  ppt: ['ole'],
  msg: ['ole'],
  msi: ['ole'],
  docx: ['zip', 'ole'],
  xlsx: ['zip', 'ole'],
  pptx: ['zip', 'ole'],
  docm: ['zip', 'ole'],
  xlsm: ['zip', 'ole'],
  pptm: ['zip', 'ole'],
  odt: ['zip'],
  ods: ['zip'],
  jar: ['zip'],
  mobileconfig: ['apple-profile'],
  mobileprovision: ['apple-profile'],
  zip: ['zip'],
  rar: ['rar'],
  '7z': ['7z'],
  gz: ['gzip'],
  tgz: ['gzip'],
  bz2: ['bzip2'],
  xz: ['xz'],
  tar: ['tar'],
  cab: ['cab'],
  jpg: ['jpeg'],
  jpeg: ['jpeg'],
  png: ['png'],
  gif: ['gif'],
  bmp: ['bmp'],
  tif: ['tiff'],
  tiff: ['tiff'],
  webp: ['webp'],
  exe: ['pe'],
  scr: ['pe'],
  dll: ['pe'],
  cpl: ['pe'],
  com: ['pe', 'unknown', 'text'],
  iso: ['iso', 'udf'],
  img: ['iso', 'udf', 'unknown'],
  vhd: ['vhd'],
  vhdx: ['vhdx'],
  lnk: ['lnk'],
  one: ['onenote'],
  chm: ['chm'],
  rtf: ['rtf'],
  svg: ['svg', 'xml', 'html'],
  txt: ['text', 'script', 'html', 'xml', 'unknown'],
  csv: ['text', 'unknown'],
};

/** Declared MIME types and the kinds that fit them (others: not judged). */
const DECLARED_KINDS: Record<string, readonly FileKind[]> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpeg'],
  'image/jpg': ['jpeg'],
  'image/png': ['png'],
  'image/gif': ['gif'],
  'application/zip': ['zip'],
  'application/x-zip-compressed': ['zip'],
  'application/x-rar-compressed': ['rar'],
  'application/vnd.rar': ['rar'],
  'application/x-gzip': ['gzip'],
  'application/gzip': ['gzip'],
  'application/msword': ['ole', 'rtf', 'html', 'xml', 'zip'],
  'application/vnd.ms-excel': ['ole', 'html', 'xml', 'text', 'zip'],
  'application/rtf': ['rtf'],
  'text/rtf': ['rtf'],
};

/** Kinds whose identification is certain enough to call a mismatch. */
const CERTAIN_KINDS: ReadonlySet<FileKind> = new Set(['apple-profile', 'pe', 'elf', 'macho', 'zip', 'rar', '7z', 'gzip', 'bzip2', 'xz', 'cab', 'iso', 'vhd', 'vhdx', 'ole', 'pdf', 'rtf', 'lnk', 'onenote', 'chm', 'png', 'jpeg', 'gif', 'html', 'svg']);

export interface FindingContext {
  now: Date;
  knownBad: ReadonlySet<string>;
}

/** Whether a file is dangerous to open by itself: a program, script, shortcut, disk image… */
export function isDangerous(r: FileReport): boolean {
  const ext = r.nameFacts.extension;
  return (
    EXECUTABLE_KINDS.has(r.type.kind) ||
    DISK_IMAGE_KINDS.has(r.type.kind) ||
    r.type.kind === 'lnk' ||
    r.type.kind === 'onenote' ||
    r.type.kind === 'chm' ||
    r.type.kind === 'apple-profile' ||
    r.nameFacts.extensionClass === 'executable' ||
    r.nameFacts.extensionClass === 'script' ||
    (r.nameFacts.extensionClass === 'container' && ext !== 'url') ||
    // An internet shortcut that opens something else than web pages (a WebDAV or UNC target, a program by its name).
    (r.internetShortcut !== undefined && LNK_EXTENSIONS.has(ext) && !webPagesOnly(r.internetShortcut.targets)) ||
    (r.remoteFolders?.length ?? 0) > 0 ||
    r.office?.msi === true ||
    r.jar === true
  );
}

const LIMIT_IDS: Record<LimitKind, FindingId> = {
  depth: 'ATTACH_ARCHIVE_LIMIT_DEPTH',
  entries: 'ATTACH_ARCHIVE_LIMIT_ENTRIES',
  files: 'ATTACH_ARCHIVE_LIMIT_ENTRIES',
  'entry-bytes': 'ATTACH_ARCHIVE_LIMIT_BYTES',
  'total-bytes': 'ATTACH_ARCHIVE_LIMIT_BYTES',
  ratio: 'ATTACH_ZIP_BOMB',
  overlap: 'ATTACH_ZIP_BOMB',
  time: 'ATTACH_ARCHIVE_LIMIT_TIME',
};

/** Every finding for one report tree (the report and its descendants). */
export function findingsForReport(root: FileReport, ctx: FindingContext): Finding[] {
  const out: Finding[] = [];
  const visit = (r: FileReport): void => {
    findingsForFile(r, ctx, out);
    r.children.forEach(visit);
  };
  visit(root);
  return out;
}

/**
 * Session 62 (issue 17, helper mal63): archive formats no lister here opens — ACE, ARJ, xz, bzip2 by their magic
 * bytes, LZH/LHA, compress (.z), uuencoded (.uue/.xxe), ALZ, EGG, Zstandard by the name when the bytes are no other known kind. The
 * "shipping documents" and "payment advice" loaders of 2022–2026 ride in exactly these (AWB_7781.lzh, Payment.arj, PO.uue,
 * Invoice.xz), chosen because gateways do not open them either: before, such a file raised no finding at all, and under a carrier's
 * borrowed name the letter ended phishing. What is inside is not known, so no points alone; ATTACH_MALWARE_UNREAD_ARCHIVE weighs it
 * with a sender that is not who it claims or a document lure's words. Only a file that was not opened: no archive facts and no
 * children, or a lister that found nothing but damage (a cabinet's garbage tables: files/cab reads cabinets since session 62).
 */
const UNREAD_ARCHIVE_KINDS = new Set(['ace', 'arj', 'xz', 'bzip2']);
const UNREAD_ARCHIVE_EXTENSIONS = new Set(['lzh', 'lha', 'ace', 'arj', 'cab', 'xz', 'txz', 'bz2', 'tbz', 'z', 'uue', 'xxe', 'alz', 'egg', 'zst']);
function unreadArchiveFormat(r: FileReport): string | undefined {
  if (r.children.length > 0) return undefined;
  // An archive whose lister found no entry at all, only damage (a cabinet — read since session 62's files/cab — whose header and
  // tables are garbage after the magic), was not opened either: what is inside is as unknown as in a format no lister reads.
  if (r.archive) return r.archive.entries === 0 && r.archive.problems.length > 0 ? r.type.label : undefined;
  if (UNREAD_ARCHIVE_KINDS.has(r.type.kind)) return r.type.label;
  const ext = r.nameFacts.extension;
  // Text only for the uuencoded formats (a gzip's unpacked text keeps the archive's own name: `report.z` > `report.z`).
  if (UNREAD_ARCHIVE_EXTENSIONS.has(ext) && (r.type.kind === 'unknown' || (r.type.kind === 'text' && (ext === 'uue' || ext === 'xxe')))) return `.${ext} archive`;
  return undefined;
}

/** The names an app package gives its manifest at the archive's root (a package's, a bundle's). */
const APP_MANIFESTS = new Set(['appxmanifest.xml', 'appxbundlemanifest.xml', 'appxmetadata/appxbundlemanifest.xml']);
const APP_PACKAGE_EXTENSIONS = new Set(['msix', 'appx', 'msixbundle', 'appxbundle']);
/**
 * What makes `r` a Windows app package, or undefined: an archive named as a package whose entries hold the manifest, or a file
 * named .appinstaller (an XML file naming the package to fetch and install). The manifest without the name is a developer's
 * build output in a zip; the name without the manifest is ATTACH_EXECUTABLE_NAME's.
 */
function appPackageOf(r: FileReport): string | undefined {
  const ext = r.nameFacts.extension;
  if (ext === 'appinstaller') return 'App Installer file (.appinstaller)';
  if (!APP_PACKAGE_EXTENSIONS.has(ext) || !r.archive) return undefined;
  const manifest = r.children.find((c) => APP_MANIFESTS.has(c.name.toLowerCase()));
  return manifest ? `.${ext} app package (${manifest.name})` : undefined;
}

/** Flattens a report tree. */
export function allFiles(root: FileReport): FileReport[] {
  const out: FileReport[] = [];
  const stack = [root];
  while (stack.length) {
    const r = stack.pop()!;
    out.push(r);
    stack.push(...r.children);
  }
  return out;
}

function findingsForFile(r: FileReport, ctx: FindingContext, out: Finding[]): void {
  const add = (id: FindingId, detail: string, data?: Record<string, unknown>): void => {
    out.push({ id, evidence: `${r.path}: ${detail}`, data: { file: r.path, ...(r.hashes ? { sha256: r.hashes.sha256 } : {}), ...data } });
  };
  const { nameFacts: name, type } = r;
  const ext = name.extension;

  // Content types.
  if (EXECUTABLE_KINDS.has(type.kind)) add('ATTACH_EXECUTABLE', type.label, { kind: type.kind });
  // An internet shortcut that only opens web pages is a bookmark (internet-shortcut.ts), at any depth; one that opens
  // anything else says what.
  const shortcut = r.internetShortcut?.targets;
  if (type.kind === 'lnk') add('ATTACH_LNK', type.label);
  else if (LNK_EXTENSIONS.has(ext) && !(shortcut && webPagesOnly(shortcut))) {
    if (shortcut?.length) add('ATTACH_LNK', `.${ext} shortcut opening ${shortcut.slice(0, 2).map((t) => JSON.stringify(t.slice(0, 120))).join(', ')}`, { targets: shortcut.slice(0, 4) });
    else add('ATTACH_LNK', `.${ext} file`);
  }
  if (DISK_IMAGE_KINDS.has(type.kind)) add('ATTACH_DISK_IMAGE', type.label);
  else if (DISK_IMAGE_EXTENSIONS.has(ext)) add('ATTACH_DISK_IMAGE', `.${ext} file`);
  if (type.kind === 'onenote' || ext === 'one') add('ATTACH_ONENOTE', type.kind === 'onenote' ? type.label : '.one file');
  if (type.kind === 'chm' || ext === 'chm') add('ATTACH_CHM', type.kind === 'chm' ? type.label : '.chm file');
  if (r.office?.msi) add('ATTACH_MSI', 'Windows Installer database');
  // Session 64 (issue 17, helper mal65): the MSIX/AppX installers — a zip whose root holds the app's manifest, under an app
  // package's name — and the App Installer file that names one to fetch: before, only the name's ATTACH_EXECUTABLE_NAME (3) read
  // them, and a lone "VPNClient.msix" from free mail ended spam.
  const appPackage = appPackageOf(r);
  if (appPackage) add('ATTACH_APP_PACKAGE', appPackage);
  if (r.jar || ((ext === 'jar' || ext === 'apk') && r.unavailable)) add('ATTACH_JAR', r.jar ? (ext === 'apk' ? 'Android package (zip)' : 'zip with META-INF/MANIFEST.MF') : `.${ext} file`);
  // Session 60 (draw17d): a configuration profile that only adds mail, calendar or contacts accounts or a web clip is a credential
  // lure's carrier (ATTACH_APPLE_PROFILE_ACCOUNTS, phishing); every other profile — device management, a root certificate, VPN,
  // proxy or DNS, any other payload, a provisioning profile, or one whose payloads were not read — stays ATTACH_APPLE_PROFILE.
  if (type.kind === 'apple-profile' || PROFILE_EXTENSIONS.has(ext)) {
    const id = r.appleProfile && accountsOnly(r.appleProfile) ? 'ATTACH_APPLE_PROFILE_ACCOUNTS' : 'ATTACH_APPLE_PROFILE';
    add(id, describeProfile(r), { ...(r.appleProfile ? { profile: r.appleProfile.kind, payloadTypes: r.appleProfile.payloadTypes } : {}) });
  }

  // Names.
  if (name.extensionClass === 'executable' && ext !== 'jar' && ext !== 'msi') add('ATTACH_EXECUTABLE_NAME', `.${ext}`);
  else if (ext === 'msi' && !r.office?.msi) add('ATTACH_EXECUTABLE_NAME', '.msi');
  if (SCRIPT_EXTENSIONS.has(ext) || (type.kind === 'script' && name.extensionClass !== 'document' && name.extensionClass !== 'other')) add('ATTACH_SCRIPT', `.${ext || type.kind} script`);
  if (RISKY_EXTENSIONS.has(ext)) add('ATTACH_RISKY_TYPE', `.${ext}`);
  const unread = unreadArchiveFormat(r);
  if (unread) add('ATTACH_ARCHIVE_UNREAD', `${unread}, not opened: its contents were not checked`, { format: unread });
  if (r.remoteFolders?.length) add('ATTACH_REMOTE_FOLDER', `opens ${r.remoteFolders.slice(0, 2).map((l) => JSON.stringify(l.slice(0, 120))).join(', ')} as a local folder`, { locations: r.remoteFolders.slice(0, 4) });
  if (name.doubleExtension) add('ATTACH_DOUBLE_EXTENSION', `.${name.doubleExtension.decoy}.${name.doubleExtension.real}`, { ...name.doubleExtension });
  if (name.spaceRun) add('ATTACH_NAME_SPACES', `${name.spaceRun} blanks before ".${ext}"`);
  if (name.bidiControls.length > 0) add('ATTACH_NAME_RTLO', `${name.bidiControls.join(', ')}${name.displayedAs ? `; shown as "${name.displayedAs}"` : ''}`);
  if (name.lookalikeExtension) add('ATTACH_NAME_LOOKALIKE_EXTENSION', `".${name.lookalikeExtension.written}" reads as ".${name.lookalikeExtension.readAs}"`);

  // Type versus name and declared type.
  if (!r.unavailable && CERTAIN_KINDS.has(type.kind)) {
    const expected = EXPECTED_KINDS[ext];
    if (expected && !expected.includes(type.kind)) add('ATTACH_TYPE_MISMATCH', `".${ext}" is ${type.label}`, { extension: ext, kind: type.kind });
    const declared = r.declaredType ? DECLARED_KINDS[r.declaredType] : undefined;
    if (declared && !declared.includes(type.kind)) add('ATTACH_DECLARED_TYPE_MISMATCH', `declared ${r.declaredType}, is ${type.label}`);
  }

  // Archives.
  const a = r.archive;
  if (a) {
    const dangerous = r.children.filter(isDangerous);
    for (const d of dangerous.slice(0, 10)) add('ATTACH_ARCHIVE_WITH_DANGEROUS', `contains ${d.name} (${d.type.kind !== 'unknown' ? d.type.label : `.${d.nameFacts.extension}`})`, { inner: d.path });
    // Encryption counts for what it hides: once the body's password opened every entry, the contents were analysed like any
    // archive's and speak for themselves (Japanese business mail sends its documents so, "PPAP"; ATTACH_ARCHIVE_PASSWORD_IN_BODY
    // still says the password was in the mail). A compressed RAR entry is listed only, encrypted or not: once the archive's
    // check value confirmed the body's password, its encryption hides nothing more than its compression does.
    const opened = a.openedWith !== undefined && r.children.every((c) => c.unavailable === undefined || c.unavailable === RAR_NOT_EXTRACTED);
    if (a.encryptedEntries.length > 0 && !opened) add('ATTACH_ARCHIVE_ENCRYPTED', `${a.encryptedEntries.length} encrypted entr${a.encryptedEntries.length === 1 ? 'y' : 'ies'} (${a.encryptedEntries.slice(0, 3).join(', ')})`);
    if (a.headersEncrypted) add('ATTACH_ARCHIVE_HEADERS_ENCRYPTED', `${a.format} with encrypted headers`);
    for (const t of a.traversal.slice(0, 5)) add('ATTACH_ARCHIVE_PATH_TRAVERSAL', `entry "${t}"`);
    if (a.problems.length > 0) add('ATTACH_ARCHIVE_MALFORMED', a.problems.slice(0, 3).join('; '));
  }
  for (const hit of r.limits) add(LIMIT_IDS[hit.kind], hit.detail, { limit: hit.kind });
  for (const e of r.errors) add('ATTACH_ANALYSIS_ERROR', e);

  // Executables.
  const pe = r.pe;
  if (pe) {
    if (pe.problems.length > 0) add('ATTACH_PE_MALFORMED', pe.problems.slice(0, 3).join('; '));
    if (pe.packing.length > 0) add('ATTACH_PE_PACKED', pe.packing.slice(0, 3).join('; '));
    if (pe.notableImports.length > 0) add('ATTACH_PE_SUSPICIOUS_IMPORTS', pe.notableImports.slice(0, 6).join(', '), { imports: pe.notableImports });
    if (pe.timestamp !== undefined && pe.problems.length === 0) {
      if (pe.timestamp === 0) add('ATTACH_PE_TIMESTAMP', 'build time is zero');
      else if (pe.timestamp * 1000 > ctx.now.getTime() + 86_400_000) add('ATTACH_PE_TIMESTAMP', `build time ${new Date(pe.timestamp * 1000).toISOString()} is in the future`);
    }
    if (pe.overlaySize >= 1024) add('ATTACH_PE_OVERLAY', `${pe.overlaySize} bytes after the last section`);
  }

  // Office.
  const office = r.office;
  if (office) {
    if (office.hasVbaProject || office.macroModules.length > 0) add('ATTACH_MACRO', office.macroModules.length ? `VBA modules ${office.macroModules.slice(0, 5).join(', ')}${office.macroModules.length > 5 ? ', …' : ''}` : 'VBA project');
    const m = office.macros;
    if (m && m.autoExec.length > 0) add('ATTACH_MACRO_AUTOEXEC', m.autoExec.join(', '));
    if (m && m.suspicious.length > 0) add('ATTACH_MACRO_SUSPICIOUS', m.suspicious.slice(0, 8).join(', '), { calls: m.suspicious, urls: m.urls });
    if (m && m.autoExec.length > 0 && m.suspicious.length > 0) add('ATTACH_MACRO_MALICIOUS', `${m.autoExec[0]} runs ${m.suspicious.slice(0, 4).join(', ')}`);
    for (const s of office.xlmSheets.slice(0, 5)) add('ATTACH_XLM_MACRO', `macro sheet "${s.name}"${s.state !== 'visible' && s.state !== 'unknown' ? ` (${s.state})` : ''}`);
    for (const rel of office.externalRelationships) {
      if (/^(attachedTemplate|oleObject|frame|subDocument)$/i.test(rel.type) && /^(https?:|\\\\|file:|mhtml:|ms-\w+:)/i.test(rel.target.trim())) add('ATTACH_REMOTE_TEMPLATE', `${rel.type} → ${rel.target}`, { target: rel.target });
    }
    if (office.encrypted) add('ATTACH_OFFICE_ENCRYPTED', 'EncryptedPackage ([MS-OFFCRYPTO])');
  }

  // RTF.
  if (r.rtf && (r.rtf.objects > 0 || r.rtf.objdata > 0)) {
    const what = [`${r.rtf.objects} \\object`, `${r.rtf.objdata} \\objdata`, ...r.rtf.classes.map((c) => `class ${c}`)].join(', ');
    add('ATTACH_RTF_OBJECT', what);
    if (r.rtf.autoUpdate || r.rtf.embeddedClassHints.some((h) => h === 'Equation.3' || h === 'OLE2Link') || r.rtf.classes.some((c) => /^Equation/i.test(c))) {
      add('ATTACH_RTF_EXPLOIT', [r.rtf.autoUpdate ? '\\objupdate' : '', ...r.rtf.embeddedClassHints].filter(Boolean).join(', '));
    }
  }
  // Session 43: RTF's template injection (`{\\*\\template http://…}`), the same fetch-on-open as OOXML's external attachedTemplate.
  if (r.rtf?.remoteTemplate) add('ATTACH_REMOTE_TEMPLATE', `\\template → ${r.rtf.remoteTemplate}`, { target: r.rtf.remoteTemplate });

  // PDF.
  const pdf = r.pdf;
  if (pdf) {
    const n = pdf.names;
    if (n.JavaScript || n.JS) add('ATTACH_PDF_JAVASCRIPT', pdf.javascript[0] ? `/JS ${JSON.stringify(pdf.javascript[0].slice(0, 80))}` : `/JavaScript ×${(n.JavaScript ?? 0) + (n.JS ?? 0)}`);
    if (n.OpenAction || n.AA) add('ATTACH_PDF_AUTO_ACTION', [n.OpenAction ? '/OpenAction' : '', n.AA ? '/AA' : ''].filter(Boolean).join(', '));
    if (n.Launch) add('ATTACH_PDF_LAUNCH', pdf.launchTargets[0] ? `/Launch ${pdf.launchTargets[0]}` : '/Launch');
    if (n.EmbeddedFile || n.EmbeddedFiles) add('ATTACH_PDF_EMBEDDED_FILE', pdf.embeddedFileNames.length ? pdf.embeddedFileNames.slice(0, 3).join(', ') : '/EmbeddedFile');
    if (pdf.obfuscatedNames.length > 0) add('ATTACH_PDF_OBFUSCATED_NAMES', pdf.obfuscatedNames.map((x) => `/${x}`).join(', '));
    if (pdf.uris.length > 0) add('ATTACH_PDF_URI', pdf.uris.slice(0, 3).join(', '), { uris: pdf.uris });
    // Encrypted: locked (nothing of it could be read, and why), or opened — with no password (an owner password only) or the
    // letter's — and then judged by its content like any PDF; which one opened it is the analyst's fact.
    const enc = pdf.encryption;
    if (pdf.encrypted && !enc?.opened) add('ATTACH_PDF_ENCRYPTED', enc ? `/Encrypt${enc.revision ? ` (R${enc.revision}${enc.cipher ? `, ${enc.cipher}` : ''})` : ''}: ${enc.reason ?? 'locked'}` : '/Encrypt');
    else if (pdf.encrypted && enc) add('ATTACH_PDF_DECRYPTED', `${enc.openedWith === 'letter' ? `opened with the letter's password ${JSON.stringify(enc.password ?? '')}${enc.asOwner ? ' (as its owner password)' : ''}` : 'opened with no password (an owner password only)'}; R${enc.revision}, ${enc.cipher} ${enc.keyBits}-bit`, { openedWith: enc.openedWith ?? null, revision: enc.revision, cipher: enc.cipher });
  }

  // HTML and SVG.
  const html = r.html;
  if (html) {
    if (html.smuggling) add('ATTACH_HTML_SMUGGLING', html.smugglingMarkers.join(', '));
    const forms = html.credentialForms;
    if (forms.length > 0) add('ATTACH_HTML_CREDENTIAL_FORM', forms.some((f) => /^https?:/i.test(f)) ? `password form posts to ${forms.find((f) => /^https?:/i.test(f))}` : html.scriptPostsCredentials ? 'password form sent by script' : 'password form');
    // An image has no business sending the browser anywhere: an SVG whose script navigates to an address it computes redirects,
    // even when the address cannot be read (an HTML page's script may compute a link for many reasons; it needs the address).
    if (html.redirects.length > 0) add('ATTACH_HTML_REDIRECT', `to ${html.redirects[0]}`);
    else if (html.computedNavigation && (type.kind === 'svg' || ext === 'svg')) add('ATTACH_HTML_REDIRECT', 'to an address its script computes');
    // Session 64 (issue 17, helper mal65): a redirect straight to a program, script or archive by its address — the page is the
    // downloader ("Factura_2291.html" in Factura_2291.zip → …/Factura.zip). Read here, at any depth: the links family reads only
    // the message's own attachments, so an HTML page inside an archive was a phishing redirect at most, and the letter spam.
    for (const target of html.redirects) {
      // A link marked `download` is the page's link, not its navigation: ATTACH_MALWARE_HTML_PAYLOAD_LINK weighs those with the sender.
      if (html.downloadAnchors?.includes(target)) continue;
      const payload = payloadOfAddress(target);
      if (payload === undefined) continue;
      add('ATTACH_HTML_PAYLOAD_REDIRECT', `to ${payload.slice(0, 80)}: ${target.slice(0, 160)}`, { href: target.slice(0, 300), payload: payload.slice(0, 200) });
      break;
    }
    if (html.obfuscation.length > 0) add('ATTACH_HTML_OBFUSCATED', html.obfuscation.join(', '));
    if ((type.kind === 'svg' || ext === 'svg') && html.scripts > 0) add('ATTACH_SVG_SCRIPT', `${html.scripts} script element(s) or handlers`);
    // The paste-and-run page ("ClickFix"): the command it copies is the strong sign; its instructions alone, the weaker one.
    if (html.clipboardCommand) add('ATTACH_HTML_CLIPBOARD_COMMAND', `copies ${JSON.stringify(html.clipboardCommand.slice(0, 160))}`, { command: html.clipboardCommand, ...(html.pasteAndRun ? { stretch: html.pasteAndRun } : {}) });
    else if (html.pasteAndRun) add('ATTACH_HTML_PASTE_AND_RUN', `"${html.pasteAndRun}"`, { stretch: html.pasteAndRun });
  }

  // Known-bad hashes.
  if (r.hashes && ctx.knownBad.size > 0) {
    const hit = [r.hashes.md5, r.hashes.sha1, r.hashes.sha256].find((h) => ctx.knownBad.has(h));
    if (hit) add('ATTACH_KNOWN_BAD_HASH', hit);
  }
}

/** Evidence for a profile: what it is, what it is named when the name hides it, and what it installs. */
function describeProfile(r: FileReport): string {
  const p = r.appleProfile;
  if (!p) return r.type.kind === 'apple-profile' ? r.type.label : `.${r.nameFacts.extension} file`;
  const what = `Apple ${p.kind} profile${p.signed ? ' (signed)' : ''}`;
  const ext = r.nameFacts.extension;
  const named = PROFILE_EXTENSIONS.has(ext) ? '' : ext ? ` named ".${ext}"` : ' named without an extension';
  const takeover = p.payloadTypes.filter(isTakeoverPayload);
  const installs = p.payloadTypes.length ? `; installs ${p.payloadTypes.slice(0, 6).join(', ')}${p.payloadTypes.length > 6 ? ', …' : ''}` : p.kind === 'provisioning' ? '; lets apps of its signer run' : '';
  return `${what}${named}${installs}${takeover.length ? ` (hands over the device or its traffic: ${takeover.join(', ')})` : ''}`;
}
