// A session of a study plan, and recording that it was studied.
import { builder } from '../../builder';
import { signedInUserId } from '../../../../kit/src/signed-in';
import { markStudySessionDone } from '../../planning/study-plans';
import { idRule, ratingRule, timeSpentMinutesRule } from '../../planning/plan-rules';
import { readStoredTopics } from '../../planning/stored-topics';
import { StudySessionStatusEnum } from '../content/enums';
import { StudyTopicType } from './study-topic';

export const StudySessionType = builder.prismaObject('StudySession', {
  description: 'A block of study at a set time. Reached only through its owner’s plan.',
  fields: (t) => ({
    id: t.exposeID('id'),
    startsAt: t.expose('startsAt', { type: 'DateTime' }),
    endsAt: t.expose('endsAt', { type: 'DateTime' }),
    status: t.field({ type: StudySessionStatusEnum, resolve: (session) => session.status }),
    topics: t.field({ type: [StudyTopicType], resolve: (session) => readStoredTopics(session.topics) }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true }),
    timeSpentMinutes: t.exposeInt('timeSpentMinutes', { nullable: true }),
    difficultyRating: t.exposeInt('difficultyRating', { nullable: true, description: '1 (easy) to 5 (very hard).' }),
    understandingRating: t.exposeInt('understandingRating', { nullable: true, description: '1 (lost) to 5 (mastered).' }),
  }),
});

builder.mutationFields((t) => ({
  markStudySessionDone: t.prismaField({
    type: 'StudySession',
    description: 'Records that you studied a session of your plan (a missed one too), with how it went. CONFLICT when already done.',
    authScopes: { authenticated: true },
    args: {
      sessionId: t.arg.id({ required: true, validate: idRule('study session') }),
      timeSpentMinutes: t.arg.int({ required: true, validate: timeSpentMinutesRule }),
      difficultyRating: t.arg.int({ required: true, validate: ratingRule('difficulty') }),
      understandingRating: t.arg.int({ required: true, validate: ratingRule('understanding') }),
    },
    resolve: async (query, _root, args, context) => {
      const session = await markStudySessionDone(context.prisma, signedInUserId(context), args);
      return context.prisma.studySession.findUniqueOrThrow({ ...query, where: { id: session.id } });
    },
  }),
}));
