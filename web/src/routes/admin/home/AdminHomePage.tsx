// /admin: where administrators start: how many people and courses wait for them, and the admin pages.
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import { ErrorState, Loading } from '../../../ui/States';
import { codeOf } from '../../../ui/error-message';
import { AdminNotAllowed } from '../shared/AdminNotAllowed';
import '../shared/admin.css';

const AdminOverview = graphql(`
  query AdminOverview {
    people(first: 1) {
      totalCount
    }
    coursesAwaitingReview(first: 1) {
      totalCount
    }
  }
`);

export function AdminHomePage() {
  const { data, loading, error } = useQuery(AdminOverview);
  return (
    <>
      <h1>Admin</h1>
      {loading && !data ? (
        <Loading label="Loading the overview…" />
      ) : codeOf(error) === 'FORBIDDEN' ? (
        <AdminNotAllowed />
      ) : error || !data ? (
        <ErrorState error={error} />
      ) : (
        <ul className="admin-links">
          <li className="card">
            <Link to="/admin/people">People and roles</Link>
            <p className="muted">{data.people.totalCount.toLocaleString()} accounts. Find people and grant or revoke their roles.</p>
          </li>
          <li className="card">
            <Link to="/admin/reviews">Course reviews</Link>
            <p className="muted">{data.coursesAwaitingReview.totalCount.toLocaleString()} courses await review.</p>
          </li>
          <li className="card">
            <Link to="/admin/analytics">Analytics</Link>
            <p className="muted">Enrollments, completions and revenue over time, with CSV export.</p>
          </li>
          <li className="card">
            <Link to="/moderation">Moderation</Link>
            <p className="muted">Reported and held content, and the blocked-words list.</p>
          </li>
        </ul>
      )}
    </>
  );
}
