// An order's receipt, and the page a card checkout returns to (?checkout=success|cancelled). After a
// successful checkout the order is polled until the payment is confirmed, so the buyer learns the
// outcome here rather than by refreshing.
import { useEffect, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useParams, useSearchParams } from 'react-router';
import { getFragmentData, graphql } from '../../gql';
import { Alert } from '../../ui/Alert';
import { ErrorState, Loading } from '../../ui/States';
import { formatDateTime } from '../../ui/dates';
import { orderStatusWords, orderTotalWords } from '../wallet/orders/order-words';
import { checkoutReturnOf, returnState, type ReturnState } from './checkout-return';
import { OrderItemNext, OrderItemNextFields } from './OrderItemNext';

const OrderQuery = graphql(`
  query OrderPage($id: ID!) {
    order(id: $id) {
      id
      status
      paymentMethod
      currency
      subtotalCents
      discountCents
      totalCents
      scrollCoinTotal
      createdAt
      paidAt
      items {
        id
        description
        quantity
        totalCents
        ...OrderItemNext
      }
    }
  }
`);

const POLL_MS = 1500;

function ReturnMessage({ state }: { state: ReturnState }) {
  switch (state.kind) {
    case 'confirming':
      return <Loading label="Confirming your payment…" />;
    case 'confirmed':
      return <Alert tone="success">Payment received. Thank you!</Alert>;
    case 'failed':
      return <Alert>The payment did not go through, and nothing was charged. You can try again from where you started.</Alert>;
    case 'left-checkout':
      return <Alert tone="info">You left the checkout before paying; nothing was charged.</Alert>;
    case 'slow':
      return <Alert tone="info">Your payment is taking longer than usual to confirm. This page will show it once it does; we also email you.</Alert>;
    default:
      return null;
  }
}

export function OrderPage() {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const checkout = checkoutReturnOf(search);
  const [openedAt] = useState(() => Date.now());
  const [now, setNow] = useState(openedAt);
  const { data, loading, error, startPolling, stopPolling } = useQuery(OrderQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const order = data?.order;
  const state = order ? returnState(checkout, order.status, now - openedAt) : null;
  const waiting = state?.kind === 'confirming' || state?.kind === 'slow';

  useEffect(() => {
    if (!waiting) return undefined;
    startPolling(POLL_MS);
    const timer = setInterval(() => setNow(Date.now()), POLL_MS);
    return () => {
      stopPolling();
      clearInterval(timer);
    };
  }, [waiting, startPolling, stopPolling]);

  if (loading && !order) return <Loading label="Loading your order…" />;
  if (error && !order) return <ErrorState error={error} />;
  if (!order || !state) return null;

  const paid = order.status === 'paid' || order.status === 'partially_refunded';
  return (
    <>
      <h1>Order</h1>
      <div aria-live="polite">
        <ReturnMessage state={state} />
      </div>
      <section className="card" aria-labelledby="order-summary">
        <h2 id="order-summary">Summary</h2>
        <p>
          <span className="badge">{orderStatusWords(order.status)}</span> <span className="muted">Placed {formatDateTime(order.createdAt)}</span>
          {order.paidAt ? <span className="muted"> · paid {formatDateTime(order.paidAt)}</span> : null}
        </p>
        <table>
          <caption className="muted">What you bought</caption>
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Next</th>
            </tr>
          </thead>
          <tbody>
            {order.items.map((item) => (
              <tr key={item.id}>
                <td>
                  {item.description}
                  {item.quantity > 1 ? ` × ${item.quantity}` : ''}
                </td>
                <td>
                  <OrderItemNext item={getFragmentData(OrderItemNextFields, item)} paid={paid} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          <strong>Total: {orderTotalWords(order)}</strong>
        </p>
      </section>
      <p>
        <Link to="/wallet">All your orders are in your wallet.</Link>
      </p>
    </>
  );
}
