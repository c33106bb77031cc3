// Per-request DataLoaders of the learning area: whatever the number of enrollments, students or
// certificates in a response, each hop below is a fixed number of SQL statements.
import DataLoader from 'dataloader';
import type { SubgraphContext } from '../../../../kit/src/context';
import type { Certificate, Course, Enrollment, Lecture } from '../../../../kit/src/db';
import { isUuid } from '../../loaders';
import { loadCourseOutlines, type CourseOutline } from '../../learning/course-outline';
import { emptyLearnerFacts, learnerKey, loadLearnerFacts, type LearnerCourse, type LearnerFacts } from '../../learning/learner-facts';
import { loadGrades, type GradeRecord } from '../../learning/grades';

export const courseOutlineOf = (context: SubgraphContext) =>
  context.loader('learning.courseOutline', () =>
    new DataLoader<string, CourseOutline>(async (courseIds) => {
      const outlines = await loadCourseOutlines(context.prisma, courseIds.filter(isUuid));
      return courseIds.map((id) => outlines.get(id) ?? { courseId: id, modules: [], quizPassingScores: new Map() });
    }),
  );

export const learnerFactsOf = (context: SubgraphContext) =>
  context.loader('learning.learnerFacts', () =>
    new DataLoader<LearnerCourse, LearnerFacts, string>(
      async (pairs) => {
        const facts = await loadLearnerFacts(context.prisma, pairs.filter((pair) => isUuid(pair.userId) && isUuid(pair.courseId)));
        return pairs.map((pair) => facts.get(learnerKey(pair)) ?? emptyLearnerFacts());
      },
      { cacheKeyFn: learnerKey },
    ),
  );

/** A student's enrollment in a course, by (student, course). */
export const enrollmentOf = (context: SubgraphContext) =>
  context.loader('learning.enrollmentOf', () =>
    new DataLoader<LearnerCourse, Enrollment | null, string>(
      async (pairs) => {
        const wanted = pairs.filter((pair) => isUuid(pair.userId) && isUuid(pair.courseId));
        const rows = wanted.length === 0
          ? []
          : await context.prisma.enrollment.findMany({
              where: { userId: { in: wanted.map((pair) => pair.userId) }, courseId: { in: wanted.map((pair) => pair.courseId) } },
            });
        const byPair = new Map(rows.map((row) => [learnerKey(row), row]));
        return pairs.map((pair) => byPair.get(learnerKey(pair)) ?? null);
      },
      { cacheKeyFn: learnerKey },
    ),
  );

/** Ids of the courses each student has an enrollment in (any status): what instructors may be shown. */
export const enrolledCourseIdsOf = (context: SubgraphContext) =>
  context.loader('learning.enrolledCourseIds', () =>
    new DataLoader<string, string[]>(async (userIds) => {
      const wanted = userIds.filter(isUuid);
      const rows = wanted.length === 0
        ? []
        : await context.prisma.enrollment.findMany({ where: { userId: { in: wanted } }, select: { userId: true, courseId: true } });
      return userIds.map((id) => rows.filter((row) => row.userId === id).map((row) => row.courseId));
    }),
  );

/** Whether the viewer is a confirmed parent of each child. */
export const viewerIsGuardianOf = (context: SubgraphContext) =>
  context.loader('learning.viewerIsGuardianOf', () =>
    new DataLoader<string, boolean>(async (childIds) => {
      const viewer = context.viewer;
      if (viewer.kind !== 'user') return childIds.map(() => false);
      const wanted = childIds.filter(isUuid);
      const links = wanted.length === 0
        ? []
        : await context.prisma.guardianLink.findMany({ where: { parentId: viewer.id, childId: { in: wanted } }, select: { childId: true } });
      const children = new Set(links.map((link) => link.childId));
      return childIds.map((id) => children.has(id));
    }),
  );

export const lectureById = (context: SubgraphContext) =>
  context.loader('learning.lectureById', () =>
    new DataLoader<string, Lecture | null>(async (ids) => {
      const wanted = ids.filter(isUuid);
      const rows = wanted.length === 0 ? [] : await context.prisma.lecture.findMany({ where: { id: { in: wanted } } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  );

export const gradesOf = (context: SubgraphContext) =>
  context.loader('learning.gradesOf', () =>
    new DataLoader<string, GradeRecord[]>(async (userIds) => {
      const grades = await loadGrades(context.prisma, userIds.filter(isUuid));
      return userIds.map((id) => grades.get(id) ?? []);
    }),
  );

export type CertificateWithCourse = Certificate & { course: { title: string } };

export const certificatesOf = (context: SubgraphContext) =>
  context.loader('learning.certificatesOf', () =>
    new DataLoader<string, CertificateWithCourse[]>(async (userIds) => {
      const wanted = userIds.filter(isUuid);
      const rows = wanted.length === 0
        ? []
        : await context.prisma.certificate.findMany({
            where: { userId: { in: wanted } },
            include: { course: { select: { title: true } } },
            orderBy: [{ issuedAt: 'desc' }, { id: 'asc' }],
          });
      return userIds.map((id) => rows.filter((row) => row.userId === id));
    }),
  );

/** Courses by id, for fields that point at a course from a row without the relation loaded. */
export const courseById = (context: SubgraphContext) =>
  context.loader('learning.courseById', () =>
    new DataLoader<string, Course>(async (ids) => {
      const wanted = ids.filter(isUuid);
      const rows = wanted.length === 0 ? [] : await context.prisma.course.findMany({ where: { id: { in: wanted } } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? new Error(`Course ${id} no longer exists.`));
    }),
  );
