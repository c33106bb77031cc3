// /tutor/sessions/:id: one conversation with a tutor. The page subscribes to tutorStream for the session
// as it opens (before any question is sent), so an answer appears token by token as its deltas arrive;
// Stop cancels the answer through the graph. Earlier messages load from the session's history.
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { getFragmentData, graphql } from '../../../gql';
import { useLoadMore } from '../../../ui/use-load-more';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { Alert } from '../../../ui/Alert';
import { messageOf } from '../../../ui/error-message';
import { Empty, ErrorState, Loading } from '../../../ui/States';
import { QuotaIndicator, TutorUsageQuery } from '../quota/QuotaIndicator';
import { applyStreamEvent, markCancelled, type StreamedAnswers } from './answer-stream';
import { askProblemOf, type AskProblem } from './ask-problem';
import { AskForm } from './AskForm';
import { AskProblemAlert } from './AskProblemAlert';
import { ChatMessage, ChatMessageFragment } from './ChatMessage';
import '../tutor.css';

const PAGE_SIZE = 30;

const TutorSessionQuery = graphql(`
  query TutorSessionPage($id: ID!, $last: Int!, $before: String) {
    tutorSession(id: $id) {
      id
      title
      tutor {
        id
        name
        specialty
      }
      course {
        id
        title
      }
      messages(last: $last, before: $before) {
        totalCount
        pageInfo {
          hasPreviousPage
          startCursor
        }
        edges {
          node {
            id
            ...TutorChatMessage_TutorMessage
          }
        }
      }
    }
  }
`);

const TutorStreamSubscription = graphql(`
  subscription TutorAnswerStream($sessionId: ID!) {
    tutorStream(sessionId: $sessionId) {
      messageId
      seq
      delta
      done
      status
      offline
      content
      error {
        code
        message
      }
    }
  }
`);

const SendQuestionMutation = graphql(`
  mutation SendTutorQuestion($sessionId: ID!, $content: String!) {
    sendTutorMessage(sessionId: $sessionId, content: $content) {
      message {
        id
        ...TutorChatMessage_TutorMessage
      }
      pendingMessageId
      pendingMessage {
        id
        ...TutorChatMessage_TutorMessage
      }
    }
  }
`);

const CancelAnswerMutation = graphql(`
  mutation CancelTutorAnswer($messageId: ID!) {
    cancelTutorMessage(messageId: $messageId) {
      id
      ...TutorChatMessage_TutorMessage
    }
  }
`);

