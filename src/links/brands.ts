/**
 * What link analysis needs from a brand registry: the brands a piece of text names and the domains
 * each brand really uses. The registry itself lives elsewhere (src/brands); link analysis takes any
 * function of this shape, so it works with none, a test table, or the full registry.
 */
export interface LinkBrand {
  name: string;
  /** Registrable domains the brand sends from and links to (`trendmicro.com`, `trendmicro.co.jp`). */
  domains: readonly string[];
  /** Public suffixes the brand is (`gov.br`): every domain under one is the brand's too. */
  ownsSuffixes?: readonly string[];
}

/**
 * Brands named in a text (link text, alt text).
 * @example const lookup: BrandLookup = (text) => (/paypal/i.test(text) ? [{ name: 'PayPal', domains: ['paypal.com'] }] : []);
 */
export type BrandLookup = (text: string) => readonly LinkBrand[];

/**
 * A brand lookup over a small table: a brand matches when one of its names occurs in the text
 * (case- and width-insensitive, NFKC).
 * @example tableBrandLookup([{ name: 'ウイルスバスター', names: ['ウイルスバスター', 'trend micro'], domains: ['trendmicro.com'] }])
 */
export function tableBrandLookup(table: readonly (LinkBrand & { names: readonly string[] })[]): BrandLookup {
  const prepared = table.map((brand) => ({ brand: { name: brand.name, domains: brand.domains }, names: brand.names.map((n) => n.normalize('NFKC').toLowerCase()) }));
  return (text) => {
    const folded = text.normalize('NFKC').toLowerCase();
    return prepared.filter(({ names }) => names.some((n) => folded.includes(n))).map(({ brand }) => brand);
  };
}
