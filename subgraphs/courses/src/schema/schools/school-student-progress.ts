// School.studentProgress: the course progress of the students who share it with the school. The school's
// API keys with read:students and platform admins may read it; a key of another school gets FORBIDDEN.
import { inPublicGraph } from '../../../../kit/src/public-contract';
import { builder } from '../../builder';
import { idRule } from '../../learning/input-rules';
import { maySeeSchoolProgress } from '../../schools/school-access';
import {
  DEFAULT_PROGRESS_PAGE_SIZE,
  MAX_PROGRESS_PAGE_SIZE,
  schoolProgressPage,
  type SchoolStudentProgress,
} from '../../schools/student-progress';
import { CourseType } from '../content/course';
import { UserRef, userReference } from '../content/user';
import { courseById } from '../learning/loaders';
import { SchoolRef } from './school';

const studentsTag = inPublicGraph('read:students');

export const SchoolStudentProgressType = builder.objectRef<SchoolStudentProgress>('SchoolStudentProgress').implement({
  description: 'One sharing student’s enrollment in one course, with how far they are.',
  tag: studentsTag,
  fields: (t) => ({
    student: t.field({ type: UserRef, tag: studentsTag, resolve: ({ enrollment }) => userReference(enrollment.userId) }),
    course: t.field({ type: CourseType, tag: studentsTag, resolve: ({ enrollment }, _args, context) => courseById(context).load(enrollment.courseId) }),
    enrolledAt: t.field({ type: 'DateTime', tag: studentsTag, resolve: ({ enrollment }) => enrollment.enrolledAt }),
    percentComplete: t.exposeInt('percentComplete', { tag: studentsTag, description: 'Whole percent of the course’s live lectures and readings finished.' }),
    completedAt: t.field({ type: 'DateTime', nullable: true, tag: studentsTag, resolve: ({ enrollment }) => enrollment.completedAt }),
  }),
});

const SchoolStudentProgressConnection = builder.connectionObject(
  { type: SchoolStudentProgressType, name: 'SchoolStudentProgressConnection', tag: studentsTag, edgesField: { tag: studentsTag } },
  { name: 'SchoolStudentProgressEdge', tag: studentsTag, nodeField: { tag: studentsTag } },
);

builder.objectFields(SchoolRef, (t) => ({
  studentProgress: t.field({
    type: SchoolStudentProgressConnection,
    tag: studentsTag,
    description:
      `Active and completed enrollments of the students who share their progress with this school, oldest first: ${DEFAULT_PROGRESS_PAGE_SIZE} per page unless \`first\` says (at most ${MAX_PROGRESS_PAGE_SIZE}); continue with \`after\`. ` +
      'The school’s API keys with read:students and platform admins only; anyone else gets FORBIDDEN.',
    authScopes: (school, _args, context) => maySeeSchoolProgress(context.viewer, school.id),
    args: {
      first: t.arg.int({ description: `1 to ${MAX_PROGRESS_PAGE_SIZE}. @default ${DEFAULT_PROGRESS_PAGE_SIZE}` }),
      after: t.arg.string({ description: 'The `endCursor` of the previous page.' }),
      courseId: t.arg.id({ description: 'Only this course. @default every course', validate: idRule('course').nullish() }),
    },
    resolve: async (school, args, context) => {
      const page = await schoolProgressPage(context.prisma, school.id, { courseId: args.courseId, first: args.first, after: args.after });
      return {
        edges: page.rows.map(({ cursor, progress }) => ({ cursor, node: progress })),
        pageInfo: {
          hasNextPage: page.hasNextPage,
          hasPreviousPage: args.after != null,
          startCursor: page.rows[0]?.cursor ?? null,
          endCursor: page.rows.at(-1)?.cursor ?? null,
        },
      };
    },
  }),
}));
