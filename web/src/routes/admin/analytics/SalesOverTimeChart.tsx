// Gross sales of every course per day or week of the chosen period, as a bar chart with its numbers
// and a CSV export of the same figures.
import { BarChart } from '../../../ui/BarChart';
import { Button } from '../../../ui/Button';
import { ErrorState, Loading } from '../../../ui/States';
import { downloadTextFile } from '../../../ui/download-file';
import { exportFileName, salesOverTimeCsv } from './analytics-csv';
import { periodLabel, type PeriodChoice } from './analytics-period';
import { useSalesOverTime } from './useSalesOverTime';

export function SalesOverTimeChart({ period }: { period: PeriodChoice }) {
  const sales = useSalesOverTime(period);
  const unit = period.bucket === 'day' ? 'day' : 'week';
  if (sales.state === 'loading') return <Loading label="Adding up sales over time…" />;
  if (sales.state === 'failed') return <ErrorState error={sales.error} />;
  const total = sales.points.reduce((sum, point) => sum + point.grossCents, 0);
  return (
    <>
      <BarChart
        title={`Gross sales per ${unit}`}
        description={`Gross sales of every course from ${period.fromDay} to ${period.toDay}, one bar per ${unit}; ${(total / 100).toFixed(2)} in all.`}
        points={sales.points.map((point) => ({ label: periodLabel(point.periodStart), value: point.grossCents / 100 }))}
        labelHeading={period.bucket === 'day' ? 'Day' : 'Week starting'}
        valueHeading="Gross sales"
        formatValue={(value) => value.toFixed(2)}
      />
      <div className="actions">
        <Button
          type="button"
          variant="secondary"
          onClick={() => downloadTextFile(exportFileName('sales over time', period.fromDay, period.toDay), salesOverTimeCsv(sales.points), 'text/csv;charset=utf-8')}
        >
          Export sales over time as CSV
        </Button>
      </div>
    </>
  );
}
