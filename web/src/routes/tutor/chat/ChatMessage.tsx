// One question or answer in the chat. An answer being written shows the text streamed so far (from
// tutorStream) instead of the stored, still empty content; offline answers carry the "Offline tutor" label.
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { formatDateTime } from '../../../ui/dates';
import type { StreamedAnswer } from './answer-stream';
import { Markdown } from '../../../ui/Markdown';
import { RefusalHelp } from './RefusalHelp';

export const ChatMessageFragment = graphql(`
  fragment TutorChatMessage_TutorMessage on TutorMessage {
    id
    role
    status
    content
    flagged
    flagReason
    offline
    error
    createdAt
    citations {
      title
    }
  }
`);

const STATUS_NOTES = {
  cancelled: 'Stopped. The tutor kept what it had written so far.',
  failed: 'No full answer came.',
} as const;

export function ChatMessage(props: { message: FragmentType<typeof ChatMessageFragment>; streamed: StreamedAnswer | undefined; tutorName: string }) {
  const message = getFragmentData(ChatMessageFragment, props.message);
  const { streamed } = props;
  const isAnswer = message.role === 'assistant';
  const text = streamed && streamed.text.length >= message.content.length ? streamed.text : message.content;
  const status = streamed && message.status === 'pending' ? streamed.status : message.status;
  const offline = message.offline || (streamed?.offline ?? false);
  const error = streamed?.error ?? message.error;
  return (
    <li className={`tutor-message tutor-message--${message.role}`} data-status={status} aria-busy={status === 'pending' || undefined}>
      <p className="tutor-message__meta">
        <span className="tutor-message__author">{isAnswer ? props.tutorName : 'You'}</span>
        {isAnswer && offline && <span className="badge tutor-offline">Offline tutor</span>}
        <span className="muted"> · {formatDateTime(message.createdAt)}</span>
      </p>
      {status === 'pending' && text === '' ? <p className="muted">The tutor is thinking…</p> : <Markdown source={text} maths className="tutor-markdown" />}
      {isAnswer && (status === 'cancelled' || status === 'failed') && (
        <p className="tutor-message__note">
          {STATUS_NOTES[status]} {status === 'failed' && error ? error : ''}
        </p>
      )}
      {isAnswer && message.citations.length > 0 && (
        <p className="muted">From: {message.citations.map((citation) => citation.title).join('; ')}</p>
      )}
      {!isAnswer && <RefusalHelp question={message} />}
    </li>
  );
}
