// The ScrollCoin ledger: wallets, history, transfers, admin mint and burn.
import './wallet';
