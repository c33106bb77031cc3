// The reactions on a message, one entry per emoji.
import { builder } from '../../builder';
import type { ReactionSummary } from './loaders';

export const ReactionSummaryType = builder.objectRef<ReactionSummary>('ReactionSummary').implement({
  description: 'How many people reacted to a message with one emoji, and whether you did.',
  fields: (t) => ({
    emoji: t.exposeString('emoji', { description: 'A single emoji or a :short_name:.' }),
    count: t.exposeInt('count'),
    viewerReacted: t.exposeBoolean('viewerReacted'),
  }),
});
