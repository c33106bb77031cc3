// Admins issue scholarships; the person applies the code to their cart (applyScholarship).
import { z } from 'zod';
import type { Scholarship } from '../../../../kit/src/db';
import { builder } from '../../builder';
import { issueScholarship } from '../../commerce/scholarships';
import { CourseRef, courseReference } from '../content/course';
import { UserRef, userReference } from '../content/user';

const ScholarshipType = builder.objectRef<Scholarship>('Scholarship').implement({
  description: 'A single-use code taking a percentage off scholarship-eligible courses for one person.',
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code'),
    recipient: t.field({ type: UserRef, resolve: (scholarship) => userReference(scholarship.userId) }),
    percentOff: t.exposeInt('percentOff'),
    course: t.field({ type: CourseRef, nullable: true, resolve: (scholarship) => (scholarship.courseId ? courseReference(scholarship.courseId) : null) }),
    note: t.exposeString('note'),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', nullable: true }),
    redeemedAt: t.expose('redeemedAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.mutationFields((t) => ({
  issueScholarship: t.field({
    type: ScholarshipType,
    description: 'Admins: gives one person a single-use scholarship code.',
    authScopes: { admin: true },
    args: {
      userId: t.arg.id({ required: true, validate: z.uuid('That is not a valid person id.') }),
      percentOff: t.arg.int({ required: true, description: '1–100; 100 makes eligible courses free.' }),
      courseId: t.arg.id({ description: 'Limit it to one course.' }),
      expiresAt: t.arg({ type: 'DateTime' }),
      note: t.arg.string({ required: true, description: 'Why it was given, for the record (up to 500 characters).' }),
    },
    resolve: (_root, args, context) => issueScholarship(context.prisma, context.viewer, args),
  }),
}));
