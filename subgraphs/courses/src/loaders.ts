// Per-request DataLoaders shared by every area: one SQL statement per hop however many parents ask.
import DataLoader from 'dataloader';
import type { Enrollment } from '../../kit/src/db';
import type { SubgraphContext } from '../../kit/src/context';
import { ACCESS_FACTS_SELECT, type CourseAccessFacts } from './access';
import { isUuid } from '../../kit/src/uuid';

// Shared with the modules that import it from here.
export { isUuid };

/** Access facts (owner, status, instructors) of courses by id. */
export const courseAccessFacts = (context: SubgraphContext) =>
  context.loader('courses.accessFacts', () =>
    new DataLoader<string, CourseAccessFacts | null>(async (ids) => {
      const wanted = ids.filter(isUuid);
      const rows = wanted.length > 0
        ? await context.prisma.course.findMany({ where: { id: { in: wanted } }, select: ACCESS_FACTS_SELECT })
        : [];
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  );

/** The viewer's own enrollment in each course (null when not enrolled or anonymous). */
export const viewerEnrollment = (context: SubgraphContext) =>
  context.loader('courses.viewerEnrollment', () =>
    new DataLoader<string, Enrollment | null>(async (courseIds) => {
      if (context.viewer.kind !== 'user') return courseIds.map(() => null);
      const wanted = courseIds.filter(isUuid);
      const rows = wanted.length > 0
        ? await context.prisma.enrollment.findMany({ where: { userId: context.viewer.id, courseId: { in: wanted } } })
        : [];
      const byCourse = new Map(rows.map((row) => [row.courseId, row]));
      return courseIds.map((id) => byCourse.get(id) ?? null);
    }),
  );
