// How far a student is through one lecture, and the mutation a player calls as the student watches.
import { signedInUserId } from '../../../../kit/src/signed-in';
import { builder } from '../../builder';
import { idRule, positionSecondsRule } from '../../learning/input-rules';
import { recordLectureProgress } from '../../learning/progress';
import { LectureType } from '../content/lecture';
import { EnrollmentType } from './enrollment';
import { enrollmentOf, lectureById } from './loaders';

export interface LectureProgressView {
  userId: string;
  courseId: string;
  lectureId: string;
  positionSeconds: number;
  completedAt: Date | null;
  /** Null when the student has not started the lecture. */
  updatedAt: Date | null;
}

export const LectureProgressType = builder.objectRef<LectureProgressView>('LectureProgress');

LectureProgressType.implement({
  description: 'One student’s position in one lecture. A lecture is completed at 95% of its length or when the player says so.',
  fields: (t) => ({
    lecture: t.field({
      type: LectureType,
      resolve: async (progress, _args, context) => {
        const lecture = await lectureById(context).load(progress.lectureId);
        if (lecture === null) throw new Error(`Lecture ${progress.lectureId} no longer exists.`);
        return lecture;
      },
    }),
    positionSeconds: t.exposeInt('positionSeconds'),
    completed: t.boolean({ resolve: (progress) => progress.completedAt !== null }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', nullable: true, description: 'Null until the student starts the lecture.' }),
    enrollment: t.field({
      type: EnrollmentType,
      description: 'The enrollment this progress counts toward, with its updated progress and status.',
      resolve: async (progress, _args, context) => {
        const enrollment = await enrollmentOf(context).load({ userId: progress.userId, courseId: progress.courseId });
        if (enrollment === null) throw new Error(`No enrollment of ${progress.userId} in ${progress.courseId}.`);
        return enrollment;
      },
    }),
  }),
});

builder.mutationFields((t) => ({
  recordLectureProgress: t.field({
    type: LectureProgressType,
    description:
      'Records the playback position in a lecture (clamped to its length). Needs an enrollment and an open module; BAD_USER_INPUT, UNAUTHENTICATED, NOT_FOUND (unknown or archived lecture), FORBIDDEN (not enrolled, or locked: `extensions.opensAt` / `extensions.blockingItem`).',
    authScopes: { authenticated: true },
    args: {
      lectureId: t.arg.id({ required: true, validate: idRule('lecture') }),
      positionSeconds: t.arg.int({ required: true, validate: positionSecondsRule }),
      completed: t.arg.boolean({ description: 'True when playback reached the end. A completed lecture stays completed.', defaultValue: false }),
    },
    resolve: async (_root, args, context) => {
      const { progress } = await recordLectureProgress(context.prisma, context.events, {
        userId: signedInUserId(context),
        lectureId: args.lectureId,
        positionSeconds: args.positionSeconds,
        completed: args.completed ?? false,
      });
      return progress;
    },
  }),
}));
