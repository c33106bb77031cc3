// My devotion streak: days in a row now, my longest, and when I last finished one.
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { plural } from '../shared/plural';

export const StreakSummaryFragment = graphql(`
  fragment StreakSummary_MyDevotionStreak on MyDevotionStreak {
    current
    longest
    lastCompletedOn
  }
`);

export function StreakSummary(props: { streak: FragmentType<typeof StreakSummaryFragment> }) {
  const streak = getFragmentData(StreakSummaryFragment, props.streak);
  return (
    <section className="card" aria-labelledby="streak-heading">
      <h2 id="streak-heading">My streak</h2>
      <p className="spiritual-streak__value" aria-live="polite">
        {plural(streak.current, 'day')}
      </p>
      <p className="muted">in a row · longest {plural(streak.longest, 'day')}</p>
      <p className="muted">{streak.lastCompletedOn ? `Last finished on ${streak.lastCompletedOn}.` : 'Finish today’s devotion to begin a streak.'}</p>
      <p className="muted">One missed day a week is forgiven, never two in a row.</p>
    </section>
  );
}
