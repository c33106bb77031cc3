// How many tutor questions I have used this month, of how many, and when the count starts again. Live
// (polite) so asking a question announces the new count.
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { formatDate } from '../../../ui/dates';
import { ErrorState } from '../../../ui/States';
import { PLAN_NAMES } from './plan-names';

export const TutorUsageQuery = graphql(`
  query TutorUsage {
    tutorUsage {
      plan
      limit
      used
      remaining
      resetsAt
    }
  }
`);

export function QuotaIndicator() {
  const { data, error } = useQuery(TutorUsageQuery, { fetchPolicy: 'cache-and-network' });
  const usage = data?.tutorUsage;
  if (error && !usage) return <ErrorState error={error} />;
  return (
    <section className="tutor-quota" aria-labelledby="tutor-quota-heading">
      <h2 id="tutor-quota-heading" className="tutor-quota__heading">
        Questions this month
      </h2>
      <p role="status" aria-live="polite" className="tutor-quota__figure">
        {!usage
          ? 'Counting your questions…'
          : usage.limit === null
            ? `${usage.used} asked · ${PLAN_NAMES[usage.plan]} plan, no limit`
            : `${usage.used} of ${usage.limit} used`}
      </p>
      {usage && usage.limit !== null && (
        <>
          <meter className="tutor-quota__meter" min={0} max={usage.limit} value={usage.used} low={usage.limit * 0.7} high={usage.limit * 0.9} optimum={0} aria-label="Share of this month's questions used" />
          <p className="muted">
            {PLAN_NAMES[usage.plan]} plan · resets {formatDate(usage.resetsAt)}
          </p>
        </>
      )}
    </section>
  );
}
