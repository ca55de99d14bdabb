/**
 * Session 61 (issue 17, helper mal62): the office device's message — a scan from the copier, a fax, a voice message — offered
 * for download from a link elsewhere. "Scanned document from MX-3071 … [Download document]", "Gescanntes Dokument … [Dokument
 * herunterladen]", "Nova mensagem de voz … [Baixar mensagem de voz]": the oldest malspam pretexts after the invoice, and the
 * document they name is a file to save and open. The invoice, court and tax papers had their button reading
 * (URL_BILLING_DOCUMENT_BUTTON), these had none: in every language but English's fax, a scanner's notice with a download button
 * on a throw-away host ended as spam or clean (the classifier's vote alone).
 *
 * A device message is named when the subject or the letter's opening (OPENING_CHARS shown characters) says so in one of the
 * phrases below (en, de, fr, es, pt, it, nl, ja) — a scanned document or image, a new or received fax, a voice message or
 * voicemail — or when the download button's own words do ("Download fax", "Scan herunterladen", "Scarica il messaggio vocale").
 * Not a bare "scan" or "fax": letterheads print "Fax: +49 …", and QR lures say "scan the code".
 */

/** The letter's opening read for the device's message: where the notice's one or two lines stand. */
export const OPENING_CHARS = 600;

/**
 * A device's message named (lower or any case). en: scanned document/image/file/PDF/page/copy, a new/incoming/received scan or
 * fax, a fax received / fax message / fax document, voicemail / voice mail / voice message / audio message; de: gescanntes
 * Dokument/Datei/Bild, neues/eingegangenes Fax, Faxnachricht, Fax empfangen/erhalten, Sprachnachricht, Sprachmitteilung,
 * Mailbox-Nachricht; fr: document/image/fichier numérisé(e), nouveau fax / nouvelle télécopie, fax reçu, message(s) vocal/vocaux,
 * messagerie vocale; es: documento/imagen/archivo escaneado/digitalizado, nuevo fax, fax recibido, mensaje de voz, buzón de voz,
 * mensaje de audio; pt: documento/imagem/arquivo digitalizado/escaneado, novo fax, fax recebido, mensagem de voz, correio de voz,
 * mensagem de áudio; it: documento/immagine/file scansionato, nuovo fax, fax ricevuto, messaggio vocale, segreteria telefonica,
 * messaggio audio; nl: gescand document/bestand/afbeelding, nieuwe fax, fax ontvangen, faxbericht, spraakbericht, ingesproken
 * bericht; ja: スキャンした文書/データ/画像/ファイル, ファクス/ファックス/FAXを受信, ボイスメール, 音声メッセージ, 留守番電話.
 * Literal alternatives only.
 */
const DEVICE_MESSAGE_PARTS: readonly RegExp[] = [
  /(?<![\p{L}\p{N}_])(?:scanned (?:documents?|images?|files?|pdfs?|pages?|cop(?:y|ies))|(?:new|incoming|received) (?:scans?|fax(?:es)?)|fax (?:received|messages?|documents?)|voice ?mails?|voice messages?|audio messages?)(?![\p{L}\p{N}_])/iu,
  /(?<![\p{L}\p{N}_])(?:gescannte[snmr]? (?:dokument|datei|bild|seite)\p{L}{0,4}|(?:neues|eingegangenes) fax|faxnachricht(?:en)?|fax (?:empfangen|erhalten)|sprachnachricht(?:en)?|sprachmitteilung(?:en)?|mailbox-?nachricht(?:en)?)(?![\p{L}\p{N}_])/iu,
  /(?<![\p{L}\p{N}_])(?:(?:documents?|images?|fichiers?|pages?) numérisée?s?|nouveau fax|nouvelle télécopie|fax reçu|messages? voca(?:l|ux)|messagerie vocale)(?![\p{L}\p{N}_])/iu,
  /(?<![\p{L}\p{N}_])(?:(?:documentos?|imagen(?:es)?|archivos?) (?:escanead|digitalizad)[oa]s?|nuevo fax|fax recibido|mensajes? de (?:voz|audio)|buzón de voz)(?![\p{L}\p{N}_])/iu,
  /(?<![\p{L}\p{N}_])(?:(?:documentos?|image(?:m|ns)|arquivos?) (?:digitalizad|escanead)[oa]s?|novo fax|fax recebido|mensage(?:m|ns) de (?:voz|áudio|audio)|correio de voz)(?![\p{L}\p{N}_])/iu,
  /(?<![\p{L}\p{N}_])(?:(?:document[oi]|immagin[ei]|file) scansionat[oiae]|nuovo fax|fax ricevuto|messaggio? (?:vocal[ei]|audio)|segreteria telefonica)(?![\p{L}\p{N}_])/iu,
  /(?<![\p{L}\p{N}_])(?:gescande? (?:document|bestand|afbeelding)(?:en)?|nieuwe fax|fax ontvangen|faxbericht(?:en)?|spraakbericht(?:en)?|ingesproken bericht(?:en)?)(?![\p{L}\p{N}_])/iu,
  /スキャンした(?:文書|書類|データ|画像|ファイル)|(?:ファクス|ファックス|FAX)を受信|ボイスメール|音声メッセージ|留守番電話/u,
];

/** The first of DEVICE_MESSAGE_PARTS that names a device's message in `text`, as written (one pattern a language group: the analyser of scripts/regex-safety.ts gets no verdict on one alternation of all). */
export function deviceMessageIn(text: string): string | undefined {
  for (const part of DEVICE_MESSAGE_PARTS) {
    const m = part.exec(text);
    if (m) return m[0];
  }
  return undefined;
}

/**
 * What a download button may name of a device's message in its own few words: DEVICE_MESSAGE_PARTS, or the bare noun ("Download fax",
 * "Scan herunterladen", "Télécharger le scan", "Baixar áudio"). The button is short (lures.ts MAX_BUTTON_CHARS), so a bare noun
 * there is the thing handed over, not a letterhead's "Fax:".
 */
const DEVICE_NOUN = /(?<![\p{L}\p{N}_])(?:fax(?:es)?|scans?|audio|áudio|voicemails?)(?![\p{L}\p{N}_])|ファクス|ファックス|FAX|スキャン/iu;

/** The device's message named in the subject or the opening, as written; undefined when none. */
export function deviceMessageAnnounced(subject: string, visibleText: string): string | undefined {
  return deviceMessageIn(subject.slice(0, 300)) ?? deviceMessageIn(visibleText.slice(0, OPENING_CHARS));
}

/** The device's message a download button's own words name, as written; undefined when none. */
export function deviceMessageInButton(words: string): string | undefined {
  return deviceMessageIn(words) ?? DEVICE_NOUN.exec(words)?.[0];
}
