// Owners and moderators of a private channel or study group invite someone into it. The graph has no
// directory of people, so the person is named by their id.
import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { fieldErrorOf, messageOf } from '../../../ui/error-message';
import { useBusyAction } from '../../../ui/use-busy-action';

const InviteToChannel = graphql(`
  mutation ChatInviteToChannel($channelId: ID!, $userId: ID!) {
    inviteToChannel(channelId: $channelId, userId: $userId) {
      id
      invitee {
        id
        displayName
      }
    }
  }
`);

export function InviteForm({ channelId }: { channelId: string }) {
  const [userId, setUserId] = useState('');
  const [invited, setInvited] = useState<string | null>(null);
  const [inviteToChannel] = useMutation(InviteToChannel);
  const action = useBusyAction(async () => {
    const result = await inviteToChannel({ variables: { channelId, userId: userId.trim() } });
    setInvited(result.data?.inviteToChannel.invitee.displayName ?? null);
    setUserId('');
  });
  const fieldError = fieldErrorOf(action.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (userId.trim()) void action.run();
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="invite-heading" className="card">
      <h2 id="invite-heading">Invite someone</h2>
      <TextField label="Their person id" value={userId} onChange={(event) => setUserId(event.target.value)} error={fieldError?.field === 'userId' ? fieldError.message : null} />
      {action.error !== null && fieldError?.field !== 'userId' && <Alert>{messageOf(action.error)}</Alert>}
      {action.done && invited && <Alert tone="success">{invited} is invited; the channel joins their list once they accept.</Alert>}
      <div className="actions">
        <Button type="submit" busy={action.busy} disabled={!userId.trim()}>
          {action.busy ? 'Inviting…' : 'Send invitation'}
        </Button>
      </div>
    </form>
  );
}
