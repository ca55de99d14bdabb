/**
 * File transfer and one-file upload services (session 23, issue 17): a link there is one upload handed over to be
 * downloaded — what someone sent — not a page of the service's own. Malspam moves from host to host as each takes its
 * files down, so this is data that grows: spamlab's own short list of services seen delivering malware in 2023–2026 whose
 * download addresses lures.ts has no row for; `links.listsDir` (file_transfer_hosts.txt, the same one-entry-a-line format)
 * adds the operator's. An entry with a path (`filemail.com/d/`) matches only under it, and the link must name something
 * after that path; a host alone (`file.io`) matches a link whose path or query holds an upload's identifier (letters and
 * digits, at least five, one a digit): the service's own pages (`/pricing`, `/about`) are no upload.
 */
export const FILE_TRANSFER_HOSTS: readonly string[] = [
  '1fichier.com', 'file.io', 'fromsmash.com', 'dropmefiles.com', 'sendgb.com', 'ufile.io', 'buzzheavier.com', 'temp.sh', 'bashupload.com',
  'oshi.at', 'megaup.net', 'filebin.net', 'tmpfiles.org', 'uploadnow.io', 'wormhole.app', 'sendanywhe.re',
  'transfernow.net/dl/', 'filemail.com/d/', 'filemail.com/t/', 'swisstransfer.com/d/', 'limewire.com/d/', 'transfer.it/t/', 'workupload.com/file/',
  'workupload.com/archive/', 'terabox.com/s/', '1024terabox.com/s/', 'qiwi.gg/file/', 'uploadhaven.com/download/', 'transferxl.com/download/',
  'bowfile.com',
];
