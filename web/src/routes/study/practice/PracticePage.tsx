// /study/practice: start a practice session in one of my courses (how many questions, optionally my
// weakest topics first), and see my accuracy per topic in that course.
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { Empty, ErrorState, Loading } from '../../../ui/States';
import { fieldProblemsOf, messageOf } from '../../../ui/error-message';
import { TopicAccuracy } from './TopicAccuracy';
import '../study.css';

const PracticeCoursesQuery = graphql(`
  query StudyPracticeCourses {
    me {
      id
      enrollments {
        id
        status
        course {
          id
          title
        }
      }
    }
  }
`);

const StartPracticeMutation = graphql(`
  mutation StudyStartPractice($input: PracticeSessionInput!) {
    startPracticeSession(input: $input) {
      id
    }
  }
`);

export function PracticePage() {
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const { data, loading, error } = useQuery(PracticeCoursesQuery);
  const [start, starting] = useMutation(StartPracticeMutation);
  const [questionCount, setQuestionCount] = useState('5');
  const [weakAreas, setWeakAreas] = useState(false);
  const [startError, setStartError] = useState<{ field: string | null; message: string } | null>(null);
  const courses = (data?.me?.enrollments ?? []).filter((enrollment) => enrollment.status !== 'dropped').map((enrollment) => enrollment.course);
  const courseId = searchParams.get('course') ?? courses[0]?.id ?? '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStartError(null);
    try {
      const result = await start({ variables: { input: { courseIds: [courseId], questionCount: Number(questionCount), mode: 'practice', weakAreas } } });
      if (result.data) await navigate(`/study/practice/${result.data.startPracticeSession.id}?course=${encodeURIComponent(courseId)}`);
    } catch (caught) {
      const problem = fieldProblemsOf(caught)[0];
      setStartError({ field: problem?.field.replace(/^input\./, '') ?? null, message: problem?.message ?? messageOf(caught) });
    }
  };

  return (
    <>
      <p>
        <Link to="/study">← My study</Link>
      </p>
      <h1>Practice</h1>
      {loading && !data ? (
        <Loading label="Loading your courses…" />
      ) : error && !data ? (
        <ErrorState error={error} />
      ) : courses.length === 0 ? (
        <Empty title="Enroll in a course to practise its questions.">
          <p>
            <Link to="/courses">Browse the catalog</Link>
          </p>
        </Empty>
      ) : (
        <>
          <form className="card" onSubmit={(event) => void submit(event)} aria-labelledby="start-practice-heading">
            <h2 id="start-practice-heading">Start a practice session</h2>
            <p>Questions come one at a time, and you see straight away how you did.</p>
            {startError && startError.field !== 'questionCount' && <Alert>{startError.message}</Alert>}
            <div className="study-form-row">
              <SelectField
                label="Course"
                value={courseId}
                onChange={(event) => {
                  setStartError(null);
                  setSearchParams({ course: event.target.value }, { replace: true });
                }}
              >
                {courses.map((course) => (
                  <option key={course.id} value={course.id}>
                    {course.title}
                  </option>
                ))}
              </SelectField>
              <TextField
                label="Number of questions"
                type="number"
                min={1}
                max={50}
                value={questionCount}
                onChange={(event) => setQuestionCount(event.target.value)}
                hint="1 to 50."
                error={startError?.field === 'questionCount' ? startError.message : null}
              />
            </div>
            <div className="field">
              <label>
                <input type="checkbox" checked={weakAreas} onChange={(event) => setWeakAreas(event.target.checked)} /> My weakest topics first
              </label>
            </div>
            <Button type="submit" busy={starting.loading} disabled={!courseId}>
              {starting.loading ? 'Starting…' : 'Start practising'}
            </Button>
          </form>
          {courseId && <TopicAccuracy courseId={courseId} />}
        </>
      )}
    </>
  );
}
