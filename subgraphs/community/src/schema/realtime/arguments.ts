// Validation shared by the realtime fields.
import { z } from 'zod';

export const channelIdSchema = z.uuid('Channel ids are UUIDs.');
