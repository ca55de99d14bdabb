import { lazyRegExp } from '../../mail/lazy-regexp.js';

/**
 * Session 55 (issue 17, helper det55): the update to a newer version the letter asks for, in its opening — "To access this new suite
 * of tools … you must update to the latest version of Ledger Live", "aktualisieren Sie auf die neueste Version", "mettez à jour vers
 * la dernière version", "actualice a la última versión", "atualize para a versão mais recente", "aggiorna all'ultima versione",
 * "update naar de nieuwste versie". Design 5486 (a Ledger "new era for Ledger Live" through a hijacked SendGrid account, every link a
 * click tracker whose words are "Update & Explore Features") was read by no app reading: the subject names no app, the opening asks
 * to *update* (installAsked reads install calls), and the button's words hold no download call. A newer version to update to is a
 * program's, so lures.ts reads this as the app call of each link elsewhere when no other reading finds one; the composite
 * (URL_MALWARE_FAKE_UPDATE) weighs it only with a borrowed name and no password asked.
 *
 * Read in the first OPENING_CHARS shown characters, only when VERSION_HINT (a literal test) holds.
 */

/** The errand may follow a list of the release's features (5486's stands at about the 1,700th character). */
const OPENING_CHARS = 3000;
/** Every match holds one of these: version, versão (versao), versión, versione, versie at a word's start (a literal test before the patterns). */
const VERSION_HINT = /(?<![a-z])vers(?:i|ã|ao)/i;
/**
 * An update verb, at most 24 characters of the same sentence ("to the"), then a newer version *of* something: en update/upgrade …
 * (the) latest/newest/new version of; de aktualisieren … (auf die) neueste/aktuelle/neue Version von; fr mettre/mettez à jour …
 * (vers la) dernière/nouvelle version de; es actualice/actualizar … (a la) última/nueva versión de; pt atualize/atualizar … (para a)
 * versão mais recente / última/nova versão do; it aggiorna/aggiornare … (all')ultima/nuova versione di; nl update/bijwerken … (naar
 * de) nieuwste/nieuwe versie van. The "of" is what makes it a program's version: "upgrade your Ledger to the newest version" (the
 * device, design 2446/2448/2456/2463: a seed-phrase page behind it, labelled cred) names none, "the latest version of Ledger Live"
 * does. Literal alternatives and one bounded gap.
 */
const UPDATE_THEN_VERSION =
  /(?<![\p{L}\p{N}_])(?:update|upgrade|aktualisier|mettre à jour|mettez à jour|mets à jour|actualic|actualiz|atualiz|aggiorn|bijwerk)\p{L}{0,5}(?![\p{L}\p{N}_])[^.!?;:\n。]{0,24}?(?<![\p{L}\p{N}_])(?:(?:latest|newest|new|neueste|aktuelle|neue|dernière|nouvelle|última|ultima|nueva|nova|nuova|nieuwste|nieuwe) (?:version|versão|versión|versione|versie)|vers[ãa]o mais recente|versi[óo]n m[áa]s reciente) (?:of|von|de|do|da|del|di|della|dello|van)(?![\p{L}\p{N}_])/iu;
/** The verb last (de, nl): "auf die neueste Version von Ledger Live aktualisieren", "naar de nieuwste versie van de app bijwerken". */
const VERSION_THEN_UPDATE =
  /(?<![\p{L}\p{N}_])(?:neueste|aktuelle|neue|nieuwste|nieuwe) (?:version|versie) (?:von|van) [^.!?\n]{1,24}? (?:aktualisieren|updaten|bijwerken)(?![\p{L}\p{N}_])/iu;

/** The update call and the version, as written, when the letter's opening asks to update to a newer version. */
export function versionUpdateAsked(visibleText: string): string | undefined {
  const opening = visibleText.slice(0, OPENING_CHARS);
  if (!VERSION_HINT.test(opening)) return undefined;
  return (UPDATE_THEN_VERSION.exec(opening) ?? VERSION_THEN_UPDATE.exec(opening))?.[0];
}

