// Today's devotion in my time zone, whether I have done it, and my streak of days in a row.
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { Empty } from '../../../ui/States';

export const TodayDevotionFragment = graphql(`
  fragment DashboardTodayDevotion_query on Query {
    todayDevotion(timezone: $timezone) {
      id
      title
      passage {
        id
        reference
      }
      myCompletion {
        completedAt
      }
    }
    myDevotionStreak(timezone: $timezone) {
      current
      longest
    }
  }
`);

const days = (count: number) => `${count} day${count === 1 ? '' : 's'}`;

export function TodayDevotion({ query }: { query: FragmentType<typeof TodayDevotionFragment> }) {
  const { todayDevotion, myDevotionStreak } = getFragmentData(TodayDevotionFragment, query);
  return (
    <>
      {todayDevotion ? (
        <div>
          <p className="dashboard-list__title">{todayDevotion.title}</p>
          <p className="muted">{todayDevotion.passage.reference}</p>
          <p>{todayDevotion.myCompletion ? <span className="badge">Done today</span> : 'Not done yet today.'}</p>
        </div>
      ) : (
        <Empty title="No devotion is scheduled for today." />
      )}
      <p className="dashboard-figure">
        <span className="dashboard-figure__value">{days(myDevotionStreak.current)}</span>
        <span className="muted">current streak · longest {days(myDevotionStreak.longest)}</span>
      </p>
    </>
  );
}
