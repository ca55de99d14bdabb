/**
 * A download address that names no file (issue 17, session 21): the endpoint a lure's own server or an unlisted file host
 * hands its payload out from, where neither the path nor the query says what the file is — so PAYLOAD_PATH, payloadInQuery
 * and the file-host rows of lures.ts see nothing:
 *
 * - a download endpoint with an identifier: `/download?id=88213`, `/download.php?f=a8Kx92LmQ`, `/get.aspx?file=7731`,
 *   `/dl?key=…` (the last segment a download word, with or without a script ending; an identifier key with a value);
 * - a download segment followed by one opaque token: `/dl/7Hq2xK9pLm4R`, `/download/Xk29sLq81P` (letters and digits, no dot);
 * - a share host's "download" switch on a host that is not one of the listed file hosts: `?dl=1`, `?download=1`,
 *   `?export=download`;
 * - Google Drive's file path copied onto another host: `/file/d/<id>` (Drive itself is a listed share page).
 *
 * Alone this is what many sites' download buttons look like; lures.ts emits it only when the letter asks for the download
 * (its `downloadAsked`), and the composite URL_MALWARE_DOWNLOAD_LURE only with a document lure's words and no password
 * asked. Pure and bounded: the path's last two segments and at most 8 query pairs of the first 1,000 characters.
 */

/** Last path segments that name a download endpoint (a script ending removed first: `download.php` → `download`). */
const DOWNLOAD_SEGMENTS = new Set(['download', 'downloads', 'dl', 'get', 'getfile', 'get-file', 'get_file', 'filedownload', 'file-download', 'download-file', 'fetch', 'down', 'attachment', 'baixar', 'descargar', 'telecharger', 'herunterladen']);
/** Segments after which one opaque token is the file's identifier (narrower: `get/`, `fetch/` name products and API verbs). */
const TOKEN_SEGMENTS = new Set(['dl', 'download', 'downloads', 'getfile', 'get-file', 'filedownload', 'file-download', 'download-file']);
/** Query keys that carry a file's identifier. */
const ID_KEYS = new Set(['id', 'fid', 'file', 'fileid', 'file_id', 'f', 'key', 'k', 'token', 'doc', 'docid', 'doc_id', 'd', 'uid', 'hash', 'code', 'guid', 'uuid', 'ref']);
const SCRIPT_ENDING = /\.(?:php\d?|aspx?|cgi|jsp|do)$/i;
/** An identifier's value: 3–128 letters, digits, `-` and `_` (no dot: a file name is payloadInQuery's). */
const ID_VALUE = /^[A-Za-z0-9_-]{3,128}$/;
/** An opaque token: 6–64 letters, digits, `-`, `_`, with at least one digit and one letter. */
const TOKEN = /^(?=[A-Za-z_-]*\d)(?=[0-9_-]*[A-Za-z])[A-Za-z0-9_-]{6,64}$/;
/** A share host's download switch in a query. */
const DOWNLOAD_SWITCH = /(?:^|&)(?:dl|download|raw)=(?:1|true)(?:&|$)|(?:^|&)export=download(?:&|$)/i;

/** The shape of an opaque download in `path` and `query` (URL parts as link extraction gives them), described; or undefined. */
export function opaqueDownloadShape(path: string, query: string): string | undefined {
  const p = path.slice(0, 1000);
  const q = query.slice(0, 1000);
  const segments = p.split('/').filter(Boolean);
  const last = segments[segments.length - 1] ?? '';
  const endpoint = last.toLowerCase().replace(SCRIPT_ENDING, '');
  if (DOWNLOAD_SEGMENTS.has(endpoint) && q) {
    let n = 0;
    for (const pair of q.split('&')) {
      if (++n > 8) break;
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      if (ID_KEYS.has(pair.slice(0, eq).toLowerCase()) && ID_VALUE.test(pair.slice(eq + 1))) return `/${last}?${pair.slice(0, 80)}`;
    }
  }
  const before = segments[segments.length - 2]?.toLowerCase();
  if (before !== undefined && TOKEN_SEGMENTS.has(before) && TOKEN.test(last)) return `/${before}/${last.slice(0, 64)}`;
  if (q && DOWNLOAD_SWITCH.test(q)) return `?${(/(?:dl|download|raw|export)=[a-z0-9]+/i.exec(q)?.[0] ?? 'dl=1').slice(0, 40)}`;
  const drive = /^\/(?:u\/\d+\/)?file\/d\/([A-Za-z0-9_-]{10,})/.exec(p);
  if (drive) return `/file/d/${drive[1]!.slice(0, 40)}`;
  return undefined;
}