/**
 * Session 56 (issue 17, helper draw56d): a program's release announced with its number — "We've released patch v2.5.1 to address
 * this issue", "Version 4.2 is now available", "Wir haben das Update 2.5.1 veröffentlicht", "la mise à jour 2.5.1 est disponible",
 * "hemos publicado la actualización 2.5.1", "a atualização 2.5.1 já está disponível", "abbiamo rilasciato l'aggiornamento 2.5.1",
 * "update 2.5.1 is nu beschikbaar". Design 6138 (draw 13): a "Security Patch: CVE-…" under Ledger's name through a news site's
 * hijacked SendGrid account, whose one button "Open Ledger Live" goes through the site's own branded click tracker — no call to
 * update to "the latest version of" anything (versionUpdateAsked), only the patch and its number. A release word with a version
 * number right after it, and a release verb in the same sentence (before or after); read in the first OPENING_CHARS characters,
 * only when a digit-dot-digit is there (a literal-cheap test first). No points: URL_UPDATE_ANNOUNCED, which URL_MALWARE_FAKE_UPDATE
 * weighs only with a link named after a brand whose name the sender borrows.
 */
const RELEASE_NUMBERED =
  /(?<![\p{L}\p{N}_])(?:patch|update|firmware|version|hotfix|release|versão|versao|versión|versione|versie|correctif|mise à jour|aktualisierung|actualización|actualizacion|atualização|atualizacao|aggiornamento)\s(?:v|version\s)?\d{1,3}\.\d{1,3}(?:\.\d{1,4})?(?![\p{N}])/iu;
const RELEASE_VERB =
  /(?<![\p{L}\p{N}_])(?:released|available|published|rolled out|veröffentlicht|verfügbar|erschienen|publié|publiée|disponible|publicado|publicada|lanzado|lanzada|lançado|lançada|lançamos|disponível|disponivel|rilasciato|rilasciata|disponibile|pubblicato|pubblicata|uitgebracht|beschikbaar|gepubliceerd)(?![\p{L}\p{N}_])/iu;
/**
 * Session 63 (issue 17, helper mal64): the release named by the product, not by a release word — "Trezor Suite 25.6 is beschikbaar",
 * "Chrome 138.0 is now available", "Bitwarden 2025.6 ist jetzt verfügbar", "Ledger Live 2.9 est disponible", "Exodus 25.6 ya está
 * disponible", "MetaMask 12.4 já está disponível", "Electrum 4.5 è disponibile", or "we have released Trezor Suite 25.6". The name:
 * one to three words, each a capital and then a small letter or more (not a currency's capitals, not "iOS"); the number right after
 * it; the release verb at most three short words after the number. "Get 2.5 % cashback, available now"
 * is no release: the words between the number and the verb are words, not a sign. Tried after RELEASE_NUMBERED, in the same opening.
 */
const PRODUCT_WORD = '\\p{Lu}[\\p{Ll}][\\p{L}\\p{N}]{0,19}';
const PRODUCT_NUMBERED = lazyRegExp(() => new RegExp(
  `(?<![\\p{L}\\p{N}_])${PRODUCT_WORD}(?: ${PRODUCT_WORD}){0,2} v?\\d{1,4}\\.\\d{1,3}(?:\\.\\d{1,4})?(?![\\p{N}.,%])` +
  `(?: [\\p{L}]{1,8}){0,3}? (?:released|available|published|rolled out|veröffentlicht|verfügbar|erschienen|publié|publiée|disponible|publicado|publicada|lanzado|lanzada|lançado|lançada|disponível|disponivel|rilasciato|rilasciata|disponibile|pubblicato|pubblicata|uitgebracht|beschikbaar|gepubliceerd|here|out)(?![\\p{L}\\p{N}_])`,
  'u',
));
const DIGIT_DOT_DIGIT = /\d\.\d/;
const SENTENCE_END = /[.!?\n。](?=\s|$)/g;

