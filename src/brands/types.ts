/**
 * A brand that phishing imitates: its names as people write them and the domains that are really its own.
 * Operators add their own organisation (first) and others in the config (`sender.brands`).
 */
export interface Brand {
  /** Stable identifier, lower-case (`trendmicro`). */
  id: string;
  /** Name shown in findings (`Trend Micro`). */
  name: string;
  /** Kind of organisation (security, bank, card, carrier, shop, delivery, government, cloud, …). */
  category: string;
  /**
   * Names, products and abbreviations in any script (Latin, kana, kanji, full-width). Matched
   * insensitively to NFKC width, case, spacing, kana size and homoglyphs, on word boundaries for Latin.
   */
  aliases: string[];
  /**
   * Aliases that are also ordinary words or very short (`au`, `LINE`, `Apple`): they count only when a
   * display name consists of the alias and role words alone (`Apple Support`, `au お客様センター`), never in a
   * subject or body.
   */
  weakAliases?: string[];
  /** Registrable domains the brand owns (public-suffix aware: `trendmicro.co.jp`). */
  domains: string[];
  /** Further registrable domains that send mail for the brand (its ESPs, mail subsidiaries). */
  sendingDomains?: string[];
  /**
   * Further registrable domains the brand owns for serving content (CDNs, static hosts): its own, so never
   * a lookalike or an impersonation, but not protected against lookalikes themselves.
   */
  infrastructureDomains?: string[];
  /**
   * Own domains whose label is an ordinary word (`office.com`, `line.me`): lookalike detection only looks
   * for homographs and the whole domain embedded in another host, never edits or combinations.
   */
  genericDomains?: string[];
  /**
   * The brand holds its main label under (nearly) every suffix (`google.de`, `amazon.com.br`): the label
   * under another TLD is its own, not a TLD swap.
   */
  ownsLabelEverywhere?: boolean;
  /**
   * The brand runs its country sites on its labels under country codes (`paypal.de`, `apple.fr`, `ikea.com.br`,
   * `mercadolibre.cl`): the label of any of its non-generic domains under a country's own suffix is the brand's,
   * not a TLD swap. Under a generic or
   * open suffix (`.top`, `.co`, `.tk`) it is still a lookalike (src/lookalike/country-suffix.ts).
   */
  ownsCountryDomains?: boolean;
  /**
   * Public suffixes the brand is (`gov.br`: the Brazilian government's portal): every domain registered under one
   * (`pederneiras.sp.gov.br`, `receita.fazenda.gov.br`) is an office of it, its own — not another organisation.
   */
  ownsSuffixes?: string[];
}
