import type { ParsedMessage } from '../../mail/types.js';
import type { Check, CheckOutput, Finding } from '../types.js';
import { unlinkedFirstLetter } from './chat-app-offer.js';
import { gramGate, gramsMayMatch } from './head-grams.js';
import { muleJobParts } from './mule-job.js';
import { headRead, warnsAboutScheme } from './scam-structure.js';
import { firstSentenceHolding } from './sentences.js';
import { lazyRegExp } from '../../mail/lazy-regexp.js';
import { gatedAlternation, type GatedPart } from '../../mail/gated-alternation.js';
import { wordStartAlternatives } from '../../mail/word-start.js';

/**
 * Session 58 (issue 17 item 6, helper scam58): the advance-fee job — "you have been selected for the position of warehouse
 * supervisor in Toronto … to process your work permit and visa, you are required to pay the processing fee of $350 to our
 * immigration agent; reply to receive the payment details", the "mandatory training" the new employee pays for, the work
 * equipment bought "from our approved vendor", the crew member "responsible for the cost of the medical examination and travel
 * documents". Scam-variants' known gap of session 57: no transfer named (fee-to-person.ts wants one), no page, and the fee
 * terms of ADVANCE_FEE_ASKED want a payout. Three moves in a first message (no conversation, no list) with **no web link to
 * act on**:
 * - **the reader is hired** (HIRED: "you have been selected / hired / shortlisted", "your application has been approved",
 *   "we are pleased to offer you the position", "Sie wurden … ausgewählt", "votre candidature a été retenue", "ha sido
 *   seleccionado", "você foi selecionado", "è stato selezionato", "u bent geselecteerd", 採用が決定, 内定) beside the offer as work
 *   (mule-job's JOB: a job, position, salary …);
 * - **a fee of the hiring** (FEE: visa, work permit, processing, training, registration, medical, documents, equipment fees or
 *   their cost), and
 * - **the reader asked to pay it**, in the fee's own sentence (PAY: "you are required to pay", "is paid by the new employee",
 *   "you are responsible for the cost", "müssen Sie … zahlen", "vous devez payer", "debe pagar", "é necessário pagar", "deve
 *   pagare", "moet u … betalen", お支払いいただく).
 * An employer pays its hire's visa or says there is nothing to pay (NO_FEE: "the company pays", "no cost to you", "keine
 * Kosten", "sans frais" …); an exchange programme that leaves a government fee to the applicant links to where it is paid.
 * CONTENT_JOB_FEE_STRANGER (composites.ts) adds the sender who owns no domain or is answered elsewhere. Not in a text that
 * warns about the scheme.
 *
 * Read in the letter unlinkedFirstLetter folds; alternatives of literals with bounded gaps,
 * then the sentences one by one: linear.
 */

/**
 * HIRED's words as trigram lists (head-grams.ts); accented ones by their ASCII pieces ("seleccionado" whole, "ausgewählt" →
 * "ausgew", "sélectionné" → "lectionn"). A Japanese text is read without the gate.
 */
const HIRED_GRAMS = gramGate([
  'selected', 'shortlisted', 'hired', 'recruited', 'approved', 'accepted', 'successful', 'offer you', 'got the job', 'employment',
  'ausgew', 'eingestellt', 'angenommen', 'bewerbung', 'retenu', 'lectionn', 'embauch', 'recrut', 'candidature', 'poste',
  'seleccionad', 'contratad', 'aceptad', 'aprobada', 'solicitud', 'puesto', 'selecionad', 'aprovad', 'contratad', 'vaga',
  'selezionat', 'assunt', 'candidatura', 'posizione', 'geselecteerd', 'aangenomen', 'goedgekeurd', 'sollicitatie', 'functie', 'anzubieten', 'anbieten', 'oferecer',
]);

/**
 * The reader given the job (en de fr es pt it nl; ja 採用 and 内定 name a hire by themselves). Folded text. As written (HIRED_SOURCE:
 * the parts joined), a part a language, each with its gates (words every match of the part holds). Exported for that test.
 */
