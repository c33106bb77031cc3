// Typing, both ways: announcing that I type (setTyping, at most once every 2.5 seconds however fast the
// keys come; the graph holds each announcement for 6), and who else types, from the `typing`
// subscription, each hidden once its expiresAt passes unless renewed.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useMutation, useSubscription } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { stillTyping, withAnnouncement, type TypingPerson } from './typing-people';

const ANNOUNCE_EVERY_MS = 2_500;

const SetTyping = graphql(`
  mutation ChatSetTyping($channelId: ID!) {
    setTyping(channelId: $channelId)
  }
`);

const TypingInChannel = graphql(`
  subscription ChatTyping($channelId: ID!) {
    typing(channelId: $channelId) {
      channelId
      expiresAt
      user {
        id
        displayName
      }
    }
  }
`);

/** What the composer reports: a keystroke, or a sent message (typing is over until the next keystroke). */
export type TypingEvent = 'keystroke' | 'sent';

/**
 * Call the returned function on every keystroke; it announces at most every 2.5 seconds. After a
 * message is sent the next keystroke announces at once, as the graph also forgets the sender's typing.
 */
export function useAnnounceTyping(channelId: string): (event?: TypingEvent) => void {
  const [setTyping] = useMutation(SetTyping);
  const lastAnnounced = useRef(0);
  return useCallback((event: TypingEvent = 'keystroke') => {
    if (event === 'sent') {
      lastAnnounced.current = 0;
      return;
    }
    const now = Date.now();
    if (now - lastAnnounced.current < ANNOUNCE_EVERY_MS) return;
    lastAnnounced.current = now;
    setTyping({ variables: { channelId } }).catch(() => undefined);
  }, [channelId, setTyping]);
}

export function useOthersTyping(channelId: string, viewerId: string): { people: TypingPerson[]; forget(userId: string): void } {
  const [people, setPeople] = useState<TypingPerson[]>([]);
  useSubscription(TypingInChannel, {
    variables: { channelId },
    onData: ({ data }) => {
      const indicator = data.data?.typing;
      if (!indicator || indicator.user.id === viewerId) return;
      const person = { id: indicator.user.id, displayName: indicator.user.displayName, expiresAt: Date.parse(indicator.expiresAt) };
      setPeople((current) => withAnnouncement(stillTyping(current, Date.now()), person));
    },
  });
  const hasPeople = people.length > 0;
  useEffect(() => {
    if (!hasPeople) return;
    const timer = window.setInterval(() => setPeople((current) => {
      const next = stillTyping(current, Date.now());
      return next.length === current.length ? current : next;
    }), 250);
    return () => window.clearInterval(timer);
  }, [hasPeople]);
  // Someone whose message just arrived has stopped typing it.
  const forget = useCallback((userId: string) => setPeople((current) => (current.some((person) => person.id === userId) ? current.filter((person) => person.id !== userId) : current)), []);
  return { people, forget };
}
