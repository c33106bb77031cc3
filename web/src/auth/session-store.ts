// The signed-in session as the browser keeps it: the short-lived access token and the single-use
// refresh token. Kept in localStorage so a reload or a second tab stays signed in; every change is
// announced so the UI and the Apollo links follow.

export interface Session {
  accessToken: string;
  refreshToken: string;
  user: { id: string; displayName: string };
}

const STORAGE_KEY = 'scrollforge.session';
type Listener = (session: Session | null) => void;
const listeners = new Set<Listener>();

function isSession(value: unknown): value is Session {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.accessToken === 'string' && typeof candidate.refreshToken === 'string' && typeof candidate.user === 'object' && candidate.user !== null;
}

export function readSession(): Session | null {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    return isSession(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

export function writeSession(session: Session | null): void {
  if (session) localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  else localStorage.removeItem(STORAGE_KEY);
  for (const listener of listeners) listener(session);
}

export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// Another tab signing in or out changes this one too.
window.addEventListener('storage', (event) => {
  if (event.key === STORAGE_KEY) for (const listener of listeners) listener(readSession());
});
