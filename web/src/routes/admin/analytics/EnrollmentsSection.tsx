// Enrollments and completions of one course over the chosen period (per day or week) and the completion
// rate of the period's students, drawn as bar charts with their numbers, and exported as CSV exactly as shown.
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { BarChart } from '../../../ui/BarChart';
import { Button } from '../../../ui/Button';
import { Empty, ErrorState, Loading } from '../../../ui/States';
import { downloadTextFile } from '../../../ui/download-file';
import { completionsCsv, enrollmentsCsv, exportFileName } from './analytics-csv';
import { periodLabel, rangeOf } from './analytics-period';
import type { AnalyticsChoice } from './PeriodForm';

const CourseEnrollments = graphql(`
  query CourseEnrollments($courseId: ID!, $from: DateTime!, $to: DateTime!, $bucket: AnalyticsBucket!) {
    course(id: $courseId) {
      id
      title
    }
    courseAnalytics(courseId: $courseId, from: $from, to: $to, bucket: $bucket) {
      courseId
      completionRate
      enrollmentsOverTime {
        periodStart
        enrollments
      }
      completionsOverTime {
        periodStart
        completions
      }
    }
  }
`);

export function EnrollmentsSection({ choice }: { choice: AnalyticsChoice }) {
  const range = rangeOf(choice);
  const { data, loading, error } = useQuery(CourseEnrollments, {
    variables: { courseId: choice.courseId, from: range.from, to: range.to, bucket: choice.bucket },
    skip: !choice.courseId,
  });
  const analytics = data?.courseAnalytics;
  const courseTitle = data?.course?.title ?? 'this course';
  const periods = analytics?.enrollmentsOverTime ?? [];
  const total = periods.reduce((sum, period) => sum + period.enrollments, 0);
  const completions = analytics?.completionsOverTime ?? [];
  const completed = completions.reduce((sum, period) => sum + period.completions, 0);
  const unit = choice.bucket === 'day' ? 'day' : 'week';

  return (
    <>
      <section aria-labelledby="enrollments-heading" className="card">
        <h2 id="enrollments-heading">Enrollments and completions</h2>
        {!choice.courseId ? (
          <Empty title="Pick a course to see its enrollments" />
        ) : loading && !data ? (
          <Loading label="Counting enrollments…" />
        ) : error ? (
          <ErrorState error={error} />
        ) : !analytics ? (
          <Empty title="No figures for this course" />
        ) : (
          <>
            <dl className="admin-figures">
              <div>
                <dt>Enrollments</dt>
                <dd>{total.toLocaleString()}</dd>
              </div>
              <div>
                <dt>Completions</dt>
                <dd>{completed.toLocaleString()}</dd>
              </div>
              <div>
                <dt>Completion rate</dt>
                <dd>{Math.round(analytics.completionRate * 100)}%</dd>
              </div>
            </dl>
            <BarChart
              title={`Enrollments per ${unit} in ${courseTitle}`}
              description={`${total} enrollments from ${choice.fromDay} to ${choice.toDay}, ${periods.length} ${unit}s, each bar one ${unit}.`}
              points={periods.map((period) => ({ label: periodLabel(period.periodStart), value: period.enrollments }))}
              labelHeading={choice.bucket === 'day' ? 'Day' : 'Week starting'}
              valueHeading="Enrollments"
            />
            <div className="actions">
              <Button
                type="button"
                variant="secondary"
                onClick={() => downloadTextFile(exportFileName(`enrollments ${courseTitle}`, choice.fromDay, choice.toDay), enrollmentsCsv(courseTitle, periods), 'text/csv;charset=utf-8')}
              >
                Export enrollments as CSV
              </Button>
            </div>
          </>
        )}
      </section>
      {analytics && (
        <section aria-labelledby="completions-heading" className="card">
          <h2 id="completions-heading">Completions over time</h2>
          <BarChart
            title={`Completions per ${unit} in ${courseTitle}`}
            description={`${completed} completions from ${choice.fromDay} to ${choice.toDay}, by the day they happened, each bar one ${unit}.`}
            points={completions.map((period) => ({ label: periodLabel(period.periodStart), value: period.completions }))}
            labelHeading={choice.bucket === 'day' ? 'Day' : 'Week starting'}
            valueHeading="Completions"
          />
          <div className="actions">
            <Button
              type="button"
              variant="secondary"
              onClick={() => downloadTextFile(exportFileName(`completions ${courseTitle}`, choice.fromDay, choice.toDay), completionsCsv(courseTitle, completions), 'text/csv;charset=utf-8')}
            >
              Export completions as CSV
            </Button>
          </div>
        </section>
      )}
    </>
  );
}
