/** The dimensions trends are counted by (besides the verdict every row carries). */
export type TrendDimension = 'all' | 'category' | 'theme' | 'attachment' | 'brand' | 'country' | 'asn';

export const TREND_DIMENSIONS: readonly TrendDimension[] = ['all', 'category', 'theme', 'attachment', 'brand', 'country', 'asn'];

/**
 * How a series is named in a sentence.
 * @example seriesLabel('category', 'malware-lure') // { en: 'malware-lure spam', ja: 'malware-lure スパム' }
 */
export function seriesLabel(dimension: TrendDimension, value: string, verdict?: string): { en: string; ja: string } {
  const v = verdict ? { en: `${verdict} `, ja: `${verdict} ` } : { en: '', ja: '' };
  switch (dimension) {
    case 'all':
      return verdict ? { en: `${verdict} mail`, ja: `${verdict} メール` } : { en: 'all mail', ja: '全メール' };
    case 'category':
      return { en: `${v.en}${value} spam`, ja: `${v.ja}${value} スパム` };
    case 'theme':
      return { en: `${v.en}${value}-themed mail`, ja: `${v.ja}${value} テーマのメール` };
    case 'attachment':
      return { en: `${v.en}mail with ${value} attachments`, ja: `${v.ja}${value} 添付のメール` };
    case 'brand':
      return { en: `${v.en}mail impersonating ${value}`, ja: `${v.ja}${value} をかたるメール` };
    case 'country':
      return { en: `${v.en}mail sent from ${value}`, ja: `${v.ja}${value} から送信されたメール` };
    case 'asn':
      return { en: `${v.en}mail sent from ${value}`, ja: `${v.ja}${value} から送信されたメール` };
  }
}
