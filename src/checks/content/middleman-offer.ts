import type { ParsedMessage } from '../../mail/types.js';
import type { Check, CheckOutput, Finding } from '../types.js';
import { unlinkedFirstLetter } from './chat-app-offer.js';
import { gramGate, gramsMayMatch } from './head-grams.js';
import { headRead, warnsAboutScheme } from './scam-structure.js';

/**
 * Session 59 (issue 17 item 6, helper scam59): the procurement middleman — "I am the purchasing manager of a pharmaceutical
 * company; we buy a raw material from a local supplier at $3,500 a litre and my company pays $7,800; I want you to stand as the
 * supplier so that we share the profit" (then a "sample" bought from the writer's accomplice). Written the same way in every
 * language ("dass Sie als Lieferant auftreten, damit wir den Gewinn teilen", "que vous vous présentiez comme fournisseur …
 * partager le bénéfice", "que usted se presente como proveedor … compartir la ganancia"). Two moves in a first message (no
 * conversation, no list) with no web link to act on: **the reader posing as the supplier** (POSE: "stand / act as the
 * supplier", "present you as the supplier", "als Lieferant auftreten", "vous présenter comme fournisseur", "se presente como
 * proveedor", "se apresente como fornecedor", "presentarsi come fornitore", "optreden als leverancier") and **the profit shared** with the writer (SHARE: "share the profit",
 * "den Gewinn teilen", "partager le bénéfice", "compartir la ganancia", "dividir o lucro", "dividere il profitto", "de winst
 * delen"). A buyer's genuine request for quotation asks for prices and shares nothing; CONTENT_MIDDLEMAN_OFFER_STRANGER
 * (composites.ts) adds the sender who owns no domain or is answered elsewhere. Not in a text that warns about the scheme.
 *
 * Read in the letter unlinkedFirstLetter folds; alternatives of literals with bounded gaps: linear.
 */

/** POSE's supplier words as trigram lists (head-grams.ts): the gate before any fold. */
const SUPPLIER_GRAMS = gramGate(['supplier', 'vendor', 'lieferant', 'fournisseur', 'proveedor', 'fornecedor', 'fornitore', 'leverancier']);

/**
 * The reader posing as the supplier or the vendor (folded text): a verb of standing, acting or presenting oneself, not "you as
 * the supplier" alone (a friend's "my cousin wants you as the supplier for his café, we could split the profit").
 */
const POSE =
  /\b(?:stand|act|pose|serve|front|register) as (?:the |a |our )?(?:new )?(?:local )?(?:supplier|vendor|contractor)\b|\bpresent (?:you|yourself) as (?:the |a |our )?(?:new )?(?:local )?(?:supplier|vendor)\b|\bals (?:neuer |neuen )?lieferant(?:en)?\b[^.!?\n]{0,30}?\b(?:auftreten|auftritt|vorstellen|einsetzen|eintragen|registrieren)\b|\b(?:presenter|presentiez|presentez|presente|passer pour|agir|agissiez) comme (?:le |notre |nouveau )?fournisseur\b|\b(?:present(?:e|es|ar|arse|arle)|actu(?:e|ar)|figur(?:e|ar)) como (?:el |nuevo |nuestro )?proveedor\b|\b(?:apresent(?:e|ar|ar-se|a-lo)|atu(?:e|ar)|passar|figurar) como (?:o |novo |nosso )?fornecedor\b|\b(?:presentar(?:si|la|ti)|presenti|agire|agisca|figurare|figuri) come (?:il |nuovo |nostro )?fornitore\b|\b(?:optreden|optreedt|presenteren|voordoen|fungeren|fungeert) als (?:de |nieuwe )?leverancier\b|\bals (?:de |nieuwe )?leverancier (?:optreedt|optreden|presenteren|voordoet|fungeert)\b/;

/** The profit shared with the writer (folded text). */
const SHARE =
  /\b(?:share|split) (?:the |our )?(?:profits?|margin|difference|gains?)\b|\bprofits? (?:will be )?(?:shared|split)\b|\b(?:den |unseren )?(?:gewinn|profit|differenz) (?:zu )?teilen\b|\bteilen (?:wir )?(?:uns )?(?:den|unseren) (?:gewinn|profit)\b|\bpartag(?:er|ions|eons|erons) (?:le |les |nos )?(?:benefices?|profits?|marges?|difference)\b|\b(?:compartir|compartamos|compartiremos|dividir|dividamos|dividiremos|repartir|repartamos|repartiremos) (?:la |las |los |el )?(?:ganancias?|beneficios?|margen|diferencia)\b|\b(?:dividir|dividirmos|dividiremos|partilhar|compartilhar) (?:o |os |a )?(?:lucros?|margem|diferenca)\b|\b(?:dividere|divideremo|dividiamo|spartire|spartiremo) (?:il |i |la )?(?:profitt[oi]|guadagn[oi]|margine|differenza)\b|\b(?:de |onze )?(?:winst|marge) (?:te )?delen\b/;

export interface MiddlemanOffer {
  pose: string;
  share: string;
}

/** The reader posing as the supplier and the profit shared, in a first letter with no web link (see the module's comment), or null. */
export function middlemanOffer(msg: ParsedMessage): MiddlemanOffer | null {
  const read = headRead(msg);
  if (read.wide || !gramsMayMatch(SUPPLIER_GRAMS, read.grams)) return null;
  const folded = unlinkedFirstLetter(msg);
  if (folded === null) return null;
  const pose = POSE.exec(folded);
  if (!pose) return null;
  const share = SHARE.exec(folded);
  if (!share || warnsAboutScheme(folded)) return null;
  return { pose: pose[0], share: share[0] };
}

export function middlemanOfferCheck(): Check {
  return {
    name: 'content.middleman-offer',
    description: 'The reader asked to pose as a company\'s supplier and share the profit, in a first message with no web link (the procurement middleman scam)',
    emits: ['CONTENT_MIDDLEMAN_OFFER'],
    run(msg: ParsedMessage): CheckOutput {
      const found = middlemanOffer(msg);
      const findings: Finding[] = found ? [{ id: 'CONTENT_MIDDLEMAN_OFFER', evidence: `"${found.pose}" … "${found.share}"; no web link to act on`, data: { ...found } }] : [];
      return { findings };
    },
  };
}
