import type { CategoryName } from './terms.js';

/**
 * Adult-dating, diet and potency vocabulary of unsolicited adverts in the languages the older rows lack (issue 17, session
 * 30), read from the honeypot's dev part outside the hand-labelled sample: Dutch adult-dating adverts ("intiem contact",
 * "naaktfoto's", "ontmoetingssites", written as the woman on offer: "ik verlang naar", "bekijk mijn profiel"), German,
 * Portuguese, French and Spanish diet and potency adverts. Rows as in ./terms.ts (weight 1 common, 2 typical, 3 rare
 * outside spam); kept apart so that the shared table is touched by one spread. The advert phrases ('dating-advert') count
 * only with the category's other words (CONTENT_DATING_ADVERT, ./categories.ts).
 *
 * Session 32: the Brazilian and Spanish sales letters for health plans, insurance and loans ("Tabela promocional Amil 2024 …
 * mantenha carência zero", "cotação exclusiva por tempo limitado … simulação online e sem compromisso", "alarme 40% OFF só esse
 * mês"), which only the classifier's low band carried (4.8–5.6 points, clean): the offer's set phrases as marketing, the
 * products sold as finance. And the German diet and remedy adverts under forged newsletter senders ("Idealgewicht",
 * "Krampfadern", "Detox-Pflaster", "nur für kurze Zeit"), one category point short. Every row: 0 of the SpamAssassin
 * training ham and of the modern-ham probe (its de, pt and es mail).
 */
