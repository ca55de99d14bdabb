/**
 * Top-level domains where registrations are cheap and abuse is a large share of what is registered
 * (as the registries' abuse statistics show year after year). A weak signal alone: real sites use them
 * too. spamlab's own compact list; `links.listsDir` (suspicious_tlds.txt) adds more.
 */
export const SUSPICIOUS_TLDS: readonly string[] = [
  'top', 'xyz', 'tk', 'ml', 'ga', 'cf', 'gq', 'buzz', 'cyou', 'icu', 'sbs', 'cfd', 'click', 'link', 'rest',
  'monster', 'work', 'quest', 'bond', 'lol', 'fun', 'space', 'website', 'loan', 'win', 'bid', 'gdn', 'mom',
  'beauty', 'hair', 'skin', 'makeup', 'autos', 'boats', 'yachts', 'pw', 'cam', 'zip', 'mov', 'country',
  'kim', 'stream', 'download', 'racing', 'review', 'accountant', 'date', 'faith', 'party', 'science',
  'trade', 'webcam', 'men', 'surf', 'uno', 'motorcycles', 'best', 'bar', 'casa',
];
