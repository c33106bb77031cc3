// Chain settings from the subgraph's environment. Without CHAIN_RPC_URL the platform runs a clearly
// labelled local chain in-process (embedded mode and tests) with fixed development keys.
import { Wallet } from 'ethers';

/** Development-only mnemonic the local chain funds its minter from. Never holds real value. */
export const LOCAL_CHAIN_MINTER_MNEMONIC = 'test test test test test test test test test test test junk';
/**
 * Development-only mnemonic custodial addresses derive from when CHAIN_MNEMONIC is unset on the local
 * chain (the BIP-39 phrase of the first 16 bytes of keccak256("scrollforge local chain custody")).
 */
export const LOCAL_CHAIN_CUSTODY_MNEMONIC = 'snake march rival pulse february company vicious coin subject phone swift unfair';
/** Chain id of the in-process chain (the conventional local development id). */
export const LOCAL_CHAIN_ID = 1337;

export interface ChainConfig {
  /** JSON-RPC URL of a real chain; undefined runs the local in-process chain. */
  rpcUrl?: string;
  /** Private key of the deployer and minter (owner of both contracts). */
  minterPrivateKey: string;
  /** Mnemonic custodial addresses are derived from (m/44'/60'/0'/0/<index>). */
  custodyMnemonic: string;
  /** Blocks a transaction needs before its anchor counts as confirmed. */
  confirmations: number;
  /** True for the in-process development chain. */
  local: boolean;
}

type Env = Readonly<Record<string, string | undefined>>;

function setting(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function confirmationsSetting(env: Env, fallback: number): number {
  const raw = setting(env, 'CHAIN_CONFIRMATIONS');
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 1000) {
    throw new Error(`CHAIN_CONFIRMATIONS="${raw}" is not a whole number of blocks from 1 to 1000.`);
  }
  return value;
}

/** Reads CHAIN_RPC_URL, CHAIN_PRIVATE_KEY, CHAIN_MNEMONIC and CHAIN_CONFIRMATIONS; fails loudly on half a configuration. */
export function chainConfigFromEnv(env: Env): ChainConfig {
  const rpcUrl = setting(env, 'CHAIN_RPC_URL');
  const privateKey = setting(env, 'CHAIN_PRIVATE_KEY');
  const mnemonic = setting(env, 'CHAIN_MNEMONIC');
  if (rpcUrl === undefined) {
    return {
      minterPrivateKey: privateKey ?? Wallet.fromPhrase(LOCAL_CHAIN_MINTER_MNEMONIC).privateKey,
      custodyMnemonic: mnemonic ?? LOCAL_CHAIN_CUSTODY_MNEMONIC,
      confirmations: confirmationsSetting(env, 1),
      local: true,
    };
  }
  if (privateKey === undefined) {
    throw new Error('CHAIN_RPC_URL is set but CHAIN_PRIVATE_KEY is not: set the 0x private key of the account that deploys and mints.');
  }
  if (mnemonic === undefined) {
    throw new Error('CHAIN_RPC_URL is set but CHAIN_MNEMONIC is not: set the mnemonic custodial addresses are derived from.');
  }
  return { rpcUrl, minterPrivateKey: privateKey, custodyMnemonic: mnemonic, confirmations: confirmationsSetting(env, 3), local: false };
}
