// The course's catalog facts: title, URL name, summary, description, level, language, hours, tags and
// whether it is free. Saved with updateCourse; the graph's messages go next to the field they name.
import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { Difficulty, InstructorCourseQuery } from '../../../gql/graphql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { SelectField } from '../../../ui/SelectField';
import { TextArea } from '../../../ui/TextArea';
import { TextField } from '../../../ui/TextField';
import { useBusyAction } from '../../../ui/use-busy-action';
import { inputErrorsOf } from '../shared/input-errors';
import { detailsProblems, updateInputOf, type CourseDetailsDraft, type DetailsProblems } from './course-details';

const UpdateCourseDetails = graphql(`
  mutation UpdateCourseDetails($id: ID!, $input: UpdateCourseInput!) {
    updateCourse(id: $id, input: $input) {
      id
      slug
      title
      summary
      description
      difficulty
      language
      durationHours
      tags
      isFree
      updatedAt
    }
  }
`);

type EditorCourse = NonNullable<InstructorCourseQuery['course']>;

const FIELDS: (keyof CourseDetailsDraft)[] = ['title', 'slug', 'summary', 'description', 'difficulty', 'language', 'durationHours', 'tags', 'isFree'];

function draftOf(course: EditorCourse): CourseDetailsDraft {
  return {
    title: course.title,
    slug: course.slug,
    summary: course.summary,
    description: course.description,
    difficulty: course.difficulty,
    language: course.language,
    durationHours: course.durationHours ? String(course.durationHours) : '',
    tags: course.tags.join(', '),
    isFree: course.isFree,
  };
}

export function CourseDetailsForm({ course, editable }: { course: EditorCourse; editable: boolean }) {
  const [draft, setDraft] = useState(() => draftOf(course));
  const [problems, setProblems] = useState<DetailsProblems>({});
  const [update] = useMutation(UpdateCourseDetails);
  const save = useBusyAction(async () => {
    const found = detailsProblems(draft);
    setProblems(found);
    if (Object.keys(found).length > 0) throw new Error('Some details need attention: see the fields above.');
    await update({ variables: { id: course.id, input: updateInputOf(draft) } });
  });
  const graphErrors = inputErrorsOf(save.error, FIELDS);
  const errorAt = (field: keyof CourseDetailsDraft) => problems[field] ?? graphErrors.fields[field] ?? null;
  const set = <K extends keyof CourseDetailsDraft>(field: K, value: CourseDetailsDraft[K]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    save.reset();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save.run();
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Course details">
      <fieldset disabled={!editable} className="instructor-fieldset">
        <TextField label="Title" value={draft.title} error={errorAt('title')} onChange={(event) => set('title', event.target.value)} />
        <TextField label="URL name" hint="Lower-case words joined by hyphens." value={draft.slug} error={errorAt('slug')} onChange={(event) => set('slug', event.target.value)} />
        <TextArea label="Summary" hint="One or two sentences for the catalog." maxLength={500} value={draft.summary} error={errorAt('summary')} onChange={(event) => set('summary', event.target.value)} />
        <TextArea label="Description" hint="Markdown." value={draft.description} error={errorAt('description')} onChange={(event) => set('description', event.target.value)} />
        <div className="instructor-row">
          <SelectField label="Level" value={draft.difficulty} error={errorAt('difficulty')} onChange={(event) => set('difficulty', event.target.value as Difficulty)}>
            <option value="beginner">Beginner</option>
            <option value="intermediate">Intermediate</option>
            <option value="advanced">Advanced</option>
          </SelectField>
          <TextField label="Language" hint="e.g. en or pt-BR" value={draft.language} error={errorAt('language')} onChange={(event) => set('language', event.target.value)} />
          <TextField label="Hours of study" inputMode="decimal" value={draft.durationHours} error={errorAt('durationHours')} onChange={(event) => set('durationHours', event.target.value)} />
        </div>
        <TextField label="Tags" hint="Separated by commas." value={draft.tags} error={errorAt('tags')} onChange={(event) => set('tags', event.target.value)} />
        <div className="field instructor-check">
          <label>
            <input type="checkbox" checked={draft.isFree} onChange={(event) => set('isFree', event.target.checked)} /> Free: anyone may enrol without buying it
          </label>
        </div>
        <Button type="submit" busy={save.busy}>
          {save.busy ? 'Saving…' : 'Save details'}
        </Button>
      </fieldset>
      {!editable && <p className="muted">Details cannot change while the course waits for review or once it is archived.</p>}
      {graphErrors.general && <Alert>{graphErrors.general}</Alert>}
      {save.done && <Alert tone="success">Details saved.</Alert>}
    </form>
  );
}
