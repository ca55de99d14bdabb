import type { CheckFamily, Check } from '../types.js';
import { becOpenerCheck } from './bec-opener.js';
import { bulkTracesCheck } from './bulk-traces.js';
import { categoriesCheck } from './categories.js';
import { classifierCheck } from './classifier.js';
import { firstContactCheck } from './first-contact.js';
import { gamblingAdvertCheck } from './gambling-advert.js';
import { cryptoHostCheck } from './crypto-host.js';
import { gtubeCheck } from './gtube.js';
import { imageLureCheck } from './image-lure.js';
import { legalNoticeCheck } from './legal-notice.js';
import { noticeLureCheck } from './notice-lure.js';
import { passwordByReplyCheck } from './password-by-reply.js';
import { prizeLureCheck } from './prize-lure.js';
import { payoutClaimCheck } from './payout-claim.js';
import { pasteAndRunCheck } from './paste-and-run.js';
import { obfuscationCheck } from './obfuscation.js';
import { scamStructureCheck } from './scam-structure.js';
import { templateSlotsCheck } from './template-slots.js';
import { detailsAskedCheck } from './details-asked.js';
import { muleJobCheck } from './mule-job.js';
import { recoveryOfferCheck } from './recovery-offer.js';
import { chatAppOfferCheck } from './chat-app-offer.js';
import { servicePitchCheck } from './service-pitch.js';
import { loanOfferCheck } from './loan-offer.js';
import { matterOpenerCheck } from './matter-opener.js';
import { payrollDiversionCheck } from './payroll-diversion.js';
import { windfallOfferCheck } from './windfall-offer.js';
import { dailyIncomeCheck } from './daily-income.js';
import { japanesePitchCheck } from './investment-pitch-japanese.js';
import { donationAppealCheck } from './donation-appeal.js';
import { feeToPersonCheck } from './fee-to-person.js';
import { jobFeeCheck } from './job-fee.js';
import { consignmentFeeCheck } from './consignment-fee.js';
import { allowanceOfferCheck } from './allowance-offer.js';
import { blessingHookCheck } from './blessing-hook.js';
import { middlemanOfferCheck } from './middleman-offer.js';
import { classifiedAdCheck } from './classified-ad.js';
import { transferShareCheck } from './transfer-share.js';
import { debtReliefCallbackCheck } from './debt-relief-callback.js';
import { psychicLetterCheck } from './psychic-letter.js';
import { tradingAcquaintanceCheck } from './trading-acquaintance.js';
import { refundByReplyCheck } from './refund-by-reply.js';
import { callbackSubjectCheck } from './callback-subject.js';
import { themesCheck } from './themes.js';
import { readingInput } from '../input.js';

/**
 * The content family: the trainable statistical classifier (its model loaded once per process by the
 * composition root and handed in as `services.classifierModel`), spam categories and event themes, and
 * the GTUBE test string. Each check reads the message through checkInput (src/checks/input.ts): the subject cut to what content is read
 * with.
 */
export const contentFamily: CheckFamily = {
  name: 'content',
  create({ config, services }): Check[] {
    const { classifier, categories, themes } = config.content;
    const checks: Check[] = [gtubeCheck()];
    if (classifier.enabled) {
      // A missing or corrupt model must not stop the scanner: the check reports it on every message.
      checks.push(classifierCheck(classifier, services.classifierModel ?? { error: 'no classifier model was loaded (the composition root loads it: src/runtime)' }));
    }
    if (categories.enabled) checks.push(categoriesCheck(categories, services.contentTermIndex), imageLureCheck(), obfuscationCheck(services.brands), cryptoHostCheck(services.linkLists), noticeLureCheck(), becOpenerCheck(services.freemail), legalNoticeCheck(), passwordByReplyCheck(), pasteAndRunCheck(), scamStructureCheck(config.links.qr, services.freemail), firstContactCheck(services.freemail), gamblingAdvertCheck(), templateSlotsCheck(), bulkTracesCheck(), detailsAskedCheck(), payoutClaimCheck(services.freemail), muleJobCheck(), recoveryOfferCheck(), chatAppOfferCheck(), loanOfferCheck(), matterOpenerCheck(), payrollDiversionCheck(services.freemail), windfallOfferCheck(), japanesePitchCheck(), donationAppealCheck(), dailyIncomeCheck(), feeToPersonCheck(), jobFeeCheck(), consignmentFeeCheck(), allowanceOfferCheck(), servicePitchCheck(), blessingHookCheck(), middlemanOfferCheck(), classifiedAdCheck(), transferShareCheck(), debtReliefCallbackCheck(), psychicLetterCheck(), tradingAcquaintanceCheck(), refundByReplyCheck(), callbackSubjectCheck());
    // Brand prize, survey and loyalty-reward lures, weighed by whose reward they claim (the brand registry).
    if (categories.enabled) checks.push(prizeLureCheck(services.brands));
    if (themes.enabled) checks.push(themesCheck(themes, categories.maxTextChars, services.contentTermIndex));
    // Every reader gets the message through one seam (../input.ts): a subject of filler cannot push the body out of its reading.
    return checks.map(readingInput);
  },
};