export const BULK_ADVERT_ROWS: readonly (readonly [CategoryName, 1 | 2 | 3, string])[] = [
  // nl adult dating
  ['dating', 3, 'intiem contact'], ['dating', 3, 'neuken'], ['dating', 3, 'naaktfoto\'s'], ['dating', 3, 'ontmoetingssites'],
  ['dating', 3, 'geen nepprofielen'], ['dating', 3, 'geheime verlangens'], ['dating', 3, 'sexdate'], ['dating', 3, 'sekscontact'],
  ['dating', 2, 'alleenstaande vrouwen'], ['dating', 2, 'spannende afspraak'], ['dating', 2, 'iets spannends'], ['dating', 2, 'ervaren vrouw'],
  ['dating', 2, 'vaste relatie'], ['dating', 2, 'ondeugend'], ['dating', 2, 'flirten'], ['dating', 2, 'wees naakt'],
  ['dating', 2, 'oekraïense vrouwen'], ['dating', 2, 'oekraiense vrouwen'], ['dating', 2, 'oekraïense meisjes'], ['dating', 2, 'oekraïense schoonheid'],
  ['dating', 1, 'leuke man'], ['dating', 1, 'sterke man'], ['dating', 1, 'perfecte man'], ['dating', 1, 'droompartner'], ['dating', 1, 'romantiek'],
  ['dating-advert', 1, 'bekijk mijn profiel'], ['dating-advert', 1, 'mijn profiel te bekijken'], ['dating-advert', 1, 'ontmoet mij nu'],
  ['dating-advert', 1, 'ik wil dat je me'], ['dating-advert', 1, 'zoek je een vrouw'], ['dating-advert', 1, 'zoek ik een leuke man'],
  ['dating-advert', 1, 'ik verlang naar'], ['dating-advert', 1, 'ben je nog steeds opzoek'], ['dating-advert', 1, 'ben je nog steeds op zoek'],
  ['dating-advert', 1, 'ze wil jou ontmoeten'], ['dating-advert', 1, 'ik wacht op je'],
  // en dating adverts (session 36): the singles on offer near the reader, "verified", of the reader's age
  ['dating', 2, 'singles near you'], ['dating', 2, 'singles in your area'], ['dating', 2, 'local singles'], ['dating', 2, 'verified singles'],
  ['dating', 2, 'singles your age'], ['dating', 2, 'seniors near you'], ['dating', 2, 'dating platform'], ['dating', 2, '50+ singles'],
  // de, pt, fr, es, nl diet and potency adverts
  ['health', 2, 'abnehmen'], ['health', 2, 'gewichtsreduktion'], ['health', 2, 'fettverbrennung'], ['health', 2, 'kalorien verbrennen'],
  ['health', 2, 'emagrecer'], ['health', 2, 'perder peso'], ['health', 2, 'perte de poids'], ['health', 2, 'maigrir'], ['health', 2, 'afvallen'],
  ['health', 2, 'potenzmittel'], ['health', 2, 'impotentie'], ['health', 2, 'impotência'], ['health', 2, 'disfunção erétil'], ['health', 2, 'disfunción eréctil'],
  ['health', 1, 'keto'], ['health', 1, 'kalorien'], ['health', 1, 'stoffwechsel'], ['health', 1, 'bauchfett'],
  // de diet and remedy adverts (session 32): the promised body, the complaint cured, the pitch
  ['health', 2, 'idealgewicht'], ['health', 2, 'traumgewicht'], ['health', 2, 'wunschgewicht'], ['health', 2, 'schlankheitsbehandlung'],
  ['health', 2, 'schlanke figur'], ['health', 2, 'schlanken figur'], ['health', 2, 'fett verbrennt'], ['health', 2, 'fett verbrennen'],
  ['health', 2, 'gewicht verlieren'], ['health', 2, 'keto-diät'], ['health', 2, 'zellulitis'], ['health', 2, 'orangenhaut'],
  ['health', 2, 'krampfadern'], ['health', 2, 'entgiften'], ['health', 2, 'detox-pflaster'], ['health', 2, 'wundermittel'],
  ['health', 2, 'ohne rezept'], ['health', 2, 'gesunde arterien'], ['health', 1, 'herzgesundheit'], ['health', 1, 'toxine'], ['health', 1, 'diäten'],
  ['marketing', 2, 'nur für kurze zeit'], ['marketing', 2, 'schlage jetzt zu'], ['marketing', 2, 'ich bestelle'], ['marketing', 1, 'sonderaktion'],
  // de adult-dating adverts and gadget / subscription offers (session 37): the photos and cams on offer; the pitch of the
  // gadget adverts under forged senders ("Verpassen Sie es nicht", "fast ausverkauft", "Klicken Sie hier, um Ihren speziellen
  // 70% RABATT zu erhalten", "Keine Vertragsbindung, jederzeit kündbar"). 0 of the SpamAssassin ham and the modern-ham probe
  // (de-01, de-02 unchanged); a German shop's newsletter may say some of them, and an offer alone is worth no points.
  ['dating', 3, 'camshare'], ['dating', 2, 'private fotos'], ['dating', 2, 'privates foto'], ['dating', 1, 'videochat'],
  ['marketing', 2, 'verpassen sie es nicht'], ['marketing', 2, 'bestellen sie jetzt'], ['marketing', 2, 'jetzt kaufen'], ['marketing', 2, 'fast ausverkauft'],
  ['marketing', 2, 'sichern sie ihr exemplar'], ['marketing', 2, 'rabatt zu erhalten'],
  ['marketing', 2, 'begrenztes angebot'], ['marketing', 2, 'limitiertes angebot'], ['marketing', 2, 'exklusives angebot'],
  ['marketing', 1, 'nicht verpassen'], ['marketing', 1, 'zeitlich begrenzt'], ['marketing', 1, 'keine vertragsbindung'],
  ['marketing', 1, 'jederzeit kündbar'], ['marketing', 1, 'kostenlos testen'],
  // adult cam sites named in dating adverts ("I am so lonely and so sexy … BongaCams START CHAT"), not the video sites a
  // sextortion letter names (a dating word there would change its composites); fr "Profitez jusqu'à 2000€ de remise" (session 37)
  ['dating', 3, 'bongacams'], ['dating', 3, 'chaturbate'], ['dating', 3, 'stripchat'], ['dating', 3, 'livejasmin'], ['dating', 3, 'camsoda'],
  ['dating', 3, 'myfreecams'], ['marketing', 1, 'profitez jusqu\'à'], ['marketing', 1, 'profitez jusqu\'a'],
  // en, fr offer phrases (session 36): the trial without a card, the limited or exclusive offer
  ['marketing', 2, 'no credit card required'], ['marketing', 2, 'offre limitée'],
  ['marketing', 2, 'offre exclusive'], ['marketing', 1, 'profitez'],
  // pt, es sales letters: the offer's set phrases
  ['marketing', 3, 'tabela promocional'], ['marketing', 3, 'semana promocional'], ['marketing', 3, 'campanha promocional'],
  ['marketing', 3, 'carência zero'], ['marketing', 3, 'carencia zero'], ['marketing', 3, 'cotação exclusiva'], ['marketing', 3, 'cotacao exclusiva'],
  ['marketing', 2, 'proposta exclusiva'], ['marketing', 2, 'oportunidade exclusiva'], ['marketing', 2, 'condição especial'], ['marketing', 2, 'condicao especial'],
  ['marketing', 2, 'sem compromisso'], ['marketing', 2, 'cabe no seu bolso'], ['marketing', 2, 'cabem no seu bolso'], ['marketing', 2, 'só esse mês'],
  ['marketing', 2, 'so esse mes'], ['marketing', 2, 'simulação online'], ['marketing', 2, 'simulacao online'], ['marketing', 2, 'faça sua simulação'],
  ['marketing', 2, 'faca sua simulacao'], ['marketing', 2, 'não acumulável'], ['marketing', 2, 'nao acumulavel'],
  ['marketing', 2, 'sin compromiso'], ['marketing', 2, 'condición especial'], ['marketing', 2, 'condicion especial'], ['marketing', 2, 'oferta exclusiva'],
  ['marketing', 2, 'tabla de precios'], ['marketing', 2, 'no acumulable'],
  ['marketing', 1, 'aproveite'], ['marketing', 1, 'aprovecha'], ['marketing', 1, 'descadastre-se'], ['marketing', 1, 'descadastrar'],
  ['marketing', 1, 'parar de receber'], ['marketing', 1, 'cotação'], ['marketing', 1, 'cotacao'], ['marketing', 1, 'cotización'], ['marketing', 1, 'cotizacion'],
  // … and the products they sell: health plans, insurance, payroll and pre-approved loans
  ['finance', 2, 'plano de saúde'], ['finance', 2, 'plano de saude'], ['finance', 2, 'planos de saúde'], ['finance', 2, 'planos de saude'],
  ['finance', 2, 'seguro auto'], ['finance', 2, 'seguro de vida'], ['finance', 2, 'empréstimo consignado'], ['finance', 2, 'emprestimo consignado'],
  ['finance', 2, 'crédito pré-aprovado'], ['finance', 2, 'credito pre-aprovado'], ['finance', 2, 'seguro de salud'], ['finance', 2, 'seguro médico'],
  ['finance', 2, 'seguro medico'], ['finance', 2, 'préstamo personal'], ['finance', 2, 'prestamo personal'], ['finance', 2, 'crédito rápido'],
  ['finance', 2, 'credito rapido'], ['finance', 1, 'rede credenciada'],
  // fr, es, pt dating adverts and fr marketing letters (session 41): the classifier's spam vote on French text counts for less
  // without bulk shape or an unwanted topic (CONTENT_CLASSIFIER_SPAM_LANGUAGE_UNSEEN), and these adverts' words were read by no
  // category ("Venez rencontrer l'âme sœur … Inscription gratuite", "Rencontrez l'amour pour la vie ou juste pour une nuit…
  // Toujours coquin", the SpamAssassin training split's French dating advert; "informations commerciales et offres
  // partenaires", its French IT-services advert). 0 of the SpamAssassin ham and of the modern-ham probe's fr, es and pt mail.
  ['dating', 3, 'rencontres coquines'], ['dating', 3, 'rencontre coquine'], ['dating', 3, 'plan cul'], ['dating', 3, 'plans cul'],
  ['dating', 2, 'coquine'], ['dating', 2, 'coquines'], ['dating', 2, 'âme sœur'], ['dating', 2, 'âme soeur'], ['dating', 2, 'ame soeur'],
  ['dating', 2, 'site de rencontre'], ['dating', 2, 'sites de rencontre'], ['dating', 2, 'site de rencontres'], ['dating', 2, 'célibataires'],
  ['dating', 2, 'celibataires'], ['dating', 2, 'femmes seules'], ['dating', 2, 'rencontres discrètes'], ['dating', 2, 'rencontre discrète'],
  ['dating', 2, 'sans lendemain'], ['dating', 2, 'pour une nuit'], ['dating', 1, 'coquin'], ['dating', 1, 'rencontrez'],
  ['dating', 2, 'mujeres solteras'], ['dating', 2, 'chicas solteras'], ['dating', 2, 'chicas calientes'], ['dating', 2, 'sitio de citas'],
  ['dating', 2, 'encuentros casuales'], ['dating', 2, 'alma gemela'], ['dating', 2, 'mulheres solteiras'], ['dating', 2, 'site de namoro'],
  ['dating', 2, 'encontros casuais'], ['dating', 2, 'alma gêmea'], ['dating', 2, 'alma gemea'],
  ['marketing', 2, 'inscription gratuite'], ['marketing', 2, 'offres partenaires'], ['marketing', 2, 'offres de nos partenaires'],
  ['marketing', 2, 'informations commerciales'], ['marketing', 2, 'offres commerciales'], ['marketing', 2, 'sans engagement'],
  ['marketing', 2, 'satisfait ou remboursé'], ['marketing', 2, 'satisfait ou rembourse'], ['marketing', 2, 'offre spéciale'],
  ['marketing', 2, 'code promo'], ['marketing', 2, 'livraison gratuite'], ['marketing', 2, 'livraison offerte'], ['marketing', 2, 'prix cassés'],
  ['marketing', 2, 'dans la limite des stocks'], ['marketing', 1, 'gratuitement'],
  ['marketing', 2, 'envío gratis'], ['marketing', 2, 'envio gratis'], ['marketing', 2, 'oferta especial'], ['marketing', 2, 'frete grátis'],
  ['marketing', 2, 'frete gratis'], ['marketing', 2, 'cupom de desconto'],
  // en counterfeit ("OEM") software adverts (session 46), spam since 2003 and sold today as "lifetime" licence keys: "PRICES
  // SLASHED … OEM Bundle #1 … Retail price: $5000.00 Your price: $200.00 … Hurry, offer ends today!" (Nazario phishing0 #356,
  // clean at 5.0). None of the rows in the SpamAssassin ham (retail price: 6 ham, weight 1) or the modern-ham probe.
  ['marketing', 3, 'oem software'], ['marketing', 3, 'oem bundle'], ['marketing', 3, 'oem price'], ['marketing', 3, 'oem prices'],
  ['marketing', 2, 'oem version'], ['marketing', 2, 'oem versions'], ['marketing', 2, 'lifetime license'], ['marketing', 2, 'lifetime licence'],
  ['marketing', 2, 'cheap software'], ['marketing', 2, 'discount software'], ['marketing', 2, 'prices slashed'], ['marketing', 2, 'offer ends today'],
  ['marketing', 1, 'retail price'], ['marketing', 1, 'your price'],
];
