// Staff's own work on an application: who is assigned, internal notes, the timeline and the decision.
import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { useAuth } from '../../../auth/AuthProvider';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Empty } from '../../../ui/States';
import { TextArea } from '../../../ui/TextArea';
import { Section } from '../shared/Section';
import { SelectField } from '../shared/SelectField';
import { formErrorsOf } from '../shared/form-errors';
import { decisionLabel, formatDateTime, stageLabel } from '../shared/labels';
import { withLocalTimestamps } from '../../../ui/dates';
import { useBusyAction } from '../../../ui/use-busy-action';

export const StaffAssignmentFragment = graphql(`
  fragment StaffAssignment on Application {
    id
    status
    assignedOfficer {
      id
      displayName
    }
    program {
      id
      officers {
        id
        displayName
      }
    }
  }
`);

const AssignApplication = graphql(`
  mutation StaffAssignApplication($applicationId: ID!, $officerId: ID) {
    assignApplication(applicationId: $applicationId, officerId: $officerId) {
      id
      ...StaffAssignment
    }
  }
`);

export function AssignmentSection(props: { application: FragmentType<typeof StaffAssignmentFragment> }) {
  const application = getFragmentData(StaffAssignmentFragment, props.application);
  const { session } = useAuth();
  const viewerId = session?.user.id;
  const assignedToMe = application.assignedOfficer?.id === viewerId;
  return (
    <Section id="assignment" title="Assignment">
      <p>
        {application.assignedOfficer ? (
          <>
            Assigned to <strong>{assignedToMe ? `you (${application.assignedOfficer.displayName})` : application.assignedOfficer.displayName}</strong>.
          </>
        ) : (
          'Nobody is assigned.'
        )}
      </p>
      {/* A new assignee (from here, a decision or another tab) starts the form afresh. */}
      <AssignmentForm
        key={application.assignedOfficer?.id ?? 'nobody'}
        applicationId={application.id}
        assignedId={application.assignedOfficer?.id ?? ''}
        officers={application.program.officers}
        viewerId={viewerId}
      />
    </Section>
  );
}

interface AssignmentFormProps {
  applicationId: string;
  assignedId: string;
  officers: readonly { id: string; displayName: string }[];
  viewerId: string | undefined;
}

function AssignmentForm({ applicationId, assignedId, officers, viewerId }: AssignmentFormProps) {
  const [assign] = useMutation(AssignApplication);
  const [officerId, setOfficerId] = useState(assignedId);
  const assignAction = useBusyAction((id: string | null) => assign({ variables: { applicationId, officerId: id } }));
  const errors = formErrorsOf(assignAction.error, ['officerId']);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void assignAction.run(officerId || null);
  };

  return (
    <form onSubmit={submit} aria-label="Assign the application">
      <SelectField
        label="Assign to"
        value={officerId}
        error={errors.fields.officerId}
        onChange={(event) => setOfficerId(event.target.value)}
        options={[{ value: '', label: 'Nobody (unassigned)' }, ...officers.map((officer) => ({ value: officer.id, label: officer.id === viewerId ? `${officer.displayName} (you)` : officer.displayName }))]}
      />
      {errors.general && <Alert>{errors.general}</Alert>}
      <div className="actions">
        <Button type="submit" busy={assignAction.busy} disabled={officerId === assignedId}>
          Save assignment
        </Button>
        {viewerId && assignedId !== viewerId && officers.some((officer) => officer.id === viewerId) && (
          <Button type="button" variant="secondary" busy={assignAction.busy} onClick={() => void assignAction.run(viewerId)}>
            Assign to me
          </Button>
        )}
      </div>
    </form>
  );
}

export const StaffNotesFragment = graphql(`
  fragment StaffNotes on Application {
    id
    internalNotes(first: 50) {
      edges {
        node {
          id
          body
          createdAt
          author {
            id
            displayName
          }
        }
      }
    }
  }
`);

const AddApplicationNote = graphql(`
  mutation StaffAddApplicationNote($applicationId: ID!, $body: String!) {
    addApplicationNote(applicationId: $applicationId, body: $body) {
      id
    }
  }
`);

