// /instructor: the courses I teach (drafts and courses in review included), each to its editor, and a
// form to start a new course (for instructors and admins; anyone else is told why there is none).
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import { Alert } from '../../../ui/Alert';
import { Empty, ErrorState, Loading } from '../../../ui/States';
import { courseStatusWords } from '../editor/course-words';
import { CreateCourseForm } from './CreateCourseForm';
import '../instructor.css';

const TeachingCourses = graphql(`
  query TeachingCourses {
    me {
      id
      roles
      teachingCourses {
        id
        title
        summary
        status
        modules {
          id
        }
      }
    }
    faculties {
      id
      name
    }
  }
`);

export function InstructorHomePage() {
  const { data, loading, error } = useQuery(TeachingCourses);
  const courses = data?.me?.teachingCourses ?? [];
  const mayTeach = data?.me?.roles.some((role) => role === 'instructor' || role === 'admin') ?? false;
  return (
    <>
      <h1>Teaching</h1>
      <section className="card" aria-labelledby="courses-heading">
        <h2 id="courses-heading">Your courses</h2>
        {loading && !data ? (
          <Loading label="Loading your courses…" />
        ) : error && !data ? (
          <ErrorState error={error} />
        ) : courses.length === 0 ? (
          <Empty title="You teach no courses yet.">
            <p>Start one below; it stays a draft until an admin publishes it.</p>
          </Empty>
        ) : (
          <ul className="instructor-plain-list instructor-courses">
            {courses.map((course) => (
              <li key={course.id}>
                <Link to={`/instructor/courses/${course.id}`}>{course.title}</Link> <span className="badge">{courseStatusWords(course.status)}</span>
                <p className="muted">
                  {course.modules.length} {course.modules.length === 1 ? 'module' : 'modules'}
                  {course.summary && ` · ${course.summary}`}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      {data && !mayTeach && (
        <Alert tone="info">
          <strong>Teaching is for instructors.</strong> Your account cannot create courses; if you should, ask an administrator to make you an instructor.
        </Alert>
      )}
      {data && mayTeach && (
        <section className="card" aria-labelledby="create-heading">
          <h2 id="create-heading">Start a new course</h2>
          <CreateCourseForm faculties={data.faculties} />
        </section>
      )}
    </>
  );
}
