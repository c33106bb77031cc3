// Payees' earnings per course over a period.
import { z } from 'zod';
import { builder } from '../../builder';
import { payoutReport, type PayoutAmounts, type PayoutCourseLine, type PayoutReport } from '../../commerce/payout-report';
import { salesOverTime, type SalesPeriod } from '../../commerce/sales-over-time';
import { CourseRef, courseReference } from '../content/course';
import { UserRef, userReference } from '../content/user';

const PayoutTotalsType = builder.objectRef<PayoutAmounts>('PayoutTotals').implement({
  fields: (t) => ({
    grossCents: t.exposeInt('grossCents', { description: 'Sales after discounts.' }),
    instructorCents: t.exposeInt('instructorCents'),
    platformCents: t.exposeInt('platformCents', { description: 'The platform’s share, net of refunds.' }),
    refundedGrossCents: t.exposeInt('refundedGrossCents'),
    refundedInstructorCents: t.exposeInt('refundedInstructorCents'),
    netInstructorCents: t.exposeInt('netInstructorCents', { description: 'What the payee is owed: instructor share minus refunds.' }),
  }),
});

const PayoutCourseLineType = builder.objectRef<PayoutCourseLine>('PayoutCourseLine').implement({
  fields: (t) => ({
    course: t.field({ type: CourseRef, resolve: (line) => courseReference(line.courseId) }),
    payee: t.field({ type: UserRef, resolve: (line) => userReference(line.payeeId) }),
    sales: t.exposeInt('sales'),
    amounts: t.field({ type: PayoutTotalsType, resolve: (line) => line }),
  }),
});

const SalesBucketEnum = builder.enumType('SalesBucket', {
  description: 'A UTC day, or an ISO week starting on Monday.',
  values: ['day', 'week'] as const,
});

const SalesPeriodType = builder.objectRef<SalesPeriod>('SalesPeriod').implement({
  fields: (t) => ({
    periodStart: t.expose('periodStart', { type: 'DateTime', description: 'Start of the UTC day, or of the week (Monday).' }),
    grossCents: t.exposeInt('grossCents', { description: 'Sales after discounts, before refunds.' }),
    sales: t.exposeInt('sales'),
  }),
});

const PayoutReportType = builder.objectRef<PayoutReport>('PayoutReport').implement({
  fields: (t) => ({
    payee: t.field({ type: UserRef, nullable: true, description: 'Null when an admin reports on every payee.', resolve: (report) => (report.payeeId ? userReference(report.payeeId) : null) }),
    from: t.expose('from', { type: 'DateTime' }),
    until: t.expose('until', { type: 'DateTime' }),
    courses: t.field({ type: [PayoutCourseLineType], resolve: (report) => report.courses }),
    totals: t.field({ type: PayoutTotalsType, resolve: (report) => report.totals }),
    salesOverTime: t.field({
      type: [SalesPeriodType],
      description: 'Gross sales of the report per UTC day or week, empty ones included; at most 1,000 of them (BAD_USER_INPUT beyond).',
      args: { bucket: t.arg({ type: SalesBucketEnum, required: true, defaultValue: 'week' }) },
      resolve: (report, args, context) => salesOverTime(context.prisma, report, args.bucket),
    }),
  }),
});

builder.queryFields((t) => ({
  payoutReport: t.field({
    type: PayoutReportType,
    description: 'Earnings per course from `from` (inclusive) until `until` (exclusive): your own, or any payee’s (admins; omit payeeId for all).',
    authScopes: { authenticated: true },
    args: {
      payeeId: t.arg.id({ validate: z.uuid('That is not a valid person id.').nullish() }),
      from: t.arg({ type: 'DateTime', required: true }),
      until: t.arg({ type: 'DateTime', required: true }),
    },
    resolve: (_root, args, context) => payoutReport(context.prisma, context.viewer, args),
  }),
}));
