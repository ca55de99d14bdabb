import { DomainList } from './domain-list.js';
import { FREE_FILE_HOSTS, TENANT_SENDER_HOSTS } from './file-hosts.js';
import { ESP_TRACKERS, LINK_WRAPPERS, OPEN_REDIRECTORS } from './redirectors.js';
import { URL_SHORTENERS } from './shorteners.js';
import { SUSPICIOUS_TLDS } from './tlds.js';
import { FILE_TRANSFER_HOSTS } from './transfer-hosts.js';

export { DomainList, parseListText } from './domain-list.js';
export { REDIRECT_PARAMETERS } from './redirectors.js';

/** The host lists link analysis consults. */
export interface LinkLists {
  shorteners: DomainList;
  fileHosts: DomainList;
  suspiciousTlds: DomainList;
  openRedirectors: DomainList;
  wrappers: DomainList;
  espTrackers: DomainList;
  /** Hosts where anyone gets a subdomain (app, site, file and form hosts, mail tenants): the sender side's list. */
  tenantHosts: DomainList;
  /** File transfer services whose every upload link is a file to download (transfer-hosts.ts); also file hosts. */
  transferHosts: DomainList;
}

/**
 * Files read from `links.listsDir`, added to the shipped lists (one host or TLD a line, `#` comments):
 * the names used by the public lists in ../shared/data/lists.
 */
export const LIST_FILES = {
  shorteners: 'url_shorteners.txt',
  fileHosts: 'free_file_hosts.txt',
  suspiciousTlds: 'suspicious_tlds.txt',
  openRedirectors: 'open_redirectors.txt',
  espTrackers: 'esp_trackers.txt',
  transferHosts: 'file_transfer_hosts.txt',
} as const;

/** Entries added to the shipped lists (the composition root reads them from the LIST_FILES of `links.listsDir`). */
export type ExtraLinkLists = Partial<Record<keyof typeof LIST_FILES, readonly string[]>>;

/**
 * The shipped lists, plus the operator's extra entries.
 * @example buildLinkLists({ shorteners: ['s.example'] }).shorteners.match('bit.ly') // 'bit.ly'
 */
export function buildLinkLists(extra: ExtraLinkLists = {}): LinkLists {
  // A transfer service is a free file host too (its links are no disposable host's otherwise): its host names join that list.
  const transferHostNames = [...FILE_TRANSFER_HOSTS, ...(extra.transferHosts ?? [])].map((entry) => (entry.includes('/') ? entry.slice(0, entry.indexOf('/')) : entry));
  return {
    shorteners: new DomainList('url shorteners', URL_SHORTENERS).add(extra.shorteners ?? []),
    fileHosts: new DomainList('free file hosts', FREE_FILE_HOSTS).add(extra.fileHosts ?? []).add(transferHostNames),
    suspiciousTlds: new DomainList('suspicious TLDs', SUSPICIOUS_TLDS).add(extra.suspiciousTlds ?? []),
    openRedirectors: new DomainList('open redirectors', OPEN_REDIRECTORS).add(extra.openRedirectors ?? []),
    wrappers: new DomainList('link wrappers', LINK_WRAPPERS),
    espTrackers: new DomainList('ESP click trackers', ESP_TRACKERS).add(extra.espTrackers ?? []),
    tenantHosts: new DomainList('tenant hosts', TENANT_SENDER_HOSTS).add(FREE_FILE_HOSTS.filter((h) => !h.includes('/'))).add(extra.fileHosts ?? []),
    transferHosts: new DomainList('file transfer hosts', FILE_TRANSFER_HOSTS).add(extra.transferHosts ?? []),
  };
}
