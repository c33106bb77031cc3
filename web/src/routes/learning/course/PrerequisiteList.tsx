// The courses to complete before this one, each marked met or not for the signed-in viewer.
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';

export const PrerequisiteListFragment = graphql(`
  fragment PrerequisiteList_Course on Course {
    id
    slug
    title
    viewerEnrollment {
      id
      status
    }
  }
`);

export function PrerequisiteList(props: { courses: FragmentType<typeof PrerequisiteListFragment>[]; signedIn: boolean }) {
  const courses = props.courses.map((course) => getFragmentData(PrerequisiteListFragment, course));
  return (
    <ul>
      {courses.map((course) => {
        const met = course.viewerEnrollment?.status === 'completed';
        return (
          <li key={course.id}>
            <Link to={`/courses/${course.slug}`}>{course.title}</Link>{' '}
            {props.signedIn ? (
              met ? (
                <span className="learning-done">(completed: requirement met)</span>
              ) : (
                <span className="muted">(not completed yet)</span>
              )
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
