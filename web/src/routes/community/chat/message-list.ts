// The messages a chat holds, as plain data: merged by id from history pages, live events and mutation
// results (whichever arrives twice is kept once), top-level messages in seq order, thread replies per
// root. A reply first seen live bumps its root's reply count, since the root is not re-announced.
import type { ChatMessageFragment } from '../../../gql/graphql';

export type MessagesById = ReadonlyMap<string, ChatMessageFragment>;

export function mergeMessages(current: MessagesById, incoming: readonly ChatMessageFragment[]): MessagesById {
  if (incoming.length === 0) return current;
  const next = new Map(current);
  for (const message of incoming) next.set(message.id, { ...next.get(message.id), ...message });
  return next;
}

/** A message that just happened (live or sent by me): merged, and counted on its thread root when new. */
export function addNewMessage(current: MessagesById, message: ChatMessageFragment): MessagesById {
  const isNew = !current.has(message.id);
  const next = new Map(mergeMessages(current, [message]));
  const root = message.threadRootId ? next.get(message.threadRootId) : undefined;
  if (isNew && root) next.set(root.id, { ...root, replyCount: root.replyCount + 1 });
  return next;
}

const bySeq = (a: ChatMessageFragment, b: ChatMessageFragment) => a.seq - b.seq;

export function topLevelMessages(messages: MessagesById): ChatMessageFragment[] {
  return [...messages.values()].filter((message) => !message.threadRootId).sort(bySeq);
}

export function repliesOf(messages: MessagesById, rootId: string): ChatMessageFragment[] {
  return [...messages.values()].filter((message) => message.threadRootId === rootId).sort(bySeq);
}

/** The newest seq held (top-level or reply), or `floor` when nothing newer is held. */
export function newestSeq(messages: MessagesById, floor = 0): number {
  let newest = floor;
  for (const message of messages.values()) if (message.seq > newest) newest = message.seq;
  return newest;
}
