/**
 * Free file sharing, form and site hosting services: anyone can put a page or a file there under a
 * reputable domain, so phishing kits and malware downloads live on them. spamlab's own compact list;
 * `links.listsDir` (free_file_hosts.txt) adds more. Entries with a path match only under it.
 */
export const FREE_FILE_HOSTS: readonly string[] = [
  'drive.google.com', 'docs.google.com', 'sites.google.com', 'storage.googleapis.com', 'storage.cloud.google.com', 'firebasestorage.googleapis.com',
  'forms.gle', 'script.google.com', 'dropbox.com', 'dl.dropboxusercontent.com', 'onedrive.live.com', '1drv.ms',
  'wetransfer.com', 'we.tl', 'mediafire.com', 'mega.nz', 'box.com', 'app.box.com', 'gofile.io', 'transfer.sh',
  'filebin.net', '0x0.st', 'ipfs.io', 'dweb.link', 'cloudflare-ipfs.com', 'pages.dev', 'workers.dev', 'r2.dev',
  'web.app', 'firebaseapp.com', 'glitch.me', 'netlify.app', 'vercel.app', 'herokuapp.com', '000webhostapp.com',
  'weebly.com', 'wixsite.com', 'blogspot.com', 'github.io', 'notion.site', 'typeform.com', 'jotform.com',
  'formstack.com', 's3.amazonaws.com', 'blob.core.windows.net', 'web.core.windows.net', 'azurewebsites.net',
  'sharepoint.com', 'backblazeb2.com', 'surge.sh', 'replit.app', 'repl.co', 'webflow.io', 'godaddysites.com',
  'square.site', 'ngrok.io', 'ngrok-free.app', 'trycloudflare.com', 'telegra.ph',
  // Telegraph's second domain (the same anonymous pages as telegra.ph) and Google's share links (share.google/…:
  // anyone's Drive file or page behind Google's name), both seen carrying form-typed crypto scams (session 6).
  'graph.org', 'share.google',
  // Serverless and app hosts (issue 17: landing pages of today's bank, tax and parcel phishing).
  'run.app', 'cloudfunctions.net', 'appspot.com', 'firebasestorage.app', 'amplifyapp.com', 'onrender.com', 'fly.dev',
  'railway.app', 'up.railway.app', 'deno.dev', 'deta.app', 'koyeb.app', 'cyclic.app', 'adaptable.app', 'azurestaticapps.net',
  'azureedge.net', 'azurefd.net', 'cloudapp.azure.com', 'amazonaws.com', 'lambda-url.us-east-1.on.aws', 'on.aws', 'oraclecloud.com',
  'digitaloceanspaces.com', 'ondigitalocean.app', 'linodeobjects.com', 'wasabisys.com', 'b-cdn.net', 'translate.goog',
  'codesandbox.io', 'csb.app', 'stackblitz.io', 'glideapp.io', 'bubbleapps.io', 'framer.app', 'framer.website', 'webnode.page',
  'carrd.co', 'strikingly.com', 'mystrikingly.com', 'yolasite.com', 'jimdosite.com', 'site123.me', 'tilda.ws', 'ukit.me',
  'wpcomstaging.com', 'wixstudio.io', 'editorx.io', 'hpage.com', 'gitbook.io', 'bitbucket.io', 'pythonanywhere.com',
  'streamlit.app', 'gradio.live', 'hf.space', 'rf.gd', 'epizy.com', 'wuaze.com', 'byethost.com', 'infinityfreeapp.com',
  'free.nf', 'mybluehost.me', 'hostingersite.com', 'zohosites.com', 'cloud-xip.com', 'sslip.io', 'nip.io', 'duckdns.org',
  'no-ip.org', 'ddns.net', 'hopto.org', 'serveo.net', 'loca.lt', 'pinggy.link',
  // The rest of the free dynamic-DNS names (No-IP's, FreeDNS's, Dynu's …): anyone's host under them in minutes, a
  // Correios "Ordem de Retirada" lure linked to sinmplses.servegame.org (session 9).
  'servegame.org', 'zapto.org', 'sytes.net', 'myftp.org', 'myftp.biz', 'serveftp.com', 'servehttp.com', 'redirectme.net',
  'bounceme.net', 'webhop.me', 'ddns.me', 'hopto.me', 'myvnc.com', 'gotdns.ch', 'servebeer.com', 'servepics.com', 'servemp3.com',
  'freeddns.org', 'mooo.com', 'dynu.net', 'dynv6.net', 'ddnsking.com', 'ddnsfree.com',
  // Not dyndns.org / dnsalias.com: self-hosted list members wrote from and linked to them for twenty years (2002 ham:
  // linuxfr.dyndns.org, a Debian archive on utelsystems.dyndns.org).
  // Blogger's country domains: they left the public-suffix list when Blogger moved to blogspot.com, but still
  // serve (and redirect) every blog; the honeypot's scams name them (www.jygihc.blogspot.qa).
  ...['ae', 'al', 'am', 'ba', 'be', 'bg', 'bj', 'ca', 'cf', 'ch', 'cl', 'co.at', 'co.id', 'co.il', 'co.ke', 'co.nz', 'co.uk', 'co.za',
    'com.ar', 'com.au', 'com.br', 'com.by', 'com.co', 'com.cy', 'com.ee', 'com.eg', 'com.es', 'com.mt', 'com.ng', 'com.tr', 'com.uy',
    'cv', 'cz', 'de', 'dk', 'fi', 'fr', 'gr', 'hk', 'hr', 'hu', 'ie', 'in', 'is', 'it', 'jp', 'kr', 'li', 'lt', 'lu', 'md', 'mk', 'mr',
    'mx', 'my', 'nl', 'no', 'pe', 'pt', 'qa', 're', 'ro', 'rs', 'ru', 'se', 'sg', 'si', 'sk', 'sn', 'td', 'tw', 'ug', 'vn'].map((cc) => `blogspot.${cc}`),
  // Form builders and document sharing.
  'forms.office.com', 'forms.microsoft.com', 'forms.app', 'formspree.io', 'getform.io', 'wufoo.com', 'cognitoforms.com', 'tally.so',
  'paperform.co', 'questionpro.com', 'zohopublic.com', 'canva.site', 'my.canva.site', 'docsend.com', 'flipsnack.com', 'padlet.com',
  // Session 35: Yandex's form builder, where a cloud-mining "dormant balance" lure of the honeypot collected its victims.
  'forms.yandex.ru', 'forms.yandex.com',
  // IPFS gateways: content there cannot be taken down by the gateway's operator.
  'ipfs.w3s.link', 'w3s.link', 'nftstorage.link', 'ipfs.fleek.co', '4everland.io', 'gateway.pinata.cloud', 'ipfs.eth.aragon.network',
  'cf-ipfs.com', 'gateway.ipfs.io', 'infura-ipfs.io',
  // Session 21: the file hosts of lures.ts's direct-download rows that were not listed here (their links were no disposable
  // host, so a document offered there was not read), and more one-file transfer hosts.
  '4shared.com', 'catbox.moe', 'pixeldrain.com', 'sendspace.com', 'send.cm', 'files.fm', 'krakenfiles.com', 'u.pcloud.link',
  'disk.yandex.com', 'disk.yandex.ru', 'yadi.sk', 'filetransfer.io', 'icedrive.net',
  // Session 57: the anonfiles family's one-file pages (`/<id>/<name>_zip`: lures.ts reads the name in their grammar).
  'anonfiles.com', 'bayfiles.com',
  // Session 43: Google Drive's download host (what `drive.google.com/uc?export=download` redirects to, linked directly by lures):
  // under google.com, a brand's domain, so without this row the link was passed over as the brand's own.
  'drive.usercontent.google.com',
  // Session 45: S3-compatible object storage of the clouds the list lacked (a bucket's index.html is a page anyone publishes
  // under the cloud's name, as on s3.amazonaws.com): VK Cloud (hb.bizmrg.com, its older name, and vkcs.cloud), Yandex Cloud,
  // Tencent COS, OVHcloud, Scaleway, Contabo, Cloudflare R2's S3 endpoint, IBM Cloud's app and object-storage domains. The
  // honeypot's "GET Bitcoin.html" attachment forwarded to a bucket's page on hb.bizmrg.com. Not Alibaba's aliyuncs.com: its
  // DirectMail unsubscribe and feedback hosts (dm-*.aliyuncs.com) sit under the same name in genuine bulk mail.
  'bizmrg.com', 'vkcs.cloud', 'storage.yandexcloud.net', 'website.yandexcloud.net', 'myqcloud.com', 'cloud.ovh.net', 'scw.cloud',
  'contabostorage.com', 'r2.cloudflarestorage.com', 'appdomain.cloud',
];

/**
 * Hosts where anyone can get a sending subdomain or a mailbox tenant: mail from them carries the host's
 * name, not the sender's (Firebase's auth mails from `<project>.firebaseapp.com`, Microsoft 365 trial
 * tenants at `<name>.onmicrosoft.com`). Together with FREE_FILE_HOSTS they make the sender-side list.
 */
export const TENANT_SENDER_HOSTS: readonly string[] = [
  'onmicrosoft.com', 'firebaseapp.com', 'web.app', 'appspotmail.com',
  // Session 40: Amazon WorkMail's organisation domains (`<alias>.awsapps.com`, the default before a domain of one's own is
  // added), where a pot "investment" pitch under an energy company's name was sent from.
  'awsapps.com',
];
