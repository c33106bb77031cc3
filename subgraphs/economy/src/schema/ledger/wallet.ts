// The Wallet entity: a person's ScrollCoin balance, pending coins and history. Its key is the owner's
// user id. Only the owner and admins see it, on every path: `wallet`, `User.wallet` and _entities.
import { signedInUserId } from '../../../../kit/src/signed-in';
import { isUuid } from '../../../../kit/src/uuid';
import { builder } from '../../builder';
import { assertMaySeeWallet } from '../../ledger/wallet-access';
import { UserRef, userReference } from '../content/user';
import { walletTotalsLoader } from './wallet-loaders';

export interface WalletShape {
  /** The owner's user id. */
  id: string;
}

export const walletOf = (ownerId: string): WalletShape => ({ id: ownerId });

export const WalletType = builder.objectRef<WalletShape>('Wallet').implement({
  description: 'A person’s ScrollCoin wallet. The ledger is the source of truth; the chain mirrors it. Seen by its owner and admins.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The owner’s user id.' }),
    owner: t.field({ type: UserRef, resolve: (wallet) => userReference(wallet.id) }),
    balance: t.int({
      description: 'Coins available now.',
      resolve: async (wallet, _args, context) => (await walletTotalsLoader(context).load(wallet.id)).balance,
    }),
    pending: t.int({
      description:
        'Coins credited to this wallet by transactions whose on-chain anchor is not confirmed yet (not anchored, queued, submitted or failed). ' +
        'Already included in `balance` and spendable; it says how much the chain does not show yet.',
      resolve: async (wallet, _args, context) => (await walletTotalsLoader(context).load(wallet.id)).pending,
    }),
  }),
});

builder.asEntity(WalletType, {
  key: builder.selection<{ id: string }>('id'),
  // _entities skips root-field checks, so the owner-or-admin rule is checked here too.
  resolveReference: (reference, context) => {
    assertMaySeeWallet(context.viewer, reference.id);
    return isUuid(reference.id) ? walletOf(reference.id.toLowerCase()) : null;
  },
});

builder.queryFields((t) => ({
  wallet: t.field({
    type: WalletType,
    description: 'Your wallet.',
    authScopes: { authenticated: true },
    resolve: (_root, _args, context) => walletOf(signedInUserId(context)),
  }),
}));

builder.objectFields(UserRef, (t) => ({
  wallet: t.field({
    type: WalletType,
    description: 'Their ScrollCoin wallet: for the person and admins. Others, parents included, are refused with FORBIDDEN.',
    authScopes: { authenticated: true },
    resolve: (user, _args, context) => {
      assertMaySeeWallet(context.viewer, user.id);
      return walletOf(user.id);
    },
  }),
}));
