// /admin/analytics: enrollments and completions of a course, and sales of every course, over a period
// the administrator picks (per day or week), as charts with their numbers and CSV exports.
import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { graphql } from '../../../gql';
import { ErrorState, Loading } from '../../../ui/States';
import { AdminNotAllowed } from '../shared/AdminNotAllowed';
import { useAdminAccess } from '../shared/useAdminAccess';
import { EnrollmentsSection } from './EnrollmentsSection';
import { PeriodForm, type AnalyticsChoice } from './PeriodForm';
import { RevenueSection } from './RevenueSection';
import { periodFrom } from './analytics-period';
import '../shared/admin.css';

const AnalyticsCourses = graphql(`
  query AnalyticsCourses {
    courses(first: 100, sort: newest) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

export function AnalyticsPage() {
  const access = useAdminAccess();
  return (
    <>
      <h1>Analytics</h1>
      {access.state === 'loading' ? (
        <Loading />
      ) : access.state === 'forbidden' ? (
        <AdminNotAllowed />
      ) : access.state === 'failed' ? (
        <ErrorState error={access.error} />
      ) : (
        <Analytics />
      )}
    </>
  );
}

function Analytics() {
  const [params, setParams] = useSearchParams();
  const courses = useQuery(AnalyticsCourses);
  const paramKey = params.toString();
  const list = useMemo(() => courses.data?.courses.edges.map((edge) => edge.node) ?? [], [courses.data]);
  const choice: AnalyticsChoice = useMemo(() => {
    const search = new URLSearchParams(paramKey);
    const requested = search.get('course');
    // A course named in the address is shown even when it is not among the newest published ones.
    const courseId = requested || (list[0]?.id ?? '');
    return { ...periodFrom(search, new Date()), courseId };
  }, [paramKey, list]);

  if (courses.loading && !courses.data) return <Loading label="Loading courses…" />;
  if (courses.error) return <ErrorState error={courses.error} />;

  return (
    <>
      <PeriodForm
        key={`${paramKey}|${choice.courseId}`}
        choice={choice}
        courses={list}
        onApply={(next) => setParams({ course: next.courseId, from: next.fromDay, to: next.toDay, bucket: next.bucket })}
      />
      <EnrollmentsSection choice={choice} />
      <RevenueSection period={choice} />
    </>
  );
}
