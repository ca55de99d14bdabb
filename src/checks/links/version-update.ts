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
