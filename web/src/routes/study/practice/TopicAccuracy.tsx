// My accuracy per topic in a course, weakest first as the graph orders it, from practice and graded quizzes.
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { Empty, ErrorState, Loading } from '../../../ui/States';
import { formatPercent } from '../shared/format';

const PracticeStatsQuery = graphql(`
  query StudyPracticeStats($courseId: ID!) {
    practiceStats(courseId: $courseId) {
      topic
      answered
      correct
      accuracy
    }
  }
`);

export function TopicAccuracy({ courseId }: { courseId: string }) {
  const { data, loading, error } = useQuery(PracticeStatsQuery, { variables: { courseId }, fetchPolicy: 'cache-and-network' });
  return (
    <section aria-labelledby="topic-accuracy-heading">
      <h2 id="topic-accuracy-heading">Accuracy by topic, weakest first</h2>
      {loading && !data ? (
        <Loading label="Loading your accuracy…" />
      ) : error && !data ? (
        <ErrorState error={error} />
      ) : !data || data.practiceStats.length === 0 ? (
        <Empty title="No answers in this course yet.">
          <p>Practise to see how you do in each topic.</p>
        </Empty>
      ) : (
        <ol className="study-list" aria-label="Accuracy by topic">
          {data.practiceStats.map((stat) => {
            const labelId = `topic-${stat.topic.replace(/\W+/g, '-')}`;
            return (
              <li key={stat.topic} className="practice-accuracy">
                <span id={labelId}>
                  <strong>{stat.topic}</strong>
                </span>
                <span>
                  {formatPercent(stat.accuracy * 100)} ({stat.correct} of {stat.answered} correct)
                </span>
                <meter min={0} max={1} low={0.5} high={0.8} optimum={1} value={stat.accuracy} aria-labelledby={labelId} />
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
