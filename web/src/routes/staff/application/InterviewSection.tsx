// The interview as staff see it: the booking, the form to record notes and a score once it is held, and
// the program's interview slots: publish new ones, and book a free one for the applicant.
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Empty, ErrorState, Loading } from '../../../ui/States';
import { TextArea } from '../../../ui/TextArea';
import { TextField } from '../../../ui/TextField';
import { Section } from '../shared/Section';
import { SelectField } from '../shared/SelectField';
import { formErrorsOf } from '../shared/form-errors';
import { formatDateTime } from '../shared/labels';
import { useBusyAction } from '../../../ui/use-busy-action';

export const StaffInterviewFragment = graphql(`
  fragment StaffInterview on Application {
    id
    status
    program {
      id
      name
    }
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
      notes
      score
      officer {
        id
        displayName
      }
    }
  }
`);

const RecordInterview = graphql(`
  mutation StaffRecordInterview($applicationId: ID!, $notes: String!, $score: Int!) {
    recordInterview(applicationId: $applicationId, notes: $notes, score: $score) {
      id
      status
      daysInStage
      ...StaffInterview
      ...StaffDecision
      ...StaffTimeline
    }
  }
`);

const BookInterview = graphql(`
  mutation StaffBookInterview($applicationId: ID!, $slotId: ID!) {
    bookInterview(applicationId: $applicationId, slotId: $slotId) {
      id
      status
      daysInStage
      ...StaffInterview
      ...StaffTimeline
    }
  }
`);

const PublishInterviewSlots = graphql(`
  mutation StaffPublishInterviewSlots($programId: ID!, $slots: [InterviewSlotInput!]!) {
    publishInterviewSlots(programId: $programId, slots: $slots) {
      id
    }
  }
`);

const StaffInterviewSlots = graphql(`
  query StaffInterviewSlots($programId: ID!, $from: DateTime!, $to: DateTime!) {
    interviewSlots(programId: $programId, from: $from, to: $to, first: 50) {
      edges {
        node {
          id
          startsAt
          endsAt
          location
          booked
          officer {
            id
            displayName
          }
          bookedApplication {
            id
          }
        }
      }
    }
  }
`);

const LENGTHS = [30, 45, 60, 90, 120].map((minutes) => ({ value: String(minutes), label: `${minutes} minutes` }));
const DAY_MS = 86_400_000;

export function InterviewSection(props: { application: FragmentType<typeof StaffInterviewFragment> }) {
  const application = getFragmentData(StaffInterviewFragment, props.application);
  const { interview } = application;
  const [record] = useMutation(RecordInterview);
  const [notes, setNotes] = useState(interview?.notes ?? '');
  const [score, setScore] = useState(interview?.score === null || interview?.score === undefined ? '' : String(interview.score));
  const [scoreProblem, setScoreProblem] = useState<string | null>(null);
  const recordAction = useBusyAction(() => record({ variables: { applicationId: application.id, notes, score: Number(score) } }));
  const recordErrors = formErrorsOf(recordAction.error, ['notes', 'score']);

  const submitRecord = (event: FormEvent) => {
    event.preventDefault();
    if (!/^\d{1,3}$/.test(score.trim()) || Number(score) > 100) {
      setScoreProblem('Enter a whole number from 0 to 100.');
      return;
    }
    setScoreProblem(null);
    void recordAction.run();
  };

  return (
    <Section id="interview" title="Interview">
      {!interview ? (
        <p className="muted">No interview booked yet.</p>
      ) : (
        <dl className="staff-details">
          <dt>When</dt>
          <dd>
            {formatDateTime(interview.startsAt)} – {formatDateTime(interview.endsAt)}
            {interview.cancelled ? ` (cancelled ${formatDateTime(interview.cancelledAt)})` : ''}
          </dd>
          <dt>Where</dt>
          <dd>{interview.location ?? '—'}</dd>
          <dt>Interviewer</dt>
          <dd>{interview.officer?.displayName ?? '—'}</dd>
          <dt>Moved by the applicant</dt>
          <dd>{interview.reschedules === 1 ? 'once' : `${interview.reschedules} times`}</dd>
          {interview.completedAt && (
            <>
              <dt>Recorded</dt>
              <dd>{formatDateTime(interview.completedAt)}</dd>
              <dt>Score</dt>
              <dd>{interview.score ?? '—'} / 100</dd>
              <dt>Notes</dt>
              <dd className="staff-prose">{interview.notes || '—'}</dd>
            </>
          )}
        </dl>
      )}

      {application.status === 'interview_scheduled' && interview && !interview.cancelled && (
        <>
          <h3>Record the interview</h3>
          <form onSubmit={submitRecord} aria-label="Record the interview" noValidate>
            <TextArea label="Interview notes" hint="What the interview showed; at most 20,000 characters." maxLength={20000} value={notes} error={recordErrors.fields.notes} onChange={(event) => setNotes(event.target.value)} />
            <TextField
              label="Interview score (0–100)"
              type="number"
              inputMode="numeric"
              min={0}
              max={100}
              value={score}
              error={scoreProblem ?? recordErrors.fields.score}
              onChange={(event) => setScore(event.target.value)}
            />
            {recordErrors.general && <Alert>{recordErrors.general}</Alert>}
            <Button type="submit" busy={recordAction.busy}>
              Record the interview
            </Button>
          </form>
        </>
      )}

      <InterviewSlots
        programId={application.program.id}
        programName={application.program.name}
        applicationId={application.id}
        canBook={application.status === 'spiritual_evaluation' && application.spiritualEvaluation.scored && (!interview || interview.cancelled)}
      />
    </Section>
  );
}

