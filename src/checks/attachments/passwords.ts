/**
 * Passwords a message gives for its own encrypted attachment ("password: 1234", "パスワード：abc",
 * "PW は xyz です"): Emotet and its successors send them in the body because an encrypted zip cannot be
 * scanned. Finding one is a signal by itself, and it lets the analysis open ZipCrypto entries.
 */
const KEYWORD = String.raw`(?:password|passwort|passcode|pass|pwd|pw|kennwort|contrase(?:ñ|n)a|senha|mot de passe|パスワード|ﾊﾟｽﾜｰﾄﾞ|暗証番号|解凍キー|密码|密碼|비밀번호)`;
const PASSWORD_RE = new RegExp(String.raw`${KEYWORD}\s*(?:(?:is|ist|es|est|は|:|：|=|-|＝)\s*)?(?:[:：]\s*)?["'「『“]?([^\s"'「」『』“”<>]{2,64})`, 'giu');
const STOP_WORDS = new Set(['is', 'for', 'the', 'to', 'protected', 'below', 'attached', 'required', 'です', 'を', 'の', 'reset', 'and', 'will', 'has', 'was']);

/**
 * Candidate passwords from body text, at most `max`, in order of appearance.
 * @example passwordsFromText('The password: 9876') // ['9876']
 */
export function passwordsFromText(text: string, max = 10): string[] {
  const out: string[] = [];
  for (const m of text.slice(0, 256 * 1024).matchAll(PASSWORD_RE)) {
    let candidate = m[1]!.replace(/[。、.,;:!?）)]+$/u, '').replace(/(です|となります|になります)$/u, '');
    if (candidate.length < 2 || STOP_WORDS.has(candidate.toLowerCase())) continue;
    if (!out.includes(candidate)) out.push(candidate);
    if (out.length >= max) break;
  }
  return out;
}
