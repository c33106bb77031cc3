// Today's devotion: its scripture, reflection, prayer prompt and action step, and whether I finished it.
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { formatDateTime } from '../../../ui/dates';
import { CompleteDevotionForm } from './CompleteDevotionForm';

export const TodayDevotionCardFragment = graphql(`
  fragment TodayDevotionCard_Devotion on Devotion {
    id
    date
    title
    passage {
      id
      reference
      translation
      text
    }
    reflection
    prayerPrompt
    actionStep
    audioUrl
    myCompletion {
      localDate
      notes
      completedAt
    }
  }
`);

export function TodayDevotionCard(props: { devotion: FragmentType<typeof TodayDevotionCardFragment> }) {
  const devotion = getFragmentData(TodayDevotionCardFragment, props.devotion);
  const completion = devotion.myCompletion;
  return (
    <article className="card" aria-labelledby="devotion-title">
      <p className="muted">{devotion.date}</p>
      <h2 id="devotion-title">{devotion.title}</h2>
      {completion && <p className="badge">Finished {formatDateTime(completion.completedAt)}</p>}
      <blockquote className="spiritual-scripture">
        <p>{devotion.passage.text}</p>
        <cite>
          {devotion.passage.reference} ({devotion.passage.translation})
        </cite>
      </blockquote>
      {devotion.audioUrl && (
        <audio controls src={devotion.audioUrl}>
          <a href={devotion.audioUrl}>Listen to the devotion</a>
        </audio>
      )}
      <h3>Reflection</h3>
      <p className="spiritual-entry__content">{devotion.reflection}</p>
      <h3>Pray</h3>
      <p>{devotion.prayerPrompt}</p>
      <h3>Today’s step</h3>
      <p>{devotion.actionStep}</p>
      <CompleteDevotionForm devotionId={devotion.id} done={Boolean(completion)} savedNotes={completion?.notes ?? ''} />
    </article>
  );
}