export const HIRED_PARTS: readonly GatedPart[] = [
  { source: '\\byou (?:have been|were|are|ve been) (?:successfully )?(?:selected|shortlisted|hired|recruited|chosen|accepted|approved|appointed|employed)\\b|\\byour (?:job |employment )?application (?:has been|was|is) (?:approved|accepted|successful|shortlisted|selected)\\b|\\b(?:pleased|happy|delighted|glad) to offer you\\b|\\boffer(?:ing)? you (?:the|a|this) (?:position|job|role|post|employment)\\b|\\byou got the job\\b|\\b(?:offer of employment|employment (?:letter|offer|contract)|appointment letter)\\b|\\bsuccessful (?:candidate|applicant)\\b', gates: [/you|employment|appointment letter|successful/] },
  { source: '\\bihnen (?:die|eine|unsere) (?:stelle|position|tatigkeit)\\b[^.!?\\n]{0,80}?\\b(?:anzubieten|anbieten)\\b|\\bsie (?:wurden|sind) (?:fur|als)\\b[^.!?\\n]{0,60}?\\b(?:ausgewahlt|eingestellt|angenommen)\\b|\\bsie (?:wurden|sind) (?:ausgewahlt|eingestellt|angenommen)\\b|\\bihre bewerbung (?:wurde|ist) (?:angenommen|erfolgreich|genehmigt|ausgewahlt|positiv)\\b|\\b(?:bieten|anbieten) (?:ihnen|dir) die stelle\\b', gates: [/\b(?:ihnen|sie|dir) |bewerbung/] },
  { source: "\\bvous (?:avez ete|etes) (?:retenue?s?|selectionnee?s?|embauchee?s?|recrutee?s?|acceptee?s?|choisie?s?)\\b|\\bvotre candidature (?:a ete|est) (?:retenue|acceptee|approuvee|validee|selectionnee)\\b|\\bvous (?:proposer|offrir) le poste\\b", gates: [/\bvous |candidature/] },
  { source: '\\b(?:usted )?ha sido (?:seleccionad[oa]|contratad[oa]|aceptad[oa]|elegid[oa]|escogid[oa])\\b|\\bsu (?:solicitud|candidatura)(?: de empleo)? (?:ha sido|fue) (?:aprobada|aceptada|seleccionada)\\b|\\bofrecerle el puesto\\b', gates: [/ha sido|solicitud|candidatura|puesto/] },
  { source: '\\b(?:voce|vc|o senhor|a senhora) foi (?:selecionad[oa]|contratad[oa]|aprovad[oa]|aceit[oa]|escolhid[oa])\\b|\\b(?:a )?sua candidatura foi (?:aprovada|aceita|selecionada)\\b|\\boferecer(?:-lhe)? a vaga\\b|\\b(?:lhe )?oferecer(?:-lhe)? o (?:cargo|lugar|posto)\\b', gates: [/\bfoi |oferecer/] },
  { source: "\\b(?:e|sei) stat[oa] (?:selezionat[oa]|assunt[oa]|scelt[oa]|accettat[oa])\\b|\\bla (?:sua|tua) candidatura e stata (?:approvata|accettata|selezionata)\\b|\\boffrirle la posizione\\b", gates: [/\bstat[oa] |offrirle/] },
  { source: '\\b(?:u bent|je bent|jij bent) (?:geselecteerd|aangenomen|gekozen)\\b|\\b(?:uw|je) sollicitatie is (?:goedgekeurd|geaccepteerd|geselecteerd)\\b', gates: [/\bbent |sollicitatie/] },
  { source: '採用(?:が|を)?(?:決定|内定)|採用されました|採用させていただ|内定', gates: [/採用|内定/] },
];
export const HIRED_SOURCE = HIRED_PARTS.map((p) => p.source).join('|');
/**
 * HIRED's match in a folded letter: each part with `\b` taken out of its alternatives, run only when its gates hold (gatedAlternation:
 * the match of the one pattern, hiredWritten; job-fee.test.ts). Why (session 66, issue 18): as one pattern it compiled to 189–263 KB
 * of machine code (Latin-1 and UC16) for every letter with a hiring word; an English letter now compiles the English part.
 */
export const HIRED = gatedAlternation(HIRED_PARTS, { prepare: wordStartAlternatives });
/** HIRED as the one pattern it ran as before session 66. */
export const hiredWritten = (): RegExp => new RegExp(wordStartAlternatives(HIRED_SOURCE));

/** Work named in a Japanese text (mule-job's JOB reads 仕事, 求人, 在宅 …). */
const JOB_JA = /月給|給与|給料|勤務|職種|スタッフ/;

