// Where the course stands in its review workflow and the next step the graph allows: send a draft (or a
// published course's new revision) for an admin's review. The graph lists what is missing, if anything.
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { InstructorCourseQuery } from '../../../gql/graphql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { formatDateTime } from '../../../ui/dates';
import { fieldProblemsOf, messageOf } from '../../../ui/error-message';
import { useBusyAction } from '../../../ui/use-busy-action';
import { courseStatusWords, submittable } from './course-words';

const SubmitCourseForReview = graphql(`
  mutation SubmitCourseForReview($courseId: ID!) {
    submitCourseForReview(courseId: $courseId) {
      id
      status
      submittedAt
      reviewNote
    }
  }
`);

type EditorCourse = NonNullable<InstructorCourseQuery['course']>;

export function WorkflowPanel({ course }: { course: EditorCourse }) {
  const [submitForReview] = useMutation(SubmitCourseForReview);
  const submit = useBusyAction(() => submitForReview({ variables: { courseId: course.id } }));
  const missing = fieldProblemsOf(submit.error);
  return (
    <>
      <p>
        Status: <span className="badge">{courseStatusWords(course.status)}</span>
        {course.submittedAt && course.status === 'in_review' && <span className="muted"> since {formatDateTime(course.submittedAt)}</span>}
      </p>
      {course.reviewNote && (
        <Alert tone="info">
          <strong>The reviewer asked for changes:</strong> {course.reviewNote}
        </Alert>
      )}
      {course.status === 'published' && (
        <p>
          Live in the catalog: <Link to={`/courses/${course.slug}`}>see the course page</Link>. Changes to details are live at once; send a new revision for review when the syllabus changes.
        </p>
      )}
      {course.status === 'in_review' && <p className="muted">An admin reviews it next; it cannot change until then.</p>}
      {submittable(course.status) && (
        <Button type="button" busy={submit.busy} onClick={() => void submit.run()}>
          {course.status === 'draft' ? 'Submit for review' : 'Submit this revision for review'}
        </Button>
      )}
      {submit.done && <Alert tone="success">Sent for review. An admin publishes it or tells you what to change.</Alert>}
      {submit.error ? (
        <Alert>
          {messageOf(submit.error)}
          {missing.length > 1 && (
            <ul>
              {missing.map((problem) => (
                <li key={problem.field}>{problem.message}</li>
              ))}
            </ul>
          )}
        </Alert>
      ) : null}
    </>
  );
}
