// The ScrollCoin ledger: wallets, history, transfers, admin mint and burn.
import './ledger-transaction';
import './wallet';
import './wallet-history';
import './transfer';
import './adjustments';
