// Starting (or reopening) a direct conversation. The graph has no directory of people, so the choice is
// among the people I already share a channel with, or anyone by their person id.
import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { fieldErrorOf, messageOf } from '../../../ui/error-message';
import { useBusyAction } from '../../../ui/use-busy-action';

const OpenDirectChannel = graphql(`
  mutation OpenDirectChannel($userId: ID!) {
    openDirectChannel(userId: $userId) {
      id
    }
  }
`);

export function DirectMessageForm({ people }: { people: readonly { id: string; displayName: string }[] }) {
  const navigate = useNavigate();
  const [chosen, setChosen] = useState('');
  const [typedId, setTypedId] = useState('');
  const [openDirectChannel] = useMutation(OpenDirectChannel);
  const userId = typedId.trim() || chosen;
  const action = useBusyAction(async () => {
    const result = await openDirectChannel({ variables: { userId } });
    if (result.data) void navigate(`/community/channels/${result.data.openDirectChannel.id}`);
  });
  const fieldError = fieldErrorOf(action.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (userId) void action.run();
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="direct-heading">
      <h3 id="direct-heading">Direct message</h3>
      {people.length > 0 && (
        <SelectField label="Someone you share a channel with" value={chosen} onChange={(event) => setChosen(event.target.value)}>
          <option value="">Choose a person…</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.displayName}
            </option>
          ))}
        </SelectField>
      )}
      <TextField
        label="Or a person's id"
        hint="Ask them for it if you share no channel yet."
        value={typedId}
        onChange={(event) => setTypedId(event.target.value)}
        error={fieldError?.field === 'userId' ? fieldError.message : null}
      />
      {action.error !== null && fieldError?.field !== 'userId' && <Alert>{messageOf(action.error)}</Alert>}
      <div className="actions">
        <Button type="submit" busy={action.busy} disabled={!userId}>
          {action.busy ? 'Opening…' : 'Open conversation'}
        </Button>
      </div>
    </form>
  );
}
