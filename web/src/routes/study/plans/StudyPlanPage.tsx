// /study/plans/:id: one study plan — its progress, its sessions on a calendar (a list on phones), the
// chosen session's topics with a way to record it as done, the calendar feed, replanning and deleting.
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ErrorState, Loading } from '../../../ui/States';
import { messageOf } from '../../../ui/error-message';
import { formatDate } from '../../../ui/dates';
import { plural } from '../shared/format';
import { CalendarFeed } from './CalendarFeed';
import { PlanCalendar } from './PlanCalendar';
import { SessionDetail } from './SessionDetail';
import { PACE_WORDS, TIME_OF_DAY_WORDS } from './plan-words';
import '../study.css';

const StudyPlanQuery = graphql(`
  query StudyPlan($id: ID!) {
    studyPlan(id: $id) {
      id
      examDate
      studyDaysPerWeek
      hoursPerSession
      preferredTimeOfDay
      pace
      timezone
      calendarUrl
      course {
        id
        slug
        title
      }
      progress {
        sessionsDone
        sessionsMissed
        sessionsTotal
        minutesSpent
      }
      sessions {
        id
        startsAt
        endsAt
        status
        timeSpentMinutes
        difficultyRating
        understandingRating
        topics {
          kind
          id
          title
          minutes
        }
      }
    }
  }
`);

const ReplanMutation = graphql(`
  mutation StudyReplan($planId: ID!) {
    replanStudyPlan(planId: $planId) {
      id
    }
  }
`);

const DeletePlanMutation = graphql(`
  mutation StudyDeletePlan($planId: ID!) {
    deleteStudyPlan(planId: $planId)
  }
`);

export function StudyPlanPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(StudyPlanQuery, { variables: { id } });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [replan, replanning] = useMutation(ReplanMutation, { refetchQueries: ['StudyPlan'], awaitRefetchQueries: true });
  const [deletePlan, deleting] = useMutation(DeletePlanMutation, { refetchQueries: ['StudyPlans'] });
  const [confirmDelete, setConfirmDelete] = useState(false);

  const back = (
    <p>
      <Link to="/study/plans">← Study plans</Link>
    </p>
  );
  if (loading && !data) return <>{back}<Loading label="Loading the plan…" /></>;
  if (error && !data) return <>{back}<h1>Study plan</h1><ErrorState error={error} /></>;
  const plan = data?.studyPlan;
  if (!plan) return null;
  const selected = plan.sessions.find((session) => session.id === selectedId) ?? null;

  const run = async (action: () => Promise<unknown>, success: string) => {
    setNotice(null);
    try {
      await action();
      setNotice({ tone: 'success', text: success });
    } catch (caught) {
      setNotice({ tone: 'error', text: messageOf(caught) });
    }
  };

  return (
    <>
      {back}
      <h1>Study plan: {plan.course.title}</h1>
      <p>
        Exam on <strong>{formatDate(`${plan.examDate}T12:00:00`)}</strong> · {plural(plan.studyDaysPerWeek, 'day')} a week · {plural(plan.hoursPerSession, 'hour')} a session ·{' '}
        {TIME_OF_DAY_WORDS[plan.preferredTimeOfDay]} · {PACE_WORDS[plan.pace]}
      </p>
      <p>
        <strong>
          {plan.progress.sessionsDone} of {plural(plan.progress.sessionsTotal, 'session')} done
        </strong>
        {plan.progress.sessionsMissed > 0 && `, ${plan.progress.sessionsMissed} missed`} · {plural(plan.progress.minutesSpent, 'minute')} studied ·{' '}
        <Link to={`/courses/${plan.course.slug}`}>Open the course</Link>
      </p>
      <progress className="study-progress" max={Math.max(plan.progress.sessionsTotal, 1)} value={plan.progress.sessionsDone} aria-label="Sessions done" />
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      <PlanCalendar sessions={plan.sessions} timeZone={plan.timezone} selectedId={selectedId} onSelect={setSelectedId} />
      {selected ? <SessionDetail key={selected.id} session={selected} timeZone={plan.timezone} /> : <p className="muted">Choose a session to see its topics and record it as done.</p>}
      <CalendarFeed planId={plan.id} calendarUrl={plan.calendarUrl} />
      <section className="card" aria-labelledby="plan-actions-heading">
        <h2 id="plan-actions-heading">Change the plan</h2>
        <p>Fell behind? Replanning marks sessions whose time passed unstudied as missed and spreads their topics over the days left.</p>
        <div className="actions">
          <Button variant="secondary" busy={replanning.loading} onClick={() => void run(() => replan({ variables: { planId: plan.id } }), 'The plan is up to date with the days left.')}>
            Replan missed sessions
          </Button>
          {confirmDelete ? (
            <>
              <Button
                variant="danger"
                busy={deleting.loading}
                onClick={() =>
                  void run(async () => {
                    await deletePlan({ variables: { planId: plan.id } });
                    await navigate('/study/plans');
                  }, 'The plan is deleted.')
                }
              >
                Yes, delete the plan
              </Button>
              <Button variant="secondary" onClick={() => setConfirmDelete(false)}>
                Keep it
              </Button>
            </>
          ) : (
            <Button variant="danger" onClick={() => setConfirmDelete(true)}>
              Delete the plan
            </Button>
          )}
        </div>
      </section>
    </>
  );
}
