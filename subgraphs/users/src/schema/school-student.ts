// School.students: the people who joined a school with its code. Its admins and platform admins see all
// of them; the school's own API keys with read:students see only those who share their progress.
import { forbidden, unauthenticated } from '../../../kit/src/errors';
import { inPublicGraph } from '../../../kit/src/public-contract';
import { builder } from '../builder';
import { studentListAccess } from '../school-students/student-access';
import { DEFAULT_STUDENT_PAGE_SIZE, MAX_STUDENT_PAGE_SIZE, schoolStudentPage, type StudentMembership } from '../school-students/student-list';
import { SchoolType } from './school';
import { UserType } from './user';

const studentsTag = inPublicGraph('read:students');

export const SchoolStudentType = builder.objectRef<StudentMembership>('SchoolStudent').implement({
  description: 'A student of a school.',
  tag: studentsTag,
  fields: (t) => ({
    user: t.field({ type: UserType, tag: studentsTag, resolve: (membership) => membership.user }),
    joinedAt: t.expose('createdAt', { type: 'DateTime', tag: studentsTag }),
    sharingProgress: t.boolean({
      tag: studentsTag,
      description: 'Whether the student lets the school see their progress.',
      resolve: (membership) => membership.progressSharedAt !== null,
    }),
  }),
});

const SchoolStudentConnection = builder.connectionObject(
  { type: SchoolStudentType, name: 'SchoolStudentConnection', tag: studentsTag, edgesField: { tag: studentsTag } },
  { name: 'SchoolStudentEdge', tag: studentsTag, nodeField: { tag: studentsTag } },
);

builder.objectFields(SchoolType, (t) => ({
  students: t.field({
    type: SchoolStudentConnection,
    tag: studentsTag,
    description:
      `Students who joined with the school’s code, oldest first: ${DEFAULT_STUDENT_PAGE_SIZE} per page unless \`first\` says (at most ${MAX_STUDENT_PAGE_SIZE}); continue with \`after\`. ` +
      'The school’s admins and platform admins see every student; the school’s API keys with read:students only those sharing their progress. Anyone else: FORBIDDEN.',
    args: {
      first: t.arg.int({ description: `1 to ${MAX_STUDENT_PAGE_SIZE}. @default ${DEFAULT_STUDENT_PAGE_SIZE}` }),
      after: t.arg.string({ description: 'The `endCursor` of the previous page.' }),
    },
    resolve: async (school, args, context) => {
      const access = await studentListAccess(context.prisma, context.viewer, school.id);
      if (access === 'none') {
        if (context.viewer.kind === 'anonymous') throw unauthenticated('Sign in as an admin of this school to see its students.');
        throw forbidden(
          context.viewer.kind === 'school_key'
            ? 'This API key may not list this school’s students: it needs the read:students scope and must belong to this school.'
            : 'Only this school’s admins and platform admins can see its students.',
        );
      }
      const page = await schoolStudentPage(context.prisma, school.id, { sharingOnly: access === 'sharing', first: args.first, after: args.after });
      return {
        edges: page.students.map(({ cursor, membership }) => ({ cursor, node: membership })),
        pageInfo: {
          hasNextPage: page.hasNextPage,
          hasPreviousPage: args.after != null,
          startCursor: page.students[0]?.cursor ?? null,
          endCursor: page.students.at(-1)?.cursor ?? null,
        },
      };
    },
  }),
}));
