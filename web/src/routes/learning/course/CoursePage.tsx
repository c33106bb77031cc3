// /courses/:slug: what the course is and who teaches it, its price, its prerequisites (and whether the
// viewer meets them), its syllabus, the enroll/buy/continue action, and the certificate once earned.
import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql, getFragmentData } from '../../../gql';
import { useAuth } from '../../../auth/AuthProvider';
import { ErrorState, Loading } from '../../../ui/States';
import { CourseOutline, CourseOutlineFragment, outlineProgress } from '../shared/CourseOutline';
import { Markdown } from '../../../ui/Markdown';
import { LEVEL_LABELS, formatHours, formatPrice, languageName } from '../shared/format';
import { nextStep, stepPath } from '../shared/next-step';
import { EnrollPanel } from './EnrollPanel';
import { PrerequisiteList, PrerequisiteListFragment } from './PrerequisiteList';
import '../shared/learning.css';

const CoursePageQuery = graphql(`
  query CoursePage($slug: String!) {
    course(slug: $slug) {
      id
      slug
      title
      summary
      description
      difficulty
      language
      durationHours
      faculty {
        id
        name
      }
      instructors {
        id
        displayName
      }
      price {
        free
        usdCents
        scrollCoinCost
      }
      prerequisites {
        id
        ...PrerequisiteList_Course
      }
      viewerEnrollment {
        id
        status
        progress {
          percent
          completedItems
          totalItems
        }
        certificate {
          id
          code
        }
      }
      ...CourseOutline_Course
    }
  }
`);

export function CoursePage() {
  const { slug = '' } = useParams();
  const { session } = useAuth();
  const { data, loading, error, refetch } = useQuery(CoursePageQuery, { variables: { slug }, fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <Loading label="Loading the course…" />;
  if (error && !data) return <ErrorState error={error} />;
  const course = data?.course;
  if (!course) {
    return (
      <>
        <h1>Course not found</h1>
        <p>
          There is no published course at this address. <Link to="/courses">Browse the catalog</Link>.
        </p>
      </>
    );
  }
  const outline = getFragmentData(CourseOutlineFragment, course);
  const { modules, completedLectureIds } = outlineProgress(outline);
  const step = nextStep(modules, completedLectureIds);
  const enrollment = course.viewerEnrollment ?? null;
  const missingPrerequisites = course.prerequisites
    .map((prerequisite) => getFragmentData(PrerequisiteListFragment, prerequisite))
    .filter((prerequisite) => prerequisite.viewerEnrollment?.status !== 'completed')
    .map((prerequisite) => prerequisite.title);

  return (
    <>
      <p>
        <Link to="/courses">← All courses</Link>
      </p>
      <p className="muted">{course.faculty.name}</p>
      <h1>{course.title}</h1>
      <p>{course.summary}</p>
      <dl className="learning-facts">
        <dt>Taught by</dt>
        <dd>{course.instructors.map((person) => person.displayName).join(', ') || 'To be announced'}</dd>
        <dt>Level</dt>
        <dd>{LEVEL_LABELS[course.difficulty]}</dd>
        <dt>Language</dt>
        <dd>{languageName(course.language)}</dd>
        <dt>Length</dt>
        <dd>{formatHours(course.durationHours)}</dd>
        <dt>Price</dt>
        <dd>{formatPrice(course.price)}</dd>
      </dl>

      <section className="card learning-action" aria-labelledby="course-action">
        <h2 id="course-action">{enrollment && enrollment.status !== 'dropped' ? 'Your progress' : course.price.free ? 'Enroll' : 'Buy this course'}</h2>
        <EnrollPanel
          courseId={course.id}
          signedIn={session !== null}
          price={course.price}
          enrollment={enrollment}
          missingPrerequisites={session ? missingPrerequisites : []}
          continuePath={step ? stepPath(course.slug, step) : null}
          onEnrolled={() => refetch()}
        />
        {enrollment?.certificate ? (
          <p>
            <strong>Certificate earned.</strong> <Link to={`/courses/${course.slug}/certificate`}>View and download your certificate</Link>
          </p>
        ) : null}
      </section>

      {course.prerequisites.length > 0 ? (
        <section aria-labelledby="course-prerequisites">
          <h2 id="course-prerequisites">Before you start</h2>
          <PrerequisiteList courses={course.prerequisites} signedIn={session !== null} />
        </section>
      ) : null}

      <section aria-labelledby="course-about">
        <h2 id="course-about">About this course</h2>
        {course.description ? <Markdown source={course.description} className="learning-markdown" /> : <p className="muted">No description yet.</p>}
      </section>

      <section aria-labelledby="course-syllabus">
        <h2 id="course-syllabus">Syllabus</h2>
        <CourseOutline course={course} />
      </section>
    </>
  );
}
