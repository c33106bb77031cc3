// Starts a conversation: pick a tutor and, optionally, one of my courses for answers to draw on; opens
// the new session's chat.
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { fieldProblemsOf, messageOf } from '../../../ui/error-message';
import { SelectField } from '../../../ui/SelectField';
import { ErrorState, Loading } from '../../../ui/States';
import { TextField } from '../../../ui/TextField';

const StartSessionChoicesQuery = graphql(`
  query StartTutorSessionChoices {
    aiTutors {
      id
      name
      specialty
      socraticStrength
    }
    me {
      id
      enrollments(status: active) {
        id
        course {
          id
          title
        }
      }
    }
  }
`);

const StartSessionMutation = graphql(`
  mutation StartTutorSession($input: StartTutorSessionInput!) {
    startTutorSession(input: $input) {
      id
    }
  }
`);

export function StartSessionForm() {
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(StartSessionChoicesQuery);
  const [start, starting] = useMutation(StartSessionMutation, { refetchQueries: ['TutorSessions'] });
  const [tutorId, setTutorId] = useState('');
  const [courseId, setCourseId] = useState('');
  const [title, setTitle] = useState('');
  const [failure, setFailure] = useState<unknown>(null);

  if (loading && !data) return <Loading label="Loading the tutors…" />;
  if (error && !data) return <ErrorState error={error} />;
  const tutors = data?.aiTutors ?? [];
  const courses = data?.me?.enrollments.map((enrollment) => enrollment.course) ?? [];
  const problems = fieldProblemsOf(failure);
  const problemAt = (field: string) => problems.find((problem) => problem.field === field || problem.field === `input.${field}`)?.message ?? null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    try {
      const result = await start({
        variables: { input: { tutorId: tutorId || null, courseId: courseId || null, title: title.trim() || null } },
      });
      const session = result.data?.startTutorSession;
      if (session) void navigate(`/tutor/sessions/${session.id}`);
    } catch (startError) {
      setFailure(startError);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} aria-labelledby="start-session-heading" className="card">
      <h2 id="start-session-heading">Start a conversation</h2>
      <SelectField label="Tutor" value={tutorId} onChange={(event) => setTutorId(event.target.value)} error={problemAt('tutorId')}>
        <option value="">The tutor of my course's faculty</option>
        {tutors.map((tutor) => (
          <option key={tutor.id} value={tutor.id}>
            {tutor.name} — {tutor.specialty}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Course (optional)"
        hint="Answers draw on this course's material."
        value={courseId}
        onChange={(event) => setCourseId(event.target.value)}
        error={problemAt('courseId')}
      >
        <option value="">No course</option>
        {courses.map((course) => (
          <option key={course.id} value={course.id}>
            {course.title}
          </option>
        ))}
      </SelectField>
      <TextField label="Title (optional)" hint="At most 120 characters; your first question otherwise." value={title} maxLength={120} onChange={(event) => setTitle(event.target.value)} error={problemAt('title')} />
      {failure !== null && problems.length === 0 && <Alert>{messageOf(failure)}</Alert>}
      <div className="actions">
        <Button type="submit" busy={starting.loading}>
          {starting.loading ? 'Starting…' : 'Start the conversation'}
        </Button>
      </div>
    </form>
  );
}
