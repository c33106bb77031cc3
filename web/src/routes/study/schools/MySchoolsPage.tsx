// /study/schools: the schools I joined as a student, whether each sees my progress, and joining another
// with its code.
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { Empty, ErrorState, Loading } from '../../../ui/States';
import { StatusMessage } from '../../../ui/StatusMessage';
import { JoinSchoolForm } from './JoinSchoolForm';
import { StudentSchool } from './StudentSchool';
import { ALWAYS_SEEN } from './sharing-words';
import '../study.css';

const StudyMySchools = graphql(`
  query StudyMySchools {
    me {
      id
      schools {
        role
        joinedAt
        sharingProgress
        school {
          id
          name
        }
      }
    }
  }
`);

export function MySchoolsPage() {
  const { data, loading, error } = useQuery(StudyMySchools);
  const [outcome, setOutcome] = useState('');
  const studentOf = (data?.me?.schools ?? []).filter((membership) => membership.role === 'student');

  return (
    <>
      <p className="muted">
        <Link to="/study">My study</Link>
      </p>
      <h1>My schools</h1>
      <p>
        Join your school with the code it gave you, and choose whether it sees your progress. {ALWAYS_SEEN}
      </p>
      <StatusMessage message={outcome} />
      <section aria-labelledby="my-schools-heading">
        <h2 id="my-schools-heading">Schools I joined</h2>
        {loading && !data ? (
          <Loading label="Loading your schools…" />
        ) : error && !data ? (
          <ErrorState error={error} />
        ) : studentOf.length === 0 ? (
          <Empty title="You have not joined a school yet.">
            <p className="muted">Ask your school for its join code and enter it below.</p>
          </Empty>
        ) : (
          <ul className="study-list" aria-label="Schools I joined">
            {studentOf.map((membership) => (
              <StudentSchool key={membership.school.id} membership={membership} onChanged={setOutcome} />
            ))}
          </ul>
        )}
      </section>
      <JoinSchoolForm onJoined={setOutcome} />
    </>
  );
}
