// The one action that fits the viewer: sign in, enroll (free), buy (paid), or continue where they left
// off with their progress. Missing prerequisites are said before anyone tries.
import { Link, useLocation } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { messageOf } from '../../../ui/error-message';
import { useBusyAction } from '../../../ui/use-busy-action';
import { formatPercent } from '../shared/format';
import { BuyOptions } from './BuyOptions';
import { EnrollMutation } from './course-operations';
import type { EnrollmentStatus } from '../../../gql/graphql';

interface EnrollPanelProps {
  courseId: string;
  signedIn: boolean;
  price: { free: boolean; usdCents: number; scrollCoinCost?: number | null };
  enrollment: { status: EnrollmentStatus; progress: { percent: number; completedItems: number; totalItems: number } } | null;
  missingPrerequisites: string[];
  /** Where "Continue learning" leads; null when the course has nothing to open yet. */
  continuePath: string | null;
  onEnrolled(): Promise<unknown>;
}

export function EnrollPanel({ courseId, signedIn, price, enrollment, missingPrerequisites, continuePath, onEnrolled }: EnrollPanelProps) {
  const location = useLocation();
  const [enrollMutation] = useMutation(EnrollMutation);
  const enroll = useBusyAction(async () => {
    await enrollMutation({ variables: { courseId } });
    await onEnrolled();
  });

  if (!signedIn) {
    return (
      <p>
        <Link className="button button--primary" to={`/login?next=${encodeURIComponent(location.pathname)}`}>
          Sign in to enroll
        </Link>
      </p>
    );
  }

  if (enrollment && enrollment.status !== 'dropped') {
    const { percent, completedItems, totalItems } = enrollment.progress;
    return (
      <div>
        <p role="status">{enrollment.status === 'completed' ? 'You have completed this course.' : 'You are enrolled in this course.'}</p>
        <label htmlFor="course-progress">
          Your progress: {formatPercent(percent)} ({completedItems} of {totalItems} items)
        </label>
        <progress id="course-progress" className="learning-progress" max={100} value={percent} />
        {continuePath ? (
          <p>
            <Link className="button button--primary" to={continuePath}>
              {enrollment.status === 'completed' ? 'Review the course' : 'Continue learning'}
            </Link>
          </p>
        ) : null}
      </div>
    );
  }

  if (missingPrerequisites.length > 0) {
    return <Alert tone="info">Complete {missingPrerequisites.join(', ')} first; then you can enroll in this course.</Alert>;
  }

  if (!price.free && enrollment?.status !== 'dropped') {
    return <BuyOptions courseId={courseId} price={price} onEnrolled={onEnrolled} />;
  }

  return (
    <div>
      {enrollment?.status === 'dropped' ? <p>You left this course earlier. Enroll again to pick up where you stopped.</p> : null}
      <Button busy={enroll.busy} onClick={() => void enroll.run()}>
        {enrollment?.status === 'dropped' ? 'Enroll again' : 'Enroll for free'}
      </Button>
      {enroll.busy ? (
        <p role="status" className="muted">
          Enrolling…
        </p>
      ) : null}
      {enroll.error ? <Alert>{messageOf(enroll.error)}</Alert> : null}
    </div>
  );
}
