// A new study plan for one of my active courses: the exam day, how often and how long I study, when, at
// what pace and in which time zone. The graph's refusals appear at the field they name.
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { fieldProblemsOf, messageOf } from '../../../ui/error-message';
import { PACE_WORDS, TIME_OF_DAY_WORDS } from './plan-words';
import { defaultPlanForm, localIsoDay, toCreatePlanInput, type PlanFormValues } from './plan-form';
import type { StudyPace, TimeOfDay } from '../../../gql/graphql';

const CreatePlanMutation = graphql(`
  mutation StudyCreatePlan($input: CreateStudyPlanInput!) {
    createStudyPlan(input: $input) {
      id
    }
  }
`);

const FORM_FIELDS = ['courseId', 'examDate', 'startDate', 'studyDaysPerWeek', 'hoursPerSession', 'preferredTimeOfDay', 'pace', 'timezone'];

export function CreatePlanForm({ courses }: { courses: readonly { id: string; title: string }[] }) {
  const navigate = useNavigate();
  const [values, setValues] = useState<PlanFormValues>(() => defaultPlanForm(courses[0]?.id ?? ''));
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [createPlan, creating] = useMutation(CreatePlanMutation, { refetchQueries: ['StudyPlans'] });
  const set = (key: keyof PlanFormValues) => (event: { target: { value: string } }) => setValues((previous) => ({ ...previous, [key]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFieldErrors({});
    setFormError(null);
    try {
      const result = await createPlan({ variables: { input: toCreatePlanInput(values) } });
      if (result.data) await navigate(`/study/plans/${result.data.createStudyPlan.id}`);
    } catch (caught) {
      const problems = fieldProblemsOf(caught)
        .map((problem) => ({ ...problem, field: problem.field.replace(/^input\./, '') }))
        .filter((problem) => FORM_FIELDS.includes(problem.field));
      if (problems.length > 0) setFieldErrors(Object.fromEntries(problems.map((problem) => [problem.field, problem.message])));
      else setFormError(messageOf(caught));
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} aria-labelledby="create-plan-heading" noValidate>
      <h2 id="create-plan-heading">Plan for an exam</h2>
      {formError && <Alert>{formError}</Alert>}
      <SelectField label="Course" value={values.courseId} onChange={set('courseId')} error={fieldErrors.courseId} required>
        {courses.map((course) => (
          <option key={course.id} value={course.id}>
            {course.title}
          </option>
        ))}
      </SelectField>
      <div className="study-form-row">
        <TextField label="Exam date" type="date" required min={localIsoDay(1)} value={values.examDate} onChange={set('examDate')} error={fieldErrors.examDate} hint="Sessions end the day before." />
        <TextField label="First day to study" type="date" value={values.startDate} onChange={set('startDate')} error={fieldErrors.startDate} hint="Leave empty to start today." />
        <SelectField label="Study days a week" value={values.studyDaysPerWeek} onChange={set('studyDaysPerWeek')} error={fieldErrors.studyDaysPerWeek}>
          {[1, 2, 3, 4, 5, 6, 7].map((days) => (
            <option key={days} value={days}>
              {days}
            </option>
          ))}
        </SelectField>
        <TextField label="Hours per session" type="number" min={0.5} max={8} step={0.5} value={values.hoursPerSession} onChange={set('hoursPerSession')} error={fieldErrors.hoursPerSession} hint="0.5 to 8 hours." />
        <SelectField label="Time of day" value={values.preferredTimeOfDay} onChange={(event) => setValues((previous) => ({ ...previous, preferredTimeOfDay: event.target.value as TimeOfDay }))} error={fieldErrors.preferredTimeOfDay}>
          {Object.entries(TIME_OF_DAY_WORDS).map(([value, word]) => (
            <option key={value} value={value}>
              {word}
            </option>
          ))}
        </SelectField>
        <SelectField label="Pace" value={values.pace} onChange={(event) => setValues((previous) => ({ ...previous, pace: event.target.value as StudyPace }))} error={fieldErrors.pace}>
          {Object.entries(PACE_WORDS).map(([value, word]) => (
            <option key={value} value={value}>
              {word}
            </option>
          ))}
        </SelectField>
        <TextField label="Time zone" value={values.timezone} onChange={set('timezone')} error={fieldErrors.timezone} hint="An IANA zone, e.g. America/Toronto." required />
      </div>
      <div className="actions">
        <Button type="submit" busy={creating.loading}>
          {creating.loading ? 'Planning…' : 'Create the plan'}
        </Button>
      </div>
    </form>
  );
}
