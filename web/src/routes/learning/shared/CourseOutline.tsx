// The syllabus of a course: modules with their lectures and quizzes, ticked when done. Enrolled students
// get links into the player and quizzes; everyone else reads it as a plan of the course.
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import type { CourseOutline_CourseFragment } from '../../../gql/graphql';
import { formatDate } from '../../../ui/dates';
import { formatClock } from './format';
import type { OutlineModule } from './next-step';

export const CourseOutlineFragment = graphql(`
  fragment CourseOutline_Course on Course {
    id
    slug
    modules {
      id
      position
      title
      unlockAt
      lectures {
        id
        title
        durationSeconds
      }
      quizzes {
        id
        title
        myAttempts {
          id
          passed
        }
      }
    }
    viewerEnrollment {
      id
      status
      lectureProgress {
        lecture {
          id
        }
        positionSeconds
        completed
      }
    }
  }
`);

/** The outline as plain data: quizzes passed, and the ids of completed lectures. */
export function outlineProgress(course: CourseOutline_CourseFragment): { modules: OutlineModule[]; completedLectureIds: Set<string> } {
  const modules = course.modules.map((module) => ({
    lectures: module.lectures.map((lecture) => ({ id: lecture.id })),
    quizzes: module.quizzes.map((quiz) => ({ id: quiz.id, passed: quiz.myAttempts.some((attempt) => attempt.passed === true) })),
  }));
  const completedLectureIds = new Set((course.viewerEnrollment?.lectureProgress ?? []).filter((entry) => entry.completed).map((entry) => entry.lecture.id));
  return { modules, completedLectureIds };
}

interface CourseOutlineProps {
  course: FragmentType<typeof CourseOutlineFragment>;
  /** The lecture on screen, marked as the current page. */
  currentLectureId?: string;
  /** Heading level of the module titles. @default 3 */
  headingLevel?: 2 | 3;
}

export function CourseOutline({ course: courseRef, currentLectureId, headingLevel = 3 }: CourseOutlineProps) {
  const course = getFragmentData(CourseOutlineFragment, courseRef);
  const enrolled = course.viewerEnrollment !== null && course.viewerEnrollment !== undefined && course.viewerEnrollment.status !== 'dropped';
  const { modules, completedLectureIds } = outlineProgress(course);
  const ModuleHeading = headingLevel === 2 ? 'h2' : 'h3';
  if (course.modules.length === 0) return <p className="muted">The syllabus is not published yet.</p>;
  return (
    <ol className="learning-outline">
      {course.modules.map((module, moduleIndex) => (
        <li key={module.id}>
          <ModuleHeading>
            {moduleIndex + 1}. {module.title}
          </ModuleHeading>
          {module.unlockAt && new Date(module.unlockAt) > new Date() ? <p className="muted">Opens {formatDate(module.unlockAt)}</p> : null}
          <ol aria-label={`${module.title}: lectures and quizzes`}>
            {module.lectures.map((lecture) => {
              const done = completedLectureIds.has(lecture.id);
              return (
                <li key={lecture.id}>
                  {enrolled ? (
                    <Link to={`/courses/${course.slug}/lectures/${lecture.id}`} aria-current={lecture.id === currentLectureId ? 'page' : undefined}>
                      {lecture.title}
                    </Link>
                  ) : (
                    <span>{lecture.title}</span>
                  )}
                  <span className="muted">
                    {formatClock(lecture.durationSeconds)}
                    {done ? (
                      <span className="learning-done">
                        {' '}
                        · <span aria-hidden="true">✓</span> Completed
                      </span>
                    ) : null}
                  </span>
                </li>
              );
            })}
            {module.quizzes.map((quiz, quizIndex) => {
              const passed = modules[moduleIndex]?.quizzes[quizIndex]?.passed ?? false;
              return (
                <li key={quiz.id}>
                  {enrolled ? <Link to={`/courses/${course.slug}/quizzes/${quiz.id}`}>Quiz: {quiz.title}</Link> : <span>Quiz: {quiz.title}</span>}
                  {passed ? <span className="learning-done">Passed</span> : null}
                </li>
              );
            })}
          </ol>
        </li>
      ))}
    </ol>
  );
}
