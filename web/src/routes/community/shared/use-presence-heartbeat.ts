// Tells the graph this tab is open while a community page shows: a heartbeat every 30 seconds (online
// when the tab is visible, away when hidden), at once when visibility changes, and the session ends when
// the tab closes. One session id per tab, so moving between community pages keeps the person online.
import { useEffect } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

const HEARTBEAT_MS = 30_000;

const ReportPresence = graphql(`
  mutation CommunityReportPresence($sessionId: ID!, $status: PresenceStatus!) {
    reportPresence(sessionId: $sessionId, status: $status)
  }
`);

const EndPresenceSession = graphql(`
  mutation CommunityEndPresenceSession($sessionId: ID!) {
    endPresenceSession(sessionId: $sessionId)
  }
`);

function newSessionId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const tabSessionId = newSessionId();

export function usePresenceHeartbeat(): void {
  const [reportPresence] = useMutation(ReportPresence);
  const [endPresenceSession] = useMutation(EndPresenceSession);
  useEffect(() => {
    const beat = () => {
      const status = document.visibilityState === 'hidden' ? 'away' : 'online';
      reportPresence({ variables: { sessionId: tabSessionId, status } }).catch(() => undefined);
    };
    const end = () => {
      endPresenceSession({ variables: { sessionId: tabSessionId } }).catch(() => undefined);
    };
    beat();
    const timer = window.setInterval(beat, HEARTBEAT_MS);
    document.addEventListener('visibilitychange', beat);
    window.addEventListener('pagehide', end);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', beat);
      window.removeEventListener('pagehide', end);
    };
  }, [reportPresence, endPresenceSession]);
}
