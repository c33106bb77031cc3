// tutorFlags: flagged questions and withheld answers, for the student's parents, instructors and admins.
import { z } from 'zod';
import { builder } from '../../builder';
import { reviewableFlagsWhere } from '../../conversation/flags';
import { UserRef, userReference } from '../content/user';
import { TutorMessageRoleEnum } from './tutor-message';
import { CourseRef } from '../tutors/course';

const TutorFlagType = builder.prismaObject('TutorMessage', {
  variant: 'TutorFlag',
  description: 'A flagged message in a student’s tutoring session: only the flagged message is shown, never the rest of the conversation.',
  include: { session: { select: { userId: true, courseId: true } } },
  fields: (t) => ({
    id: t.exposeID('id'),
    role: t.field({ type: TutorMessageRoleEnum, resolve: (message) => message.role }),
    reason: t.string({ resolve: (message) => message.flagReason ?? 'Flagged' }),
    content: t.exposeString('content'),
    student: t.field({ type: UserRef, resolve: (message) => userReference(message.session.userId) }),
    course: t.field({ type: CourseRef, nullable: true, resolve: (message) => (message.session.courseId ? { id: message.session.courseId } : null) }),
    flaggedAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.queryFields((t) => ({
  tutorFlags: t.prismaConnection({
    type: TutorFlagType,
    cursor: 'id',
    totalCount: async (_root, args, context) =>
      context.prisma.tutorMessage.count({ where: await reviewableFlagsWhere(context.prisma, context.viewer, args.studentId) }),
    description: 'Flagged tutor messages of students you look after (as a linked parent) or teach (sessions about your courses), newest first.',
    authScopes: { authenticated: true },
    args: { studentId: t.arg.id({ validate: z.uuid('That is not a valid user id.').nullish() }) },
    resolve: async (query, _root, args, context) =>
      context.prisma.tutorMessage.findMany({
        ...query,
        where: await reviewableFlagsWhere(context.prisma, context.viewer, args.studentId),
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      }),
  }),
}));
