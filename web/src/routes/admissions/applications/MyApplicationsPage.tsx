// /applications: my applications, newest first, with where each stands and how long it has been there.
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { Empty, ErrorState, Loading } from '../../../ui/States';
import { ApplicationRow } from './ApplicationRow';
import '../shared/admissions.css';

const MyApplicationsQuery = graphql(`
  query MyApplications {
    myApplications(first: 50) {
      edges {
        node {
          id
          ...ApplicationRow_Application
        }
      }
    }
  }
`);

export function MyApplicationsPage() {
  const { data, loading, error } = useQuery(MyApplicationsQuery, { fetchPolicy: 'cache-and-network' });
  const edges = data?.myApplications.edges;
  return (
    <>
      <h1>My applications</h1>
      {loading && !edges ? (
        <Loading label="Loading your applications…" />
      ) : error && !edges ? (
        <ErrorState error={error} />
      ) : !edges || edges.length === 0 ? (
        <Empty title="You have not applied to a program yet.">
          <p>
            <Link to="/admissions">See the programs taking applications</Link>
          </p>
        </Empty>
      ) : (
        <div className="admissions-table-wrap">
          <table>
            <caption className="muted">Newest first</caption>
            <thead>
              <tr>
                <th scope="col">Program</th>
                <th scope="col">Status</th>
                <th scope="col">In this stage</th>
                <th scope="col">Last step</th>
              </tr>
            </thead>
            <tbody>
              {edges.map(({ node }) => (
                <ApplicationRow key={node.id} application={node} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
