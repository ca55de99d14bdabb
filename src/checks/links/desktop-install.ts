import { INSTALL_HINT } from './viewer-install.js';

/**
 * Session 54 (issue 17, helper det54): the install asked on the reader's computer, wherever the letter says it — "Make sure to
 * install the app on your PC and register before May 1", "installez l'application sur votre ordinateur", "instale o aplicativo no
 * seu computador", "installieren Sie die App auf Ihrem PC", "installeer de app op je computer", "PCにアプリをインストール". The fake
 * "free Premium forever" app (the unlabelled pot's 7096: "Spotify Premium" from an unrelated domain, "GET FREE PREMIUM" buttons to an
 * IP logger, the install sentence *after* the buttons) was read by no app reading: appDownloadAsked reads a link's words and the
 * words before it, and subjectOrOpeningNamesApp a desktop program by name or a version to install. A computer named as where the
 * install goes is what makes it a program (a phone app comes from a store), so lures.ts reads this as the app call of every link
 * elsewhere — the composites weigh it with the borrowed name, and a sender that authenticates as itself is spared there.
 *
 * Read in the opening only (OPENING_CHARS shown characters), and only when INSTALL_HINT holds (a literal test, as viewer-install's).
 */

const OPENING_CHARS = 1500;
/**
 * An install verb, then at most 40 characters of the same sentence, then where: on/onto/to your PC, computer, laptop, desktop or
 * Mac (en), auf Ihrem PC/Computer/Rechner (de), sur votre PC/ordinateur (fr), en su PC/ordenador/computadora (es), no seu
 * PC/computador (pt), sul tuo PC/computer (it), op je/uw pc/computer (nl). Literal alternatives and one bounded gap: linear.
 */
const CALL_THEN_COMPUTER =
  /(?<![\p{L}\p{N}_])(?:install|installier|installez|installer|instale|instalar|instala|installa|installi|installeer|installeren)\p{L}{0,6}(?![\p{L}\p{N}_])[^.!?\n。]{0,40}?(?<![\p{L}\p{N}_])(?:on|onto|to|auf|sur|en|no|na|em|sul|op) (?:(?:your|the|a|ihrem|deinem|dem|einem|votre|ton|un|su|tu|el|seu|teu|o|tuo|suo|je|uw|jouw|de) )?(?:pc|computer|laptop|desktop|mac|rechner|ordinateur|ordenador|computadora|computador|port[áa]til|notebook)(?![\p{L}\p{N}_])/iu;
/** The verb last (de, nl: "auf Ihrem PC installieren", "op je computer installeren"; ja: 「PCに…インストール」). */
const COMPUTER_THEN_CALL =
  /(?<![\p{L}\p{N}_])(?:auf (?:ihrem|deinem|dem|einem)|op (?:je|uw|jouw|de)) (?:pc|computer|rechner|laptop|mac)(?: [^.!?\n]{0,24}?)? (?:installieren|installeren)(?![\p{L}\p{N}_])|(?:PC|パソコン|コンピュータ|コンピューター)に[^。\n]{0,20}?インストール/iu;

/** The install call and where it goes, as written, when the letter's opening asks to install something on the reader's computer. */
export function desktopInstallAsked(visibleText: string): string | undefined {
  const opening = visibleText.slice(0, OPENING_CHARS);
  if (!INSTALL_HINT.test(opening)) return undefined;
  return (CALL_THEN_COMPUTER.exec(opening) ?? COMPUTER_THEN_CALL.exec(opening))?.[0];
}
