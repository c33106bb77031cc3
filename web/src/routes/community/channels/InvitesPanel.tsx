// Invitations waiting for my answer: accept (joining the channel) or decline, each with its own progress.
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ErrorState, Loading } from '../../../ui/States';
import { formatDateTime } from '../../../ui/dates';
import { messageOf } from '../../../ui/error-message';
import { useBusyAction } from '../../../ui/use-busy-action';
import { channelKindLabel } from './channel-groups';

const MyChannelInvites = graphql(`
  query MyChannelInvites {
    myChannelInvites {
      id
      createdAt
      inviter {
        id
        displayName
      }
      channel {
        id
        name
        kind
      }
    }
  }
`);

const RespondToChannelInvite = graphql(`
  mutation RespondToChannelInvite($inviteId: ID!, $accept: Boolean!) {
    respondToChannelInvite(inviteId: $inviteId, accept: $accept) {
      id
      status
    }
  }
`);

export function InvitesPanel({ onJoined }: { onJoined: () => void }) {
  const invites = useQuery(MyChannelInvites, { fetchPolicy: 'cache-and-network' });
  const [respond] = useMutation(RespondToChannelInvite);
  const action = useBusyAction(async (inviteId: string, accept: boolean) => {
    await respond({ variables: { inviteId, accept } });
    await invites.refetch();
    if (accept) onJoined();
  });

  if (invites.loading && !invites.data) return <Loading label="Loading invitations…" />;
  if (invites.error) return <ErrorState error={invites.error} />;
  const list = invites.data?.myChannelInvites ?? [];
  if (list.length === 0) return null;
  return (
    <section aria-labelledby="invites-heading" className="card">
      <h2 id="invites-heading">Invitations</h2>
      {action.error !== null && <Alert>{messageOf(action.error)}</Alert>}
      <ul className="channel-list">
        {list.map((invite) => (
          <li key={invite.id} className="invite">
            <p>
              <strong>{invite.inviter.displayName}</strong> invited you to <strong>{invite.channel.name}</strong>{' '}
              <span className="badge">{channelKindLabel[invite.channel.kind]}</span>{' '}
              <span className="muted">{formatDateTime(invite.createdAt)}</span>
            </p>
            <div className="actions">
              <Button type="button" busy={action.busy} onClick={() => void action.run(invite.id, true)}>
                Accept invitation to {invite.channel.name}
              </Button>
              <Button type="button" variant="secondary" busy={action.busy} onClick={() => void action.run(invite.id, false)}>
                Decline
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
