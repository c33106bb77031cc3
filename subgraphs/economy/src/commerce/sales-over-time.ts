// Gross sales of a payout report per day or week, for charts: one grouped statement over the same
// revenue shares the report sums (refund reversals left out, as in its gross), empty buckets filled in.
import { Prisma, type PrismaClient } from '../../../kit/src/db';
import { bucketStarts, checkBucketCount, type TimeBucket } from '../../../kit/src/time-buckets';
import type { PayoutReport } from './payout-report';

export interface SalesPeriod {
  periodStart: Date;
  grossCents: number;
  sales: number;
}

export async function salesOverTime(prisma: PrismaClient, report: Pick<PayoutReport, 'payeeId' | 'from' | 'until'>, bucket: TimeBucket): Promise<SalesPeriod[]> {
  checkBucketCount(report.from, report.until, bucket, 'bucket');
  // Timestamps are stored as UTC without a zone; ISO text cast to `timestamp` compares them as such.
  const payee = report.payeeId ? Prisma.sql`AND r.payee_id = ${report.payeeId}::uuid` : Prisma.empty;
  const rows = await prisma.$queryRaw<{ period: number; gross: number; sales: number }[]>`
    SELECT extract(epoch FROM date_trunc(${bucket}, r.created_at))::float8 AS period, sum(r.gross_cents)::int AS gross, count(*)::int AS sales
      FROM economy.revenue_share r
     WHERE NOT r.reversal AND r.created_at >= ${report.from.toISOString()}::timestamp AND r.created_at < ${report.until.toISOString()}::timestamp ${payee}
     GROUP BY 1`;
  const byStart = new Map(rows.map((row) => [Math.round(row.period * 1000), row]));
  return bucketStarts(report.from, report.until, bucket).map((periodStart) => {
    const row = byStart.get(periodStart.getTime());
    return { periodStart, grossCents: row?.gross ?? 0, sales: row?.sales ?? 0 };
  });
}
