// Where the CLI connects and as whom: flags first, then SCROLLFORGE_* environment variables.
import { createScrollForgeClient, type ScrollForgeClient } from '../client/client';
import { usageError } from './cli-error';

export const DEFAULT_URL = 'http://127.0.0.1:4000';

/** Flags every command accepts. */
export const CONNECTION_OPTIONS = {
  url: { type: 'string' },
  token: { type: 'string' },
  'api-key': { type: 'string' },
  retries: { type: 'string' },
} as const;

export type Credential = 'token' | 'api-key';

export interface ConnectionFlags {
  url?: string | boolean;
  token?: string | boolean;
  'api-key'?: string | boolean;
  retries?: string | boolean;
}

const text = (value: string | boolean | undefined): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/**
 * A client for the internal graph (/graphql, with a person's token) or the public graph
 * (/public/graphql, with a school's API key).
 */
export function clientFor(credential: Credential, flags: ConnectionFlags, env: NodeJS.ProcessEnv, who: string): ScrollForgeClient {
  const origin = (text(flags.url) ?? text(env.SCROLLFORGE_URL) ?? DEFAULT_URL).replace(/\/+$/, '');
  let base: URL;
  try {
    base = new URL(origin);
  } catch {
    throw usageError(`"${origin}" is not a URL; set SCROLLFORGE_URL (or --url) to the gateway's address, e.g. ${DEFAULT_URL}.`);
  }
  const retriesText = text(flags.retries);
  const retries = retriesText === undefined ? undefined : Number(retriesText);
  if (retries !== undefined && (!Number.isInteger(retries) || retries < 0 || retries > 10)) throw usageError('--retries takes a whole number from 0 to 10.');
  if (credential === 'token') {
    const token = text(flags.token) ?? text(env.SCROLLFORGE_TOKEN);
    if (token === undefined) throw usageError(`This command needs ${who}'s access token: set SCROLLFORGE_TOKEN (or pass --token).`);
    return createScrollForgeClient({ url: new URL('/graphql', base).toString(), token, retries });
  }
  const apiKey = text(flags['api-key']) ?? text(env.SCROLLFORGE_API_KEY);
  if (apiKey === undefined) throw usageError(`This command needs ${who}: set SCROLLFORGE_API_KEY (or pass --api-key).`);
  return createScrollForgeClient({ url: new URL('/public/graphql', base).toString(), apiKey, retries });
}
