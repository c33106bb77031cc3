// Trades the refresh token for a new session, once at a time: concurrent requests that all hit an expired
// access token share one refresh (a refresh token works only once). Null when the refresh is refused,
// and then the session is gone.
import { readSession, writeSession, type Session } from './session-store';

const REFRESH = `mutation Refresh($refreshToken: String!) {
  refreshToken(refreshToken: $refreshToken) { accessToken refreshToken user { id displayName } }
}`;

let inFlight: Promise<Session | null> | null = null;

async function exchange(graphqlUrl: string): Promise<Session | null> {
  const current = readSession();
  if (!current) return null;
  try {
    const response = await fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: REFRESH, variables: { refreshToken: current.refreshToken } }),
    });
    const body = (await response.json()) as { data?: { refreshToken?: Session } | null };
    const next = body.data?.refreshToken ?? null;
    writeSession(next);
    return next;
  } catch {
    // The network failed, not the token: keep the session for the next attempt.
    return null;
  }
}

export function refreshSession(graphqlUrl: string): Promise<Session | null> {
  inFlight ??= exchange(graphqlUrl).finally(() => {
    inFlight = null;
  });
  return inFlight;
}
