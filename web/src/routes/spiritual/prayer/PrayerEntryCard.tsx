// One prayer entry: what it asks, who sees it, whether it was answered. My own entries can be edited,
// re-shared and marked answered; others' can be prayed for.
import { useState } from 'react';
import { Link } from 'react-router';
import { useAuth } from '../../../auth/AuthProvider';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { formatDate } from '../../../ui/dates';
import { plural } from '../shared/plural';
import { MarkAnsweredForm } from './MarkAnsweredForm';
import { PrayedForButton } from './PrayedForButton';
import { PrayerEntryForm } from './PrayerEntryForm';
import { visibilityChoice } from './visibility';

export const PrayerEntryCardFragment = graphql(`
  fragment PrayerEntryCard_PrayerEntry on PrayerEntry {
    id
    title
    content
    visibility
    answered
    answeredAt
    testimony
    prayedCount
    createdAt
    author {
      id
      displayName
    }
    category {
      id
      name
    }
  }
`);

type Mode = 'read' | 'edit' | 'answer';

export function PrayerEntryCard(props: { entry: FragmentType<typeof PrayerEntryCardFragment>; headingLevel?: 2 | 3 }) {
  const entry = getFragmentData(PrayerEntryCardFragment, props.entry);
  const { session } = useAuth();
  const [mode, setMode] = useState<Mode>('read');
  const [notice, setNotice] = useState<string | null>(null);
  const mine = session?.user.id === entry.author.id;
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  const done = (message: string) => {
    setMode('read');
    setNotice(message);
  };

  return (
    <article className="card spiritual-entry" aria-labelledby={`prayer-${entry.id}`}>
      <Heading id={`prayer-${entry.id}`} className="spiritual-entry__title">
        <Link to={`/spiritual/prayer/${entry.id}`}>{entry.title}</Link>
      </Heading>
      <p className="muted">
        {mine ? 'You' : entry.author.displayName} · {formatDate(entry.createdAt)}
        {entry.category ? ` · ${entry.category.name}` : ''} · <span className="badge">{visibilityChoice(entry.visibility).label}</span>
        {entry.answered && (
          <>
            {' '}
            <span className="badge">Answered {formatDate(entry.answeredAt)}</span>
          </>
        )}
      </p>
      {mode === 'edit' ? (
        <PrayerEntryForm
          entryId={entry.id}
          initial={{ title: entry.title, content: entry.content, categoryId: entry.category?.id ?? '', visibility: entry.visibility }}
          onDone={done}
          onCancel={() => setMode('read')}
        />
      ) : (
        <>
          <p className="spiritual-entry__content">{entry.content}</p>
          {entry.testimony && (
            <p>
              <strong>Testimony:</strong> {entry.testimony}
            </p>
          )}
          <p className="muted">Prayed for {plural(entry.prayedCount, 'time')}.</p>
        </>
      )}
      {mode === 'answer' && <MarkAnsweredForm entryId={entry.id} onDone={done} onCancel={() => setMode('read')} />}
      {notice && mode === 'read' && <Alert tone="success">{notice}</Alert>}
      {mode === 'read' && (
        <div className="actions">
          {mine ? (
            <>
              <Button variant="secondary" onClick={() => setMode('edit')}>
                Edit or share
              </Button>
              {!entry.answered && (
                <Button variant="secondary" onClick={() => setMode('answer')}>
                  Mark as answered
                </Button>
              )}
            </>
          ) : (
            <PrayedForButton entryId={entry.id} />
          )}
        </div>
      )}
    </article>
  );
}
