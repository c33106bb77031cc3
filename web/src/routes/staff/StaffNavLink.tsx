// The navigation entry to the admissions staff screens, shown only to people who work on a program.
// Nothing shows while we ask, or when the graph cannot say: the link is a convenience, not a guard.
import { useQuery } from '@apollo/client/react';
import { NavLink } from 'react-router';
import { graphql } from '../../gql';

const StaffNavPrograms = graphql(`
  query StaffNavPrograms {
    myOfficerPrograms {
      id
    }
  }
`);

export function StaffNavLink() {
  const { data, loading, error } = useQuery(StaffNavPrograms);
  if (loading || error || !data || data.myOfficerPrograms.length === 0) return null;
  return (
    <li>
      <NavLink to="/staff/admissions">Staff</NavLink>
    </li>
  );
}