/** The release and its number as written, when the opening announces a numbered release of a program in a sentence that says it is out. */
export function releaseAnnounced(visibleText: string): string | undefined {
  const opening = visibleText.slice(0, OPENING_CHARS);
  if (!DIGIT_DOT_DIGIT.test(opening)) return undefined;
  const m = RELEASE_NUMBERED.exec(opening);
  if (!m) return undefined;
  // The sentence around the match: from the last sentence end before it to the next one after it (a version's own dots are no end).
  let start = 0;
  let end = opening.length;
  SENTENCE_END.lastIndex = 0;
  for (let e = SENTENCE_END.exec(opening); e; e = SENTENCE_END.exec(opening)) {
    if (e.index < m.index) start = e.index + 1;
    else if (e.index >= m.index + m[0].length) { end = e.index; break; }
  }
  return RELEASE_VERB.test(opening.slice(start, end)) ? m[0] : undefined;
}

/**
 * Session 59 (issue 17, helper mal59): the update of a device, its firmware, an app or a program asked in the letter's opening —
 * "Your Ledger Live application requires an update", "your Ledger device is due for an update … Update my Ledger device", "update
 * your browser", "aktualisieren Sie Ihre Firmware", "votre application nécessite une mise à jour", "actualice su dispositivo",
 * "atualize o seu aplicativo", "werk uw app bij", "ファームウェアを更新してください". Two labellers independently called such mail
 * malware (design 891, draw 14; design 5041, draw 15): what a vendor's "update" link off the vendor's own domain delivers is a
 * download. The lead's class decision for session 59: the fake-update kind, unless the letter itself asks for a recovery phrase,
 * seed words, a password or card details (secretAsked below: then the update is a credential lure's pretext).
 *
 * What is updated must be named — a device, firmware, an app or application, software, a browser, a plug-in or player, the
 * operating system, an antivirus, a router — beside the update verb or the "requires/needs/is due for an update": an account,
 * payment details or a profile to update are the credential lures' errand, not a program's. The object may sit between the
 * possessive and its noun ("your Ledger device", "Ihre Ledger-App"): up to two words there, each at most 20 characters.
 * Literal alternatives and bounded gaps; read in the first OPENING_CHARS shown characters when UPDATE_HINT holds.
 */
const UPDATE_HINT = /updat|upgrad|aktualisier|à jour|actualiz|atualiz|aggiorn|bijwerk|bij te werken|werk (?:je|uw) |更新|アップデート/i;
/** The nouns of what a program update updates, in the languages below (singular and the common plural). */
const UPDATED_THING_EN = '(?:device|devices|firmware|app|apps|application|software|browser|plug-in|plugin|player|operating system|system|antivirus|anti-virus|router|wallet app)';
const UPDATED_THING_DE = '(?:gerät|geräts|firmware|app|anwendung|software|browser|plug-in|betriebssystem|system|virenschutz|antivirenprogramm|router)';
const UPDATED_THING_FR = '(?:appareil|micrologiciel|firmware|application|app|logiciel|navigateur|plug-in|système|antivirus|routeur)';
const UPDATED_THING_ES = '(?:dispositivo|firmware|aplicación|aplicacion|app|software|navegador|plugin|sistema|antivirus|router)';
const UPDATED_THING_PT = '(?:dispositivo|aparelho|firmware|aplicativo|aplicação|aplicacao|app|software|navegador|plugin|sistema|antivírus|antivirus|roteador)';
const UPDATED_THING_NL = '(?:apparaat|firmware|app|applicatie|software|browser|plug-in|besturingssysteem|systeem|antivirus|router)';
const UPDATED_THING_IT = '(?:dispositivo|firmware|app|applicazione|software|browser|plugin|sistema|antivirus|router)';
/** Up to two words between the possessive and the thing ("your Ledger device", "Ihre Trezor-"). */
const QUALIFIER = '(?:[\\p{L}\\p{N}]{1,20}[ -]){0,2}';
const NB = '(?<![\\p{L}\\p{N}_])';
const NA = '(?![\\p{L}\\p{N}_])';
/**
 * The two patterns below are made from the shared noun lists, so the build's lazy rewrite of literals does not reach them: they are
 * made on the first letter that needs them (softwareUpdateAsked past UPDATE_HINT, with a link elsewhere), not at module load — a
 * scan of one message pays for no pattern it never runs (session 58's lead: 86 of 136 `new RegExp` patterns made and never run).
 */
