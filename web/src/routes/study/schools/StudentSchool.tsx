// One school I am a student of: whether I share my progress with it, a switch to change that, and a way
// to leave it (asked about first: joining again needs the school's current code).
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { formatDate } from '../../../ui/dates';
import { messageOf } from '../../../ui/error-message';
import { useBusyAction } from '../../../ui/use-busy-action';

const SetSharing = graphql(`
  mutation StudySetSchoolProgressSharing($schoolId: ID!, $share: Boolean!) {
    setSchoolProgressSharing(schoolId: $schoolId, share: $share) {
      sharingProgress
    }
  }
`);

const LeaveSchool = graphql(`
  mutation StudyLeaveSchool($schoolId: ID!) {
    leaveSchool(schoolId: $schoolId)
  }
`);

export interface StudentSchoolMembership {
  joinedAt: string;
  sharingProgress: boolean;
  school: { id: string; name: string };
}

export function StudentSchool({ membership, onChanged }: { membership: StudentSchoolMembership; onChanged(message: string): void }) {
  const { school, sharingProgress } = membership;
  const [confirmingLeave, setConfirmingLeave] = useState(false);
  const options = { refetchQueries: ['StudyMySchools'], awaitRefetchQueries: true };
  const [setSharing] = useMutation(SetSharing, options);
  const [leave] = useMutation(LeaveSchool, options);
  const toggle = useBusyAction(async () => {
    await setSharing({ variables: { schoolId: school.id, share: !sharingProgress } });
    onChanged(sharingProgress ? `You stopped sharing your progress with ${school.name}.` : `You now share your progress with ${school.name}.`);
  });
  const leaving = useBusyAction(async () => {
    await leave({ variables: { schoolId: school.id } });
    onChanged(`You left ${school.name}. It no longer sees your progress.`);
  });
  const headingId = `student-school-${school.id}`;

  return (
    <li className="card" aria-labelledby={headingId}>
      <h3 id={headingId} className="study-title">
        {school.name} {sharingProgress ? <span className="badge badge--pass">Sharing your progress</span> : <span className="badge">Not sharing</span>}
      </h3>
      <p className="muted">Joined {formatDate(membership.joinedAt)}</p>
      {toggle.error ? <Alert>{messageOf(toggle.error)}</Alert> : null}
      {leaving.error ? <Alert>{messageOf(leaving.error)}</Alert> : null}
      {confirmingLeave ? (
        <div className="card" role="group" aria-label={`Confirm leaving ${school.name}`}>
          <p>Leave {school.name}? It stops seeing your progress at once. To join again you need the school’s current join code.</p>
          <div className="actions">
            <Button type="button" variant="danger" autoFocus busy={leaving.busy} onClick={() => void leaving.run()}>
              {leaving.busy ? 'Leaving…' : `Yes, leave ${school.name}`}
            </Button>
            <Button type="button" variant="secondary" disabled={leaving.busy} onClick={() => setConfirmingLeave(false)}>
              Stay
            </Button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <Button type="button" variant={sharingProgress ? 'secondary' : 'primary'} busy={toggle.busy} onClick={() => void toggle.run()}>
            {sharingProgress ? `Stop sharing with ${school.name}` : `Share my progress with ${school.name}`}
          </Button>
          <Button
            type="button"
            variant="secondary"
            disabled={toggle.busy}
            onClick={() => {
              leaving.reset();
              setConfirmingLeave(true);
            }}
          >
            Leave {school.name}…
          </Button>
        </div>
      )}
    </li>
  );
}
