// AssignmentSubmission: a student's work on an assignment, its grade, the mutations that submit and grade
// it, and the Assignment fields that list it. Visible to the student, their confirmed parents, the
// course's instructors and admins.
import { builder } from '../../builder';
import { assignmentRubric, gradeAssignmentSubmission, submitAssignment } from '../../assessment/assignments';
import { assignmentBodyRule, feedbackRule, idRule, rubricScoresRule } from '../../assessment/input-rules';
import { canSeeWork } from '../../assessment/work-visibility';
import { isUuid } from '../../loaders';
import { AssignmentType } from '../content/reading';
import { courseEditorOnly } from '../content/scopes';
import { UserRef, userReference } from '../content/user';
import { RubricScoreInput, RubricScoreType, rubricScoresOf } from './rubric-score';
import { assignmentFacts } from './loaders';
import { signedInViewer, viewerIdOrNobody } from './signed-in-viewer';

export const AssignmentSubmissionType = builder.prismaObject('AssignmentSubmission', {
  description: 'A student’s submission for an assignment. It can be replaced until it is graded.',
  runScopesOnType: true,
  authScopes: async (submission, context) => {
    const assignment = await assignmentFacts(context).load(submission.assignmentId);
    return assignment !== null && canSeeWork(context, { userId: submission.userId, courseId: assignment.courseId });
  },
  fields: (t) => ({
    id: t.exposeID('id'),
    assignment: t.relation('assignment'),
    student: t.field({ type: UserRef, resolve: (submission) => userReference(submission.userId) }),
    body: t.exposeString('body', { description: 'Markdown.' }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', description: 'When the current version was sent.' }),
    late: t.boolean({
      description: 'Sent after the assignment’s due date.',
      resolve: async (submission, _args, context) => {
        const dueAt = (await assignmentFacts(context).load(submission.assignmentId))?.dueAt ?? null;
        return dueAt !== null && submission.submittedAt > dueAt;
      },
    }),
    score: t.exposeFloat('score', { nullable: true, description: 'Null until graded.' }),
    maxScore: t.int({ resolve: async (submission, _args, context) => (await assignmentFacts(context).load(submission.assignmentId))?.points ?? 0 }),
    rubricScores: t.field({
      type: [RubricScoreType],
      description: 'Points per rubric criterion; empty until graded.',
      resolve: async (submission, _args, context) => {
        const assignment = await assignmentFacts(context).load(submission.assignmentId);
        return rubricScoresOf(submission.rubricScores, assignment === null ? [] : assignmentRubric(assignment));
      },
    }),
    feedback: t.exposeString('feedback', { nullable: true }),
    gradedBy: t.field({
      type: UserRef,
      nullable: true,
      resolve: (submission) => (submission.gradedById === null ? null : userReference(submission.gradedById)),
    }),
    gradedAt: t.expose('gradedAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.prismaObjectFields(AssignmentType, (t) => ({
  mySubmission: t.field({
    type: AssignmentSubmissionType,
    nullable: true,
    description: 'Your submission; null when you have not submitted or are signed out.',
    select: (_args, context, nestedSelection) => ({
      submissions: nestedSelection({ where: { userId: viewerIdOrNobody(context) }, take: 1 }),
    }),
    resolve: (assignment) => assignment.submissions[0] ?? null,
  }),
  submissions: t.relation('submissions', {
    description: 'Every student’s submission, oldest first: the course’s instructors and admins only.',
    authScopes: courseEditorOnly,
    query: { orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }] },
  }),
}));

builder.queryFields((t) => ({
  assignmentSubmission: t.prismaField({
    type: 'AssignmentSubmission',
    nullable: true,
    description: 'A submission by id: the student, their parents, the course’s instructors and admins.',
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, context) =>
      isUuid(args.id) ? context.prisma.assignmentSubmission.findUnique({ ...query, where: { id: args.id } }) : null,
  }),
}));

builder.mutationFields((t) => ({
  submitAssignment: t.prismaField({
    type: 'AssignmentSubmission',
    description: 'Submits your work (Markdown), or replaces it until it is graded (then CONFLICT). Needs an active enrollment and an open module.',
    authScopes: { authenticated: true },
    args: {
      assignmentId: t.arg.id({ required: true }).validate(idRule('assignment')),
      body: t.arg.string({ required: true }).validate(assignmentBodyRule),
    },
    resolve: async (query, _root, args, context) => {
      const submission = await submitAssignment(context.prisma, { viewer: signedInViewer(context), assignmentId: args.assignmentId, body: args.body });
      return context.prisma.assignmentSubmission.findUniqueOrThrow({ ...query, where: { id: submission.id } });
    },
  }),
  gradeAssignmentSubmission: t.prismaField({
    type: 'AssignmentSubmission',
    description: 'Grades a submission against the assignment’s rubric (one score per criterion): the course’s instructors and admins.',
    authScopes: { authenticated: true },
    args: {
      submissionId: t.arg.id({ required: true }).validate(idRule('submission')),
      rubricScores: t.arg({ type: [RubricScoreInput], required: true }).validate(rubricScoresRule),
      feedback: t.arg.string().validate(feedbackRule.nullish()),
    },
    resolve: async (query, _root, args, context) => {
      const submission = await gradeAssignmentSubmission(context.prisma, {
        viewer: signedInViewer(context),
        submissionId: args.submissionId,
        rubricScores: args.rubricScores,
        feedback: args.feedback,
        events: context.events,
      });
      return context.prisma.assignmentSubmission.findUniqueOrThrow({ ...query, where: { id: submission.id } });
    },
  }),
}));
