// /spiritual/prayer/:id: one entry I may see. Anything else (someone's private entry, an unknown id)
// reads as not found, never as "forbidden", so it does not even reveal that the entry exists.
import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { ErrorState, Loading } from '../../../ui/States';
import { SpiritualNav } from '../shared/SpiritualNav';
import { PrayerEntryCard } from './PrayerEntryCard';
import '../spiritual.css';

const PrayerEntryQuery = graphql(`
  query PrayerEntryPage($id: ID!) {
    prayerEntry(id: $id) {
      id
      title
      ...PrayerEntryCard_PrayerEntry
    }
  }
`);

export function PrayerEntryPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(PrayerEntryQuery, { variables: { id } });
  const entry = data?.prayerEntry;
  return (
    <>
      <h1>{entry ? entry.title : loading ? 'Prayer' : 'Prayer not found'}</h1>
      <SpiritualNav />
      {loading && !data ? (
        <Loading label="Loading the prayer…" />
      ) : error && !data ? (
        <ErrorState error={error} />
      ) : entry ? (
        <PrayerEntryCard entry={entry} headingLevel={2} />
      ) : (
        <p>
          There is no prayer here that you can see. <Link to="/spiritual/prayer">Back to the prayer journal</Link>
        </p>
      )}
    </>
  );
}
