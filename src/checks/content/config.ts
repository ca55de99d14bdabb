import { z } from 'zod';

/** Configuration of the content check family (see config/spamlab.sample.yaml). */
export const contentConfigSchema = z.object({}).strict().prefault({});
