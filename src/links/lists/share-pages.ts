import { DomainList } from './domain-list.js';

/**
 * File-sharing services whose share pages the service itself draws (session 24): a link there shows one uploaded file or
 * folder in the service's own page, under the service's sign-in — the page says what the file is and who shared it, and an
 * uploader cannot put a page of their own there. Unlike the other free hosts (file-hosts.ts) — cloud storage
 * (`storage.googleapis.com`, `s3.amazonaws.com`, `web.core.windows.net`), site and app hosts (`sites.google.com`,
 * `script.google.com`), form builders (`docs.google.com/forms`, `forms.office.com`) — which serve whatever the uploader wrote,
 * a credential form included. Entries with a path match only under it (DomainList).
 *
 * Read by the sender family: a message whose links all go to such pages of the service it names (`the folder is on Google
 * Drive`) names the service it uses, not a sender it claims to be; and a brand's own domain that sends the reader only to its
 * own pages (a share notification from the service) asks for nothing elsewhere. A lure that sends the reader to a file there
 * and on from the file is not told apart by the link: the other signs (the lure's words, the classifier, the sender) decide.
 */
export const SHARE_SERVICE_PAGES: readonly string[] = [
  'drive.google.com', 'docs.google.com/document/', 'docs.google.com/spreadsheets/', 'docs.google.com/presentation/', 'docs.google.com/file/',
  'dropbox.com/s/', 'dropbox.com/sh/', 'dropbox.com/scl/', 'dropbox.com/t/', 'dropbox.com/l/', 'dropbox.com/home', 'dropbox.com/request/',
  'onedrive.live.com', '1drv.ms', 'sharepoint.com', 'wetransfer.com', 'we.tl',
];

export const shareServicePages = new DomainList('file-share pages', SHARE_SERVICE_PAGES);
