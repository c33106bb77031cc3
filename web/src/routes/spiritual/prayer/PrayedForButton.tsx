// "I prayed" for someone's entry: counts once per person per day in my time zone.
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { Button } from '../../../ui/Button';
import { messageOf } from '../../../ui/error-message';
import { browserTimeZone } from '../shared/time-zone';

const PrayedForMutation = graphql(`
  mutation PrayedFor($entryId: ID!, $timezone: String!) {
    prayedFor(entryId: $entryId, timezone: $timezone) {
      id
      prayedCount
    }
  }
`);

export function PrayedForButton({ entryId }: { entryId: string }) {
  const [prayed, { loading }] = useMutation(PrayedForMutation);
  const [note, setNote] = useState<string | null>(null);
  const pray = async () => {
    try {
      await prayed({ variables: { entryId, timezone: browserTimeZone() } });
      setNote('Thank you for praying.');
    } catch (error) {
      setNote(messageOf(error));
    }
  };
  return (
    <>
      <Button variant="secondary" busy={loading} onClick={() => void pray()}>
        I prayed
      </Button>
      <span role="status" className="muted">
        {note}
      </span>
    </>
  );
}
