// The TutorSession entity: a student's conversation with a tutor, and the queries and mutations on it.
// Sessions are private to their student; every read path (the reference resolver too) checks that.
import { z } from 'zod';
import { signedInUserId } from '../../../../kit/src/signed-in';
import { isUuid } from '../../../../kit/src/uuid';
import { builder } from '../../builder';
import { deleteSession, renameSession, startSession } from '../../conversation/sessions';
import { MAX_SESSION_TITLE_LENGTH } from '../../conversation/conversation-rules';
import { ABORT_REASONS } from '../../conversation/generate-answer';
import { tutorTopics } from '../../conversation/stream-topics';
import { tutorRuntime } from '../../runtime';
import { UserRef, userReference } from '../content/user';
import { LectureRef, lectureReference } from '../content/lecture';
import { CourseRef } from '../tutors/course';
import { TutorMessageType } from './tutor-message';

const idRule = (what: string) => z.uuid(`That is not a valid ${what} id.`);
const titleRule = z.string().max(MAX_SESSION_TITLE_LENGTH, `A session title is at most ${MAX_SESSION_TITLE_LENGTH} characters.`);

export const TutorSessionType = builder.prismaObject('TutorSession', {
  description: 'A conversation of one student with one tutor, optionally about a course and lecture. Private to the student.',
  fields: (t) => ({
    id: t.exposeID('id'),
    student: t.field({ type: UserRef, resolve: (session) => userReference(session.userId) }),
    tutor: t.relation('tutor'),
    course: t.field({ type: CourseRef, nullable: true, description: 'The course answers draw on.', resolve: (session) => (session.courseId ? { id: session.courseId } : null) }),
    lecture: t.field({ type: LectureRef, nullable: true, description: 'The lecture answers prefer.', resolve: (session) => (session.lectureId ? lectureReference(session.lectureId) : null) }),
    title: t.string({ resolve: (session) => session.title || 'New session' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    lastMessageAt: t.expose('lastMessageAt', { type: 'DateTime' }),
    messages: t.relatedConnection('messages', {
      cursor: 'id',
      description: 'Questions and answers, oldest first. Use `last` to load the newest page and `before` for older ones.',
      query: () => ({ orderBy: [{ createdAt: 'asc' as const }, { id: 'asc' as const }] }),
      totalCount: true,
    }),
  }),
});

builder.asEntity(TutorSessionType, {
  key: builder.selection<{ id: string }>('id'),
  // _entities skips root-field checks, so ownership is checked here too.
  resolveReference: async (reference, context) => {
    if (!isUuid(reference.id) || context.viewer.kind !== 'user') return null;
    const session = await context.prisma.tutorSession.findUnique({ where: { id: reference.id } });
    return session && session.userId === context.viewer.id ? session : null;
  },
});

const StartTutorSessionInput = builder.inputType('StartTutorSessionInput', {
  fields: (t) => ({
    tutorId: t.id({ description: '@default the tutor of the course’s faculty, else a general tutor' }).validate(idRule('tutor').nullish()),
    courseId: t.id({ description: 'Ground answers in this course’s material (you must be enrolled, or teach it).' }).validate(idRule('course').nullish()),
    lectureId: t.id({ description: 'Prefer this lecture’s material; implies its course.' }).validate(idRule('lecture').nullish()),
    title: t.string({ description: `At most ${MAX_SESSION_TITLE_LENGTH} characters. @default the first question` }).validate(titleRule.nullish()),
  }),
});

builder.queryFields((t) => ({
  tutorSession: t.prismaField({
    type: TutorSessionType,
    nullable: true,
    description: 'One of your tutoring sessions; null for anyone else’s.',
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) => {
      if (!isUuid(args.id)) return null;
      return context.prisma.tutorSession.findFirst({ ...query, where: { id: args.id, userId: signedInUserId(context) } });
    },
  }),
  tutorSessions: t.prismaConnection({
    type: TutorSessionType,
    cursor: 'id',
    description: 'Your tutoring sessions, most recently active first.',
    authScopes: { authenticated: true },
    resolve: (query, _root, _args, context) =>
      context.prisma.tutorSession.findMany({ ...query, where: { userId: signedInUserId(context) }, orderBy: [{ lastMessageAt: 'desc' }, { id: 'desc' }] }),
  }),
}));

builder.mutationFields((t) => ({
  startTutorSession: t.prismaField({
    type: TutorSessionType,
    description: 'Opens a conversation with a tutor. Subscribe to `tutorStream` with its id before sending the first question.',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: StartTutorSessionInput, required: true }) },
    resolve: async (query, _root, args, context) => {
      const session = await startSession(context.prisma, context.viewer, args.input);
      return context.prisma.tutorSession.findUniqueOrThrow({ ...query, where: { id: session.id } });
    },
  }),
  renameTutorSession: t.prismaField({
    type: TutorSessionType,
    authScopes: { authenticated: true },
    args: {
      sessionId: t.arg.id({ required: true, validate: idRule('session') }),
      title: t.arg.string({ required: true, validate: titleRule }),
    },
    resolve: async (query, _root, args, context) => {
      const session = await renameSession(context.prisma, context.viewer, args.sessionId, args.title);
      return context.prisma.tutorSession.findUniqueOrThrow({ ...query, where: { id: session.id } });
    },
  }),
  deleteTutorSession: t.id({
    description: 'Deletes one of your sessions and all its messages; returns its id.',
    authScopes: { authenticated: true },
    args: { sessionId: t.arg.id({ required: true, validate: idRule('session') }) },
    resolve: async (_root, args, context) => {
      const runtime = tutorRuntime(context);
      const stopAnswer = async (messageId: string) => {
        if (!(await runtime.generations.abort(messageId, ABORT_REASONS.cancelled))) await context.pubsub.publish(tutorTopics.cancel(messageId), null);
      };
      return (await deleteSession(context.prisma, context.viewer, args.sessionId, stopAnswer)).id;
    },
  }),
}));

