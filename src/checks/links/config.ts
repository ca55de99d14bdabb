import { z } from 'zod';

/** Configuration of the links check family (see config/spamlab.sample.yaml). */
export const linksConfigSchema = z.object({}).strict().prefault({});
