// /parent: my confirmed children with their courses, grades and certificates; requests still waiting for
// a child's answer; and a form to ask for a new link.
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { useAuth } from '../../auth/AuthProvider';
import { Empty, ErrorState, Loading } from '../../ui/States';
import { formatDate } from '../../ui/dates';
import { ChildProgress } from './ChildProgress';
import { RequestLinkForm } from './RequestLinkForm';
import '../study/study.css';

const ParentLinksQuery = graphql(`
  query ParentLinks {
    myParentLinks {
      id
      status
      createdAt
      parent {
        id
      }
      child {
        id
        displayName
      }
    }
  }
`);

export function ParentPage() {
  const { session } = useAuth();
  const { data, loading, error } = useQuery(ParentLinksQuery);
  const mine = (data?.myParentLinks ?? []).filter((link) => link.parent.id === session?.user.id);
  const confirmed = mine.filter((link) => link.status === 'confirmed');
  const pending = mine.filter((link) => link.status === 'pending');
  const declined = mine.filter((link) => link.status === 'declined');

  return (
    <>
      <h1>My children</h1>
      {loading && !data ? (
        <Loading label="Loading your children…" />
      ) : error && !data ? (
        <ErrorState error={error} />
      ) : (
        <>
          {confirmed.length === 0 ? (
            <Empty title="No linked children yet.">
              <p>Ask to link a child’s account below; once they confirm, their progress shows here.</p>
            </Empty>
          ) : (
            confirmed.map((link) => <ChildProgress key={link.id} childId={link.child.id} displayName={link.child.displayName} />)
          )}
          {(pending.length > 0 || declined.length > 0) && (
            <section className="card" aria-labelledby="pending-links-heading">
              <h2 id="pending-links-heading">Requests</h2>
              <ul className="study-list" aria-label="Requests to link">
                {pending.map((link) => (
                  <li key={link.id}>
                    <strong>{link.child.displayName}</strong> <span className="badge">Waiting for confirmation</span> <span className="muted">asked {formatDate(link.createdAt)}</span>
                  </li>
                ))}
                {declined.map((link) => (
                  <li key={link.id}>
                    <strong>{link.child.displayName}</strong> <span className="badge badge--fail">Declined</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <RequestLinkForm />
        </>
      )}
    </>
  );
}
