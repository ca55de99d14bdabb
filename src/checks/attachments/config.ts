import { z } from 'zod';

/** Configuration of the attachments check family (see config/spamlab.sample.yaml). */
export const attachmentsConfigSchema = z.object({}).strict().prefault({});