/**
 * The verb, the possessive, the thing: "update your (Ledger) device", "aktualisieren Sie Ihre App", "mettez à jour votre application" —
 * one pattern a language, each run only when its verb is in the text (`verb`: a word every one of its matches holds, read with the
 * same flags), and the leftmost match of those run kept (the earlier language's at the same place): the match the one alternation
 * of the seven gave (`updateTheThingWritten`, held to it by version-update.test.ts). Why (session 65, issue 18): as one pattern, the
 * seven languages compiled to 827 KB of machine code (Latin-1 and UC16), the largest of the scan's (bench:regexp-code), and every
 * letter with an update hint compiled all of it; English alone is 135 KB. Pattern code past 16 MB of executable memory is compiled
 * without irregexp's optimisations (NOTES.md, session 64, cpu65).
 */
const UPDATE_THE_THING_SOURCES: readonly { verb: RegExp; source: string }[] = [
  { verb: /update|upgrade/iu, source: `(?:update|upgrade)\\s(?:your|the|my)\\s${QUALIFIER}${UPDATED_THING_EN}` },
  { verb: /aktualisieren sie/iu, source: `aktualisieren sie (?:ihr|ihre|ihren|das|die|den)\\s${QUALIFIER}${UPDATED_THING_DE}` },
  { verb: /à jour/iu, source: `(?:mettez|mettre|mets) à jour (?:votre|vos|ton|ta|le|la|l')\\s?${QUALIFIER}${UPDATED_THING_FR}` },
  { verb: /actualiz|actualic/iu, source: `(?:actualice|actualiza|actualizar) (?:su|tu|el|la)\\s${QUALIFIER}${UPDATED_THING_ES}` },
  { verb: /atualiz/iu, source: `(?:atualize|atualizar|atualiza) (?:o seu|a sua|seu|sua|o|a)\\s${QUALIFIER}${UPDATED_THING_PT}` },
  { verb: /werk|update/iu, source: `(?:werk|update) (?:je|uw|de|het)\\s${QUALIFIER}${UPDATED_THING_NL}(?: bij)?` },
  { verb: /aggiorna/iu, source: `(?:aggiorna|aggiornare|aggiornate) (?:il tuo|la tua|il|la|l')\\s?${QUALIFIER}${UPDATED_THING_IT}` },
];
const UPDATE_THE_THING = UPDATE_THE_THING_SOURCES.map(({ verb, source }) => ({ verb, pattern: lazyRegExp(() => new RegExp(`${NB}(?:${source})${NA}`, 'iu')) }));

/** The seven languages as the one alternation they were written as (the reference the tests hold updateTheThing to). */
export function updateTheThingWritten(): RegExp {
  return new RegExp(`${NB}(?:${UPDATE_THE_THING_SOURCES.map((s) => s.source).join('|')})${NA}`, 'iu');
}

