// The committee's decision and, for an accepted applicant, taking the place.
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql, getFragmentData, type FragmentType } from '../../../../gql';
import { Alert } from '../../../../ui/Alert';
import { Button } from '../../../../ui/Button';
import { messageOf } from '../../../../ui/error-message';
import { formatDate } from '../../shared/format';

export const DecisionPanelFragment = graphql(`
  fragment DecisionPanel_Application on Application {
    id
    status
    decision
    decidedAt
  }
`);

const ConfirmEnrolmentMutation = graphql(`
  mutation ConfirmEnrolment($applicationId: ID!) {
    confirmEnrolment(applicationId: $applicationId) {
      id
      ...ApplicationState_Application
    }
  }
`);

export function DecisionPanel(props: { application: FragmentType<typeof DecisionPanelFragment> }) {
  const application = getFragmentData(DecisionPanelFragment, props.application);
  const [confirm, confirming] = useMutation(ConfirmEnrolmentMutation, { refetchQueries: ['MyApplications'] });
  const [error, setError] = useState<string | null>(null);
  const on = application.decidedAt ? ` on ${formatDate(application.decidedAt)}` : '';

  if (application.status === 'enrolled') return <Alert tone="success">You are enrolled. Welcome! Your first-term courses are on your dashboard.</Alert>;
  switch (application.decision) {
    case 'accepted':
      return (
        <>
          <Alert tone="success">Congratulations: you were accepted{on}.</Alert>
          <p>Confirm your enrolment to take your place. If you no longer want it, withdraw below so someone waiting can have it.</p>
          {error && <Alert>{error}</Alert>}
          <Button
            busy={confirming.loading}
            onClick={() => {
              setError(null);
              confirm({ variables: { applicationId: application.id } }).catch((caught: unknown) => setError(messageOf(caught)));
            }}
          >
            Confirm enrolment
          </Button>
        </>
      );
    case 'waitlisted':
      return <p>You are on the waiting list{on}. If a place becomes free, it is offered to whoever has waited longest, and we will email you.</p>;
    case 'rejected':
      return <p>We are sorry: the committee could not offer you a place this time{on}.</p>;
    default:
      return null;
  }
}
