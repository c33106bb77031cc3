// How far along one enrolled course is: its title linking to the course, an optional status badge, a
// progress bar named by the title, and the items done. The student's home and a parent's view of a
// child show the same facts, so they read the same way in both places.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatPercent, plural } from './format';

interface EnrollmentProgressProps {
  /** Id of the title, unique on the page; it also names the progress bar for screen readers. */
  labelId: string;
  course: { slug: string; title: string };
  progress: { percent: number; completedItems: number; totalItems: number };
  /** Shown after the title, such as "Completed". @default undefined */
  badge?: ReactNode;
}

export function EnrollmentProgress({ labelId, course, progress, badge }: EnrollmentProgressProps) {
  return (
    <>
      <p className="study-title" id={labelId}>
        <Link to={`/courses/${course.slug}`}>{course.title}</Link>
        {badge}
      </p>
      <progress className="study-progress" max={100} value={progress.percent} aria-labelledby={labelId} />
      <p className="muted">
        {formatPercent(progress.percent)} done · {progress.completedItems} of {plural(progress.totalItems, 'item')}
      </p>
    </>
  );
}
