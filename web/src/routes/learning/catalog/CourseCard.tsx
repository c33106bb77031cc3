// One course in the catalog: what it is, who teaches it, its level, language and length, and its price.
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../../gql';
import { LEVEL_LABELS, formatHours, formatPrice, languageName } from '../shared/format';

export const CourseCardFragment = graphql(`
  fragment CourseCard_Course on Course {
    id
    slug
    title
    summary
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
  }
`);

export function CourseCard(props: { course: FragmentType<typeof CourseCardFragment> }) {
  const course = getFragmentData(CourseCardFragment, props.course);
  const headingId = `course-${course.id}`;
  return (
    <article className="card learning-card" aria-labelledby={headingId}>
      <p className="learning-card__faculty muted">{course.faculty.name}</p>
      <h2 id={headingId} className="learning-card__title">
        <Link to={`/courses/${course.slug}`}>{course.title}</Link>
      </h2>
      <p>{course.summary}</p>
      <p className="muted">
        {course.instructors.length > 0 ? `Taught by ${course.instructors.map((person) => person.displayName).join(', ')}` : 'Instructor to be announced'}
      </p>
      <ul className="learning-tags" aria-label="Course facts">
        <li className="badge">{LEVEL_LABELS[course.difficulty]}</li>
        <li className="badge">{languageName(course.language)}</li>
        <li className="badge">{formatHours(course.durationHours)}</li>
      </ul>
      <p className="learning-card__price">
        <strong>{formatPrice(course.price)}</strong>
      </p>
    </article>
  );
}
