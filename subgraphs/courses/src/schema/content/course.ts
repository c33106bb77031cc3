// The Course entity (owned here; other subgraphs extend it), its syllabus and the lookups by id and slug.
import type { SubgraphContext } from '../../../../kit/src/context';
import { inPublicGraph } from '../../../../kit/src/public-contract';
import { builder } from '../../builder';
import { canEditCourse, canSeeCourse } from '../../access';
import { courseAccessFacts, isUuid } from '../../loaders';
import { CourseStatusEnum, DifficultyEnum } from './enums';
import { UserRef, userReference } from './user';

const editorsOnly = async (course: { id: string }, _args: object, context: SubgraphContext) => {
  const facts = await courseAccessFacts(context).load(course.id);
  return facts !== null && canEditCourse(context.viewer, facts);
};

export const CourseType = builder.prismaObject('Course', {
  description: 'A course: its catalog facts, its instructors and its syllabus of modules.',
  // Public with its catalog fields only; each public field carries the tag too.
  tag: inPublicGraph(),
  fields: (t) => ({
    id: t.exposeID('id', { tag: inPublicGraph() }),
    slug: t.exposeString('slug', { tag: inPublicGraph() }),
    title: t.exposeString('title', { tag: inPublicGraph() }),
    summary: t.exposeString('summary', { tag: inPublicGraph() }),
    description: t.exposeString('description', { description: 'Markdown.' }),
    faculty: t.relation('faculty', { tag: inPublicGraph() }),
    instructors: t.field({
      type: [UserRef],
      tag: inPublicGraph(),
      description: 'The owner first, then the other instructors in their listed order.',
      select: { ownerId: true, instructors: { orderBy: { position: 'asc' } } },
      resolve: (course) => {
        const ids = [course.ownerId, ...course.instructors.map((instructor) => instructor.userId)];
        return [...new Set(ids)].map(userReference);
      },
    }),
    difficulty: t.field({ type: DifficultyEnum, tag: inPublicGraph(), resolve: (course) => course.difficulty }),
    language: t.exposeString('language', { tag: inPublicGraph() }),
    subtitleLanguages: t.exposeStringList('subtitleLanguages'),
    durationHours: t.exposeFloat('durationHours'),
    tags: t.exposeStringList('tags'),
    isFree: t.exposeBoolean('isFree', { description: 'False when enrolling needs a purchase.' }),
    status: t.field({ type: CourseStatusEnum, resolve: (course) => course.status }),
    version: t.exposeInt('version', { description: 'How many times an admin has published a reviewed revision.' }),
    reviewNote: t.exposeString('reviewNote', {
      nullable: true,
      description: 'Why the last review was rejected. Only the course’s editors see it.',
      authScopes: editorsOnly,
    }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', nullable: true }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true }),
    modules: t.relation('modules', {
      tag: inPublicGraph(),
      description: 'The syllabus, in order. Archived modules are left out.',
      query: { where: { archivedAt: null }, orderBy: { position: 'asc' } },
    }),
    viewerCanEdit: t.boolean({
      description: 'True when the signed-in person may author this course.',
      select: { ownerId: true, status: true, instructors: { select: { userId: true } } },
      resolve: (course, _args, context) => canEditCourse(context.viewer, course),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

// Added after the type exists: the field's type is the Course type itself.
builder.prismaObjectFields(CourseType, (t) => ({
  prerequisites: t.field({
    type: [CourseType],
    description: 'Courses a student must complete before enrolling.',
    select: { prerequisites: { select: { requiredCourse: true } } },
    resolve: (course) => course.prerequisites.map((link) => link.requiredCourse),
  }),
}));

builder.asEntity(CourseType, {
  key: builder.selection<{ id: string }>('id'),
  // Prisma batches findUnique calls made in one tick into one statement; drafts stay hidden here too,
  // since _entities skips the root fields' checks.
  resolveReference: async (reference, context) => {
    if (!isUuid(reference.id)) return null;
    const course = await context.prisma.course.findUnique({ where: { id: reference.id }, include: { instructors: true } });
    return course !== null && canSeeCourse(context.viewer, course) ? course : null;
  },
});

builder.queryFields((t) => ({
  course: t.prismaField({
    type: 'Course',
    nullable: true,
    tag: inPublicGraph(),
    description: 'A course by id or slug. Drafts and courses in review are visible only to their editors.',
    args: { id: t.arg.id(), slug: t.arg.string() },
    resolve: async (query, _root, args, context) => {
      if (!args.id && !args.slug) return null;
      if (args.id && !isUuid(args.id)) return null;
      const where = args.id ? { id: args.id } : { slug: args.slug ?? '' };
      const course = await context.prisma.course.findUnique({ ...query, where });
      if (course === null) return null;
      const facts = await courseAccessFacts(context).load(course.id);
      return facts !== null && canSeeCourse(context.viewer, facts) ? course : null;
    },
  }),
}));
