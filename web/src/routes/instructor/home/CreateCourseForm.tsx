// Starting a course: its title, faculty and a one-line summary. The graph makes it a draft owned by me;
// the editor opens on it. Only instructors and admins may (FORBIDDEN otherwise, shown as it comes).
import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { useBusyAction } from '../../../ui/use-busy-action';
import { inputErrorsOf } from '../shared/input-errors';

const CreateCourse = graphql(`
  mutation CreateCourse($input: CreateCourseInput!) {
    createCourse(input: $input) {
      id
    }
  }
`);

export function CreateCourseForm({ faculties }: { faculties: readonly { id: string; name: string }[] }) {
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [facultyId, setFacultyId] = useState(faculties[0]?.id ?? '');
  const [summary, setSummary] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [create] = useMutation(CreateCourse, { refetchQueries: ['TeachingCourses'] });
  const action = useBusyAction(async () => {
    const { data } = await create({ variables: { input: { title: title.trim(), facultyId, summary: summary.trim() || undefined } } });
    if (data) await navigate(`/instructor/courses/${data.createCourse.id}`);
  });
  const errors = inputErrorsOf(action.error, ['title', 'facultyId', 'summary']);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (title.trim() === '') found.title = 'Give the course a title.';
    if (!facultyId) found.facultyId = 'Choose the faculty it belongs to.';
    setProblems(found);
    if (Object.keys(found).length === 0) void action.run();
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Start a new course">
      <TextField label="Course title" value={title} error={problems.title ?? errors.fields.title} onChange={(event) => setTitle(event.target.value)} />
      <SelectField label="Faculty" value={facultyId} error={problems.facultyId ?? errors.fields.facultyId} onChange={(event) => setFacultyId(event.target.value)}>
        {faculties.length === 0 && <option value="">No faculties yet</option>}
        {faculties.map((faculty) => (
          <option key={faculty.id} value={faculty.id}>
            {faculty.name}
          </option>
        ))}
      </SelectField>
      <TextField label="Summary (optional)" maxLength={500} value={summary} error={errors.fields.summary} onChange={(event) => setSummary(event.target.value)} />
      <Button type="submit" busy={action.busy}>
        {action.busy ? 'Creating…' : 'Create course'}
      </Button>
      {errors.general && <Alert>{errors.general}</Alert>}
    </form>
  );
}
