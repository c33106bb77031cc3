// The learning area's User fields: a person's enrollments, grades and certificates. Visible to the
// person, their confirmed parents and admins; a course's instructors see only their own courses' part.
import DataLoader from 'dataloader';
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import { queryFromInfo } from '@pothos/plugin-prisma';
import type { SubgraphContext } from '../../../../kit/src/context';
import type { Enrollment, EnrollmentStatus } from '../../../../kit/src/db';
import { forbidden } from '../../../../kit/src/errors';
import { builder } from '../../builder';
import { isUuid } from '../../loaders';
import { ensureCertificatePdf } from '../../learning/certificates';
import { idRule } from '../../learning/input-rules';
import { EnrollmentStatusEnum } from '../content/enums';
import { requiresDisplayName, UserRef } from '../content/user';
import { CertificateType } from './certificate';
import { EnrollmentType } from './enrollment';
import { GradeType } from './grade';
import { certificatesOf, gradesOf } from './loaders';
import { inScope, NOT_YOUR_STUDENT, studentRecordScope } from './visibility';

/**
 * Every user at one place in the document selects the same fields with the same arguments, so the
 * loader for that place plans one Prisma query (with the selected relations) for the whole batch.
 */
function enrollmentsLoader(context: SubgraphContext, info: GraphQLResolveInfo, status: EnrollmentStatus | null): DataLoader<string, Enrollment[]> {
  const byPlace = context.loader('learning.enrollmentsOfUser', () => new WeakMap<FieldNode, DataLoader<string, Enrollment[]>>());
  const place = info.fieldNodes[0];
  const existing = place ? byPlace.get(place) : undefined;
  if (existing) return existing;
  const loader = new DataLoader<string, Enrollment[]>(async (userIds) => {
    const wanted = userIds.filter(isUuid);
    const rows: Enrollment[] = wanted.length === 0
      ? []
      : await context.prisma.enrollment.findMany({
          ...queryFromInfo({ context, info }),
          where: { userId: { in: wanted }, ...(status ? { status } : {}) },
          orderBy: [{ enrolledAt: 'desc' }, { id: 'asc' }],
        });
    return userIds.map((id) => rows.filter((row) => row.userId === id));
  });
  if (place) byPlace.set(place, loader);
  return loader;
}

builder.objectFields(UserRef, (t) => ({
  enrollments: t.field({
    type: [EnrollmentType],
    description:
      'This person’s enrollments, newest first. The person, their confirmed parents and admins see all; a course’s instructors see only their courses’; anyone else gets FORBIDDEN.',
    authScopes: { authenticated: true },
    args: { status: t.arg({ type: EnrollmentStatusEnum, description: 'Only enrollments in this status.' }) },
    resolve: async (user, args, context, info) => {
      const scope = await studentRecordScope(context, user.id);
      const enrollments = await enrollmentsLoader(context, info, args.status ?? null).load(user.id);
      return enrollments.filter((enrollment) => inScope(scope, enrollment.courseId));
    },
  }),
  grades: t.field({
    type: [GradeType],
    description:
      'This person’s grades, newest first: the best graded attempt of each quiz and each graded assignment. Same visibility as enrollments; an instructor asking for a course they do not teach gets FORBIDDEN.',
    authScopes: { authenticated: true },
    args: { courseId: t.arg.id({ description: 'Only this course’s grades.', validate: idRule('course').nullish() }) },
    resolve: async (user, args, context) => {
      const scope = await studentRecordScope(context, user.id);
      const courseId = args.courseId ?? null;
      if (courseId !== null && !inScope(scope, courseId)) throw forbidden(NOT_YOUR_STUDENT);
      const grades = await gradesOf(context).load(user.id);
      return grades.filter((grade) => inScope(scope, grade.courseId) && (courseId === null || grade.courseId === courseId));
    },
  }),
  certificates: t.field({
    type: [CertificateType],
    description:
      'This person’s certificates, newest first, each with its PDF (rendered with the person’s display name the first time it is asked for). Same visibility as enrollments.',
    authScopes: { authenticated: true },
    ...requiresDisplayName,
    resolve: async (user, _args, context) => {
      const scope = await studentRecordScope(context, user.id);
      const certificates = (await certificatesOf(context).load(user.id)).filter((certificate) => inScope(scope, certificate.courseId));
      const recipientName = user.displayName;
      // Without the name (a caller bypassing the router's @requires) the PDF waits for a later request.
      if (recipientName === undefined) return certificates;
      return Promise.all(
        certificates.map((certificate) =>
          certificate.pdfFileKey !== null
            ? certificate
            : ensureCertificatePdf(context.prisma, context.storage, { certificate, recipientName, courseTitle: certificate.course.title }),
        ),
      );
    },
  }),
}));
