// One session of a plan: when it is, what it covers, and, while it is not yet recorded, a form to record
// that I studied it (time spent, how hard it was, how well I understood).
import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { fieldProblemsOf, messageOf } from '../../../ui/error-message';
import { SESSION_STATUS_WORDS, TOPIC_KIND_WORDS } from './plan-words';
import type { StudySessionStatus, StudyTopicKind } from '../../../gql/graphql';

const MarkDoneMutation = graphql(`
  mutation StudyMarkSessionDone($sessionId: ID!, $timeSpentMinutes: Int!, $difficultyRating: Int!, $understandingRating: Int!) {
    markStudySessionDone(sessionId: $sessionId, timeSpentMinutes: $timeSpentMinutes, difficultyRating: $difficultyRating, understandingRating: $understandingRating) {
      id
      status
      completedAt
      timeSpentMinutes
      difficultyRating
      understandingRating
    }
  }
`);

export interface DetailedSession {
  id: string;
  startsAt: string;
  endsAt: string;
  status: StudySessionStatus;
  timeSpentMinutes?: number | null;
  difficultyRating?: number | null;
  understandingRating?: number | null;
  topics: readonly { kind: StudyTopicKind; id: string; title: string; minutes: number }[];
}

const DIFFICULTY = ['1 — easy', '2', '3', '4', '5 — very hard'];
const UNDERSTANDING = ['1 — lost', '2', '3', '4', '5 — mastered'];

export function SessionDetail({ session, timeZone }: { session: DetailedSession; timeZone: string }) {
  const plannedMinutes = session.topics.reduce((sum, topic) => sum + topic.minutes, 0);
  const [minutes, setMinutes] = useState(String(plannedMinutes));
  const [difficulty, setDifficulty] = useState('3');
  const [understanding, setUnderstanding] = useState('3');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [markDone, marking] = useMutation(MarkDoneMutation, { refetchQueries: ['StudyPlan'] });
  const when = new Intl.DateTimeFormat(undefined, { timeZone, dateStyle: 'full', timeStyle: 'short' });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFieldErrors({});
    setOutcome(null);
    try {
      await markDone({
        variables: { sessionId: session.id, timeSpentMinutes: Number(minutes), difficultyRating: Number(difficulty), understandingRating: Number(understanding) },
      });
      setOutcome({ tone: 'success', text: 'Recorded as done.' });
    } catch (caught) {
      const problems = fieldProblemsOf(caught);
      if (problems.length > 0) setFieldErrors(Object.fromEntries(problems.map((problem) => [problem.field, problem.message])));
      else setOutcome({ tone: 'error', text: messageOf(caught) });
    }
  };

  return (
    <section className="card" aria-labelledby="session-heading">
      <h2 id="session-heading">Session on {when.format(new Date(session.startsAt))}</h2>
      <p>
        <span className="badge">{SESSION_STATUS_WORDS[session.status]}</span> {plannedMinutes} minutes planned
      </p>
      <ul aria-label="Topics of this session">
        {session.topics.map((topic) => (
          <li key={`${topic.kind}-${topic.id}`}>
            {TOPIC_KIND_WORDS[topic.kind]}: {topic.title} ({topic.minutes} min)
          </li>
        ))}
      </ul>
      {outcome && <Alert tone={outcome.tone}>{outcome.text}</Alert>}
      {session.status === 'done' ? (
        <p className="muted">
          You studied {session.timeSpentMinutes} minutes; difficulty {session.difficultyRating} of 5, understanding {session.understandingRating} of 5.
        </p>
      ) : (
        <form onSubmit={(event) => void submit(event)} aria-label="Record this session as done">
          <div className="study-form-row">
            <TextField label="Minutes spent" type="number" min={1} value={minutes} onChange={(event) => setMinutes(event.target.value)} error={fieldErrors.timeSpentMinutes} />
            <SelectField label="How hard was it?" value={difficulty} onChange={(event) => setDifficulty(event.target.value)} error={fieldErrors.difficultyRating}>
              {DIFFICULTY.map((word, index) => (
                <option key={word} value={index + 1}>
                  {word}
                </option>
              ))}
            </SelectField>
            <SelectField label="How well did you understand?" value={understanding} onChange={(event) => setUnderstanding(event.target.value)} error={fieldErrors.understandingRating}>
              {UNDERSTANDING.map((word, index) => (
                <option key={word} value={index + 1}>
                  {word}
                </option>
              ))}
            </SelectField>
          </div>
          <Button type="submit" busy={marking.loading}>
            {marking.loading ? 'Saving…' : 'Mark as done'}
          </Button>
        </form>
      )}
    </section>
  );
}
