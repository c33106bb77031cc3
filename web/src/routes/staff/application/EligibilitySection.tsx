// Eligibility as staff see it: the automatic check's reasons, the ruling in force, the override form,
// a recheck, and the step on to the spiritual evaluation.
import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { TextArea } from '../../../ui/TextArea';
import { Section } from '../shared/Section';
import { formErrorsOf } from '../shared/form-errors';
import { formatDateTime } from '../shared/labels';
import { useBusyAction } from '../../../ui/use-busy-action';

export const StaffEligibilityFragment = graphql(`
  fragment StaffEligibility on Application {
    id
    status
    eligibility {
      eligible
      source
      checkedAt
      reasons {
        rule
        met
        detail
      }
      override {
        eligible
        reason
        at
        supersededCount
        officer {
          id
          displayName
        }
      }
    }
  }
`);

const OverrideEligibility = graphql(`
  mutation StaffOverrideEligibility($applicationId: ID!, $eligible: Boolean!, $reason: String!) {
    overrideEligibility(applicationId: $applicationId, eligible: $eligible, reason: $reason) {
      id
      status
      ...StaffEligibility
      ...StaffTimeline
    }
  }
`);

const RecheckEligibility = graphql(`
  mutation StaffRecheckEligibility($applicationId: ID!) {
    recheckEligibility(applicationId: $applicationId) {
      id
      status
      ...StaffEligibility
      ...StaffTimeline
    }
  }
`);

const AdvanceToSpiritualEvaluation = graphql(`
  mutation StaffAdvanceToSpiritualEvaluation($applicationId: ID!, $note: String) {
    advanceToSpiritualEvaluation(applicationId: $applicationId, note: $note) {
      id
      status
      daysInStage
      ...StaffEligibility
      ...StaffSpiritualEvaluation
      ...StaffTimeline
    }
  }
`);

const RULES: Record<string, string> = {
  minimumAge: 'Minimum age',
  minimumEducation: 'Minimum prior education',
  prerequisiteCourseIds: 'Prerequisite courses',
};

const CLOSED = ['decided', 'enrolled', 'withdrawn', 'draft'];

export function EligibilitySection(props: { application: FragmentType<typeof StaffEligibilityFragment> }) {
  const application = getFragmentData(StaffEligibilityFragment, props.application);
  const { eligibility } = application;
  const [override] = useMutation(OverrideEligibility);
  const [recheck] = useMutation(RecheckEligibility);
  const [advance] = useMutation(AdvanceToSpiritualEvaluation);
  const [ruling, setRuling] = useState<'eligible' | 'not-eligible'>(eligibility.eligible === false ? 'eligible' : 'not-eligible');
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');

  const overrideAction = useBusyAction(async () => {
    await override({ variables: { applicationId: application.id, eligible: ruling === 'eligible', reason } });
    setReason('');
  });
  const recheckAction = useBusyAction(() => recheck({ variables: { applicationId: application.id } }));
  const advanceAction = useBusyAction(async () => {
    await advance({ variables: { applicationId: application.id, note: note.trim() || null } });
    setNote('');
  });
  const overrideErrors = formErrorsOf(overrideAction.error, ['reason', 'eligible']);
  const advanceErrors = formErrorsOf(advanceAction.error, ['note']);
  const recheckErrors = formErrorsOf(recheckAction.error, []);
  const open = !CLOSED.includes(application.status);

  const submitOverride = (event: FormEvent) => {
    event.preventDefault();
    void overrideAction.run();
  };
  const submitAdvance = (event: FormEvent) => {
    event.preventDefault();
    void advanceAction.run();
  };

  return (
    <Section id="eligibility" title="Eligibility">
      <p>
        <strong>{eligibility.eligible === null ? 'Not checked yet' : eligibility.eligible ? 'Eligible' : 'Not eligible'}</strong>{' '}
        <span className="muted">
          {eligibility.source === 'override'
            ? '(an officer’s ruling)'
            : eligibility.source === 'check'
              ? `(automatic check, ${formatDateTime(eligibility.checkedAt)})`
              : ''}
        </span>
      </p>
      {eligibility.reasons.length > 0 && (
        <>
          <h3>Reasons from the automatic check</h3>
          <ul className="staff-list">
            {eligibility.reasons.map((reason) => (
              <li key={reason.rule}>
                <strong>
                  {RULES[reason.rule] ?? reason.rule}: {reason.met ? 'met' : 'not met'}
                </strong>
                <div>{reason.detail}</div>
              </li>
            ))}
          </ul>
        </>
      )}
      {eligibility.override && (
        <>
          <h3>Ruling in force</h3>
          <p>
            {eligibility.override.officer.displayName} ruled the application <strong>{eligibility.override.eligible ? 'eligible' : 'not eligible'}</strong> on{' '}
            {formatDateTime(eligibility.override.at)}
            {eligibility.override.supersededCount > 0 ? ` (replacing ${eligibility.override.supersededCount} earlier ruling${eligibility.override.supersededCount === 1 ? '' : 's'})` : ''}.
          </p>
          <p className="staff-prose">{eligibility.override.reason}</p>
        </>
      )}
      {open && (
        <>
          <h3>Override the check</h3>
          <form onSubmit={submitOverride} aria-label="Override eligibility">
            <fieldset className="staff-fieldset">
              <legend>Ruling</legend>
              <label>
                <input type="radio" name="ruling" value="eligible" checked={ruling === 'eligible'} onChange={() => setRuling('eligible')} /> Eligible
              </label>
              <label>
                <input type="radio" name="ruling" value="not-eligible" checked={ruling === 'not-eligible'} onChange={() => setRuling('not-eligible')} /> Not eligible
              </label>
            </fieldset>
            <TextArea
              label="Reason for the ruling"
              hint="Kept on record for staff; at least 10 characters."
              value={reason}
              maxLength={2000}
              error={overrideErrors.fields.reason}
              onChange={(event) => setReason(event.target.value)}
            />
            {overrideErrors.general && <Alert>{overrideErrors.general}</Alert>}
            {overrideAction.done && <Alert tone="success">The ruling is recorded.</Alert>}
            <div className="actions">
              <Button type="submit" busy={overrideAction.busy}>
                Record the ruling
              </Button>
              <Button type="button" variant="secondary" busy={recheckAction.busy} onClick={() => void recheckAction.run()}>
                Run the automatic check again
              </Button>
            </div>
            {recheckErrors.general && <Alert>{recheckErrors.general}</Alert>}
          </form>
        </>
      )}
      {application.status === 'eligibility_review' && (
        <>
          <h3>Next step</h3>
          <form onSubmit={submitAdvance} aria-label="Advance to spiritual evaluation">
            <TextArea
              label="Note for the timeline (optional)"
              hint="At most 2,000 characters."
              maxLength={2000}
              value={note}
              error={advanceErrors.fields.note}
              onChange={(event) => setNote(event.target.value)}
            />
            {advanceErrors.general && <Alert>{advanceErrors.general}</Alert>}
            <Button type="submit" busy={advanceAction.busy}>
              Advance to spiritual evaluation
            </Button>
          </form>
        </>
      )}
    </Section>
  );
}
