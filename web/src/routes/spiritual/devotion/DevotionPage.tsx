// /spiritual: today's devotion in my own time zone, marking it finished, and my streak.
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { Empty, ErrorState, Loading } from '../../../ui/States';
import { browserTimeZone } from '../shared/time-zone';
import { SpiritualNav } from '../shared/SpiritualNav';
import { StreakSummary } from './StreakSummary';
import { TodayDevotionCard } from './TodayDevotionCard';
import '../spiritual.css';

const SpiritualTodayQuery = graphql(`
  query SpiritualToday($timezone: String!) {
    todayDevotion(timezone: $timezone) {
      id
      ...TodayDevotionCard_Devotion
    }
    myDevotionStreak(timezone: $timezone) {
      ...StreakSummary_MyDevotionStreak
    }
  }
`);

export function DevotionPage() {
  const { data, loading, error } = useQuery(SpiritualTodayQuery, { variables: { timezone: browserTimeZone() }, fetchPolicy: 'cache-and-network' });
  return (
    <>
      <h1>Today’s devotion</h1>
      <SpiritualNav />
      {loading && !data ? (
        <Loading label="Loading today’s devotion…" />
      ) : error && !data ? (
        <ErrorState error={error} />
      ) : data ? (
        <div className="spiritual-layout">
          {data.todayDevotion ? (
            <TodayDevotionCard devotion={data.todayDevotion} />
          ) : (
            <div className="card">
              <Empty title="No devotion is scheduled for today.">
                <p>Spend the time in your prayer journal, or review a verse you are learning.</p>
              </Empty>
            </div>
          )}
          <StreakSummary streak={data.myDevotionStreak} />
        </div>
      ) : null}
    </>
  );
}