/** UPDATE_THE_THING's leftmost match in `text`, the earlier language's where two start at one place; null when none. */
export function updateTheThing(text: string): RegExpExecArray | null {
  let best: RegExpExecArray | null = null;
  for (const { verb, pattern } of UPDATE_THE_THING) {
    if (!verb.test(text)) continue;
    const m = pattern().exec(text);
    if (m && (best === null || m.index < best.index)) best = m;
  }
  return best;
}
/** The thing, then that it needs an update: "application requires an update", "device is due for an update", "Gerät muss aktualisiert werden". */
const THING_NEEDS_UPDATE = lazyRegExp(() => new RegExp(
  `${NB}(?:${UPDATED_THING_EN}[^.!?;\\n]{0,40}?(?:requires|needs|is due for|is in need of) an? (?:update|upgrade|firmware update)` +
  `|${UPDATED_THING_EN}[^.!?;\\n]{0,40}?(?:must|needs to|has to) be (?:updated|upgraded)` +
  `|${UPDATED_THING_EN} (?:update|upgrade) (?:is )?required` +
  `|${UPDATED_THING_DE}[^.!?;\\n]{0,40}?(?:muss aktualisiert werden|benötigt ein update|erfordert ein update|braucht ein update)` +
  `|${UPDATED_THING_FR}[^.!?;\\n]{0,40}?(?:nécessite une mise à jour|doit être mise? à jour|requiert une mise à jour)` +
  `|${UPDATED_THING_ES}[^.!?;\\n]{0,40}?(?:requiere una actualización|necesita una actualización|debe actualizarse|debe ser actualizad[oa])` +
  `|${UPDATED_THING_PT}[^.!?;\\n]{0,40}?(?:requer uma atualização|precisa de uma atualização|necessita de uma atualização|precisa ser atualizad[oa]|deve ser atualizad[oa])` +
  `|${UPDATED_THING_NL}[^.!?;\\n]{0,40}?(?:vereist een update|heeft een update nodig|moet worden bijgewerkt|moet bijgewerkt worden)` +
  `|${UPDATED_THING_IT}[^.!?;\\n]{0,40}?(?:richiede un aggiornamento|deve essere aggiornat[oa]))${NA}`,
  'iu',
));
/** Japanese: the thing, then the update asked or said to be needed ("ファームウェアを更新してください", "アプリのアップデートが必要です"). */
const JA_UPDATE =
  /(?:デバイス|端末|ファームウェア|アプリ|アプリケーション|ソフトウェア|ブラウザ|プラグイン|OS|ウイルス対策ソフト|ルーター)(?:を|の)?(?:最新版に|最新の状態に)?(?:更新|アップデート)(?:してください|して下さい|が必要|を行ってください|をお願いします|する必要があります)/u;

/**
 * Session 62 (issue 17, helper mal63): the program that shows the content, to be updated before the content can be seen — "To view
 * the document you must update Adobe Reader to the latest version", "Your Flash Player is out of date", "Um das Dokument anzuzeigen,
 * müssen Sie Adobe Reader auf die neueste Version aktualisieren", "mettre à jour Adobe Reader", "actualizar Adobe Reader",
 * "atualizar o Adobe Reader", "Adobe Reader bijwerken", "aggiornare Adobe Reader", "Adobe Reader を最新バージョンに更新": the fake
 * viewer, player, browser or meeting-client update (the SocGholish-style "update your browser" and the "update Reader to open this
 * invoice" lures of 2022–2026). UPDATE_THE_THING wants a possessive or an article before its noun and has no reader, viewer or
 * meeting client; the letters name the program bare ("update Adobe Reader"), and in German, Dutch and Japanese put the verb last.
 * What is named is a program that displays something — a reader, viewer, player, browser, plug-in, codec, or the meeting clients
 * and runtimes the lures name (Zoom, Teams, Java, Acrobat) — not an account, a profile or a device (credential lures' errands; the
 * Ledger device's seed-phrase pages stay with UPDATE_THE_THING's readings and their exceptions). The verb first, at most 30
 * characters of the same sentence before the program; or the program first, then (within 40 characters) a verb put last or "out
 * of date" in the letter's languages. Literal alternatives and bounded gaps.
 */
const VIEWER_VERB = '(?:update|upgrade|aktualisier|mettre à jour|mettez à jour|mets à jour|actualic|actualiz|atualiz|aggiorn|bijwerk|updat)';
const VIEWER_PROGRAM =
  '(?:adobe reader|acrobat reader|acrobat|pdf reader|pdf viewer|document viewer|flash player|media player|video player|reader|viewer|player|browser|plug-?in|codec|zoom|microsoft teams|java' +
  '|lecteur|visionneuse|navigateur|visor|lector|reproductor|navegador|leitor|visualizador|reprodutor|lettore|visualizzatore|speler)';
