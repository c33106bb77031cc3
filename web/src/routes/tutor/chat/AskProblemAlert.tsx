// Why a question was not sent: the month's questions used up (plan, limit, reset date and where to get
// more), asking too fast (how long to wait), or the graph's message.
import { Link } from 'react-router';
import { Alert } from '../../../ui/Alert';
import { formatDate } from '../../../ui/dates';
import { PLAN_NAMES } from '../quota/plan-names';
import { waitWords, type AskProblem } from './ask-problem';
import type { TutorPlan } from '../../../gql/graphql';

const isPlan = (plan: string | null): plan is TutorPlan => plan !== null && plan in PLAN_NAMES;

export function AskProblemAlert({ problem, resetsAt }: { problem: AskProblem; resetsAt: string | null }) {
  if (problem.kind === 'quota') {
    return (
      <Alert>
        <p>{problem.message}</p>
        <p>
          {isPlan(problem.plan) ? `Your ${PLAN_NAMES[problem.plan]} plan` : 'Your plan'}
          {problem.limit !== null ? ` allows ${problem.limit} questions a month` : ''}; the count starts again on {formatDate(resetsAt)}.{' '}
          <Link to="/wallet">See the tutor plans</Link> for more questions.
        </p>
      </Alert>
    );
  }
  if (problem.kind === 'rate') {
    return (
      <Alert>
        {problem.message}
        {problem.retryAfterSeconds !== null ? ` You can ask again in ${waitWords(problem.retryAfterSeconds)}.` : ''}
      </Alert>
    );
  }
  return <Alert>{problem.message}</Alert>;
}
