// The channel's members with their presence (online, away, offline, in words), first as asked and then
// live from presenceChanged; the list is announced politely as people come and go.
import { useState } from 'react';
import { useQuery, useSubscription } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { PresenceStatus } from '../../../gql/graphql';
import { PresenceDot } from '../shared/PresenceDot';

const MAX_WATCHED = 100;

const MembersPresenceQuery = graphql(`
  query ChatMembersPresence($userIds: [ID!]!) {
    presence(userIds: $userIds) {
      status
      user {
        id
      }
    }
  }
`);

const PresenceChanged = graphql(`
  subscription ChatPresenceChanged($userIds: [ID!]!) {
    presenceChanged(userIds: $userIds) {
      status
      user {
        id
      }
    }
  }
`);

interface Member {
  role: string;
  user: { id: string; displayName: string };
}

export function MembersPresence({ members, viewerId }: { members: readonly Member[]; viewerId: string }) {
  const userIds = members.slice(0, MAX_WATCHED).map((member) => member.user.id);
  const asked = useQuery(MembersPresenceQuery, { variables: { userIds }, skip: userIds.length === 0 });
  const [live, setLive] = useState<Record<string, PresenceStatus>>({});
  useSubscription(PresenceChanged, {
    variables: { userIds },
    skip: userIds.length === 0,
    onData: ({ data }) => {
      const presence = data.data?.presenceChanged;
      if (presence) setLive((current) => ({ ...current, [presence.user.id]: presence.status }));
    },
  });
  const statusOf = (userId: string): PresenceStatus => live[userId] ?? asked.data?.presence.find((presence) => presence.user.id === userId)?.status ?? 'offline';

  return (
    <section aria-labelledby="members-heading" className="members">
      <h2 id="members-heading">Members ({members.length})</h2>
      <ul className="members__list" aria-live="polite">
        {members.map((member) => (
          <li key={member.user.id} data-member-id={member.user.id}>
            <span className="members__name">
              {member.user.displayName}
              {member.user.id === viewerId && ' (you)'}
              {member.role !== 'member' && <span className="muted"> · {member.role}</span>}
            </span>
            <PresenceDot status={statusOf(member.user.id)} />
          </li>
        ))}
      </ul>
    </section>
  );
}