const VERB_THEN_VIEWER = lazyRegExp(() => new RegExp(`${NB}${VIEWER_VERB}\\p{L}{0,6}${NA}[^.!?;:\\n。]{0,30}?${NB}${VIEWER_PROGRAM}${NA}`, 'iu'));
const VIEWER_THEN_VERB = lazyRegExp(() => new RegExp(
  `${NB}${VIEWER_PROGRAM}${NA}[^.!?;:\\n。]{0,40}?${NB}(?:aktualisieren|aktualisiert werden|updaten|bijwerken|bij te werken|is out of date|is outdated|ist veraltet|ist nicht mehr aktuell|est obsolète|n'est pas à jour|está desactualizad[oa]|está desatualizad[oa]|è obsolet[oa]|non è aggiornat[oa]|is verouderd)${NA}`,
  'iu',
));
/** Japanese: the program, then its update asked or said to be needed ("Adobe Reader を最新バージョンに更新する必要があります"). */
const JA_VIEWER_UPDATE = /(?:リーダー|ビューア|ビューワー|プレーヤー|プレイヤー|ブラウザ|プラグイン|Reader|Player|Zoom|Teams)[^。\n]{0,20}?(?:更新|アップデート)(?:してください|して下さい|が必要|を行ってください|をお願いします|する必要があります)/iu;
/** Every viewer update holds one of these: a Latin program noun's letters, or a Japanese program word (a literal test first). */
const VIEWER_HINT = /reader|acrobat|viewer|player|browser|plug|codec|zoom|teams|java|lecteur|visionneuse|navigat|visor|lector|reproduc|navegador|leitor|visualiz|reprodutor|lettore|speler|リーダー|ビューア|ビューワー|プレーヤー|プレイヤー|ブラウザ|プラグイン/i;

/**
 * A numbered release said to be out in the opening — releaseAnnounced's release word and number, or a product's name and number
 * (PRODUCT_NUMBERED: "Bitwarden 2025.6 ist jetzt verfügbar") — as written; undefined when none. For a bare download button on a
 * disposable host (lures.ts namedDesktopOrVersionDownload), where no brand's name is asked of the product.
 */
export function numberedReleaseAnnounced(visibleText: string): string | undefined {
  const opening = visibleText.slice(0, OPENING_CHARS);
  if (!DIGIT_DOT_DIGIT.test(opening)) return undefined;
  return releaseAnnounced(opening) ?? PRODUCT_NUMBERED().exec(opening)?.[0];
}

/**
 * The product's numbered release as written (PRODUCT_NUMBERED, above) when the opening announces one whose name holds `brand` (a
 * registered brand's name, any case: "Trezor Suite 25.6" for Trezor): undefined when none. The name must be the brand's because a
 * capitalised word before a number is also a room, a price's label or a sentence's first verb ("Save 25.50, now available").
 */
export function productReleaseAnnounced(visibleText: string, brand: string): string | undefined {
  const opening = visibleText.slice(0, OPENING_CHARS);
  if (!DIGIT_DOT_DIGIT.test(opening)) return undefined;
  const m = PRODUCT_NUMBERED().exec(opening);
  if (!m) return undefined;
  const name = m[0].slice(0, m[0].search(/ v?\d/)).toLowerCase();
  return brand && name.includes(brand.toLowerCase()) ? m[0] : undefined;
}

/**
 * Session 63 (issue 18, helper cpu64): UPDATE_HINT of `visibleText`'s opening, the last text's answer kept — viewerUpdateAsked and
 * softwareUpdateAsked ask it of the same letter one after the other (a pass over 3,000 characters each; no `g` flag, so
 * the answer is the text's alone).
 */
let hintedText: string | undefined;
let hinted = false;
function updateHinted(visibleText: string, opening: string): boolean {
  if (visibleText !== hintedText) {
    hinted = UPDATE_HINT.test(opening);
    hintedText = visibleText;
  }
  return hinted;
}

/** The update of a program that shows the content the letter offers, as written, when the opening asks for one; undefined when none. */
export function viewerUpdateAsked(visibleText: string): string | undefined {
  const opening = visibleText.slice(0, OPENING_CHARS);
  if (!updateHinted(visibleText, opening) && !/out of date|outdated|veraltet|nicht mehr aktuell|obsol|pas à jour|desactualizad|desatualizad|non è aggiornat|verouderd/i.test(opening)) return undefined;
  if (!VIEWER_HINT.test(opening)) return undefined;
  return (VERB_THEN_VIEWER().exec(opening) ?? VIEWER_THEN_VERB().exec(opening) ?? JA_VIEWER_UPDATE.exec(opening))?.[0];
}

