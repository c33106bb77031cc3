// One chat message: author, time, body (a tombstone once deleted; to its author, a note while it is held
// for moderation), reactions and what I may do with it: reply in a thread, edit or delete my own,
// report someone else's.
import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { ChatMessageFragment } from '../../../gql/graphql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { TextArea } from '../../../ui/TextArea';
import { formatDateTime } from '../../../ui/dates';
import { messageOf } from '../../../ui/error-message';
import { Markdown } from '../../../ui/Markdown';
import { ReportForm } from '../shared/ReportForm';
import { useBusyAction } from '../../../ui/use-busy-action';
import { Reactions } from './Reactions';
import type { ChannelMessages } from './use-channel-messages';

export const ChatMessage = graphql(`
  fragment ChatMessage on Message {
    id
    seq
    body
    deleted
    moderation
    threadRootId
    replyCount
    editedAt
    createdAt
    author {
      id
      displayName
    }
    reactions {
      emoji
      count
      viewerReacted
    }
  }
`);

const EditMessage = graphql(`
  mutation ChatEditMessage($messageId: ID!, $body: String!) {
    editMessage(messageId: $messageId, body: $body) {
      ...ChatMessage
    }
  }
`);

const DeleteMessage = graphql(`
  mutation ChatDeleteMessage($messageId: ID!) {
    deleteMessage(messageId: $messageId) {
      ...ChatMessage
    }
  }
`);

interface MessageItemProps {
  message: ChatMessageFragment;
  viewerId: string;
  absorb: ChannelMessages['absorb'];
  /** Whether I may post here (a member of a channel that is not archived). */
  canWrite: boolean;
  /** Opens this message's thread; absent inside the thread panel. */
  onOpenThread?: (rootId: string) => void;
}

export function MessageItem({ message, viewerId, absorb, canWrite, onOpenThread }: MessageItemProps) {
  const mine = message.author.id === viewerId;
  const [mode, setMode] = useState<'read' | 'edit' | 'report'>('read');
  const [draft, setDraft] = useState(message.body ?? '');
  const [editMessage] = useMutation(EditMessage);
  const [deleteMessage] = useMutation(DeleteMessage);
  const edit = useBusyAction(async () => {
    const result = await editMessage({ variables: { messageId: message.id, body: draft.trim() } });
    if (result.data) absorb(result.data.editMessage);
    setMode('read');
  });
  const remove = useBusyAction(async () => {
    const result = await deleteMessage({ variables: { messageId: message.id } });
    if (result.data) absorb(result.data.deleteMessage);
  });
  const saveEdit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.trim()) void edit.run();
  };

  return (
    <article className={`message${message.moderation === 'held' ? ' message--held' : ''}`} data-message-id={message.id} data-seq={message.seq} aria-label={`Message from ${message.author.displayName}`}>
      <header className="message__header">
        <strong>{mine ? `${message.author.displayName} (you)` : message.author.displayName}</strong>
        <time className="muted" dateTime={message.createdAt}>
          {formatDateTime(message.createdAt)}
        </time>
        {message.editedAt && !message.deleted && <span className="muted">(edited)</span>}
        {message.moderation === 'held' && <span className="badge message__held">Held for moderation</span>}
        {message.moderation === 'rejected' && <span className="badge message__held">Rejected by a moderator</span>}
      </header>
      {message.deleted ? (
        <p className="muted message__tombstone">This message was deleted.</p>
      ) : mode === 'edit' ? (
        <form onSubmit={saveEdit} noValidate>
          <TextArea label="Edit your message" value={draft} maxLength={4000} onChange={(event) => setDraft(event.target.value)} rows={3} />
          {edit.error !== null && <Alert>{messageOf(edit.error)}</Alert>}
          <div className="actions">
            <Button type="submit" busy={edit.busy}>
              Save
            </Button>
            <Button type="button" variant="secondary" onClick={() => setMode('read')}>
              Cancel
            </Button>
          </div>
        </form>
      ) : message.body === null || message.body === undefined ? (
        <p className="muted">This message is waiting for a moderator.</p>
      ) : (
        <>
          <Markdown source={message.body} breaks className="community-markdown message__body" />
          {mine && message.moderation === 'held' && <p className="muted message__note">Only you can see it until a moderator approves it.</p>}
        </>
      )}
      {!message.deleted && <Reactions message={message} absorb={absorb} canReact={canWrite} />}
      {!message.deleted && mode === 'read' && (
        <div className="message__actions">
          {onOpenThread && (
            <button type="button" className="link-button" onClick={() => onOpenThread(message.id)}>
              {message.replyCount > 0 ? `${message.replyCount} ${message.replyCount === 1 ? 'reply' : 'replies'}` : 'Reply in thread'}
            </button>
          )}
          {mine && canWrite && (
            <>
              <button type="button" className="link-button" onClick={() => setMode('edit')}>
                Edit
              </button>
              <button type="button" className="link-button" disabled={remove.busy} onClick={() => void remove.run()}>
                {remove.busy ? 'Deleting…' : 'Delete'}
              </button>
            </>
          )}
          {!mine && (
            <button type="button" className="link-button" onClick={() => setMode('report')}>
              Report
            </button>
          )}
        </div>
      )}
      {remove.error !== null && <Alert>{messageOf(remove.error)}</Alert>}
      {mode === 'report' && <ReportForm targetType="message" targetId={message.id} onClose={() => setMode('read')} />}
    </article>
  );
}
