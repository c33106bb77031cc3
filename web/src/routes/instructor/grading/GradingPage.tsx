// /instructor/courses/:id/grading: the work waiting for me in a course — assignment submissions scored
// against their rubric, and essay answers of submitted quiz attempts (with a tutor's drafted grade to
// confirm when there is one). Waiting work comes first; graded work can be regraded.
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Empty, ErrorState, Loading } from '../../../ui/States';
import { formatDateTime } from '../../../ui/dates';
import { RubricGradeForm } from './RubricGradeForm';
import { waitingEssays, waitingFirst } from './grading-queue';
import '../instructor.css';

const GradingQuery = graphql(`
  query InstructorGrading($courseId: ID!) {
    course(id: $courseId) {
      id
      title
      viewerCanEdit
      modules {
        id
        assignments {
          id
          title
          points
          rubric {
            id
            title
            description
            points
          }
          submissions {
            id
            body
            submittedAt
            late
            score
            maxScore
            feedback
            gradedAt
            rubricScores {
              criterionId
              points
            }
            student {
              id
              displayName
            }
          }
        }
        quizzes {
          id
          title
          attempts(first: 50) {
            edges {
              node {
                id
                status
                submittedAt
                student {
                  id
                  displayName
                }
                questions {
                  id
                  type
                  prompt
                  points
                  maxWords
                  pointsEarned
                  feedback
                  response {
                    text
                  }
                  rubric {
                    id
                    title
                    description
                    points
                  }
                  rubricScores {
                    criterionId
                    points
                  }
                  aiDraft {
                    rubricScores {
                      criterionId
                      points
                    }
                    feedback
                    model
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);

const GradeSubmission = graphql(`
  mutation GradeSubmission($submissionId: ID!, $rubricScores: [RubricScoreInput!]!, $feedback: String) {
    gradeAssignmentSubmission(submissionId: $submissionId, rubricScores: $rubricScores, feedback: $feedback) {
      id
      score
      maxScore
      feedback
      gradedAt
      rubricScores {
        criterionId
        points
      }
    }
  }
`);

const GradeEssay = graphql(`
  mutation GradeEssay($attemptId: ID!, $questionId: ID!, $rubricScores: [RubricScoreInput!], $feedback: String) {
    gradeEssayAnswer(attemptId: $attemptId, questionId: $questionId, rubricScores: $rubricScores, feedback: $feedback) {
      id
      status
      score
    }
  }
`);

export function GradingPage() {
  const { id: courseId = '' } = useParams();
  const { data, loading, error } = useQuery(GradingQuery, { variables: { courseId } });
  const [gradeSubmission] = useMutation(GradeSubmission);
  const [gradeEssay] = useMutation(GradeEssay, { refetchQueries: ['InstructorGrading'], awaitRefetchQueries: true });
  const course = data?.course;

  if (loading && !data) return <Loading label="Loading work to grade…" />;
  if (error && !data) return <ErrorState error={error} />;
  if (!course || !course.viewerCanEdit) {
    return (
      <>
        <h1>Grading</h1>
        <Alert>
          You do not teach this course, so there is nothing for you to grade here. <Link to="/instructor">Back to your courses</Link>
        </Alert>
      </>
    );
  }
  const assignments = course.modules.flatMap((module) => module.assignments).filter((assignment) => assignment.rubric.length > 0);
  const essays = waitingEssays(course.modules.flatMap((module) => module.quizzes));
  const nothing = assignments.every((assignment) => assignment.submissions.length === 0) && essays.length === 0;

  return (
    <>
      <p>
        <Link to={`/instructor/courses/${course.id}`}>← {course.title}</Link>
      </p>
      <h1>Grading: {course.title}</h1>
      {nothing && (
        <Empty title="Nothing to grade.">
          <p>Submissions of assignments with a rubric, and essay answers, appear here once students send them.</p>
        </Empty>
      )}
      {assignments
        .filter((assignment) => assignment.submissions.length > 0)
        .map((assignment) => (
          <section key={assignment.id} className="card" aria-labelledby={`assignment-${assignment.id}`}>
            <h2 id={`assignment-${assignment.id}`}>{assignment.title}</h2>
            <p className="muted">
              {assignment.submissions.filter((submission) => submission.gradedAt === null || submission.gradedAt === undefined).length} waiting of{' '}
              {assignment.submissions.length} · {assignment.points} points
            </p>
            {waitingFirst(assignment.submissions).map((submission) => (
              <article key={submission.id} className="instructor-submission" aria-labelledby={`submission-${submission.id}`}>
                <h3 id={`submission-${submission.id}`}>
                  {submission.student.displayName}{' '}
                  {submission.gradedAt ? <span className="badge">Graded: {submission.score} of {submission.maxScore}</span> : <span className="badge">Waiting</span>}
                  {submission.late && <span className="badge"> Late</span>}
                </h3>
                <p className="muted">Sent {formatDateTime(submission.submittedAt)}</p>
                <div className="instructor-submission__body">{submission.body}</div>
                <RubricGradeForm
                  label={`Grade ${submission.student.displayName}’s submission`}
                  rubric={assignment.rubric}
                  initialScores={submission.rubricScores}
                  initialFeedback={submission.feedback ?? ''}
                  onSave={(rubricScores, feedback) => gradeSubmission({ variables: { submissionId: submission.id, rubricScores, feedback: feedback || null } })}
                />
              </article>
            ))}
          </section>
        ))}
      {essays.length > 0 && (
        <section className="card" aria-labelledby="essays-heading">
          <h2 id="essays-heading">Essay answers waiting</h2>
          {essays.map(({ quizTitle, attempt, question }) => (
            <article key={`${attempt.id}:${question.id}`} className="instructor-submission" aria-labelledby={`essay-${attempt.id}-${question.id}`}>
              <h3 id={`essay-${attempt.id}-${question.id}`}>
                {attempt.student.displayName}: {quizTitle}
              </h3>
              <p>
                <strong>{question.prompt}</strong> <span className="muted">({question.points} points)</span>
              </p>
              <div className="instructor-submission__body">{question.response?.text ?? 'No answer was saved.'}</div>
              <RubricGradeForm
                label={`Grade ${attempt.student.displayName}’s essay`}
                rubric={question.rubric}
                initialScores={question.rubricScores}
                initialFeedback={question.feedback ?? ''}
                aiDraft={question.aiDraft}
                onSave={(rubricScores, feedback) => gradeEssay({ variables: { attemptId: attempt.id, questionId: question.id, rubricScores, feedback: feedback || null } })}
              />
            </article>
          ))}
        </section>
      )}
    </>
  );
}