/** The update of a device, firmware, an app or a program the opening asks for, as written; undefined when none. */
export function softwareUpdateAsked(visibleText: string): string | undefined {
  const opening = visibleText.slice(0, OPENING_CHARS);
  if (!updateHinted(visibleText, opening)) return undefined;
  return (updateTheThing(opening) ?? THING_NEEDS_UPDATE().exec(opening) ?? JA_UPDATE.exec(opening))?.[0];
}

/**
 * A secret the letter itself asks for — a recovery (seed) phrase or its words, a private key, a password or PIN, a card's number
 * or security code — which makes an update's pretext a credential lure's: "to complete the update, enter your 24-word recovery
 * phrase", "confirm your password", "Geben Sie Ihre Wiederherstellungsphrase ein". The secret's name and an ask (SECRET_ASK: enter,
 * confirm, provide, import …) in one sentence of the letter's first SECRET_CHARS characters — not a description ("your hardware
 * wallet keeps your private key protected", design 891) — and not in a sentence that says it is never asked (a vendor's "we will
 * never ask you to enter your recovery phrase", "teilen Sie niemals …"), which is the warning, not the ask.
 */
const SECRET_CHARS = 6000;
/** The secrets' names read at most (a letter that asks for one names it among its first few; a page of "password" costs no more). */
const MAX_SECRET_NAMES = 16;
const SECRET =
  /(?<![\p{L}\p{N}_])(?:recovery phrase|seed phrase|secret phrase|secret recovery|mnemonic|(?:12|24)[ -]word|private key|password|passcode|pin code|card number|card details|cvv|cvc|security code|wiederherstellungsphrase|seed-phrase|passwort|kennwort|kartennummer|phrase de récupération|phrase secrète|mot de passe|numéro de carte|frase de recuperación|frase semilla|frase de recuperação|frase-semente|contraseña|senha|número do cartão|número de tarjeta|herstelzin|wachtwoord|kaartnummer|frase di recupero)(?![\p{L}\p{N}_])|リカバリーフレーズ|シードフレーズ|秘密鍵|パスワード|暗証番号|カード番号/giu;
/** An ask in the secret's sentence: enter, type, confirm, provide, verify, import or restore it (each language; ja 入力/確認/ご提供). */
const SECRET_ASK =
  /(?<![\p{L}\p{N}_])(?:enter|type|confirm|provide|verify|validate|submit|input|import|restore|re-enter|sync|share|send|geben|eingeben|bestätigen|angeben|saisissez|saisir|entrez|entrer|confirmez|confirmer|fournissez|fournir|introduzca|introducir|ingrese|ingresar|confirme|confirmar|proporcione|insira|inserir|digite|digitar|informe|informar|voer|invoeren|bevestig|bevestigen|inserisci|inserire|conferma|confermare)(?![\p{L}\p{N}_])|入力|ご提供|確認してください/iu;
const NEVER =
  /(?<![\p{L}\p{N}_])(?:never|niemals|nie|jamais|nunca|nooit|do not share|don't share|ne partagez|non condividere)(?![\p{L}\p{N}_])|決して|絶対に/iu;

/** The secret's name as written when the letter asks for one (see above); undefined when none. */
export function secretAsked(visibleText: string): string | undefined {
  const text = visibleText.slice(0, SECRET_CHARS);
  SECRET.lastIndex = 0;
  let names = 0;
  for (let m = SECRET.exec(text); m && names++ < MAX_SECRET_NAMES; m = SECRET.exec(text)) {
    // The sentence around the name: from the last sentence end before it to the next one after it.
    const before = text.slice(Math.max(0, m.index - 200), m.index);
    const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n'), before.lastIndexOf('。'));
    const afterText = text.slice(m.index, m.index + 200);
    const end = afterText.search(/[.!?\n。]/);
    const sentence = before.slice(cut + 1) + (end < 0 ? afterText : afterText.slice(0, end));
    if (SECRET_ASK.test(sentence) && !NEVER.test(sentence)) {
      SECRET.lastIndex = 0;
      return m[0];
    }
  }
  SECRET.lastIndex = 0;
  return undefined;
}
