// Withdrawing an open application, after a confirmation, with an optional reason.
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql, getFragmentData, type FragmentType } from '../../../../gql';
import { Alert } from '../../../../ui/Alert';
import { TextArea } from '../../../../ui/TextArea';
import { messageOf } from '../../../../ui/error-message';
import { ConfirmAction } from '../../shared/ConfirmAction';

export const WithdrawPanelFragment = graphql(`
  fragment WithdrawPanel_Application on Application {
    id
    status
  }
`);

const WithdrawMutation = graphql(`
  mutation WithdrawApplication($applicationId: ID!, $reason: String) {
    withdrawApplication(applicationId: $applicationId, reason: $reason) {
      id
      ...ApplicationState_Application
    }
  }
`);

export function WithdrawPanel(props: { application: FragmentType<typeof WithdrawPanelFragment> }) {
  const application = getFragmentData(WithdrawPanelFragment, props.application);
  const [withdraw, withdrawing] = useMutation(WithdrawMutation, { refetchQueries: ['MyApplications'] });
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <p>You can withdraw your application at any time before you enrol. This cannot be undone.</p>
      {error && <Alert>{error}</Alert>}
      <ConfirmAction
        label="Withdraw application"
        question="Withdraw this application? This cannot be undone."
        confirmLabel="Yes, withdraw"
        cancelLabel="Keep my application"
        busy={withdrawing.loading}
        onConfirm={async () => {
          setError(null);
          try {
            await withdraw({ variables: { applicationId: application.id, reason: reason.trim() || null } });
          } catch (caught) {
            setError(messageOf(caught));
            throw caught;
          }
        }}
      >
        <TextArea label="Why are you withdrawing? (optional)" maxLength={1000} value={reason} onChange={(event) => setReason(event.target.value)} />
      </ConfirmAction>
    </>
  );
}
