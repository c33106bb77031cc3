// A quiz's settings: title, description, time limit, passing score and attempts, saved with updateQuiz.
import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { TextArea } from '../../../ui/TextArea';
import { TextField } from '../../../ui/TextField';
import { useBusyAction } from '../../../ui/use-busy-action';
import { inputErrorsOf } from '../shared/input-errors';
import { settingsDraftOf, settingsProblems, updateQuizInputOf, type QuizSettingsDraft, type SettingsProblems } from './quiz-settings';

const UpdateQuizSettings = graphql(`
  mutation UpdateQuizSettings($id: ID!, $input: UpdateQuizInput!) {
    updateQuiz(id: $id, input: $input) {
      id
      title
      description
      timeLimitSeconds
      maxAttempts
      passingScorePercent
    }
  }
`);

/** The graph's input names, by the form's. */
const GRAPH_NAMES: Record<string, keyof QuizSettingsDraft> = {
  title: 'title',
  description: 'description',
  timeLimitSeconds: 'timeLimitMinutes',
  passingScorePercent: 'passingScorePercent',
  maxAttempts: 'maxAttempts',
};

interface QuizSettings {
  id: string;
  title: string;
  description: string;
  timeLimitSeconds?: number | null;
  maxAttempts?: number | null;
  passingScorePercent: number;
}

export function QuizSettingsForm({ quiz }: { quiz: QuizSettings }) {
  const [draft, setDraft] = useState(() => settingsDraftOf(quiz));
  const [problems, setProblems] = useState<SettingsProblems>({});
  const [update] = useMutation(UpdateQuizSettings);
  const save = useBusyAction(async () => {
    const found = settingsProblems(draft);
    setProblems(found);
    if (Object.keys(found).length > 0) throw new Error('Some settings need attention: see the fields above.');
    await update({ variables: { id: quiz.id, input: updateQuizInputOf(draft) } });
  });
  const graph = inputErrorsOf(save.error, Object.keys(GRAPH_NAMES));
  const errorAt = (field: keyof QuizSettingsDraft) => problems[field] ?? Object.entries(graph.fields).find(([name]) => GRAPH_NAMES[name] === field)?.[1] ?? null;
  const set = (field: keyof QuizSettingsDraft, value: string) => {
    setDraft((current) => ({ ...current, [field]: value }));
    save.reset();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save.run();
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Quiz settings">
      <TextField label="Quiz title" value={draft.title} error={errorAt('title')} onChange={(event) => set('title', event.target.value)} />
      <TextArea label="Description" value={draft.description} error={errorAt('description')} onChange={(event) => set('description', event.target.value)} />
      <div className="instructor-row">
        <TextField label="Time limit (minutes)" hint="Empty: untimed." inputMode="numeric" value={draft.timeLimitMinutes} error={errorAt('timeLimitMinutes')} onChange={(event) => set('timeLimitMinutes', event.target.value)} />
        <TextField label="Passing score (%)" inputMode="numeric" value={draft.passingScorePercent} error={errorAt('passingScorePercent')} onChange={(event) => set('passingScorePercent', event.target.value)} />
        <TextField label="Attempts allowed" hint="Empty: unlimited." inputMode="numeric" value={draft.maxAttempts} error={errorAt('maxAttempts')} onChange={(event) => set('maxAttempts', event.target.value)} />
      </div>
      <Button type="submit" busy={save.busy}>
        {save.busy ? 'Saving…' : 'Save settings'}
      </Button>
      {graph.general && <Alert>{graph.general}</Alert>}
      {save.done && <Alert tone="success">Settings saved.</Alert>}
    </form>
  );
}
