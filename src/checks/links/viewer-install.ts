/**
 * Session 52 (issue 17, helper mal52): the "install the secure viewer to read this message" lure. The letter says a message or
 * document is encrypted or protected and that reading it needs a viewer, a plug-in, an add-in or a decryption module installed
 * first ("To read it, install the Secure Message Viewer plug-in", "installieren Sie bitte das Entschlüsselungs-Plug-in",
 * "installez le module de déchiffrement", "セキュアビューアのプラグインをインストール") — and the install button is a link to a
 * host that is not the sender's. Genuine encrypted-mail services open the message in the browser or in an attachment, and a
 * vendor that ships a plug-in announces it from its own authenticated domain. What the install fetches is a program, so the
 * composite URL_MALWARE_VIEWER_INSTALL calls it malware even when the link names no file.
 *
 * Read in the opening only (OPENING_CHARS shown characters): the errand, not a newsletter's footer. The install call is
 * looked for first (a plain, case-insensitive alternation over those characters, the same as the lures' INSTALL_CALL); the
 * component and the protection are looked for only around it.
 */

const OPENING_CHARS = 1500;
/** An install call (en, de, fr, es, pt, it, nl, ja). */
export const VIEWER_INSTALL_CALL = /\b(?:install(?:ieren|er|ez|ar|e|a|i|are)?|instal(?:e|ar|a)|instaleer|installeer)\b|インストール/giu;
const INSTALL = VIEWER_INSTALL_CALL;
/**
 * What every install call's match holds (this module's and lures.ts's INSTALL_CALL, INSTALLS_AFTER_APP), under the same flags:
 * asked first, since an install call's `\b` under `iu` is tried at every character (session 52: ~8 µs a 1,000-character
 * opening; INSTALL here cost 66 K instructions a message when it was read in every linked letter's opening, this literal ~0.2 µs
 * a text). Without it there is no call to find. Held to the patterns by links/opening-hints.test.ts.
 */
export const INSTALL_HINT = /instal|インストール/iu;
/** How far around the install call the component it installs may stand ("install the Secure Message Viewer plug-in"). */
const AROUND_CALL = 48;
/**
 * What the lure asks to install: a viewer, a reader, a plug-in, an add-in, an extension or a decryption component — not an app
 * or an update (the fake-update readings of lures.ts) nor a program by name.
 */
const COMPONENT =
  /(?<![\p{L}\p{N}_])(?:viewer|reader|plug-?ins?|add-?ins?|add-?ons?|(?:decryption|security) (?:module|component|tool|key)|entschlüsselungs[\p{L}-]*|modul|module de d[ée]chiffrement|module|lecteur|visionneuse|complemento|visor|componente|leitor|visualizador|visualizzatore|lettore|componente aggiuntivo|invoegtoepassing|lezer)(?![\p{L}\p{N}_])|ビューア|ビューワ|プラグイン|アドイン|復号/iu;
/** The message or document is encrypted or protected (what the component is said to open). */
const PROTECTED =
  /(?<![\p{L}\p{N}_])(?:encrypted|secure (?:message|e-?mail|document)|protected|verschlüsselt\w*|geschützt\w*|chiffr[ée]e?s?|prot[ée]g[ée]e?s?|cifrad[oa]s?|criptografad[oa]s?|protegid[oa]s?|versleuteld\w*|beveiligd\w*|crittografat[oi]|protett[oi]|cifrat[oi])(?![\p{L}\p{N}_])|暗号化|保護された|セキュアメッセージ/iu;

/** The install call and the component, as written, when the letter asks to install a viewer for a protected message. */
export function viewerInstallAsked(visibleText: string): string | undefined {
  const opening = visibleText.slice(0, OPENING_CHARS);
  if (!INSTALL_HINT.test(opening)) return undefined;
  INSTALL.lastIndex = 0;
  let call = INSTALL.exec(opening);
  if (call === null || !PROTECTED.test(opening)) return undefined;
  for (let n = 0; call !== null && n < 6; n++, call = INSTALL.exec(opening)) {
    const from = Math.max(0, call.index - AROUND_CALL);
    const around = opening.slice(from, call.index + call[0].length + AROUND_CALL);
    const component = COMPONENT.exec(around);
    if (component) return `${call[0]} … ${component[0]}`;
  }
  return undefined;
}
