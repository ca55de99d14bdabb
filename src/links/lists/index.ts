import { DomainList, readListFile } from './domain-list.js';
import { FREE_FILE_HOSTS } from './file-hosts.js';
import { ESP_TRACKERS, LINK_WRAPPERS, OPEN_REDIRECTORS } from './redirectors.js';
import { URL_SHORTENERS } from './shorteners.js';
import { SUSPICIOUS_TLDS } from './tlds.js';

export { DomainList, readListFile } from './domain-list.js';
export { REDIRECT_PARAMETERS } from './redirectors.js';

/** The host lists link analysis consults. */
export interface LinkLists {
  shorteners: DomainList;
  fileHosts: DomainList;
  suspiciousTlds: DomainList;
  openRedirectors: DomainList;
  wrappers: DomainList;
  espTrackers: DomainList;
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
} as const;

/**
 * The shipped lists, plus the files of `dir` when given (read once, when the family is created).
 * @example buildLinkLists('/etc/spamlab/lists').shorteners.match('bit.ly') // 'bit.ly'
 */
export function buildLinkLists(dir?: string): LinkLists {
  const extra = (file: string) => (dir ? readListFile(dir, file) : []);
  return {
    shorteners: new DomainList('url shorteners', URL_SHORTENERS).add(extra(LIST_FILES.shorteners)),
    fileHosts: new DomainList('free file hosts', FREE_FILE_HOSTS).add(extra(LIST_FILES.fileHosts)),
    suspiciousTlds: new DomainList('suspicious TLDs', SUSPICIOUS_TLDS).add(extra(LIST_FILES.suspiciousTlds)),
    openRedirectors: new DomainList('open redirectors', OPEN_REDIRECTORS).add(extra(LIST_FILES.openRedirectors)),
    wrappers: new DomainList('link wrappers', LINK_WRAPPERS),
    espTrackers: new DomainList('ESP click trackers', ESP_TRACKERS).add(extra(LIST_FILES.espTrackers)),
  };
}
