// /school/:schoolId: one school as its administrators manage it: API keys (create, rotate, revoke) with
// their usage, the join code students use, and the students who joined.
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../../gql';
import { Empty, ErrorState, Loading } from '../../../ui/States';
import { codeOf } from '../../../ui/error-message';
import { SchoolNotAllowed } from '../shared/SchoolNotAllowed';
import { ApiKeysSection } from './ApiKeysSection';
import { ApiKeyUsageSection } from './ApiKeyUsageSection';
import { JoinCodeSection } from './JoinCodeSection';
import { SchoolStudents } from './SchoolStudents';
import '../shared/school.css';

const SchoolAdmin = graphql(`
  query SchoolAdmin($id: ID!) {
    school(id: $id) {
      id
      name
      ...SchoolJoinCode_School
      apiKeys {
        id
        ...SchoolApiKeyRow_ApiKey
        ...SchoolApiKeyUsage_ApiKey
      }
    }
  }
`);

export function SchoolPage() {
  const { schoolId = '' } = useParams();
  const { data, loading, error } = useQuery(SchoolAdmin, { variables: { id: schoolId } });
  const school = data?.school;

  if (loading && !data) {
    return (
      <>
        <h1>School</h1>
        <Loading label="Loading the school…" />
      </>
    );
  }
  if (codeOf(error) === 'FORBIDDEN' || codeOf(error) === 'UNAUTHENTICATED') {
    return (
      <>
        <h1>School</h1>
        <SchoolNotAllowed />
      </>
    );
  }
  if (error || !school) {
    return (
      <>
        <h1>School</h1>
        {error ? (
          <ErrorState error={error} />
        ) : (
          <Empty title="No school has this id.">
            <p>
              Check the id, or go back to <Link to="/school">your schools</Link>.
            </p>
          </Empty>
        )}
      </>
    );
  }

  return (
    <>
      <p className="muted">
        <Link to="/school">All my schools</Link>
      </p>
      <h1>{school.name}</h1>
      <ApiKeysSection schoolId={school.id} keys={school.apiKeys} />
      <ApiKeyUsageSection keys={school.apiKeys} />
      <JoinCodeSection school={school} />
      <SchoolStudents schoolId={school.id} />
    </>
  );
}
