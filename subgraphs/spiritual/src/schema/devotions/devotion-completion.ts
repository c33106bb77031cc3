// A person's completion of a devotion, with notes only they can read.
import { builder } from '../../builder';
import { dayOfDateColumn, formatIsoDate } from '../../../../kit/src/zoned-time';

export const DevotionCompletionType = builder.prismaObject('DevotionCompletion', {
  description: 'That you finished a devotion, and your notes. Only you can read it.',
  // Every field repeats the owner check, whichever field the completion arrives through.
  authScopes: (completion, context) => context.viewer.kind === 'user' && completion.userId === context.viewer.id,
  fields: (t) => ({
    localDate: t.string({ description: 'YYYY-MM-DD in your timezone when you finished it; streaks count these days.', resolve: (completion) => formatIsoDate(dayOfDateColumn(completion.localDate)) }),
    timezone: t.exposeString('timezone'),
    notes: t.exposeString('notes'),
    completedAt: t.expose('completedAt', { type: 'DateTime' }),
    devotion: t.relation('devotion'),
  }),
});
