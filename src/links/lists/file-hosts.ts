/**
 * Free file sharing, form and site hosting services: anyone can put a page or a file there under a
 * reputable domain, so phishing kits and malware downloads live on them. spamlab's own compact list;
 * `links.listsDir` (free_file_hosts.txt) adds more. Entries with a path match only under it.
 */
export const FREE_FILE_HOSTS: readonly string[] = [
  'drive.google.com', 'docs.google.com', 'sites.google.com', 'storage.googleapis.com', 'firebasestorage.googleapis.com',
  'forms.gle', 'script.google.com', 'dropbox.com', 'dl.dropboxusercontent.com', 'onedrive.live.com', '1drv.ms',
  'wetransfer.com', 'we.tl', 'mediafire.com', 'mega.nz', 'box.com', 'app.box.com', 'gofile.io', 'transfer.sh',
  'filebin.net', '0x0.st', 'ipfs.io', 'dweb.link', 'cloudflare-ipfs.com', 'pages.dev', 'workers.dev', 'r2.dev',
  'web.app', 'firebaseapp.com', 'glitch.me', 'netlify.app', 'vercel.app', 'herokuapp.com', '000webhostapp.com',
  'weebly.com', 'wixsite.com', 'blogspot.com', 'github.io', 'notion.site', 'typeform.com', 'jotform.com',
  'formstack.com', 's3.amazonaws.com', 'blob.core.windows.net', 'web.core.windows.net', 'azurewebsites.net',
  'sharepoint.com', 'backblazeb2.com', 'surge.sh', 'replit.app', 'repl.co', 'webflow.io', 'godaddysites.com',
  'square.site', 'ngrok.io', 'ngrok-free.app', 'trycloudflare.com', 'telegra.ph',
];
