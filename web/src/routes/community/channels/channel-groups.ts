// How the channel list is arranged: channels grouped by kind in a fixed order, and the title a channel
// shows (a direct conversation is named after the other person, not its internal name).
import type { ChannelKind } from '../../../gql/graphql';

export interface ChannelGroup<Channel> {
  key: string;
  title: string;
  channels: Channel[];
}

const GROUPS: { key: string; title: string; kinds: ChannelKind[] }[] = [
  { key: 'course', title: 'Course channels', kinds: ['course'] },
  { key: 'study_group', title: 'Study groups', kinds: ['study_group'] },
  { key: 'channels', title: 'Channels', kinds: ['public', 'private'] },
  { key: 'direct', title: 'Direct messages', kinds: ['direct'] },
];

/** Non-empty groups in display order; channels keep the order the graph gave. */
export function groupChannels<Channel extends { kind: ChannelKind }>(channels: readonly Channel[]): ChannelGroup<Channel>[] {
  return GROUPS.map((group) => ({ key: group.key, title: group.title, channels: channels.filter((channel) => group.kinds.includes(channel.kind)) })).filter(
    (group) => group.channels.length > 0,
  );
}

interface TitledChannel {
  kind: ChannelKind;
  name: string;
  members: readonly { user: { id: string; displayName: string } }[];
}

export function channelTitle(channel: TitledChannel, viewerId: string): string {
  if (channel.kind !== 'direct') return channel.name;
  const others = channel.members.filter((member) => member.user.id !== viewerId).map((member) => member.user.displayName);
  return others.length > 0 ? others.join(', ') : 'Only you';
}

export const channelKindLabel: Record<ChannelKind, string> = {
  public: 'Public',
  private: 'Private',
  course: 'Course',
  direct: 'Direct',
  study_group: 'Study group',
};

/** A one-line preview of a message body: Markdown marks dropped, cut to `length` characters. */
export function previewOf(body: string, length = 80): string {
  const plain = body.replace(/[*_`#>~[\]]/g, '').replace(/\s+/g, ' ').trim();
  return plain.length > length ? `${plain.slice(0, length - 1)}…` : plain;
}

/** Everyone the viewer shares a channel with, by name, once each: the people they can start a conversation with. */
export function knownPeople(channels: readonly TitledChannel[], viewerId: string): { id: string; displayName: string }[] {
  const people = new Map<string, string>();
  for (const channel of channels) for (const { user } of channel.members) if (user.id !== viewerId) people.set(user.id, user.displayName);
  return [...people].map(([id, displayName]) => ({ id, displayName })).sort((a, b) => a.displayName.localeCompare(b.displayName));
}
