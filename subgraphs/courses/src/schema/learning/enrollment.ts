// The Enrollment entity (owned here): a student's place in a course, with progress computed from what
// they watched, read and passed. Enroll and drop are the student's own mutations.
import { signedInUserId } from '../../../../kit/src/signed-in';
import { builder } from '../../builder';
import { isUuid } from '../../loaders';
import { dropCourse, enroll } from '../../learning/enrollment';
import { idRule } from '../../learning/input-rules';
import { summarizeProgress } from '../../learning/requirements';
import { EnrollmentStatusEnum } from '../content/enums';
import { UserRef, userReference } from '../content/user';
import { EnrollmentProgressType } from './enrollment-progress';
import { LectureProgressType, type LectureProgressView } from './lecture-progress';
import { courseOutlineOf, learnerFactsOf } from './loaders';
import { canSeeStudentWorkInRequest } from './visibility';

export const EnrollmentType = builder.prismaObject('Enrollment', {
  description:
    'A student’s enrollment in a course. Visible to the student, their confirmed parents, the course’s instructors and admins.',
  fields: (t) => ({
    id: t.exposeID('id'),
    course: t.relation('course'),
    student: t.field({ type: UserRef, resolve: (enrollment) => userReference(enrollment.userId) }),
    status: t.field({ type: EnrollmentStatusEnum, resolve: (enrollment) => enrollment.status }),
    courseVersion: t.exposeInt('courseVersion', { description: 'The course version the student enrolled in (or re-enrolled in).' }),
    enrolledAt: t.expose('enrolledAt', { type: 'DateTime' }),
    droppedAt: t.expose('droppedAt', { type: 'DateTime', nullable: true }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true }),
    finalGrade: t.exposeFloat('finalGrade', { nullable: true, description: 'Percent with one decimal, fixed at completion.' }),
    progress: t.field({
      type: EnrollmentProgressType,
      resolve: async (enrollment, _args, context) => {
        const [outline, facts] = await Promise.all([
          courseOutlineOf(context).load(enrollment.courseId),
          learnerFactsOf(context).load({ userId: enrollment.userId, courseId: enrollment.courseId }),
        ]);
        const summary = summarizeProgress(outline, facts, new Date());
        // A completed course with nothing left to count still reads as done.
        return enrollment.status === 'completed' && summary.totalItems === 0 ? { ...summary, percent: 100 } : summary;
      },
    }),
    lectureProgress: t.field({
      type: [LectureProgressType],
      description: 'Every live lecture of the course in syllabus order, with the student’s position (0 when not started).',
      resolve: async (enrollment, _args, context) => {
        const pair = { userId: enrollment.userId, courseId: enrollment.courseId };
        const [outline, facts] = await Promise.all([courseOutlineOf(context).load(enrollment.courseId), learnerFactsOf(context).load(pair)]);
        return outline.modules.flatMap((module) =>
          module.lectures.map((lecture): LectureProgressView => {
            const fact = facts.lectures.get(lecture.id);
            return {
              ...pair,
              lectureId: lecture.id,
              positionSeconds: fact?.positionSeconds ?? 0,
              completedAt: fact?.completedAt ?? null,
              updatedAt: fact?.updatedAt ?? null,
            };
          }),
        );
      },
    }),
    certificate: t.relation('certificate', { nullable: true, description: 'Issued when the course is completed.' }),
  }),
});

builder.asEntity(EnrollmentType, {
  key: builder.selection<{ id: string }>('id'),
  // _entities skips the root fields' checks, so the visibility rule is applied here again.
  resolveReference: async (reference, context) => {
    if (!isUuid(reference.id)) return null;
    const enrollment = await context.prisma.enrollment.findUnique({ where: { id: reference.id } });
    if (enrollment === null) return null;
    const visible = await canSeeStudentWorkInRequest(context, { studentId: enrollment.userId, courseId: enrollment.courseId });
    return visible ? enrollment : null;
  },
});

builder.mutationFields((t) => ({
  enroll: t.prismaField({
    type: 'Enrollment',
    description:
      'Enrolls the signed-in student in a published course; enrolling again after dropping reactivates the enrollment with its progress. ' +
      'BAD_USER_INPUT (malformed id), UNAUTHENTICATED, NOT_FOUND (unknown, draft or in-review course), CONFLICT (archived course, already enrolled or completed), ' +
      'FORBIDDEN (a prerequisite not completed: `extensions.missingCourses`), PAYMENT_REQUIRED (paid course without access).',
    authScopes: { authenticated: true },
    args: { courseId: t.arg.id({ required: true, validate: idRule('course') }) },
    resolve: async (query, _root, args, context) => {
      const enrollment = await enroll(context.prisma, { userId: signedInUserId(context), courseId: args.courseId });
      return context.prisma.enrollment.findUniqueOrThrow({ ...query, where: { id: enrollment.id } });
    },
  }),
  dropCourse: t.prismaField({
    type: 'Enrollment',
    description: 'Drops the signed-in student’s active enrollment; progress is kept. NOT_FOUND when not enrolled, CONFLICT when already dropped or completed.',
    authScopes: { authenticated: true },
    args: { courseId: t.arg.id({ required: true, validate: idRule('course') }) },
    resolve: async (query, _root, args, context) => {
      const enrollment = await dropCourse(context.prisma, { userId: signedInUserId(context), courseId: args.courseId });
      return context.prisma.enrollment.findUniqueOrThrow({ ...query, where: { id: enrollment.id } });
    },
  }),
}));
