// The application fee: what is owed and the way to pay it by card checkout, or that it is settled.
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql, getFragmentData, type FragmentType } from '../../../../gql';
import { Alert } from '../../../../ui/Alert';
import { Button } from '../../../../ui/Button';
import { messageOf } from '../../../../ui/error-message';
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

const newKey = (): string => (typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`);

export function FeePanel(props: { application: FragmentType<typeof FeePanelFragment> }) {
  const application = getFragmentData(FeePanelFragment, props.application);
  const [idempotencyKey] = useState(newKey);
  const [pay, paying] = useMutation(PayFeeMutation);
  const [error, setError] = useState<string | null>(null);
  const { fee } = application;

  const startPayment = async () => {
    setError(null);
    try {
      const result = await pay({ variables: { applicationId: application.id, idempotencyKey } });
      const url = result.data?.payApplicationFee.checkout.url;
      if (url) window.location.assign(url);
    } catch (caught) {
      setError(messageOf(caught));
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
          <Button busy={paying.loading} onClick={() => void startPayment()}>
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
