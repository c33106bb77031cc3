// Review and publication: submitting a course, an admin's decision, and archiving.
import { builder } from '../../builder';
import { archiveCourse, reviewCourse, submitCourseForReview } from '../../authoring/review';
import { idRule, rejectionReasonRule } from '../../authoring/rules';
import { cursorArgsRule } from './cursor';

export const ReviewDecisionEnum = builder.enumType('ReviewDecision', {
  values: ['approve', 'reject'] as const,
});

const AWAITING_REVIEW = {
  OR: [{ status: 'in_review' as const }, { status: 'published' as const, submittedAt: { not: null } }],
};

builder.queryFields((t) => ({
  coursesAwaitingReview: t.prismaConnection({
    type: 'Course',
    cursor: 'id',
    description: 'Drafts in review and published courses with a revision awaiting review, longest waiting first. Admins only.',
    authScopes: { admin: true },
    defaultSize: 20,
    maxSize: 100,
    validate: cursorArgsRule,
    totalCount: (_root, _args, context) => context.prisma.course.count({ where: AWAITING_REVIEW }),
    resolve: (query, _root, _args, context) =>
      context.prisma.course.findMany({ ...query, where: AWAITING_REVIEW, orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }] }),
  }),
}));

builder.mutationFields((t) => ({
  submitCourseForReview: t.prismaField({
    type: 'Course',
    description:
      'Asks an admin to review the course: a draft goes to in_review; a published course stays published (and live) with its revision awaiting review. Needs a summary and a module with at least one item (BAD_USER_INPUT lists what is missing). Clears the last review note.',
    authScopes: { authenticated: true },
    args: { courseId: t.arg.id({ required: true }).validate(idRule('course')) },
    resolve: async (query, _root, { courseId }, context) => {
      await submitCourseForReview(context.prisma, context.viewer, courseId);
      return context.prisma.course.findUniqueOrThrow({ ...query, where: { id: courseId } });
    },
  }),
  reviewCourse: t.prismaField({
    type: 'Course',
    description:
      'An admin’s decision on a submitted course (CONFLICT when nothing awaits review). approve publishes it and bumps version; reject needs a reason of at least 10 characters and sends a draft back to draft (a published course stays published) with the reason as its review note.',
    authScopes: { admin: true },
    args: {
      courseId: t.arg.id({ required: true }).validate(idRule('course')),
      decision: t.arg({ type: ReviewDecisionEnum, required: true }),
      reason: t.arg.string({ description: 'Required to reject: what the instructors should change.' }).validate(rejectionReasonRule.nullish()),
    },
    resolve: async (query, _root, { courseId, decision, reason }, context) => {
      await reviewCourse(context.prisma, context.viewer, { courseId, decision, reason, events: context.events });
      return context.prisma.course.findUniqueOrThrow({ ...query, where: { id: courseId } });
    },
  }),
  archiveCourse: t.prismaField({
    type: 'Course',
    description:
      'Archives a published course: enrolled students keep it, nobody new enrols, it no longer changes. The owner or an admin only; CONFLICT unless published.',
    authScopes: { authenticated: true },
    args: { courseId: t.arg.id({ required: true }).validate(idRule('course')) },
    resolve: async (query, _root, { courseId }, context) => {
      await archiveCourse(context.prisma, context.viewer, courseId, context.events);
      return context.prisma.course.findUniqueOrThrow({ ...query, where: { id: courseId } });
    },
  }),
}));
