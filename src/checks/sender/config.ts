import { z } from 'zod';

/** Configuration of the sender check family (see config/spamlab.sample.yaml). */
export const senderConfigSchema = z.object({}).strict().prefault({});
