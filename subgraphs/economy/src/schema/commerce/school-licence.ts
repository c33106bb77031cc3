// School licences: claiming a seat with a code, and a school's licences for the person who bought them.
import { z } from 'zod';
import type { LicenceCode } from '../../../../kit/src/db';
import { builder } from '../../builder';
import { claimLicenceCode, schoolLicences, type LicenceClaim, type LicenceWithCodes } from '../../commerce/licences';
import { CourseRef, courseReference } from '../content/course';
import { UserRef, userReference } from '../content/user';

const LicenceCodeType = builder.objectRef<LicenceCode>('LicenceCode').implement({
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Hand it to one student; it works once.' }),
    claimedBy: t.field({ type: UserRef, nullable: true, resolve: (code) => (code.claimedById ? userReference(code.claimedById) : null) }),
    claimedAt: t.expose('claimedAt', { type: 'DateTime', nullable: true }),
  }),
});

const SchoolLicenceType = builder.objectRef<LicenceWithCodes>('SchoolLicence').implement({
  description: 'Seats of a course or bundle a school bought; each seat is a single-use code.',
  fields: (t) => ({
    id: t.exposeID('id'),
    schoolId: t.exposeID('schoolId'),
    orderId: t.exposeID('orderId'),
    course: t.field({ type: CourseRef, nullable: true, resolve: (licence) => (licence.courseId ? courseReference(licence.courseId) : null) }),
    bundleId: t.exposeID('bundleId', { nullable: true }),
    seats: t.exposeInt('seats'),
    claimedSeats: t.int({ resolve: (licence) => licence.codes.filter((code) => code.claimedById !== null).length }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', description: 'Codes cannot be claimed after this.' }),
    codes: t.field({ type: [LicenceCodeType], resolve: (licence) => licence.codes }),
  }),
});

const LicenceClaimType = builder.objectRef<LicenceClaim>('LicenceClaim').implement({
  fields: (t) => ({
    licenceId: t.exposeID('licenceId'),
    courses: t.field({ type: [CourseRef], description: 'The courses you now have access to.', resolve: (claim) => claim.courseIds.map(courseReference) }),
  }),
});

builder.queryFields((t) => ({
  schoolLicences: t.field({
    type: [SchoolLicenceType],
    description: 'A school’s licences with their codes and claims: those you bought (admins: all).',
    authScopes: { authenticated: true },
    args: { schoolId: t.arg.id({ required: true, validate: z.uuid('That is not a valid school id.') }) },
    resolve: (_root, args, context) => schoolLicences(context.prisma, context.viewer, args.schoolId),
  }),
}));

builder.mutationFields((t) => ({
  claimLicenceCode: t.field({
    type: LicenceClaimType,
    description: 'Claims a seat of your school’s licence: you get access to its course(s).',
    authScopes: { authenticated: true },
    args: { code: t.arg.string({ required: true }) },
    resolve: (_root, args, context) => claimLicenceCode(context.prisma, context.viewer, args.code),
  }),
}));
