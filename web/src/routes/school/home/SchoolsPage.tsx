// /school: the schools the signed-in person administers, each linking to its own page. Platform
// administrators, who may manage any school, can also open one by its id.
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import { Empty, ErrorState, Loading } from '../../../ui/States';
import { codeOf } from '../../../ui/error-message';
import { formatDate } from '../../../ui/dates';
import { SchoolNotAllowed } from '../shared/SchoolNotAllowed';
import { OpenSchoolForm } from './OpenSchoolForm';
import '../shared/school.css';

const SchoolAdminSchools = graphql(`
  query SchoolAdminSchools {
    me {
      id
      roles
      schools {
        role
        joinedAt
        school {
          id
          name
          country
          province
        }
      }
    }
  }
`);

export function SchoolsPage() {
  const { data, loading, error } = useQuery(SchoolAdminSchools);
  const me = data?.me;
  const administered = (me?.schools ?? []).filter((membership) => membership.role === 'admin');
  const platformAdmin = me?.roles.includes('admin') ?? false;

  return (
    <>
      <h1>School administration</h1>
      {loading && !data ? (
        <Loading label="Loading your schools…" />
      ) : codeOf(error) === 'FORBIDDEN' ? (
        <SchoolNotAllowed />
      ) : error || !me ? (
        <ErrorState error={error ?? new Error('Sign in again to see your schools.')} />
      ) : administered.length === 0 && !platformAdmin ? (
        <SchoolNotAllowed title="You are not allowed to see this page: you administer no school." />
      ) : (
        <>
          <section aria-labelledby="administered-heading">
            <h2 id="administered-heading">Schools you administer</h2>
            {administered.length === 0 ? (
              <Empty title="You administer no school yet.">
                <p className="muted">As a platform administrator you can open any school by its id below.</p>
              </Empty>
            ) : (
              <ul className="school-list" aria-label="Schools you administer">
                {administered.map(({ school, joinedAt }) => (
                  <li key={school.id} className="card">
                    <Link to={`/school/${school.id}`}>
                      <strong>{school.name}</strong>
                    </Link>
                    <p className="muted">
                      {[school.province, school.country].filter(Boolean).join(', ') || 'No place given'} · administrator since {formatDate(joinedAt)}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </section>
          {platformAdmin && <OpenSchoolForm />}
        </>
      )}
    </>
  );
}