export function TutorSessionPage() {
  const { id = '' } = useParams();
  const { data, loading, error, fetchMore } = useQuery(TutorSessionQuery, { variables: { id, last: PAGE_SIZE } });
  const usage = useQuery(TutorUsageQuery, { fetchPolicy: 'cache-first' });
  const [answers, setAnswers] = useState<StreamedAnswers>({});
  const [sent, setSent] = useState<Array<{ id: string; node: Parameters<typeof ChatMessage>[0]['message'] }>>([]);
  const [problem, setProblem] = useState<AskProblem | null>(null);
  const [stopError, setStopError] = useState<string | null>(null);

  const stream = useSubscription(TutorStreamSubscription, {
    variables: { sessionId: id },
    skip: !id,
    onData: ({ data: result }) => {
      const event = result.data?.tutorStream;
      if (!event) return;
      setAnswers((previous) => applyStreamEvent(previous, event));
      if (event.done) void usage.refetch();
    },
  });
  const [send, sending] = useMutation(SendQuestionMutation);
  const [cancel, cancelling] = useMutation(CancelAnswerMutation);
  const { loadMore: loadEarlier, loadingMore: loadingEarlier } = useLoadMore(data?.tutorSession?.messages.pageInfo.startCursor, (before) =>
    fetchMore({
      variables: { before },
      updateQuery: (previous, { fetchMoreResult }) => {
        const earlier = fetchMoreResult.tutorSession;
        const current = previous.tutorSession;
        if (!earlier || !current) return previous as typeof fetchMoreResult;
        return {
          tutorSession: {
            ...current,
            messages: { ...current.messages, pageInfo: earlier.messages.pageInfo, edges: [...earlier.messages.edges, ...current.messages.edges] },
          },
        };
      },
    }),
  );

  const session = data?.tutorSession;
  if (loading && !session) return <Loading label="Opening the conversation…" />;
  if (error && !session) return <ErrorState error={error} />;
  if (!session) {
    return (
      <>
        <h1>Conversation not found</h1>
        <p>
          There is no conversation of yours here. <Link to="/tutor">Back to the tutor</Link>
        </p>
      </>
    );
  }

  const history = session.messages.edges.map(({ node }) => ({ id: node.id, node }));
  const known = new Set(history.map((message) => message.id));
  const messages = [...history, ...sent.filter((message) => !known.has(message.id))];
  const statusOf = (message: (typeof messages)[number]) => {
    const stored = getFragmentData(ChatMessageFragment, message.node);
    return stored.status === 'pending' ? (answers[message.id]?.status ?? 'pending') : stored.status;
  };
  const pending = [...messages].reverse().find((message) => getFragmentData(ChatMessageFragment, message.node).role === 'assistant' && statusOf(message) === 'pending');
  const offline = messages.some((message) => getFragmentData(ChatMessageFragment, message.node).offline || answers[message.id]?.offline);

  const ask = async (question: string): Promise<boolean> => {
    setProblem(null);
    setStopError(null);
    try {
      const result = await send({ variables: { sessionId: session.id, content: question } });
      const payload = result.data?.sendTutorMessage;
      if (!payload) return false;
      setSent((previous) => [...previous, { id: payload.message.id, node: payload.message }, { id: payload.pendingMessage.id, node: payload.pendingMessage }]);
      void usage.refetch();
      return true;
    } catch (sendError) {
      setProblem(askProblemOf(sendError));
      void usage.refetch();
      return false;
    }
  };

  const stop = async () => {
    if (!pending) return;
    setStopError(null);
    try {
      const result = await cancel({ variables: { messageId: pending.id } });
      const stopped = result.data?.cancelTutorMessage;
      if (stopped) setAnswers((previous) => markCancelled(previous, stopped.id, getFragmentData(ChatMessageFragment, stopped).content));
    } catch (cancelError) {
      setStopError(messageOf(cancelError));
    }
  };

  return (
    <div className="tutor-chat-page">
      <p>
        <Link to="/tutor">← All conversations</Link>
      </p>
      <h1>
        {session.title} {offline && <span className="badge tutor-offline">Offline tutor</span>}
      </h1>
      <p className="muted">
        With {session.tutor.name} ({session.tutor.specialty}){session.course ? ` · about ${session.course.title}` : ''}
      </p>
      {offline && <p className="muted">The offline tutor answers from the course material, without a language model.</p>}
      <div className="tutor-chat-layout">
        <section aria-labelledby="tutor-conversation-heading" className="tutor-chat">
          <h2 id="tutor-conversation-heading" className="tutor-sr-only">
            Conversation
          </h2>
          {stream.error && <Alert tone="info">Live answers are not arriving ({messageOf(stream.error)}). Reload the page to see finished answers.</Alert>}
          {session.messages.pageInfo.hasPreviousPage && (
            <LoadMoreButton onLoadMore={loadEarlier} loading={loadingEarlier}>
              Load earlier messages
            </LoadMoreButton>
          )}
          {messages.length === 0 ? (
            <Empty title="No questions yet.">
              <p>Ask {session.tutor.name} anything about your studies below.</p>
            </Empty>
          ) : (
            <ol className="tutor-messages" aria-label="Messages, oldest first">
              {messages.map((message) => (
                <ChatMessage key={message.id} message={message.node} streamed={answers[message.id]} tutorName={session.tutor.name} />
              ))}
            </ol>
          )}
          <p className="tutor-sr-only" role="status" aria-live="polite">
            {pending ? `${session.tutor.name} is answering…` : messages.length > 0 ? 'The answer is complete.' : ''}
          </p>
          {problem && <AskProblemAlert problem={problem} resetsAt={usage.data?.tutorUsage.resetsAt ?? null} />}
          {stopError && <Alert>{stopError}</Alert>}
          <AskForm onAsk={ask} onStop={() => void stop()} sending={sending.loading} answering={Boolean(pending)} stopping={cancelling.loading} />
        </section>
        <aside className="tutor-chat-aside">
          <QuotaIndicator />
        </aside>
      </div>
    </div>
  );
}
