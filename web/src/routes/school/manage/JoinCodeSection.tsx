// The code students join the school with: shown to copy and hand out, and replaced when it has spread
// too far. Replacing is asked about first, because the old code stops working at once.
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { StatusMessage } from '../../../ui/StatusMessage';
import { TextField } from '../../../ui/TextField';
import { messageOf } from '../../../ui/error-message';
import { useBusyAction } from '../../../ui/use-busy-action';
import { copyText } from '../shared/copy-text';

export const JoinCodeFragment = graphql(`
  fragment SchoolJoinCode_School on School {
    id
    name
    joinCode
  }
`);

const RotateJoinCode = graphql(`
  mutation SchoolRotateJoinCode($schoolId: ID!) {
    rotateSchoolJoinCode(schoolId: $schoolId) {
      id
      joinCode
    }
  }
`);

export function JoinCodeSection({ school: schoolRef }: { school: FragmentType<typeof JoinCodeFragment> }) {
  const school = getFragmentData(JoinCodeFragment, schoolRef);
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState('');
  const [copyProblem, setCopyProblem] = useState<string | null>(null);
  const [rotate] = useMutation(RotateJoinCode);
  const replace = useBusyAction(async () => {
    const hadCode = school.joinCode != null;
    await rotate({ variables: { schoolId: school.id } });
    setConfirming(false);
    setOutcome(hadCode ? 'The school has a new join code. The old one no longer works.' : 'The school has a join code. Share it with your students.');
  });

  const copy = async () => {
    setOutcome('');
    setCopyProblem(null);
    if (!school.joinCode) return;
    if (await copyText(school.joinCode)) setOutcome('The join code is copied.');
    else setCopyProblem('Your browser did not allow copying. Select the code and copy it yourself.');
  };

  return (
    <section className="card" aria-labelledby="join-code-heading">
      <h2 id="join-code-heading">Join code</h2>
      <p className="muted">
        Students enter this code on their study page (My schools) to join {school.name}. Each chooses whether to share their course progress with the school.
      </p>
      {school.joinCode ? (
        <div className="school-copy">
          <TextField label="Join code" readOnly value={school.joinCode} spellCheck={false} onFocus={(event) => event.target.select()} />
          <Button type="button" variant="secondary" onClick={() => void copy()}>
            Copy the code
          </Button>
        </div>
      ) : (
        <p>No join code yet: make one to let students join.</p>
      )}
      {copyProblem && <Alert>{copyProblem}</Alert>}
      {replace.error ? <Alert>{messageOf(replace.error)}</Alert> : null}
      {confirming ? (
        <div className="school-confirm" role="group" aria-label="Confirm replacing the join code">
          <p>Replace the join code? The current code stops working at once; students who already joined stay.</p>
          <div className="actions">
            <Button type="button" variant="danger" autoFocus busy={replace.busy} onClick={() => void replace.run()}>
              {replace.busy ? 'Replacing…' : 'Yes, replace the code'}
            </Button>
            <Button type="button" variant="secondary" disabled={replace.busy} onClick={() => setConfirming(false)}>
              Keep it
            </Button>
          </div>
        </div>
      ) : (
        <div className="actions">
          {school.joinCode ? (
            <Button
              type="button"
              variant="secondary"
              onClick={() => {
                replace.reset();
                setOutcome('');
                setConfirming(true);
              }}
            >
              Replace the code…
            </Button>
          ) : (
            <Button type="button" busy={replace.busy} onClick={() => void replace.run()}>
              {replace.busy ? 'Making…' : 'Make a join code'}
            </Button>
          )}
        </div>
      )}
      <StatusMessage message={outcome} />
    </section>
  );
}
