import { z } from 'zod';
import type { Brand } from './types.js';

/**
 * The schema of a brand, as the shipped data (./data/brands.json) and operators (`sender.brands` in the
 * configuration) write it. Validated when loaded: a malformed brand stops the program with every problem
 * named, it never half-protects a brand.
 */
export const brandSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'brand ids are lower-case'),
    name: z.string().min(1),
    category: z.string().default('organisation'),
    aliases: z.array(z.string().min(1)).default([]),
    weakAliases: z.array(z.string().min(1)).optional(),
    domains: z.array(z.string().min(3)).min(1),
    sendingDomains: z.array(z.string().min(3)).optional(),
    infrastructureDomains: z.array(z.string().min(3)).optional(),
    genericDomains: z.array(z.string().min(3)).optional(),
    ownsLabelEverywhere: z.boolean().optional(),
    ownsCountryDomains: z.boolean().optional(),
    ownsSuffixes: z.array(z.string().min(1)).optional(),
    /** Why a field is as it is (per field name): documentation kept with the data, not used by matching. */
    notes: z.record(z.string(), z.string()).optional(),
  })
  .strict();

/** A brand data file: `{ brands: [...] }` (a `$comment` may say what it is). */
export const brandFileSchema = z.object({ $comment: z.string().optional(), brands: z.array(brandSchema).min(1) }).strict();

export class BrandDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BrandDataError';
  }
}

/**
 * Validates brand data (parsed JSON) and returns the brands, ids unique; throws a BrandDataError naming
 * every problem and where it is.
 * @example parseBrandData(JSON.parse(text), 'my-brands.json')
 */
export function parseBrandData(data: unknown, origin: string): Brand[] {
  const result = brandFileSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  - ${i.path.join('.') || '(top level)'}: ${i.message}`);
    throw new BrandDataError(`invalid brand data in ${origin}:\n${problems.join('\n')}`);
  }
  const seen = new Set<string>();
  const duplicates = result.data.brands.filter((b) => (seen.has(b.id) ? true : (seen.add(b.id), false))).map((b) => b.id);
  if (duplicates.length) throw new BrandDataError(`invalid brand data in ${origin}: brand id defined twice: ${duplicates.join(', ')}`);
  return result.data.brands.map(({ notes: _notes, ...brand }) => brand);
}