function InterviewSlots({ programId, programName, applicationId, canBook }: { programId: string; programName: string; applicationId: string; canBook: boolean }) {
  const [range] = useState(() => {
    const now = Date.now();
    return { from: new Date(now).toISOString(), to: new Date(now + 90 * DAY_MS).toISOString() };
  });
  const slots = useQuery(StaffInterviewSlots, { variables: { programId, ...range } });
  const [book] = useMutation(BookInterview, { refetchQueries: ['StaffInterviewSlots'] });
  const [publish] = useMutation(PublishInterviewSlots, { refetchQueries: ['StaffInterviewSlots'], awaitRefetchQueries: true });
  const [startsAt, setStartsAt] = useState('');
  const [length, setLength] = useState('60');
  const [location, setLocation] = useState('Online');
  const [startProblem, setStartProblem] = useState<string | null>(null);

  const bookAction = useBusyAction((slotId: string) => book({ variables: { applicationId, slotId } }));
  const publishAction = useBusyAction(async () => {
    const start = new Date(startsAt);
    const end = new Date(start.getTime() + Number(length) * 60_000);
    await publish({ variables: { programId, slots: [{ startsAt: start.toISOString(), endsAt: end.toISOString(), location: location.trim() || null }] } });
    setStartsAt('');
  });
  const publishErrors = formErrorsOf(publishAction.error, ['slots']);
  const bookErrors = formErrorsOf(bookAction.error, []);

  const submitPublish = (event: FormEvent) => {
    event.preventDefault();
    if (!startsAt || Number.isNaN(new Date(startsAt).getTime())) {
      setStartProblem('Choose the date and time the interview starts.');
      return;
    }
    setStartProblem(null);
    void publishAction.run();
  };

  const edges = slots.data?.interviewSlots.edges ?? [];
  return (
    <>
      <h3>Interview slots for {programName}</h3>
      {slots.loading && !slots.data ? (
        <Loading label="Loading interview slots…" />
      ) : slots.error ? (
        <ErrorState error={slots.error} />
      ) : edges.length === 0 ? (
        <Empty title="No interview slots in the next 90 days" />
      ) : (
        <ul className="staff-list">
          {edges.map(({ node: slot }) => (
            <li key={slot.id}>
              {formatDateTime(slot.startsAt)} – {formatDateTime(slot.endsAt)}, {slot.location}
              {slot.officer ? ` with ${slot.officer.displayName}` : ''}{' '}
              {slot.booked ? (
                <span className="badge">{slot.bookedApplication?.id === applicationId ? 'booked for this application' : 'booked'}</span>
              ) : canBook ? (
                <Button type="button" variant="secondary" busy={bookAction.busy} onClick={() => void bookAction.run(slot.id)}>
                  Book for the applicant
                </Button>
              ) : (
                <span className="badge">free</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {bookErrors.general && <Alert>{bookErrors.general}</Alert>}

      <form onSubmit={submitPublish} aria-label="Publish an interview slot" noValidate>
        <h4>Publish a slot</h4>
        <TextField
          label="Starts at"
          type="datetime-local"
          value={startsAt}
          error={startProblem ?? publishErrors.fields['slots[0].startsAt']}
          onChange={(event) => setStartsAt(event.target.value)}
        />
        <SelectField label="Length" value={length} options={LENGTHS} error={publishErrors.fields['slots[0].endsAt']} onChange={(event) => setLength(event.target.value)} />
        <TextField label="Location" hint="A room or a meeting link." maxLength={300} value={location} error={publishErrors.fields['slots[0].location']} onChange={(event) => setLocation(event.target.value)} />
        {(publishErrors.general ?? publishErrors.fields.slots) && <Alert>{publishErrors.general ?? publishErrors.fields.slots}</Alert>}
        {publishAction.done && <Alert tone="success">The slot is published.</Alert>}
        <Button type="submit" busy={publishAction.busy}>
          Publish the slot
        </Button>
      </form>
    </>
  );
}
