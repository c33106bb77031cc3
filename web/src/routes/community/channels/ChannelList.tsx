// My channels grouped by kind, each with its unread count and the last message, linking to the chat.
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { ChannelListItemFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../ui/dates';
import { channelKindLabel, channelTitle, groupChannels, previewOf } from './channel-groups';

export const ChannelListItem = graphql(`
  fragment ChannelListItem on Channel {
    id
    kind
    name
    description
    unreadCount
    members {
      user {
        id
        displayName
      }
    }
    lastMessage {
      id
      body
      deleted
      moderation
      createdAt
      author {
        id
        displayName
      }
    }
  }
`);

function lastMessageText(message: NonNullable<ChannelListItemFragment['lastMessage']>): string {
  if (message.deleted) return 'Message deleted';
  if (message.body === null || message.body === undefined) return 'Message held for moderation';
  return `${message.author.displayName}: ${previewOf(message.body)}`;
}

export function ChannelList({ channels, viewerId }: { channels: readonly ChannelListItemFragment[]; viewerId: string }) {
  return (
    <>
      {groupChannels(channels).map((group) => (
        <section key={group.key} aria-labelledby={`channel-group-${group.key}`} className="channel-group">
          <h3 id={`channel-group-${group.key}`}>{group.title}</h3>
          <ul className="channel-list">
            {group.channels.map((channel) => {
              const title = channelTitle(channel, viewerId);
              const unread = channel.unreadCount ?? 0;
              return (
                <li key={channel.id} className="channel-list__item" data-channel-id={channel.id}>
                  <Link to={`/community/channels/${channel.id}`} className="channel-list__link">
                    <span className="channel-list__title">
                      {title}
                      {channel.kind !== 'direct' && channel.kind !== 'course' && <span className="badge">{channelKindLabel[channel.kind]}</span>}
                      {unread > 0 && (
                        <span className="badge channel-list__unread" data-unread={unread}>
                          {unread} unread
                        </span>
                      )}
                    </span>
                    <span className="channel-list__preview muted">
                      {channel.lastMessage ? (
                        <>
                          {lastMessageText(channel.lastMessage)} · <time dateTime={channel.lastMessage.createdAt}>{formatDateTime(channel.lastMessage.createdAt)}</time>
                        </>
                      ) : (
                        'No messages yet'
                      )}
                    </span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}
