// /study: my enrolled courses with their progress, the ways into grades, study plans and practice, and
// any parent asking to follow my progress.
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { ErrorState, Loading } from '../../../ui/States';
import { EnrolledCourses } from './EnrolledCourses';
import { ParentRequests } from './ParentRequests';
import '../study.css';

const StudyHomeQuery = graphql(`
  query StudyHome {
    me {
      id
      ...StudyEnrolledCourses_User
    }
  }
`);

export function StudyHomePage() {
  const { data, loading, error } = useQuery(StudyHomeQuery);
  return (
    <>
      <h1>My study</h1>
      <nav aria-label="Study">
        <ul className="study-links">
          <li>
            <Link to="/study/grades">Grades</Link>
          </li>
          <li>
            <Link to="/study/plans">Study plans</Link>
          </li>
          <li>
            <Link to="/study/practice">Practice</Link>
          </li>
          <li>
            <Link to="/study/schools">My schools</Link>
          </li>
        </ul>
      </nav>
      <ParentRequests />
      <h2>My courses</h2>
      {loading && !data ? <Loading label="Loading your courses…" /> : error && !data ? <ErrorState error={error} /> : data?.me ? <EnrolledCourses user={data.me} /> : null}
    </>
  );
}
