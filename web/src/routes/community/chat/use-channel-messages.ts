// A channel's messages, kept current: the newest page from the channel query, earlier pages on demand
// ("Load earlier"), thread replies when a thread opens, and three live streams: messageAdded (resumed
// with `after` = the newest seq held, so nothing sent while the page loaded or the socket was away is
// missed), messageUpdated (edits, deletions, moderation) and reactionChanged (with the new totals).
// When the browser comes back online the streams start again from the newest seq held.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { ChatMessageFragment } from '../../../gql/graphql';
import { ChatMessage } from './MessageItem';
import { addNewMessage, mergeMessages, newestSeq, repliesOf, topLevelMessages, type MessagesById } from './message-list';

const PAGE_SIZE = 30;

const EarlierMessages = graphql(`
  query ChatEarlierMessages($channelId: ID!, $before: String, $threadRootId: ID, $last: Int) {
    channel(id: $channelId) {
      id
      messages(threadRootId: $threadRootId, before: $before, last: $last) {
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

const MessageAdded = graphql(`
  subscription ChatMessageAdded($channelId: ID!, $after: Int) {
    messageAdded(channelId: $channelId, after: $after) {
      ...ChatMessage
    }
  }
`);

const MessageUpdated = graphql(`
  subscription ChatMessageUpdated($channelId: ID!) {
    messageUpdated(channelId: $channelId) {
      ...ChatMessage
    }
  }
`);

const ReactionChanged = graphql(`
  subscription ChatReactionChanged($channelId: ID!) {
    reactionChanged(channelId: $channelId) {
      emoji
      count
      added
      message {
        ...ChatMessage
      }
    }
  }
`);

interface FirstPage {
  edges: readonly { node: FragmentType<typeof ChatMessage> }[];
  pageInfo: { hasPreviousPage: boolean; startCursor?: string | null };
}

export interface ChannelMessages {
  messages: ChatMessageFragment[];
  repliesTo(rootId: string): ChatMessageFragment[];
  newestSeq: number;
  hasEarlier: boolean;
  loadingEarlier: boolean;
  earlierError: unknown;
  loadEarlier(): Promise<void>;
  loadThread(rootId: string): Promise<void>;
  /** A message a mutation returned (sent, edited, reacted to). */
  absorb(message: FragmentType<typeof ChatMessage>, isNew?: boolean): void;
}

export function useChannelMessages(channelId: string, firstPage: FirstPage, lastSeq: number, onArrival: (message: ChatMessageFragment) => void): ChannelMessages {
  const client = useApolloClient();
  const [byId, setById] = useState<MessagesById>(() => mergeMessages(new Map(), firstPage.edges.map((edge) => getFragmentData(ChatMessage, edge.node))));
  const [earlierCursor, setEarlierCursor] = useState(firstPage.pageInfo.hasPreviousPage ? (firstPage.pageInfo.startCursor ?? null) : null);
  const [loadingEarlier, setLoadingEarlier] = useState(false);
  const [earlierError, setEarlierError] = useState<unknown>(null);
  const newest = newestSeq(byId, lastSeq);
  const seqRef = useRef(newest);
  const arrival = useRef(onArrival);
  useEffect(() => {
    seqRef.current = newest;
    arrival.current = onArrival;
  });
  const [connection, setConnection] = useState(0);
  useEffect(() => {
    const reconnect = () => setConnection((count) => count + 1);
    window.addEventListener('online', reconnect);
    return () => window.removeEventListener('online', reconnect);
  }, []);

  useEffect(() => {
    const added = client.subscribe({ query: MessageAdded, variables: { channelId, after: seqRef.current } }).subscribe({
      next: (result) => {
        if (!result.data) return;
        const message = getFragmentData(ChatMessage, result.data.messageAdded);
        setById((current) => addNewMessage(current, message));
        arrival.current(message);
      },
    });
    const updated = client.subscribe({ query: MessageUpdated, variables: { channelId } }).subscribe({
      next: (result) => {
        if (result.data) setById((current) => mergeMessages(current, [getFragmentData(ChatMessage, result.data!.messageUpdated)]));
      },
    });
    const reactions = client.subscribe({ query: ReactionChanged, variables: { channelId } }).subscribe({
      next: (result) => {
        if (result.data) setById((current) => mergeMessages(current, [getFragmentData(ChatMessage, result.data!.reactionChanged.message)]));
      },
    });
    return () => {
      added.unsubscribe();
      updated.unsubscribe();
      reactions.unsubscribe();
    };
  }, [client, channelId, connection]);

  const loadEarlier = useCallback(async () => {
    if (!earlierCursor) return;
    setLoadingEarlier(true);
    setEarlierError(null);
    try {
      const { data } = await client.query({ query: EarlierMessages, variables: { channelId, before: earlierCursor, last: PAGE_SIZE }, fetchPolicy: 'network-only' });
      const page = data?.channel?.messages;
      if (!page) return;
      setById((current) => mergeMessages(current, page.edges.map((edge) => getFragmentData(ChatMessage, edge.node))));
      setEarlierCursor(page.pageInfo.hasPreviousPage ? (page.pageInfo.startCursor ?? null) : null);
    } catch (error) {
      setEarlierError(error);
    } finally {
      setLoadingEarlier(false);
    }
  }, [client, channelId, earlierCursor]);

  const loadThread = useCallback(
    async (rootId: string) => {
      const { data } = await client.query({ query: EarlierMessages, variables: { channelId, threadRootId: rootId, last: 100 }, fetchPolicy: 'network-only' });
      const page = data?.channel?.messages;
      if (page) setById((current) => mergeMessages(current, page.edges.map((edge) => getFragmentData(ChatMessage, edge.node))));
    },
    [client, channelId],
  );

  const absorb = useCallback((message: FragmentType<typeof ChatMessage>, isNew = false) => {
    const data = getFragmentData(ChatMessage, message);
    setById((current) => (isNew ? addNewMessage(current, data) : mergeMessages(current, [data])));
  }, []);

  return {
    messages: topLevelMessages(byId),
    repliesTo: (rootId) => repliesOf(byId, rootId),
    newestSeq: newest,
    hasEarlier: earlierCursor !== null,
    loadingEarlier,
    earlierError,
    loadEarlier,
    loadThread,
    absorb,
  };
}
