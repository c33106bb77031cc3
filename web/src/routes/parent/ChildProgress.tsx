// One confirmed child as their parent sees them: each course with its progress, their most recent
// grades and their certificates. Each child loads on its own, so one refusal does not hide the others.
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { Empty, ErrorState, Loading } from '../../ui/States';
import { formatDate } from '../../ui/dates';
import { formatPercent, formatScore } from '../study/shared/format';
import { EnrollmentProgress } from '../study/shared/EnrollmentProgress';

const RECENT_GRADES = 5;

const ChildProgressQuery = graphql(`
  query ParentChildProgress($id: ID!) {
    user(id: $id) {
      id
      displayName
      enrollments {
        id
        status
        course {
          id
          slug
          title
        }
        progress {
          percent
          completedItems
          totalItems
        }
      }
      grades {
        itemType
        itemId
        title
        score
        maxScore
        percent
        gradedAt
        course {
          id
          title
        }
      }
      certificates {
        id
        code
        finalGrade
        issuedAt
        course {
          id
          title
        }
      }
    }
  }
`);

export function ChildProgress({ childId, displayName }: { childId: string; displayName: string }) {
  const { data, loading, error } = useQuery(ChildProgressQuery, { variables: { id: childId } });
  const headingId = `child-${childId}`;
  const child = data?.user;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{displayName}</h2>
      {loading && !data ? (
        <Loading label={`Loading ${displayName}’s progress…`} />
      ) : error && !child ? (
        <ErrorState error={error} />
      ) : !child ? (
        <Empty title="This account no longer exists." />
      ) : (
        <>
          <h3>Courses</h3>
          {child.enrollments.length === 0 ? (
            <p className="muted">Not enrolled in any course.</p>
          ) : (
            <ul className="study-list" aria-label={`${displayName}’s courses`}>
              {child.enrollments.map((enrollment) => {
                const labelId = `child-course-${enrollment.id}`;
                return (
                  <li key={enrollment.id}>
                    <EnrollmentProgress
                      labelId={labelId}
                      course={enrollment.course}
                      progress={enrollment.progress}
                      badge={enrollment.status !== 'active' && <span className="badge">{enrollment.status === 'completed' ? 'Completed' : 'Dropped'}</span>}
                    />
                  </li>
                );
              })}
            </ul>
          )}
          <h3>Recent grades</h3>
          {child.grades.length === 0 ? (
            <p className="muted">No grades yet.</p>
          ) : (
            <>
              <ul className="study-list" aria-label={`${displayName}’s recent grades`}>
                {child.grades.slice(0, RECENT_GRADES).map((grade) => (
                  <li key={`${grade.itemType}-${grade.itemId}`}>
                    <p>
                      <strong>{grade.title}</strong> <span className="muted">· {grade.course.title}</span>
                    </p>
                    <p>
                      {formatScore(grade.score)} / {formatScore(grade.maxScore)} ({formatPercent(grade.percent)}) · <span className="muted">{formatDate(grade.gradedAt)}</span>
                    </p>
                  </li>
                ))}
              </ul>
              <p>
                <Link to={`/study/grades?student=${encodeURIComponent(child.id)}`}>All of {displayName}’s grades</Link>
              </p>
            </>
          )}
          <h3>Certificates</h3>
          {child.certificates.length === 0 ? (
            <p className="muted">No certificates yet.</p>
          ) : (
            <ul className="study-list" aria-label={`${displayName}’s certificates`}>
              {child.certificates.map((certificate) => (
                <li key={certificate.id}>
                  <strong>{certificate.course.title}</strong> · {formatPercent(certificate.finalGrade)} · issued {formatDate(certificate.issuedAt)} ·{' '}
                  <span className="muted">code {certificate.code}</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
