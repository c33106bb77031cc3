// The courses I am taking or finished, each with its progress and a link to its page.
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { Empty } from '../../../ui/States';
import { EnrollmentProgress } from '../shared/EnrollmentProgress';

export const EnrolledCoursesFragment = graphql(`
  fragment StudyEnrolledCourses_User on User {
    id
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
  }
`);

export function EnrolledCourses(props: { user: FragmentType<typeof EnrolledCoursesFragment> }) {
  const enrollments = getFragmentData(EnrolledCoursesFragment, props.user).enrollments.filter((enrollment) => enrollment.status !== 'dropped');
  if (enrollments.length === 0) {
    return (
      <Empty title="You are not enrolled in any course yet.">
        <p>
          <Link to="/courses">Browse the catalog</Link> to find one.
        </p>
      </Empty>
    );
  }
  return (
    <ul className="study-list" aria-label="My courses">
      {enrollments.map((enrollment) => {
        const labelId = `enrolled-${enrollment.id}`;
        return (
          <li key={enrollment.id} className="card">
            <EnrollmentProgress
              labelId={labelId}
              course={enrollment.course}
              progress={enrollment.progress}
              badge={enrollment.status === 'completed' && <span className="badge badge--pass">Completed</span>}
            />
          </li>
        );
      })}
    </ul>
  );
}
