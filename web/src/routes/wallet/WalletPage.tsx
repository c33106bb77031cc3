// /wallet: my ScrollCoin balance and id (to receive coins), sending coins, the history of every entry,
// my achievements, my course badges and my orders.
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { useAuth } from '../../auth/AuthProvider';
import { ErrorState, Loading } from '../../ui/States';
import { AchievementsPanel } from './achievements/AchievementsPanel';
import { BadgesPanel } from './badges/BadgesPanel';
import { WalletHistory } from './history/WalletHistory';
import { OrdersPanel } from './orders/OrdersPanel';
import { TransferForm } from './transfer/TransferForm';
import './wallet.css';

const WalletBalanceQuery = graphql(`
  query WalletBalance {
    wallet {
      id
      balance
      pending
    }
  }
`);

export function WalletPage() {
  const { session } = useAuth();
  const viewerId = session?.user.id ?? '';
  const { data, loading, error } = useQuery(WalletBalanceQuery);
  const wallet = data?.wallet;

  return (
    <>
      <h1>Wallet</h1>
      <div className="wallet-layout">
        <section className="card" aria-labelledby="balance-heading">
          <h2 id="balance-heading">Balance</h2>
          {loading && !wallet ? (
            <Loading label="Loading your balance…" />
          ) : error && !wallet ? (
            <ErrorState error={error} />
          ) : wallet ? (
            <>
              <p className="wallet-balance" aria-live="polite" aria-atomic="true">
                <span className="wallet-balance__value">{wallet.balance.toLocaleString()}</span> ScrollCoins
              </p>
              {wallet.pending > 0 && <p className="muted">{wallet.pending.toLocaleString()} of them not yet confirmed on chain (already spendable).</p>}
            </>
          ) : null}
          <p className="muted">
            Your ScrollForge id, for others to send you coins: <code className="wallet-address">{viewerId}</code>
          </p>
        </section>

        <section className="card" aria-labelledby="transfer-heading">
          <h2 id="transfer-heading">Send ScrollCoins</h2>
          {wallet ? <TransferForm viewerId={viewerId} balance={wallet.balance} /> : <p className="muted">Available once your balance has loaded.</p>}
        </section>
      </div>

      <section className="card" aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <WalletHistory />
      </section>

      <section className="card" aria-labelledby="badges-heading">
        <h2 id="badges-heading">Course badges</h2>
        <BadgesPanel />
      </section>

      <section className="card" aria-labelledby="achievements-heading">
        <h2 id="achievements-heading">Achievements</h2>
        <AchievementsPanel />
      </section>

      <section className="card" aria-labelledby="orders-heading">
        <h2 id="orders-heading">Orders</h2>
        <OrdersPanel />
      </section>
    </>
  );
}
