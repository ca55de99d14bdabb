import { registrableIcann } from '../../links/registrable.js';
import type { Check, Finding } from '../types.js';

/**
 * Identity headers every real client writes: Message-ID, From, recipients. Also compares the envelope
 * sender with From at the organisation level (registrable domain), since a mail service legitimately
 * uses its own bounce domain under a customer's From.
 */
const MANY_RECIPIENTS = 25;
// RFC 5322 msg-id: "<" id-left "@" id-right ">"; spamware often writes bare tokens or spaces.
const MESSAGE_ID_SHAPE = /^[^\s<>@]+@[^\s<>@]+$/;

const registrable = (domain: string) => registrableIcann(domain) ?? domain;

export const identityCheck: Check = {
  name: 'headers.identity',
  description: 'Message-ID, From, recipients and envelope sender are present and consistent',
  emits: ['HDR_MESSAGE_ID_MISSING', 'HDR_MESSAGE_ID_MALFORMED', 'HDR_FROM_MISSING', 'HDR_FROM_RETURN_PATH_MISMATCH', 'HDR_TO_MISSING', 'HDR_TO_MANY', 'HDR_TO_SELF'],
  run(msg) {
    const findings: Finding[] = [];
    const rawId = msg.headerIndex.get('message-id')?.[0]?.value.trim();
    if (!rawId) findings.push({ id: 'HDR_MESSAGE_ID_MISSING', evidence: 'no Message-ID header' });
    else if (!MESSAGE_ID_SHAPE.test(rawId.replace(/^<|>$/g, ''))) findings.push({ id: 'HDR_MESSAGE_ID_MALFORMED', evidence: rawId.slice(0, 200) });

    const from = msg.from[0];
    if (!from || !from.domain) {
      findings.push({ id: 'HDR_FROM_MISSING', evidence: msg.headerIndex.get('from')?.[0]?.value.slice(0, 200) || 'no From header' });
    } else if (msg.returnPath) {
      const at = msg.returnPath.lastIndexOf('@');
      const bounceDomain = at > 0 ? msg.returnPath.slice(at + 1).toLowerCase() : '';
      if (bounceDomain && registrable(bounceDomain) !== registrable(from.asciiDomain || from.domain)) {
        findings.push({
          id: 'HDR_FROM_RETURN_PATH_MISMATCH',
          evidence: `From ${from.domain}, Return-Path ${bounceDomain}`,
          data: { from: from.domain, returnPath: bounceDomain },
        });
      }
    }

    const visible = msg.to.length + msg.cc.length;
    if (visible === 0) findings.push({ id: 'HDR_TO_MISSING', evidence: msg.headerIndex.get('to')?.[0]?.value.slice(0, 100) || 'no To or Cc' });
    else if (visible >= MANY_RECIPIENTS) findings.push({ id: 'HDR_TO_MANY', evidence: `${visible} recipients in To/Cc`, data: { count: visible } });
    // Session 37: addressed to the sender alone, the readers in Bcc (a borrowed mailbox's blast to its address book: "RE: FYI
    // GRANT" from and to the same municipal account, answers asked at a free-mail Reply-To). Informational; composites weigh it.
    else if (visible === 1 && from?.address && msg.to[0]?.address.toLowerCase() === from.address.toLowerCase()) {
      findings.push({ id: 'HDR_TO_SELF', evidence: `To is the sender's own address ${from.address.slice(0, 100)}` });
    }
    return { findings };
  },
};
