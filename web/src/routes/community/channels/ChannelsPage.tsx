// /community: the channels I belong to, grouped by kind with unread counts and last messages (kept
// fresh by polling, since unread counts change while I am elsewhere), invitations waiting for me,
// starting a channel or a direct conversation, and message search.
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { getFragmentData, graphql } from '../../../gql';
import { useAuth } from '../../../auth/AuthProvider';
import { Empty, ErrorState, Loading } from '../../../ui/States';
import { usePresenceHeartbeat } from '../shared/use-presence-heartbeat';
import { ChannelList, ChannelListItem } from './ChannelList';
import { DirectMessageForm } from './DirectMessageForm';
import { InvitesPanel } from './InvitesPanel';
import { MessageSearch } from './MessageSearch';
import { NewChannelForm } from './NewChannelForm';
import { knownPeople } from './channel-groups';
import '../community.css';

const REFRESH_MS = 5_000;

const MyChannels = graphql(`
  query MyChannels {
    myChannels {
      id
      ...ChannelListItem
    }
  }
`);

export function ChannelsPage() {
  usePresenceHeartbeat();
  const { session } = useAuth();
  const viewerId = session?.user.id ?? '';
  const channels = useQuery(MyChannels, { fetchPolicy: 'cache-and-network', pollInterval: REFRESH_MS });
  const list = getFragmentData(ChannelListItem, channels.data?.myChannels ?? []);

  return (
    <>
      <div className="community-heading">
        <h1>Community</h1>
        <Link to="/community/feed">Open the feed</Link>
      </div>
      <InvitesPanel onJoined={() => void channels.refetch()} />
      <section aria-labelledby="channels-heading">
        <h2 id="channels-heading">My channels</h2>
        {channels.loading && !channels.data ? (
          <Loading label="Loading your channels…" />
        ) : channels.error && !channels.data ? (
          <ErrorState error={channels.error} />
        ) : list.length === 0 ? (
          <Empty title="You are in no channel yet">
            <p>Start one below, or open a direct conversation.</p>
          </Empty>
        ) : (
          <ChannelList channels={list} viewerId={viewerId} />
        )}
      </section>
      <section aria-labelledby="start-heading" className="card">
        <h2 id="start-heading">Start a conversation</h2>
        <div className="community-forms">
          <NewChannelForm />
          <DirectMessageForm people={knownPeople(list, viewerId)} />
        </div>
      </section>
      <MessageSearch />
    </>
  );
}
