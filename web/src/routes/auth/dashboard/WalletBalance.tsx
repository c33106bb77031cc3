// My ScrollCoin balance, and how much of it the chain does not show yet.
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { Empty } from '../../../ui/States';

export const WalletBalanceFragment = graphql(`
  fragment DashboardWalletBalance_query on Query {
    wallet {
      id
      balance
      pending
    }
  }
`);

export function WalletBalance({ query }: { query: FragmentType<typeof WalletBalanceFragment> }) {
  const { wallet } = getFragmentData(WalletBalanceFragment, query);
  if (wallet.balance === 0) {
    return (
      <Empty title="Your wallet is empty.">
        <p>ScrollCoins you earn or buy show here.</p>
      </Empty>
    );
  }
  return (
    <p className="dashboard-figure">
      <span className="dashboard-figure__value">{wallet.balance.toLocaleString()} ScrollCoins</span>
      {wallet.pending > 0 && <span className="muted">{wallet.pending.toLocaleString()} not yet confirmed on chain</span>}
    </p>
  );
}
