// practiceStats: the viewer's accuracy per topic in one course, weakest first.
import { builder } from '../../builder';
import { idRule } from '../../assessment/input-rules';
import { topicAccuracy, weakestFirst, type TopicStat } from '../../assessment/topic-accuracy';
import { signedInViewer } from './signed-in-viewer';

export const TopicStatType = builder.objectRef<TopicStat>('TopicStat').implement({
  description: 'How you did on one topic, from practice sessions and graded quiz answers. Correct means full marks.',
  fields: (t) => ({
    topic: t.exposeString('topic'),
    answered: t.exposeInt('answered'),
    correct: t.exposeInt('correct'),
    accuracy: t.exposeFloat('accuracy', { description: 'correct / answered, 0 to 1.' }),
  }),
});

builder.queryFields((t) => ({
  practiceStats: t.field({
    type: [TopicStatType],
    description: 'Your accuracy per topic in a course, weakest first (lowest accuracy; ties: more answered first).',
    authScopes: { authenticated: true },
    args: { courseId: t.arg.id({ required: true }).validate(idRule('course')) },
    resolve: async (_root, args, context) => weakestFirst(await topicAccuracy(context.prisma, signedInViewer(context).id, [args.courseId])),
  }),
}));
