// Joining a school with the code it gave out, and choosing (unticked until the student ticks it) whether
// to share course progress with it. What sharing means is said next to the choice.
import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { formErrorsOf } from '../../../ui/form-errors';
import { useBusyAction } from '../../../ui/use-busy-action';
import { ALWAYS_SEEN, SEEN_WHEN_SHARING } from './sharing-words';
import './schools.css';

const JoinSchool = graphql(`
  mutation StudyJoinSchool($code: String!, $shareProgress: Boolean!) {
    joinSchool(code: $code, shareProgress: $shareProgress) {
      role
      sharingProgress
      school {
        id
        name
      }
    }
  }
`);

/** Errors about the code itself go next to the code: no school has it, or the student already joined. */
const CODE_ERRORS = { NOT_FOUND: 'code', CONFLICT: 'code' } as const;

export function JoinSchoolForm({ onJoined }: { onJoined(message: string): void }) {
  const explanationId = useId();
  const [code, setCode] = useState('');
  const [share, setShare] = useState(false);
  const [join] = useMutation(JoinSchool, { refetchQueries: ['StudyMySchools'], awaitRefetchQueries: true });
  const action = useBusyAction(async () => {
    const result = await join({ variables: { code: code.trim(), shareProgress: share } });
    const membership = result.data?.joinSchool;
    if (!membership) throw new Error('You did not join the school. Try again.');
    setCode('');
    setShare(false);
    onJoined(
      membership.sharingProgress
        ? `You joined ${membership.school.name} and share your progress with it.`
        : `You joined ${membership.school.name}. Your progress is not shared with it.`,
    );
  });
  const errors = formErrorsOf(action.error, ['code'], CODE_ERRORS);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run();
  };

  return (
    <form className="card" onSubmit={submit} aria-labelledby="join-school-heading" noValidate>
      <h2 id="join-school-heading">Join a school</h2>
      {errors.general && <Alert>{errors.general}</Alert>}
      <TextField
        label="Join code"
        autoComplete="off"
        spellCheck={false}
        value={code}
        onChange={(event) => setCode(event.target.value)}
        error={errors.fields.code}
        hint="The 10-character code your school gave you; letter case, spaces and dashes do not matter."
      />
      <div className="field">
        <label className="school-consent">
          <input type="checkbox" checked={share} onChange={(event) => setShare(event.target.checked)} aria-describedby={explanationId} />
          <span>Share my progress with this school</span>
        </label>
        <p id={explanationId} className="field__hint">
          {SEEN_WHEN_SHARING} {ALWAYS_SEEN}
        </p>
      </div>
      <Button type="submit" busy={action.busy} disabled={!code.trim()}>
        {action.busy ? 'Joining…' : 'Join the school'}
      </Button>
    </form>
  );
}
