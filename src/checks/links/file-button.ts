import type { LinkOccurrence } from '../../links/extract.js';

/**
 * Session 52 (issue 17, helper mal52): a button that offers a document to look at or to download —
 * "Vorladung ansehen", "Unterlagen einsehen", "訴状を確認" — which lures.ts reads on links elsewhere for URL_DOCUMENT_VIEW_ELSEWHERE
 * (a court notice no court sent: the summons served by a button on another site); and, when the address is a file, a button
 * that offers a document or a message to view, open, hear or download ("View
 * fax", "▶ Listen to message", "メッセージを再生", "Rechnung ansehen") and whose address is an archive or a program by name
 * (`…/Fax_2pages.zip`, `…/VoiceMessage_0047.js`): what the reader is told is a document to look at is a file to save and run. The
 * lures' pretext readings (content's terms) miss it when the letter's words are few or in a language they do not list; the
 * button and the address say it in any case. lures.ts asks this only for a link whose address already names such a file, so it
 * costs nothing on other links.
 */

/** The longest link text read as a button's words (lures.ts MAX_BUTTON_CHARS). */
const MAX_BUTTON_CHARS = 80;
/**
 * A call to look at, hear, open or fetch something (en, de, fr, es, pt, it, nl, ja). Session 53 (draw53e): and to access, review,
 * retrieve or check it ("Access statement", "Review document", "Bescheid prüfen", "Accéder au document", "Consultar documento",
 * "Bekijk document"): the statement lures' other buttons.
 */
const LOOK_CALL =
  /(?<![\p{L}\p{N}_])(?:view|open|listen|play|see|read|download|ansehen|einsehen|abrufen|anzeigen|öffnen|anhören|abspielen|abhören|herunterladen|voir|consulter|ouvrir|écouter|lire|télécharger|ver|abrir|escuchar|visualizar|ouvir|baixar|descargar|bekijken|openen|afspelen|beluisteren|downloaden|visualizza|apri|ascolta|scarica|access|review|retrieve|check|aufrufen|prüfen|überprüfen|accéder|vérifier|acceder|revisar|consultar|acessar|conferir|accedi|consulta|verifica|controlla|bekijk|inzien|raadplegen|controleren)(?![\p{L}\p{N}_])|表示|開く|再生|確認|閲覧|ダウンロード/iu;
/** A message a voice or fax service delivers (BUTTON_DOCUMENT names voice mail and faxes, not the message itself). */
const MESSAGE =
  /(?<![\p{L}\p{N}_])(?:messages?|nachricht(?:en)?|sprachnachricht(?:en)?|mensajes?|mensage(?:m|ns)|bericht(?:en)?|spraakbericht(?:en)?|messaggi[oi]?)(?![\p{L}\p{N}_])|メッセージ|ボイスメール|留守番電話|音声|ファックス|FAX/iu;

/** The calls that look rather than download: LOOK_CALL without its download verbs. */
const LOOK_NOT_FETCH =
  /(?<![\p{L}\p{N}_])(?:view|open|listen|play|see|read|ansehen|einsehen|abrufen|anzeigen|öffnen|anhören|abspielen|abhören|voir|consulter|ouvrir|écouter|lire|ver|abrir|escuchar|visualizar|ouvir|bekijken|openen|afspelen|beluisteren|visualizza|apri|ascolta|access|review|retrieve|check|aufrufen|prüfen|überprüfen|accéder|vérifier|acceder|revisar|consultar|acessar|conferir|accedi|consulta|verifica|controlla|bekijk|inzien|raadplegen|controleren)(?![\p{L}\p{N}_])|表示|開く|再生|確認|閲覧/iu;
/** Words that name a file or an attachment and no kind of document: what an archive honestly is. */
const JUST_FILES =
  /(?<![\p{L}\p{N}_])(?:files?|datei(?:en)?|fichiers?|archivos?|arquivos?|bestand(?:en)?|attachments?|anhang|adjuntos?|anexos?|allegat[oi]|bijlagen?|pi[èe]ces? jointes?)(?![\p{L}\p{N}_])|ファイル|添付/iu;

/**
 * The first clicked anchor's words that offer a document (`namesDocument`: lures.ts's BUTTON_DOCUMENT, handed in so that this
 * file does not import lures.ts back) or a message to look at, or undefined. With `asFile` (the address is an archive or a
 * program), not a button that only says to download files ("Download all files" → photos.zip tells the truth): it must say
 * to look ("View", "Listen", "開く") or name a kind of document or a message ("Download invoice" → a zip does not).
 */
export function documentButtonWords(clicked: readonly LinkOccurrence[], namesDocument: RegExp, asFile = false): string | undefined {
  for (const o of clicked.slice(0, 4)) {
    if (!o.text || (o.source !== 'a' && o.source !== 'area') || o.text.length > MAX_BUTTON_CHARS) continue;
    if (!LOOK_CALL.test(o.text)) continue;
    const message = MESSAGE.test(o.text);
    if (!message && !namesDocument.test(o.text)) continue;
    if (asFile && !message && !LOOK_NOT_FETCH.test(o.text) && JUST_FILES.test(o.text) && !namesDocument.test(o.text.replace(JUST_FILES, ' '))) continue;
    return o.text.trim();
  }
  return undefined;
}
