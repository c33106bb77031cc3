// The application fee: what is owed and the way to pay it by card checkout, or that it is settled.
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql, getFragmentData, type FragmentType } from '../../../../gql';
import { Alert } from '../../../../ui/Alert';
import { Button } from '../../../../ui/Button';
import { codeOf, messageOf } from '../../../../ui/error-message';
import { StatusMessage } from '../../../../ui/StatusMessage';
import { formatMoney } from '../../shared/format';

export const FeePanelFragment = graphql(`
  fragment FeePanel_Application on Application {
    id
    fee {
      amountCents
      status
    }
  }
`);

const PayFeeMutation = graphql(`
  mutation PayApplicationFee($applicationId: ID!, $idempotencyKey: String!) {
    payApplicationFee(applicationId: $applicationId, paymentMethod: card, idempotencyKey: $idempotencyKey) {
      checkout {
        url
        testMode
      }
    }
  }
`);

// Admissions tells economy about a new fee by an event, so for a moment after submitting, economy may
// not know the fee yet and answers NOT_FOUND. Paying waits for it that long rather than show an error.
const FEE_REGISTRATION_WAIT_MS = 20_000;
const FEE_REGISTRATION_POLL_MS = 750;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const newKey = (): string => (typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`);

export function FeePanel(props: { application: FragmentType<typeof FeePanelFragment> }) {
  const application = getFragmentData(FeePanelFragment, props.application);
  const [idempotencyKey] = useState(newKey);
  const [pay, paying] = useMutation(PayFeeMutation);
  const [error, setError] = useState<string | null>(null);
  const [preparing, setPreparing] = useState(false);
  const { fee } = application;

  const startPayment = async () => {
    setError(null);
    const giveUpAt = Date.now() + FEE_REGISTRATION_WAIT_MS;
    for (;;) {
      try {
        const result = await pay({ variables: { applicationId: application.id, idempotencyKey } });
        const url = result.data?.payApplicationFee.checkout.url;
        if (url) window.location.assign(url);
        return;
      } catch (caught) {
        if (codeOf(caught) === 'NOT_FOUND' && Date.now() < giveUpAt) {
          setPreparing(true);
          await pause(FEE_REGISTRATION_POLL_MS);
          continue;
        }
        setPreparing(false);
        setError(messageOf(caught));
        return;
      }
    }
  };

  switch (fee.status) {
    case 'due':
      return (
        <>
          <p>
            The application fee of <strong>{formatMoney(fee.amountCents)}</strong> is due. Your application moves on to review once it is paid.
          </p>
          {error && <Alert>{error}</Alert>}
          <StatusMessage message={preparing ? 'Preparing your payment…' : ''} />
          <Button busy={paying.loading || preparing} onClick={() => void startPayment()}>
            Pay application fee
          </Button>
        </>
      );
    case 'paid':
      return <p>Your application fee of {formatMoney(fee.amountCents)} is paid. Thank you.</p>;
    case 'waived':
      return <p>Your application fee was waived.</p>;
    default:
      return <p>This application has no fee.</p>;
  }
}
