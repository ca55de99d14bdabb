/**
 * Internet shortcuts (`.url`, `.website`): an INI text whose `[InternetShortcut]` section names a `URL=` to open and
 * optionally an `IconFile=`, a `BaseURL=`, a `WorkingDirectory=`. Read at any depth (an attachment, a file in an
 * archive), so that the checks judge a shortcut in a zip or 7z by what it opens, as they judge one attached.
 */

/** Bytes of a shortcut read at most: a bookmark is a few hundred bytes. */
export const MAX_SHORTCUT_BYTES = 8 * 1024;
/** Keys whose value Windows opens or fetches (lower case). */
const TARGET_KEYS = new Set(['url', 'baseurl', 'iconfile', 'workingdirectory']);
/** Targets kept at most. */
const MAX_TARGETS = 8;

/**
 * The values an internet shortcut opens or fetches (URL, BaseURL, IconFile, WorkingDirectory; each once, in order, at
 * most 256 characters each), or undefined when the bytes are no internet shortcut (binary, no `[InternetShortcut]`
 * section, over MAX_SHORTCUT_BYTES).
 * @example internetShortcutTargets(Buffer.from('[InternetShortcut]\r\nURL=file://198.51.100.7/s/a.exe\r\n')) // ['file://198.51.100.7/s/a.exe']
 */
export function internetShortcutTargets(bytes: Uint8Array): string[] | undefined {
  if (bytes.length > MAX_SHORTCUT_BYTES) return undefined;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  // Every small text attachment or archived text file comes here: one look for the section before splitting lines.
  if (!/\[internetshortcut\]/i.test(text)) return undefined;
  // Line by line (no pattern over the whole text): control characters mean a binary file, not an INI text.
  if (/[\x00-\x08\x0e-\x1f]/.test(text)) return undefined;
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  if (!lines.some((l) => l.toLowerCase() === '[internetshortcut]')) return undefined;
  const targets: string[] = [];
  for (const line of lines) {
    const eq = line.indexOf('=');
    if (eq < 0 || !TARGET_KEYS.has(line.slice(0, eq).trim().toLowerCase())) continue;
    const value = line.slice(eq + 1).trim().slice(0, 256);
    if (value && !targets.includes(value) && targets.length < MAX_TARGETS) targets.push(value);
  }
  return targets;
}
