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
