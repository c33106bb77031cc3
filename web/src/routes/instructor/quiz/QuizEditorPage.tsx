// /instructor/courses/:id/quizzes/:quizId: a quiz's settings, its questions in order with their points
// and answers (one can be taken off the quiz), and writing a new question of any type the graph knows.
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { Alert } from '../../../ui/Alert';
import { Empty, ErrorState, Loading } from '../../../ui/States';
import { messageOf } from '../../../ui/error-message';
import { useBusyAction } from '../../../ui/use-busy-action';
import { NewQuestionForm } from './NewQuestionForm';
import { QuizSettingsForm } from './QuizSettingsForm';
import { answerWords } from './answer-words';
import { questionTypeWords } from './question-draft';
import { QuizEditorQuery, SetQuizQuestions } from './quiz-documents';
import '../instructor.css';

export function QuizEditorPage() {
  const { id: courseId = '', quizId = '' } = useParams();
  const { data, loading, error } = useQuery(QuizEditorQuery, { variables: { courseId } });
  const [setQuestions] = useMutation(SetQuizQuestions);
  const course = data?.course;
  const quiz = course?.modules.flatMap((module) => module.quizzes).find((candidate) => candidate.id === quizId);
  const entries = quiz ? [...quiz.questions].sort((a, b) => a.position - b.position) : [];
  const current = entries.map((entry) => ({ questionId: entry.question.id, points: entry.points }));
  const remove = useBusyAction((questionId: string) =>
    setQuestions({ variables: { quizId, questions: current.filter((entry) => entry.questionId !== questionId) } }),
  );

  if (loading && !data) return <Loading label="Loading the quiz…" />;
  if (error && !data) return <ErrorState error={error} />;
  if (!course || !course.viewerCanEdit || !quiz) {
    return (
      <>
        <h1>Quiz editor</h1>
        <Alert>
          This quiz does not exist or you do not teach its course. <Link to="/instructor">Back to your courses</Link>
        </Alert>
      </>
    );
  }
  const totalPoints = entries.reduce((sum, entry) => sum + entry.points, 0);
  return (
    <>
      <p>
        <Link to={`/instructor/courses/${course.id}`}>← {course.title}</Link>
      </p>
      <h1>Quiz: {quiz.title}</h1>
      <section className="card" aria-labelledby="settings-heading">
        <h2 id="settings-heading">Settings</h2>
        <QuizSettingsForm key={quiz.id} quiz={quiz} />
      </section>
      <section className="card" aria-labelledby="questions-heading">
        <h2 id="questions-heading">Questions</h2>
        {entries.length === 0 ? (
          <Empty title="No questions yet.">
            <p>Write the first one below.</p>
          </Empty>
        ) : (
          <>
            <p className="muted">
              {entries.length} {entries.length === 1 ? 'question' : 'questions'}, {totalPoints} points in all.
            </p>
            <ol className="instructor-plain-list" aria-label="Questions of the quiz">
              {entries.map((entry) => (
                <li key={entry.question.id} className="instructor-option">
                  <div>
                    <p>
                      <strong>{entry.question.prompt}</strong>
                    </p>
                    <p className="muted">
                      {questionTypeWords(entry.question.type)} · {entry.points} {entry.points === 1 ? 'point' : 'points'} · {answerWords(entry.question)}
                    </p>
                  </div>
                  <button
                    type="button"
                    className="instructor-link-button instructor-link-button--danger"
                    aria-label={`Take off the quiz: ${entry.question.prompt}`}
                    disabled={remove.busy}
                    onClick={() => void remove.run(entry.question.id)}
                  >
                    Take off the quiz
                  </button>
                </li>
              ))}
            </ol>
          </>
        )}
        {remove.error ? <Alert>{messageOf(remove.error)}</Alert> : null}
      </section>
      <section className="card" aria-labelledby="new-question-heading">
        <h2 id="new-question-heading">New question</h2>
        <NewQuestionForm courseId={course.id} quizId={quiz.id} current={current} defaultSubject={course.faculty.name} />
      </section>
    </>
  );
}
