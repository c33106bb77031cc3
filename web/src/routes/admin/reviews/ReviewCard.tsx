// One course awaiting review: enough of it to judge (summary, description, syllabus outline, who wrote
// it, a link to its page) and the decision: approve publishes it; reject needs a reason (10+ characters)
// that the instructors read.
import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import type { ReviewDecision } from '../../../gql/graphql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { TextArea } from '../../../ui/TextArea';
import { formatDateTime } from '../../../ui/dates';
import { formErrorsOf } from '../../../ui/form-errors';
import { useBusyAction } from '../../../ui/use-busy-action';
import { REJECTION_REASON_MIN, rejectionReasonProblem } from './review-rules';

export const ReviewCardFragment = graphql(`
  fragment ReviewCard on Course {
    id
    slug
    title
    summary
    description
    status
    version
    submittedAt
    faculty {
      id
      name
    }
    instructors {
      id
      displayName
    }
    modules {
      id
      title
      lectures {
        id
      }
      quizzes {
        id
      }
    }
  }
`);

const ReviewCourse = graphql(`
  mutation ReviewCourse($courseId: ID!, $decision: ReviewDecision!, $reason: String) {
    reviewCourse(courseId: $courseId, decision: $decision, reason: $reason) {
      id
      status
      version
    }
  }
`);

export function ReviewCard({ course: courseRef, onDecided }: { course: FragmentType<typeof ReviewCardFragment>; onDecided(message: string): void }) {
  const course = getFragmentData(ReviewCardFragment, courseRef);
  const [reason, setReason] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const [pending, setPending] = useState<ReviewDecision | null>(null);
  const [review] = useMutation(ReviewCourse);
  const action = useBusyAction(async (decision: ReviewDecision) => {
    await review({
      variables: { courseId: course.id, decision, reason: decision === 'reject' ? reason.trim() : null },
      refetchQueries: ['CoursesAwaitingReview'],
      awaitRefetchQueries: true,
    });
    onDecided(decision === 'approve' ? `“${course.title}” is approved and published.` : `“${course.title}” was sent back to its instructors with your reason.`);
  });
  const errors = formErrorsOf(action.error, ['reason']);
  const headingId = `review-${course.id}`;

  const decide = (decision: ReviewDecision) => (event?: FormEvent) => {
    event?.preventDefault();
    const problem = decision === 'reject' ? rejectionReasonProblem(reason) : null;
    setLocalError(problem);
    if (problem) return;
    setPending(decision);
    void action.run(decision);
  };

  return (
    <article className="card admin-row" aria-labelledby={headingId}>
      <h3 id={headingId}>{course.title}</h3>
      <p className="muted">
        {course.faculty.name} · by {course.instructors.map((person) => person.displayName).join(', ') || 'no instructor'} · submitted {formatDateTime(course.submittedAt)}
        {course.status === 'published' ? ` · revision of published version ${course.version}` : ' · new course'}
      </p>
      <p className="admin-review__summary">{course.summary}</p>
      <details>
        <summary>Description and syllabus</summary>
        <p className="admin-review__description">{course.description || 'No description.'}</p>
        <ol className="admin-review__modules">
          {course.modules.map((module) => (
            <li key={module.id}>
              {module.title} <span className="muted">({module.lectures.length} lectures, {module.quizzes.length} quizzes)</span>
            </li>
          ))}
        </ol>
      </details>
      <p>
        <Link to={`/courses/${course.slug}`}>Open the course page</Link>
      </p>
      <form onSubmit={decide('reject')} aria-label={`Decision on ${course.title}`}>
        <TextArea
          label="Reason for rejecting"
          hint={`Required to reject (at least ${REJECTION_REASON_MIN} characters): what the instructors should change.`}
          value={reason}
          rows={2}
          onChange={(event) => setReason(event.target.value)}
          error={localError ?? errors.fields.reason ?? null}
        />
        {errors.general && <Alert>{errors.general}</Alert>}
        <div className="actions">
          <Button type="button" busy={action.busy && pending === 'approve'} disabled={action.busy} onClick={() => decide('approve')()}>
            {action.busy && pending === 'approve' ? 'Approving…' : 'Approve and publish'}
          </Button>
          <Button type="submit" variant="danger" busy={action.busy && pending === 'reject'} disabled={action.busy}>
            {action.busy && pending === 'reject' ? 'Rejecting…' : 'Reject'}
          </Button>
        </div>
      </form>
    </article>
  );
}
