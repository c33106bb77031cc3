// The interview: booking one of the program's free slots once the questionnaire is assessed, then
// moving it (at most twice, not within 24 hours) or calling it off.
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql, getFragmentData, type FragmentType } from '../../../../gql';
import { Alert } from '../../../../ui/Alert';
import { Button } from '../../../../ui/Button';
import { TextArea } from '../../../../ui/TextArea';
import { Empty, ErrorState, Loading } from '../../../../ui/States';
import { messageOf } from '../../../../ui/error-message';
import { ConfirmAction } from '../../shared/ConfirmAction';
import { formatDateTime } from '../../shared/format';

export const InterviewPanelFragment = graphql(`
  fragment InterviewPanel_Application on Application {
    id
    status
    spiritualEvaluation {
      scored
    }
    interview {
      startsAt
      endsAt
      location
      reschedules
      cancelled
      cancelledAt
      completedAt
    }
  }
`);

const AvailableSlotsQuery = graphql(`
  query AvailableInterviewSlots($applicationId: ID!) {
    availableInterviewSlots(applicationId: $applicationId, first: 20) {
      edges {
        node {
          id
          startsAt
          endsAt
          location
        }
      }
    }
  }
`);

const BookInterviewMutation = graphql(`
  mutation BookInterview($applicationId: ID!, $slotId: ID!) {
    bookInterview(applicationId: $applicationId, slotId: $slotId) {
      id
      ...ApplicationState_Application
    }
  }
`);

const RescheduleInterviewMutation = graphql(`
  mutation RescheduleInterview($applicationId: ID!, $slotId: ID!) {
    rescheduleInterview(applicationId: $applicationId, slotId: $slotId) {
      id
      ...ApplicationState_Application
    }
  }
`);

const CancelInterviewMutation = graphql(`
  mutation CancelInterview($applicationId: ID!, $reason: String) {
    cancelInterview(applicationId: $applicationId, reason: $reason) {
      id
      ...ApplicationState_Application
    }
  }
`);

const MAX_RESCHEDULES = 2;

/** Whether the interview panel has anything to show for this application. */
export function interviewPanelApplies(status: string, scored: boolean, hasInterview: boolean): boolean {
  return hasInterview || (status === 'spiritual_evaluation' && scored) || status === 'interview_scheduled';
}

function SlotPicker({ applicationId, actionLabel, busy, onPick }: { applicationId: string; actionLabel: string; busy: boolean; onPick(slotId: string): void }) {
  const { data, loading, error } = useQuery(AvailableSlotsQuery, { variables: { applicationId }, fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <Loading label="Loading interview times…" />;
  if (error && !data) return <ErrorState error={error} />;
  const slots = data?.availableInterviewSlots.edges ?? [];
  if (slots.length === 0) return <Empty title="No interview times are free right now.">Please look again in a few days; the admissions office adds times regularly.</Empty>;
  return (
    <ul className="admissions-list" aria-label="Free interview times">
      {slots.map(({ node: slot }) => (
        <li key={slot.id}>
          <strong>{formatDateTime(slot.startsAt)}</strong> to {formatDateTime(slot.endsAt)}
          <br />
          <span className="muted">{slot.location}</span>
          <div className="actions">
            <Button variant="secondary" busy={busy} onClick={() => onPick(slot.id)} aria-label={`${actionLabel} ${formatDateTime(slot.startsAt)}`}>
              {actionLabel}
            </Button>
          </div>
        </li>
      ))}
    </ul>
  );
}

export function InterviewPanel(props: { application: FragmentType<typeof InterviewPanelFragment> }) {
  const application = getFragmentData(InterviewPanelFragment, props.application);
  const { interview } = application;
  const [book, booking] = useMutation(BookInterviewMutation, { refetchQueries: ['AvailableInterviewSlots'] });
  const [reschedule, rescheduling] = useMutation(RescheduleInterviewMutation, { refetchQueries: ['AvailableInterviewSlots'] });
  const [cancel, cancelling] = useMutation(CancelInterviewMutation, { refetchQueries: ['AvailableInterviewSlots'] });
  const [moving, setMoving] = useState(false);
  const [reason, setReason] = useState('');
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  const run = async (action: () => Promise<unknown>, done: string) => {
    setNotice(null);
    try {
      await action();
      setMoving(false);
      setNotice({ tone: 'success', text: done });
    } catch (error) {
      setNotice({ tone: 'error', text: messageOf(error) });
      throw error;
    }
  };

  const active = interview && !interview.cancelled;
  const noticeAlert = notice && <Alert tone={notice.tone}>{notice.text}</Alert>;

  if (interview?.completedAt) return <p>Your interview was held on {formatDateTime(interview.startsAt)}. The admissions committee will decide next.</p>;

  if (!active) {
    return (
      <>
        {interview?.cancelled && <p>Your interview on {formatDateTime(interview.startsAt)} was called off. Choose a new time.</p>}
        {!interview && <p>Your questionnaire has been assessed. Choose a time for your interview; we will email you a calendar invitation.</p>}
        {noticeAlert}
        <SlotPicker
          applicationId={application.id}
          actionLabel="Book"
          busy={booking.loading}
          onPick={(slotId) => void run(() => book({ variables: { applicationId: application.id, slotId } }), 'Interview booked. A calendar invitation is on its way.').catch(() => undefined)}
        />
      </>
    );
  }

  const movesLeft = Math.max(0, MAX_RESCHEDULES - interview.reschedules);
  return (
    <>
      <dl className="admissions-facts">
        <dt>When</dt>
        <dd>
          {formatDateTime(interview.startsAt)} to {formatDateTime(interview.endsAt)}
        </dd>
        <dt>Where</dt>
        <dd>{interview.location ?? '—'}</dd>
        <dt>Moves left</dt>
        <dd>{movesLeft}</dd>
      </dl>
      <p className="muted">You can move your interview up to twice, but not within 24 hours of its start.</p>
      {noticeAlert}
      <div className="actions">
        {movesLeft > 0 && (
          <Button variant="secondary" onClick={() => setMoving(!moving)} aria-expanded={moving}>
            {moving ? 'Keep this time' : 'Reschedule'}
          </Button>
        )}
        <ConfirmAction
          label="Cancel interview"
          question="Call off your interview? You will need to book a new time."
          confirmLabel="Yes, cancel the interview"
          cancelLabel="Keep the interview"
          busy={cancelling.loading}
          onConfirm={() => run(() => cancel({ variables: { applicationId: application.id, reason: reason.trim() || null } }), 'Interview cancelled.')}
        >
          <TextArea label="Reason (optional)" hint="Told to the interviewer." maxLength={500} value={reason} onChange={(event) => setReason(event.target.value)} />
        </ConfirmAction>
      </div>
      {moving && (
        <>
          <h3>Choose a new time</h3>
          <SlotPicker
            applicationId={application.id}
            actionLabel="Move to"
            busy={rescheduling.loading}
            onPick={(slotId) => void run(() => reschedule({ variables: { applicationId: application.id, slotId } }), 'Interview moved. An updated invitation is on its way.').catch(() => undefined)}
          />
        </>
      )}
    </>
  );
}
