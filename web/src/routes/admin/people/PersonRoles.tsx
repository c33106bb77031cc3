// One person's platform roles with grant and revoke. Every change is confirmed first (it changes what
// the person may do at once), shows progress, and ends with the graph's answer announced.
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import type { Role } from '../../../gql/graphql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { StatusMessage } from '../../../ui/StatusMessage';
import { SelectField } from '../../../ui/SelectField';
import { messageOf } from '../../../ui/error-message';
import { useBusyAction } from '../../../ui/use-busy-action';
import { grantableRoles, roleWithArticle, roleWords } from './role-words';

export const PersonRolesFragment = graphql(`
  fragment PersonRoles on User {
    id
    displayName
    email
    roles
    createdAt
  }
`);

const GrantRole = graphql(`
  mutation GrantRole($userId: ID!, $role: Role!) {
    grantRole(userId: $userId, role: $role) {
      id
      roles
    }
  }
`);

const RevokeRole = graphql(`
  mutation RevokeRole($userId: ID!, $role: Role!) {
    revokeRole(userId: $userId, role: $role) {
      id
      roles
    }
  }
`);

interface PendingChange {
  kind: 'grant' | 'revoke';
  role: Role;
}

export function PersonRoles({ person: personRef }: { person: FragmentType<typeof PersonRolesFragment> }) {
  const person = getFragmentData(PersonRolesFragment, personRef);
  const grantable = grantableRoles(person.roles);
  const [chosen, setChosen] = useState<Role | ''>('');
  const [pending, setPending] = useState<PendingChange | null>(null);
  const [outcome, setOutcome] = useState('');
  const [grant] = useMutation(GrantRole);
  const [revoke] = useMutation(RevokeRole);
  const change = useBusyAction(async (next: PendingChange) => {
    if (next.kind === 'grant') await grant({ variables: { userId: person.id, role: next.role } });
    else await revoke({ variables: { userId: person.id, role: next.role } });
    setOutcome(next.kind === 'grant' ? `${person.displayName} is now ${roleWithArticle(next.role)}.` : `${person.displayName} is no longer ${roleWithArticle(next.role)}.`);
    setPending(null);
    setChosen('');
  });

  const ask = (next: PendingChange) => {
    change.reset();
    setOutcome('');
    setPending(next);
  };

  return (
    <div className="admin-row">
      <ul className="admin-roles" aria-label={`Roles of ${person.displayName}`}>
        {person.roles.length === 0 && <li className="muted">No roles</li>}
        {person.roles.map((role) => (
          <li key={role}>
            <span className="badge">{roleWords[role]}</span>
            <Button type="button" variant="secondary" disabled={change.busy} onClick={() => ask({ kind: 'revoke', role })} aria-label={`Revoke ${roleWords[role]} from ${person.displayName}`}>
              Revoke
            </Button>
          </li>
        ))}
      </ul>
      {grantable.length > 0 && (
        <form
          className="admin-filters"
          onSubmit={(event) => {
            event.preventDefault();
            if (chosen) ask({ kind: 'grant', role: chosen });
          }}
        >
          <SelectField label={`Role to grant ${person.displayName}`} value={chosen} onChange={(event) => setChosen(event.target.value as Role | '')}>
            <option value="">Choose a role</option>
            {grantable.map((role) => (
              <option key={role} value={role}>
                {roleWords[role]}
              </option>
            ))}
          </SelectField>
          <div className="actions">
            <Button type="submit" variant="secondary" disabled={!chosen || change.busy}>
              Grant role…
            </Button>
          </div>
        </form>
      )}
      {pending && (
        <div className="admin-confirm" role="group" aria-label="Confirm the role change">
          <p>
            {pending.kind === 'grant' ? 'Grant' : 'Revoke'} <strong>{roleWords[pending.role]}</strong> {pending.kind === 'grant' ? 'to' : 'from'} {person.displayName}?
            {pending.kind === 'grant' && pending.role === 'admin' && ' Administrators can change everything, including other people’s roles.'}
          </p>
          {change.error ? <Alert>{messageOf(change.error)}</Alert> : null}
          <div className="actions">
            {/* The confirmation takes focus so keyboard and screen-reader users land on the question. */}
            <Button type="button" autoFocus variant={pending.kind === 'revoke' ? 'danger' : 'primary'} busy={change.busy} onClick={() => void change.run(pending)}>
              {change.busy ? 'Saving…' : pending.kind === 'grant' ? `Yes, grant ${roleWords[pending.role]}` : `Yes, revoke ${roleWords[pending.role]}`}
            </Button>
            <Button type="button" variant="secondary" disabled={change.busy} onClick={() => setPending(null)}>
              Cancel
            </Button>
          </div>
        </div>
      )}
      <StatusMessage message={outcome} />
    </div>
  );
}