export function NotesSection(props: { application: FragmentType<typeof StaffNotesFragment> }) {
  const application = getFragmentData(StaffNotesFragment, props.application);
  const notes = application.internalNotes?.edges.map((edge) => edge.node) ?? [];
  const [add] = useMutation(AddApplicationNote, { refetchQueries: ['StaffApplication'], awaitRefetchQueries: true });
  const [body, setBody] = useState('');
  const addAction = useBusyAction(async () => {
    await add({ variables: { applicationId: application.id, body } });
    setBody('');
  });
  const errors = formErrorsOf(addAction.error, ['body']);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void addAction.run();
  };

  return (
    <Section id="notes" title="Internal notes">
      <p className="muted">Only staff see these notes; the applicant never does.</p>
      <form onSubmit={submit} aria-label="Add an internal note">
        <TextArea label="New internal note" hint="1 to 5,000 characters." maxLength={5000} value={body} error={errors.fields.body} onChange={(event) => setBody(event.target.value)} />
        {errors.general && <Alert>{errors.general}</Alert>}
        <Button type="submit" busy={addAction.busy} disabled={body.trim().length === 0}>
          Add note
        </Button>
      </form>
      {notes.length === 0 ? (
        <Empty title="No internal notes yet" />
      ) : (
        <ul className="staff-list" aria-label="Notes, newest first">
          {notes.map((note) => (
            <li key={note.id}>
              <p className="staff-prose">{note.body}</p>
              <p className="muted">
                {note.author.displayName}, {formatDateTime(note.createdAt)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

export const StaffTimelineFragment = graphql(`
  fragment StaffTimeline on Application {
    timeline {
      id
      fromStatus
      toStatus
      at
      byPlatform
      note
      actor {
        id
        displayName
      }
    }
  }
`);

export function TimelineSection(props: { application: FragmentType<typeof StaffTimelineFragment> }) {
  const { timeline } = getFragmentData(StaffTimelineFragment, props.application);
  return (
    <Section id="timeline" title="Timeline">
      {timeline.length === 0 ? (
        <Empty title="No steps recorded" />
      ) : (
        <ol className="timeline">
          {timeline.map((step) => (
            <li key={step.id}>
              <strong>{stageLabel(step.toStatus)}</strong>{' '}
              <span className="muted">
                {formatDateTime(step.at)}, {step.byPlatform ? 'by ScrollForge' : (step.actor?.displayName ?? 'someone')}
              </span>
              {step.note && <div className="staff-prose">{withLocalTimestamps(step.note)}</div>}
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}

export const StaffDecisionFragment = graphql(`
  fragment StaffDecision on Application {
    id
    status
    decision
    decidedAt
    decisionRationale
    intake {
      id
      term
      capacity
      acceptedCount
      placesLeft
    }
  }
`);

const DecideApplication = graphql(`
  mutation StaffDecideApplication($applicationId: ID!, $outcome: DecisionOutcome!, $rationale: String!) {
    decideApplication(applicationId: $applicationId, outcome: $outcome, rationale: $rationale) {
      id
      status
      daysInStage
      ...StaffDecision
      ...StaffAssignment
      ...StaffTimeline
    }
  }
`);

type Outcome = 'accepted' | 'waitlisted' | 'rejected';

/** The outcomes the workflow allows at this stage: rejection early, any after the interview. */
function outcomesAt(status: string, decision: string | null | undefined): Outcome[] {
  if (status === 'interviewed') return ['accepted', 'waitlisted', 'rejected'];
  if (status === 'eligibility_review' || status === 'spiritual_evaluation') return ['rejected'];
  if (status === 'decided' && decision === 'waitlisted') return ['accepted', 'rejected'];
  return [];
}

const OUTCOME_HINTS: Record<Outcome, string> = {
  accepted: 'takes a place of the intake',
  waitlisted: 'accepted automatically when a place opens',
  rejected: 'closes the application',
};

export function DecisionSection(props: { application: FragmentType<typeof StaffDecisionFragment> }) {
  const application = getFragmentData(StaffDecisionFragment, props.application);
  const outcomes = outcomesAt(application.status, application.decision);
  const [decide] = useMutation(DecideApplication);
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [rationale, setRationale] = useState('');
  const [outcomeProblem, setOutcomeProblem] = useState<string | null>(null);
  const decideAction = useBusyAction(async (chosen: Outcome) => {
    await decide({ variables: { applicationId: application.id, outcome: chosen, rationale } });
    setRationale('');
    setOutcome('');
  });
  const errors = formErrorsOf(decideAction.error, ['rationale', 'outcome']);
  const { intake } = application;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!outcome || !outcomes.includes(outcome)) {
      setOutcomeProblem('Choose an outcome.');
      return;
    }
    setOutcomeProblem(null);
    void decideAction.run(outcome);
  };

  return (
    <Section id="decision" title="Decision">
      {application.decision ? (
        <div role="status">
          <p>
            <strong>
              {stageLabel(application.status)}: {decisionLabel(application.decision)}
            </strong>{' '}
            <span className="muted">({formatDateTime(application.decidedAt)})</span>
          </p>
          {application.decisionRationale && (
            <>
              <h3>Rationale</h3>
              <p className="staff-prose">{application.decisionRationale}</p>
            </>
          )}
        </div>
      ) : (
        <p>Not decided yet.</p>
      )}
      <p className="muted">
        Intake {intake.term}: {intake.acceptedCount} of {intake.capacity} places taken, {intake.placesLeft} left.
      </p>
      {outcomes.length === 0 ? (
        !application.decision && <p className="muted">A decision can be made at eligibility review or spiritual evaluation (to reject), or after the interview.</p>
      ) : (
        <form onSubmit={submit} aria-label="Decide the application" noValidate>
          <fieldset className="staff-fieldset" aria-describedby={outcomeProblem ? 'decision-outcome-error' : undefined}>
            <legend>{application.decision ? 'Decide again' : 'Outcome'}</legend>
            {outcomes.map((choice) => (
              <label key={choice}>
                <input type="radio" name="outcome" value={choice} checked={outcome === choice} onChange={() => setOutcome(choice)} />
                {decisionLabel(choice)} <span className="muted">({OUTCOME_HINTS[choice]})</span>
              </label>
            ))}
            {(outcomeProblem ?? errors.fields.outcome) && (
              <p id="decision-outcome-error" className="field__error" role="alert">
                {outcomeProblem ?? errors.fields.outcome}
              </p>
            )}
          </fieldset>
          <TextArea
            label="Rationale"
            hint="Why the committee decided so; kept for staff, never sent to the applicant. 20 to 5,000 characters."
            maxLength={5000}
            value={rationale}
            error={errors.fields.rationale}
            onChange={(event) => setRationale(event.target.value)}
          />
          {errors.general && <Alert>{errors.general}</Alert>}
          <Button type="submit" busy={decideAction.busy}>
            Record the decision
          </Button>
        </form>
      )}
    </Section>
  );
}
