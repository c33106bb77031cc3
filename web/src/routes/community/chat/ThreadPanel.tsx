// A thread beside the chat: its root message, every reply (loaded when it opens, then live) and a
// composer that replies in the thread.
import { useEffect, useRef, useState } from 'react';
import type { ChatMessageFragment } from '../../../gql/graphql';
import { Button } from '../../../ui/Button';
import { ErrorState, Loading } from '../../../ui/States';
import { Composer } from './Composer';
import { MessageItem } from './MessageItem';
import type { ChannelMessages } from './use-channel-messages';
import type { TypingEvent } from './use-typing';

interface ThreadPanelProps {
  channelId: string;
  root: ChatMessageFragment;
  chat: ChannelMessages;
  viewerId: string;
  canWrite: boolean;
  onTyping: (event?: TypingEvent) => void;
  onClose: () => void;
}

export function ThreadPanel({ channelId, root, chat, viewerId, canWrite, onTyping, onClose }: ThreadPanelProps) {
  const [state, setState] = useState<{ loading: boolean; error: unknown }>({ loading: true, error: null });
  const heading = useRef<HTMLHeadingElement>(null);
  const { loadThread } = chat;
  useEffect(() => {
    let current = true;
    setState({ loading: true, error: null });
    heading.current?.focus();
    loadThread(root.id).then(
      () => current && setState({ loading: false, error: null }),
      (error: unknown) => current && setState({ loading: false, error }),
    );
    return () => {
      current = false;
    };
  }, [loadThread, root.id]);
  const replies = chat.repliesTo(root.id);

  return (
    <section className="thread card" aria-labelledby="thread-heading">
      <div className="thread__header">
        <h2 id="thread-heading" tabIndex={-1} ref={heading}>
          Thread
        </h2>
        <Button type="button" variant="secondary" onClick={onClose}>
          Close thread
        </Button>
      </div>
      <MessageItem message={root} viewerId={viewerId} absorb={chat.absorb} canWrite={canWrite} />
      <h3 className="thread__count">{replies.length === 1 ? '1 reply' : `${replies.length} replies`}</h3>
      {state.loading && replies.length === 0 ? (
        <Loading label="Loading replies…" />
      ) : state.error ? (
        <ErrorState error={state.error} />
      ) : (
        <ol className="message-list" aria-label="Replies" aria-live="polite">
          {replies.map((reply) => (
            <li key={reply.id}>
              <MessageItem message={reply} viewerId={viewerId} absorb={chat.absorb} canWrite={canWrite} />
            </li>
          ))}
        </ol>
      )}
      {canWrite && <Composer channelId={channelId} threadRootId={root.id} label="Reply in thread" absorb={chat.absorb} onTyping={onTyping} />}
    </section>
  );
}
