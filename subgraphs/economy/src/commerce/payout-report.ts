// What each payee earned per course in a period: gross sales, instructor and platform shares, the
// part reversed by refunds, and the totals. One grouped query.
import type { PrismaClient } from '../../../kit/src/db';
import { badInput, forbidden } from '../../../kit/src/errors';
import { signedInViewerId } from '../../../kit/src/signed-in';
import { isUuid } from '../../../kit/src/uuid';
import { hasRole, type Viewer } from '../../../kit/src/viewer';

export interface PayoutAmounts {
  grossCents: number;
  instructorCents: number;
  platformCents: number;
  /** Gross reversed by refunds (a positive number). */
  refundedGrossCents: number;
  /** Instructor share reversed by refunds (a positive number). */
  refundedInstructorCents: number;
  /** What the payee is owed: instructor share minus its reversals. */
  netInstructorCents: number;
}

export interface PayoutCourseLine extends PayoutAmounts {
  courseId: string;
  payeeId: string;
  sales: number;
}

export interface PayoutReport {
  payeeId: string | null;
  from: Date;
  until: Date;
  courses: PayoutCourseLine[];
  totals: PayoutAmounts;
}

/** Longest period one report covers. */
export const MAX_REPORT_DAYS = 366 * 5;

export async function payoutReport(prisma: PrismaClient, viewer: Viewer, input: { payeeId?: string | null; from: Date; until: Date }): Promise<PayoutReport> {
  const viewerId = signedInViewerId(viewer);
  const admin = hasRole(viewer, 'admin');
  const payeeId = input.payeeId ?? (admin ? null : viewerId);
  if (payeeId !== null && !isUuid(payeeId)) throw badInput('That is not a person id.', 'payeeId');
  if (!admin && payeeId !== viewerId) throw forbidden('You can see only your own payouts.');
  if (input.until <= input.from) throw badInput('The period must end after it starts.', 'until');
  if (input.until.getTime() - input.from.getTime() > MAX_REPORT_DAYS * 86_400_000) throw badInput('A report covers at most five years.', 'until');

  const rows = await prisma.revenueShare.groupBy({
    by: ['courseId', 'payeeId', 'reversal'],
    where: { createdAt: { gte: input.from, lt: input.until }, ...(payeeId ? { payeeId } : {}) },
    _sum: { grossCents: true, instructorCents: true, platformCents: true },
    _count: { _all: true },
  });
  const lines = new Map<string, PayoutCourseLine>();
  for (const row of rows) {
    const key = `${row.payeeId}:${row.courseId}`;
    const line = lines.get(key) ?? { courseId: row.courseId, payeeId: row.payeeId, sales: 0, ...emptyAmounts() };
    if (row.reversal) {
      line.refundedGrossCents += -(row._sum.grossCents ?? 0);
      line.refundedInstructorCents += -(row._sum.instructorCents ?? 0);
      line.platformCents += row._sum.platformCents ?? 0;
    } else {
      line.sales += row._count._all;
      line.grossCents += row._sum.grossCents ?? 0;
      line.instructorCents += row._sum.instructorCents ?? 0;
      line.platformCents += row._sum.platformCents ?? 0;
    }
    line.netInstructorCents = line.instructorCents - line.refundedInstructorCents;
    lines.set(key, line);
  }
  const courses = [...lines.values()].sort((a, b) => b.grossCents - a.grossCents || a.courseId.localeCompare(b.courseId));
  const totals = courses.reduce<PayoutAmounts>(
    (sum, line) => ({
      grossCents: sum.grossCents + line.grossCents,
      instructorCents: sum.instructorCents + line.instructorCents,
      platformCents: sum.platformCents + line.platformCents,
      refundedGrossCents: sum.refundedGrossCents + line.refundedGrossCents,
      refundedInstructorCents: sum.refundedInstructorCents + line.refundedInstructorCents,
      netInstructorCents: sum.netInstructorCents + line.netInstructorCents,
    }),
    emptyAmounts(),
  );
  return { payeeId, from: input.from, until: input.until, courses, totals };
}

function emptyAmounts(): PayoutAmounts {
  return { grossCents: 0, instructorCents: 0, platformCents: 0, refundedGrossCents: 0, refundedInstructorCents: 0, netInstructorCents: 0 };
}
