// User.teachingCourses: the courses a person owns or co-teaches. One loader per place the field is
// selected, so every user in an entity batch is answered by one planned Prisma query.
import DataLoader from 'dataloader';
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import { queryFromInfo, type SelectionMap } from '@pothos/plugin-prisma';
import type { SubgraphContext } from '../../../../kit/src/context';
import type { Course } from '../../../../kit/src/db';
import { builder } from '../../builder';
import { isUuid } from '../../loaders';
import { groupTeachingCourses, teachingCoursesWhere, type TeachingFacts } from '../../catalog/teaching-courses';
import { CourseType } from '../content/course';
import { UserRef } from '../content/user';

type TeachingCourse = Course & TeachingFacts;

/**
 * Who teaches each course, loaded with the course. The same arguments as Course.instructors, so
 * when a query also selects instructors both share one relation load instead of two.
 */
const INSTRUCTORS_IN_ORDER = { instructors: { orderBy: { position: 'asc' } } as SelectionMap };

/**
 * The query for the field at `info`. Planned for every user, not only the one whose query runs:
 * planning also tells the nested relations of that user's rows that they were loaded with them.
 */
const planTeachingQuery = (context: SubgraphContext, info: GraphQLResolveInfo) =>
  queryFromInfo({ context, info, include: INSTRUCTORS_IN_ORDER });

type TeachingQuery = ReturnType<typeof planTeachingQuery>;

/**
 * The selection under the field is the same for every user at one place in the document, so the
 * loader for that place runs the query planned for its first caller.
 */
function teachingCoursesLoader(context: SubgraphContext, info: GraphQLResolveInfo, query: TeachingQuery): DataLoader<string, TeachingCourse[]> {
  const byPlace = context.loader('catalog.teachingCourses', () => new WeakMap<FieldNode, DataLoader<string, TeachingCourse[]>>());
  const place = info.fieldNodes[0];
  const existing = place ? byPlace.get(place) : undefined;
  if (existing) return existing;
  const loader = new DataLoader<string, TeachingCourse[]>(async (userIds) => {
    const teacherIds = userIds.filter(isUuid);
    if (teacherIds.length === 0) return userIds.map(() => []);
    const courses: TeachingCourse[] = await context.prisma.course.findMany({
      ...query,
      where: teachingCoursesWhere(context.viewer, teacherIds),
      orderBy: [{ title: 'asc' }, { id: 'asc' }],
    });
    return groupTeachingCourses(context.viewer, userIds, courses);
  });
  if (place) byPlace.set(place, loader);
  return loader;
}

builder.objectFields(UserRef, (t) => ({
  teachingCourses: t.field({
    type: [CourseType],
    description:
      'Courses this person owns or co-teaches, by title. Drafts and courses in review appear only to the person themselves and to admins.',
    resolve: (user, _args, context, info) => teachingCoursesLoader(context, info, planTeachingQuery(context, info)).load(user.id),
  }),
}));