/** A fee of the hiring: visa, permit, processing, training, registration, medical, documents, equipment (folded text). */
const FEE = lazyRegExp(() => new RegExp(
  [
    '\\b(?:visa|permit|processing|training|certification|registration|application|medical|documentation|onboarding|equipment|uniform|kit|agency|placement|background check) (?:fees?|costs?|charges?)\\b|\\b(?:cost|costs|price|fee) (?:of|for) (?:your |the )?(?:work )?(?:visa|permit|work permit|training|course|medical|examination|documents|travel documents|equipment|laptop|uniform|kit)\\b|\\b(?:purchase|buy) (?:your|the) (?:work )?(?:equipment|laptop|starter kit|kit|uniform)\\b',
    '\\b(?:bearbeitungs|visa|visum|anmelde|registrierungs|schulungs|ausbildungs|vermittlungs|antrags|einarbeitungs)gebuhr(?:en)?\\b|\\bkosten (?:fur|des|der) (?:ihr(?:e|en)? |das |die |den )?(?:visum|visums|arbeitserlaubnis|schulung|ausrustung|dokumente|medizinische)\\b|\\b(?:visum|arbeitserlaubnis|schulung)s?kosten\\b|\\b(?:ihre|die) (?:arbeitsausrustung|ausrustung|pflichtschulung)\\b',
    '\\bfrais (?:de |d\')?(?:dossier|visa|traitement|formation|inscription|visite medicale|equipement|permis|placement|agence)\\b|\\bcout (?:du|de la|de votre|des) (?:visa|formation|permis|equipement|documents)\\b',
    '\\b(?:tasa|tarifa|cuota|gastos|costo|coste) (?:de |del |por )?(?:tramitacion|visado|visa|procesamiento|inscripcion|formacion|capacitacion|equipo|permiso|documentacion|registro)\\b|\\b(?:la|una) (?:formacion|capacitacion) obligatoria\\b|\\b(?:el|su) equipo de trabajo\\b',
    '\\b(?:taxa|custo|custos|tarifa) (?:de |do |da |dos )?(?:processamento|visto|inscricao|treinamento|formacao|documentacao|equipamento|autorizacao|registro|matricula)\\b|\\ba (?:formacao|capacitacao) obrigatoria\\b|\\bo (?:seu )?equipamento de trabalho\\b',
    "\\b(?:tassa|spese|costo|costi|quota) (?:di |del |della |per (?:il |la |l')?)?(?:elaborazione|pratica|visto|formazione|iscrizione|attrezzatura|permesso|documenti|registrazione)\\b|\\btassa di \\d",
    '\\b(?:administratie|visum|verwerkings|inschrijf|opleidings|trainings|bemiddelings|registratie)kosten\\b|\\bkosten (?:voor|van) (?:uw |het |de )?(?:visum|werkvergunning|opleiding|training|uitrusting|documenten)\\b',
  ].join('|') + '|手数料|研修費|登録料|保証金|ビザ(?:申請)?(?:費用|代)|費用',
));

/** The reader asked to pay it (folded text). */
const PAY = lazyRegExp(() => new RegExp(
  [
    '\\byou (?:are|will be) (?:required|expected|asked) to (?:pay|purchase|buy|cover|send)\\b|\\byou (?:will |would )?(?:need|have|must|should) (?:to )?(?:pay|purchase|buy|cover|send)\\b|\\byou must (?:pay|purchase|buy|cover|send)\\b|\\b(?:paid|payable|borne|covered) by (?:you|the (?:applicant|candidate|new (?:employee|hire|crew member)|employee|worker))\\b|\\byou (?:are|will be) responsible for (?:the cost|the costs|paying|the fees?|the payment)\\b|\\bas a new (?:crew member|employee|hire)\\b[^.!?\\n]{0,60}?\\bresponsible for\\b|\\bkindly (?:pay|send)\\b',
    '\\b(?:(?:mussen|muessen) sie|sie (?:mussen|muessen))\\b[^.!?\\n]{0,80}?\\b(?:zahlen|bezahlen|uberweisen|entrichten|kaufen|begleichen)\\b|\\bvon ihnen zu (?:zahlen|tragen|entrichten)\\b|\\b(?:zahlen|bezahlen|entrichten) sie\\b',
    '\\bvous (?:devez|devrez|deviez) (?:payer|regler|acheter|verser|acquitter)\\b|\\ba (?:votre|la) charge(?: du candidat)?\\b',
    '\\b(?:debe|debera|tiene que|tendra que|necesita) (?:pagar|abonar|comprar|cubrir)\\b|\\ba cargo del (?:candidato|solicitante|trabajador)\\b|\\bcorre(?:n)? por su cuenta\\b',
    '\\b(?:e|sera) (?:necessario|obrigatorio) (?:pagar|efetuar o pagamento|comprar)\\b|\\b(?:deve|devera|precisa|precisara|tera que|tem que|tem de|tera de) (?:pagar|comprar|efetuar)\\b|\\ba cargo do candidato\\b|\\bpor sua conta\\b',
    "\\b(?:deve|dovra|dovrai|devi) (?:pagare|versare|acquistare|saldare)\\b|\\ba (?:suo|tuo) carico\\b|\\ba carico del candidato\\b",
    '\\b(?:(?:moet|dient|moeten) (?:u|je|jij)|(?:u|je|jij) (?:moet|dient))\\b[^.!?\\n]{0,80}?\\b(?:betalen|kopen|voldoen|overmaken|aanschaffen)\\b|\\bvoor (?:uw|je) eigen rekening\\b',
  ].join('|') + '|お支払いいただ|お支払い(?:ください|が必要)|ご負担|支払う必要|お振込み?ください|振り込んでください',
));

