// Buying a paid course: with ScrollCoin from the wallet (the balance is shown, and a short balance is
// refused before anything is charged) or by card through the economy's checkout. Either way the course
// goes through the cart and an order; once it is paid the student is enrolled.
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { codeOf, messageOf } from '../../../ui/error-message';
import { useBusyAction } from '../../../ui/use-busy-action';
import { formatCoins, formatUsd } from '../shared/format';
import { enrollWithRetry } from './enroll-with-retry';
import { AddCourseToCartMutation, CheckoutOrderMutation, CourseCartQuery, EnrollMutation, PlaceOrderMutation, WalletBalanceQuery } from './course-operations';
import { forgetPendingCheckout, pendingCheckoutFor, rememberPendingCheckout } from './pending-checkout';

interface BuyOptionsProps {
  courseId: string;
  price: { usdCents: number; scrollCoinCost?: number | null };
  onEnrolled(): Promise<unknown>;
}

export function BuyOptions({ courseId, price, onEnrolled }: BuyOptionsProps) {
  const client = useApolloClient();
  const coinCost = price.scrollCoinCost ?? null;
  const wallet = useQuery(WalletBalanceQuery, { skip: coinCost === null, fetchPolicy: 'cache-and-network' });
  const balance = wallet.data?.wallet.balance ?? null;
  const shortBy = coinCost !== null && balance !== null ? Math.max(0, coinCost - balance) : 0;
  const pending = pendingCheckoutFor(courseId);

  const enroll = async () => {
    await enrollWithRetry(() => client.mutate({ mutation: EnrollMutation, variables: { courseId } }));
    forgetPendingCheckout();
    await onEnrolled();
  };

  /** Puts the course in the cart unless it is there; false when the graph says it is already owned. */
  const putInCart = async (): Promise<boolean> => {
    const cart = await client.query({ query: CourseCartQuery, fetchPolicy: 'network-only' });
    if (cart.data?.cart.items.some((item) => item.course?.id === courseId)) return true;
    try {
      await client.mutate({ mutation: AddCourseToCartMutation, variables: { courseId } });
      return true;
    } catch (error) {
      if (codeOf(error) === 'CONFLICT') return false;
      throw error;
    }
  };

  const buyWithCoins = useBusyAction(async () => {
    if (await putInCart()) {
      await client.mutate({ mutation: PlaceOrderMutation, variables: { paymentMethod: 'scroll_coin', idempotencyKey: crypto.randomUUID() } });
    }
    await wallet.refetch();
    await enroll();
  });

  const payByCard = useBusyAction(async () => {
    if (!(await putInCart())) {
      await enroll();
      return;
    }
    const order = await client.mutate({ mutation: PlaceOrderMutation, variables: { paymentMethod: 'card', idempotencyKey: crypto.randomUUID() } });
    const orderId = order.data?.placeOrder.id;
    if (!orderId) throw new Error('The order was not created. Please try again.');
    const checkout = await client.mutate({ mutation: CheckoutOrderMutation, variables: { orderId } });
    const url = checkout.data?.checkoutOrder.url;
    if (!url) throw new Error('The checkout did not start. Please try again.');
    rememberPendingCheckout({ courseId, orderId });
    window.location.assign(url);
  });

  const alreadyPaid = useBusyAction(enroll);
  const busy = buyWithCoins.busy || payByCard.busy || alreadyPaid.busy;
  const failure = buyWithCoins.error ?? payByCard.error ?? alreadyPaid.error;

  return (
    <div>
      {pending ? (
        <Alert tone="info">Welcome back from the checkout. Once your payment has gone through, finish enrolling below.</Alert>
      ) : null}
      {coinCost !== null ? (
        <section aria-labelledby="buy-with-coins">
          <h3 id="buy-with-coins">Buy with ScrollCoin: {formatCoins(coinCost)}</h3>
          {wallet.loading && balance === null ? (
            <p className="muted">Checking your balance…</p>
          ) : wallet.error && balance === null ? (
            <Alert>{messageOf(wallet.error)}</Alert>
          ) : (
            <p>Your balance: {formatCoins(balance ?? 0)}</p>
          )}
          {shortBy > 0 ? (
            <Alert tone="info">
              Your balance is too low to buy this course with ScrollCoin: you need {formatCoins(shortBy)} more.
            </Alert>
          ) : null}
          <Button busy={buyWithCoins.busy} disabled={busy || balance === null || shortBy > 0} onClick={() => void buyWithCoins.run()}>
            Buy with ScrollCoin
          </Button>
        </section>
      ) : null}
      <section aria-labelledby="pay-by-card">
        <h3 id="pay-by-card">Pay by card: {formatUsd(price.usdCents)}</h3>
        <p className="muted">You will be taken to the secure checkout and brought back afterwards.</p>
        <div className="actions">
          <Button variant={coinCost !== null ? 'secondary' : 'primary'} busy={payByCard.busy} disabled={busy} onClick={() => void payByCard.run()}>
            Pay by card
          </Button>
          <Button variant="secondary" busy={alreadyPaid.busy} disabled={busy} onClick={() => void alreadyPaid.run()}>
            {pending ? 'Finish enrolling' : 'I already own it: enroll'}
          </Button>
        </div>
      </section>
      {failure ? <Alert>{messageOf(failure)}</Alert> : null}
      {busy ? (
        <p role="status" className="muted">
          {buyWithCoins.busy ? 'Buying the course…' : payByCard.busy ? 'Starting the checkout…' : 'Enrolling…'}
        </p>
      ) : null}
    </div>
  );
}
