// Who is signed in, for every component: the session from the store, kept in step with other tabs and
// with refreshes done by the Apollo link. Signing out ends the session on the server too.
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { onSessionChange, readSession, writeSession, type Session } from './session-store';

interface AuthValue {
  session: Session | null;
  signIn(session: Session): void;
  signOut(): Promise<void>;
}

const AuthContext = createContext<AuthValue | null>(null);

const LOGOUT = `mutation Logout($refreshToken: String!) { logout(refreshToken: $refreshToken) }`;

export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [session, setSession] = useState<Session | null>(readSession);
  useEffect(() => onSessionChange(setSession), []);
  const value = useMemo<AuthValue>(
    () => ({
      session,
      signIn: (next) => writeSession(next),
      signOut: async () => {
        const current = readSession();
        writeSession(null);
        await client.clearStore();
        // Best effort: the refresh token is forgotten here whatever the server says.
        if (current) {
          await fetch('/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: LOGOUT, variables: { refreshToken: current.refreshToken } }),
          }).catch(() => undefined);
        }
      },
    }),
    [session, client],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth is used outside AuthProvider');
  return value;
}
