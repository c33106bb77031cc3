// Sales of every course over the chosen period (the economy's payout report for all payees): totals,
// gross sales per day or week, a bar chart of gross sales per course, and CSV exports of the same lines.
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { BarChart } from '../../../ui/BarChart';
import { Button } from '../../../ui/Button';
import { Empty, ErrorState, Loading } from '../../../ui/States';
import { downloadTextFile } from '../../../ui/download-file';
import { centsAsAmount, exportFileName, revenueCsv } from './analytics-csv';
import { rangeOf, type PeriodChoice } from './analytics-period';
import { SalesOverTimeChart } from './SalesOverTimeChart';

const PlatformRevenue = graphql(`
  query PlatformRevenue($from: DateTime!, $until: DateTime!) {
    payoutReport(from: $from, until: $until) {
      totals {
        grossCents
        platformCents
        instructorCents
        refundedGrossCents
      }
      courses {
        sales
        course {
          id
          title
        }
        payee {
          id
          displayName
        }
        amounts {
          grossCents
          platformCents
          instructorCents
        }
      }
    }
  }
`);

export function RevenueSection({ period }: { period: PeriodChoice }) {
  const range = rangeOf(period);
  const { data, loading, error } = useQuery(PlatformRevenue, { variables: { from: range.from, until: range.to } });
  const report = data?.payoutReport;
  const rows = (report?.courses ?? []).map((line) => ({
    courseTitle: line.course.title,
    sales: line.sales,
    grossCents: line.amounts.grossCents,
    platformCents: line.amounts.platformCents,
    instructorCents: line.amounts.instructorCents,
  }));

  return (
    <section aria-labelledby="revenue-heading" className="card">
      <h2 id="revenue-heading">Revenue</h2>
      <p className="muted">Every course’s sales in the period, after discounts. Amounts are in the shop’s currency.</p>
      {loading && !data ? (
        <Loading label="Adding up sales…" />
      ) : error ? (
        <ErrorState error={error} />
      ) : !report ? (
        <Empty title="No sales figures" />
      ) : (
        <>
          <dl className="admin-figures">
            <div>
              <dt>Gross sales</dt>
              <dd>{centsAsAmount(report.totals.grossCents)}</dd>
            </div>
            <div>
              <dt>Platform share</dt>
              <dd>{centsAsAmount(report.totals.platformCents)}</dd>
            </div>
            <div>
              <dt>Refunded</dt>
              <dd>{centsAsAmount(report.totals.refundedGrossCents)}</dd>
            </div>
          </dl>
          <SalesOverTimeChart period={period} />
          {rows.length === 0 ? (
            <Empty title="No sales in this period" />
          ) : (
            <>
              <BarChart
                title="Gross sales per course"
                description={`Gross sales of ${rows.length} courses from ${period.fromDay} to ${period.toDay}.`}
                points={rows.map((row) => ({ label: row.courseTitle, value: row.grossCents / 100 }))}
                labelHeading="Course"
                valueHeading="Gross sales"
                formatValue={(value) => value.toFixed(2)}
              />
              <div className="actions">
                <Button
                  type="button"
                  variant="secondary"
                  onClick={() => downloadTextFile(exportFileName('revenue', period.fromDay, period.toDay), revenueCsv(rows), 'text/csv;charset=utf-8')}
                >
                  Export revenue as CSV
                </Button>
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}
