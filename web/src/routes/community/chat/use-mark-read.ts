// Moves my read receipt to the newest message I have on screen, so the channel's unread count resets
// while I read it; only while the tab is visible, and never twice for the same seq.
import { useEffect, useRef } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

const MarkChannelRead = graphql(`
  mutation ChatMarkChannelRead($channelId: ID!, $seq: Int!) {
    markChannelRead(channelId: $channelId, seq: $seq) {
      lastReadSeq
    }
  }
`);

export function useMarkRead(channelId: string, newestSeq: number, isMember: boolean): void {
  const [markChannelRead] = useMutation(MarkChannelRead);
  const marked = useRef(0);
  useEffect(() => {
    if (!isMember || newestSeq <= marked.current) return;
    const mark = () => {
      if (document.visibilityState === 'hidden' || newestSeq <= marked.current) return;
      marked.current = newestSeq;
      markChannelRead({ variables: { channelId, seq: newestSeq } }).catch(() => {
        marked.current = 0;
      });
    };
    mark();
    document.addEventListener('visibilitychange', mark);
    return () => document.removeEventListener('visibilitychange', mark);
  }, [channelId, newestSeq, isMember, markChannelRead]);
}
