// /study/plans: my study plans, newest first, with their progress, and a form for a new one.
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { Empty, ErrorState, Loading } from '../../../ui/States';
import { formatDate } from '../../../ui/dates';
import { plural } from '../shared/format';
import { CreatePlanForm } from './CreatePlanForm';
import '../study.css';

const StudyPlansQuery = graphql(`
  query StudyPlans {
    myStudyPlans {
      id
      examDate
      createdAt
      course {
        id
        title
      }
      progress {
        sessionsDone
        sessionsMissed
        sessionsTotal
      }
    }
    me {
      id
      enrollments(status: active) {
        id
        course {
          id
          title
        }
      }
    }
  }
`);

export function StudyPlansPage() {
  const { data, loading, error } = useQuery(StudyPlansQuery);
  const plans = data?.myStudyPlans;
  const courses = data?.me?.enrollments.map((enrollment) => enrollment.course) ?? [];
  return (
    <>
      <p>
        <Link to="/study">← My study</Link>
      </p>
      <h1>Study plans</h1>
      {loading && !data ? (
        <Loading label="Loading your study plans…" />
      ) : error && !data ? (
        <ErrorState error={error} />
      ) : (
        <>
          <h2>My plans</h2>
          {!plans || plans.length === 0 ? (
            <Empty title="You have no study plans yet.">
              <p>Plan for an exam below and your sessions are laid out on a calendar.</p>
            </Empty>
          ) : (
            <ul className="study-list" aria-label="My study plans">
              {plans.map((plan) => (
                <li key={plan.id} className="card">
                  <p className="study-title">
                    <Link to={`/study/plans/${plan.id}`}>{plan.course.title}</Link>
                  </p>
                  <p className="muted">
                    Exam on {formatDate(`${plan.examDate}T12:00:00`)} · {plan.progress.sessionsDone} of {plural(plan.progress.sessionsTotal, 'session')} done
                    {plan.progress.sessionsMissed > 0 && ` · ${plan.progress.sessionsMissed} missed`}
                  </p>
                </li>
              ))}
            </ul>
          )}
          <section className="card">
            {courses.length === 0 ? (
              <Empty title="Enroll in a course to plan for its exam.">
                <p>
                  <Link to="/courses">Browse the catalog</Link>
                </p>
              </Empty>
            ) : (
              <CreatePlanForm courses={courses} />
            )}
          </section>
        </>
      )}
    </>
  );
}
