// /community/channels/:id: one channel's chat. History scrolls back with "Load earlier", new messages,
// edits and reactions arrive live, threads open beside the chat, the members list shows who is online,
// others' typing shows under the messages, and reading the channel resets its unread count.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../../gql';
import type { ChatChannelQuery } from '../../../gql/graphql';
import { useAuth } from '../../../auth/AuthProvider';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Empty, ErrorState, Loading } from '../../../ui/States';
import { messageOf } from '../../../ui/error-message';
import { usePresenceHeartbeat } from '../shared/use-presence-heartbeat';
import { useBusyAction } from '../../../ui/use-busy-action';
import { channelKindLabel, channelTitle } from '../channels/channel-groups';
import { Composer } from './Composer';
import { InviteForm } from './InviteForm';
import { MembersPresence } from './MembersPresence';
import { MessageItem } from './MessageItem';
import { ThreadPanel } from './ThreadPanel';
import { TypingIndicator } from './TypingIndicator';
import { useChannelMessages } from './use-channel-messages';
import { useMarkRead } from './use-mark-read';
import { useAnnounceTyping, useOthersTyping } from './use-typing';
import '../community.css';

const ChatChannel = graphql(`
  query ChatChannel($id: ID!) {
    channel(id: $id) {
      id
      kind
      name
      description
      viewerRole
      archivedAt
      lastSeq
      members {
        role
        user {
          id
          displayName
        }
      }
      messages(last: 30) {
        edges {
          node {
            ...ChatMessage
          }
        }
        pageInfo {
          hasPreviousPage
          startCursor
        }
      }
    }
  }
`);

const JoinChannel = graphql(`
  mutation ChatJoinChannel($channelId: ID!) {
    joinChannel(channelId: $channelId) {
      id
      viewerRole
    }
  }
`);

export function ChatPage() {
  usePresenceHeartbeat();
  const { id = '' } = useParams();
  const channel = useQuery(ChatChannel, { variables: { id }, fetchPolicy: 'network-only' });

  if (channel.loading && !channel.data) return <Loading label="Opening the channel…" />;
  if (channel.error && !channel.data) return <ErrorState error={channel.error} />;
  const data = channel.data?.channel;
  if (!data) {
    return (
      <>
        <h1>Channel not found</h1>
        <Empty title="This channel does not exist or is private">
          <p>
            <Link to="/community">Back to your channels</Link>
          </p>
        </Empty>
      </>
    );
  }
  return <Chat key={`${data.id}:${data.viewerRole ?? 'guest'}`} channel={data} onJoined={() => void channel.refetch()} />;
}

type LoadedChannel = NonNullable<ChatChannelQuery['channel']>;

function Chat({ channel, onJoined }: { channel: LoadedChannel; onJoined: () => void }) {
  const { session } = useAuth();
  const viewerId = session?.user.id ?? '';
  const isMember = channel.viewerRole !== null && channel.viewerRole !== undefined;
  const canWrite = isMember && !channel.archivedAt;
  const canInvite = canWrite && (channel.kind === 'private' || channel.kind === 'study_group') && (channel.viewerRole === 'owner' || channel.viewerRole === 'moderator');
  const typing = useOthersTyping(channel.id, viewerId);
  const announceTyping = useAnnounceTyping(channel.id);
  const chat = useChannelMessages(channel.id, channel.messages, channel.lastSeq, (message) => typing.forget(message.author.id));
  useMarkRead(channel.id, chat.newestSeq, isMember);
  const [threadRootId, setThreadRootId] = useState<string | null>(null);
  const threadRoot = threadRootId ? chat.messages.find((message) => message.id === threadRootId) : undefined;
  const [joinChannel] = useMutation(JoinChannel);
  const join = useBusyAction(async () => {
    await joinChannel({ variables: { channelId: channel.id } });
    onJoined();
  });

  // Stay at the newest message while the reader is there; leave them be when they scrolled back.
  const log = useRef<HTMLOListElement>(null);
  const atBottom = useRef(true);
  const newestTopLevel = chat.messages.at(-1)?.id;
  useLayoutEffect(() => {
    if (atBottom.current && log.current) log.current.scrollTop = log.current.scrollHeight;
  }, [newestTopLevel]);
  useEffect(() => {
    document.title = `${channelTitle(channel, viewerId)} · Community`;
  }, [channel, viewerId]);

  const title = channelTitle(channel, viewerId);
  return (
    <div className="chat">
      <div className="community-heading">
        <h1>
          {title} <span className="badge">{channelKindLabel[channel.kind]}</span>
        </h1>
        <Link to="/community">All channels</Link>
      </div>
      {channel.description && <p className="muted">{channel.description}</p>}
      {channel.archivedAt && <Alert tone="info">This channel is archived: you can read it, but no one can write here any more.</Alert>}
      {!isMember && (
        <div className="card">
          <p>You are reading this channel as a visitor.</p>
          {join.error !== null && <Alert>{messageOf(join.error)}</Alert>}
          <Button type="button" busy={join.busy} onClick={() => void join.run()}>
            Join channel
          </Button>
        </div>
      )}
      <div className={threadRoot ? 'chat__layout chat__layout--thread' : 'chat__layout'}>
        <section className="chat__main" aria-labelledby="messages-heading">
          <h2 id="messages-heading" className="visually-hidden">
            Messages
          </h2>
          {chat.hasEarlier && (
            <div className="actions chat__earlier">
              <Button type="button" variant="secondary" busy={chat.loadingEarlier} onClick={() => void chat.loadEarlier()}>
                {chat.loadingEarlier ? 'Loading…' : 'Load earlier messages'}
              </Button>
            </div>
          )}
          {chat.earlierError !== null && <ErrorState error={chat.earlierError} />}
          {chat.messages.length === 0 && (
            <Empty title="No messages yet">
              <p>{canWrite ? 'Say hello below.' : 'Nothing has been said here yet.'}</p>
            </Empty>
          )}
          <ol
            className="message-list chat__log"
            ref={log}
            role="log"
            aria-live="polite"
            aria-label={`Messages in ${title}`}
            tabIndex={chat.messages.length > 0 ? 0 : -1}
            onScroll={(event) => {
              const element = event.currentTarget;
              atBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < 40;
            }}
          >
            {chat.messages.map((message) => (
              <li key={message.id}>
                <MessageItem message={message} viewerId={viewerId} absorb={chat.absorb} canWrite={canWrite} onOpenThread={setThreadRootId} />
              </li>
            ))}
          </ol>
          <TypingIndicator people={typing.people} />
          {canWrite && <Composer channelId={channel.id} label={`Message ${title}`} absorb={chat.absorb} onTyping={announceTyping} />}
        </section>
        {threadRoot && (
          <ThreadPanel channelId={channel.id} root={threadRoot} chat={chat} viewerId={viewerId} canWrite={canWrite} onTyping={announceTyping} onClose={() => setThreadRootId(null)} />
        )}
      </div>
      <MembersPresence members={channel.members} viewerId={viewerId} />
      {canInvite && <InviteForm channelId={channel.id} />}
    </div>
  );
}
