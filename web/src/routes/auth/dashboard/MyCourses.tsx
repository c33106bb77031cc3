// My courses: the courses I am taking or finished, each with how far along I am.
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { Empty } from '../../../ui/States';

export const MyCoursesFragment = graphql(`
  fragment DashboardMyCourses_user on User {
    id
    enrollments {
      id
      status
      completedAt
      course {
        id
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

export function MyCourses({ user }: { user: FragmentType<typeof MyCoursesFragment> }) {
  const enrollments = getFragmentData(MyCoursesFragment, user).enrollments.filter((enrollment) => enrollment.status !== 'dropped');
  if (enrollments.length === 0) {
    return (
      <Empty title="You are not taking any courses yet.">
        <p>When you enroll in a course, your progress shows here.</p>
      </Empty>
    );
  }
  return (
    <ul className="dashboard-list">
      {enrollments.map((enrollment) => {
        const percent = Math.round(enrollment.progress.percent);
        const labelId = `course-${enrollment.id}`;
        return (
          <li key={enrollment.id}>
            <p className="dashboard-list__title" id={labelId}>
              {enrollment.course.title}
              {enrollment.status === 'completed' && <span className="badge">Completed</span>}
            </p>
            <progress className="dashboard-progress" max={100} value={percent} aria-labelledby={labelId} />
            <p className="muted dashboard-list__meta">
              {percent}% · {enrollment.progress.completedItems} of {enrollment.progress.totalItems} items done
            </p>
          </li>
        );
      })}
    </ul>
  );
}