/**
 * The employer pays, or there is nothing to pay. Not "free" alone: the scam offers free accommodation ("alojamiento gratuito",
 * "logement gratuit", 住居無料) as readily as a real employer.
 */
const NO_FEE = lazyRegExp(() => new RegExp(
  [
    '\\b(?:the company|the employer|we) (?:will )?(?:pays?|covers?|bears?|sponsors?|cover all|pay all)\\b[^.!?\\n]{0,40}?\\b(?:visa|permit|fees?|costs?)\\b|\\b(?:at )?no (?:cost|charge|fee) (?:to you|for (?:you|applicants|candidates))\\b|\\bthere is (?:nothing|no fee) to pay\\b|\\bnever (?:ask|charge)\\b[^.!?\\n]{0,30}?\\b(?:fee|pay|money)\\b',
    '\\b(?:keine|ohne) (?:kosten|gebuhren)\\b|\\b(?:ubernimmt|zahlt|tragt) (?:der arbeitgeber|das unternehmen|die firma)\\b',
    "\\bsans frais\\b|\\b(?:l'employeur|l'entreprise) (?:prend en charge|paie|paye)\\b",
    '\\bsin (?:coste|costo|cargo)\\b|\\bla empresa (?:paga|cubre|asume)\\b',
    '\\bsem (?:custo|custos|taxas)\\b|\\ba empresa (?:paga|cobre|assume)\\b',
    "\\bsenza (?:costi|spese)\\b|\\bl'azienda (?:paga|copre|sostiene)\\b",
    '\\bgeen kosten\\b|\\bde werkgever (?:betaalt|vergoedt)\\b',
  ].join('|') + '|費用は(?:当社|弊社|会社)(?:が|で)負担',
));

export interface JobFee {
  hired: string;
  fee: string;
  pay: string;
}

/** The hire, its fee and the reader asked to pay it, in a first message with no web link (see the module's comment), or null. */
export function jobFee(msg: ParsedMessage): JobFee | null {
  const read = headRead(msg);
  if (!read.wide && !gramsMayMatch(HIRED_GRAMS, read.grams)) return null;
  const folded = unlinkedFirstLetter(msg);
  if (folded === null) return null;
  const hired = HIRED(folded);
  if (!hired || !(muleJobParts.job.test(folded) || JOB_JA.test(folded))) return null;
  const found = firstSentenceHolding(folded, PAY(), FEE());
  if (!found || NO_FEE().test(folded) || warnsAboutScheme(folded)) return null;
  return { hired: hired[0], pay: found[0], fee: found[1] };
}

export function jobFeeCheck(): Check {
  return {
    name: 'content.job-fee',
    description: 'A job offered to the reader with a fee of the hiring (visa, permit, training, equipment) to be paid by the reader, in a first message with no web link',
    emits: ['CONTENT_JOB_FEE'],
    run(msg: ParsedMessage): CheckOutput {
      const found = jobFee(msg);
      const findings: Finding[] = found ? [{ id: 'CONTENT_JOB_FEE', evidence: `"${found.hired}" … "${found.pay}" … "${found.fee}"; no page to pay on`, data: { ...found } }] : [];
      return { findings };
    },
  };
}
