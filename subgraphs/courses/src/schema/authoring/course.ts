// Creating a course, changing its catalog facts and prerequisites, and naming who co-teaches it.
import { builder } from '../../builder';
import { createCourse, setCourseInstructors, updateCourse } from '../../authoring/courses';
import {
  MAX_CO_INSTRUCTORS,
  MAX_PREREQUISITES,
  descriptionRule,
  durationHoursRule,
  idListRule,
  idRule,
  languageListRule,
  languageRule,
  summaryRule,
  tagsRule,
  titleRule,
} from '../../authoring/rules';
import { slugRule } from '../../slug-rule';
import { DifficultyEnum } from '../content/enums';
import { unlessCleared } from './changes';

const courseTitleRule = titleRule('course title');

export const CreateCourseInput = builder.inputType('CreateCourseInput', {
  description: 'A new course. It starts as a draft owned by you.',
  fields: (t) => ({
    title: t.string({ required: true }).validate(courseTitleRule),
    slug: t.string({ description: 'URL name; derived from the title (and made unique) when left out.' }).validate(slugRule.nullish()),
    summary: t.string({ description: 'One or two sentences for the catalog (up to 500 characters).' }).validate(summaryRule.nullish()),
    description: t.string({ description: 'Markdown.' }).validate(descriptionRule.nullish()),
    facultyId: t.id({ required: true }).validate(idRule('faculty')),
    difficulty: t.field({ type: DifficultyEnum, description: '@default beginner' }),
    language: t.string({ description: 'Language the course is taught in, e.g. en or pt-BR. @default en' }).validate(languageRule.nullish()),
    subtitleLanguages: t.stringList({ description: 'Languages subtitles are offered in.' }).validate(languageListRule.nullish()),
    durationHours: t.float({ description: 'Expected study time in hours.' }).validate(durationHoursRule.nullish()),
    tags: t.stringList({ description: 'Stored lowercase without repeats; at most 20 of up to 40 characters.' }).validate(tagsRule.nullish()),
    isFree: t.boolean({ description: 'False when enrolling needs a purchase. @default true' }),
    prerequisiteIds: t.idList({ description: 'Courses a student must complete first.' }).validate(idListRule('prerequisite course', MAX_PREREQUISITES).nullish()),
  }),
});

export const UpdateCourseInput = builder.inputType('UpdateCourseInput', {
  description: 'Leave a field out to keep it. prerequisiteIds, when given, replaces the whole list.',
  fields: (t) => ({
    title: t.string().validate(courseTitleRule.nullish()),
    slug: t.string().validate(slugRule.nullish()),
    summary: t.string().validate(summaryRule.nullish()),
    description: t.string({ description: 'Markdown.' }).validate(descriptionRule.nullish()),
    facultyId: t.id().validate(idRule('faculty').nullish()),
    difficulty: t.field({ type: DifficultyEnum }),
    language: t.string().validate(languageRule.nullish()),
    subtitleLanguages: t.stringList().validate(languageListRule.nullish()),
    durationHours: t.float().validate(durationHoursRule.nullish()),
    tags: t.stringList().validate(tagsRule.nullish()),
    isFree: t.boolean(),
    prerequisiteIds: t.idList().validate(idListRule('prerequisite course', MAX_PREREQUISITES).nullish()),
  }),
});

builder.mutationFields((t) => ({
  createCourse: t.prismaField({
    type: 'Course',
    description: 'Creates a draft course owned by you. Instructors and admins only.',
    authScopes: { $any: { role: 'instructor', admin: true } },
    args: { input: t.arg({ type: CreateCourseInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const id = await createCourse(context.prisma, context.viewer, {
        title: input.title,
        slug: input.slug ?? undefined,
        summary: input.summary ?? undefined,
        description: input.description ?? undefined,
        facultyId: input.facultyId,
        difficulty: input.difficulty ?? undefined,
        language: input.language ?? undefined,
        subtitleLanguages: input.subtitleLanguages ?? undefined,
        durationHours: input.durationHours ?? undefined,
        tags: input.tags ?? undefined,
        isFree: input.isFree ?? undefined,
        prerequisiteIds: input.prerequisiteIds ?? undefined,
      });
      return context.prisma.course.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  updateCourse: t.prismaField({
    type: 'Course',
    description:
      'Changes a course’s catalog facts. Its instructors and admins only; not while it waits for review, nor once archived (CONFLICT). Changes to a published course are live.',
    authScopes: { authenticated: true },
    args: {
      id: t.arg.id({ required: true }).validate(idRule('course')),
      input: t.arg({ type: UpdateCourseInput, required: true }),
    },
    resolve: async (query, _root, { id, input }, context) => {
      await updateCourse(context.prisma, context.viewer, id, {
        title: unlessCleared(input.title, 'title'),
        slug: unlessCleared(input.slug, 'slug'),
        summary: unlessCleared(input.summary, 'summary'),
        description: unlessCleared(input.description, 'description'),
        facultyId: unlessCleared(input.facultyId, 'facultyId'),
        difficulty: unlessCleared(input.difficulty, 'difficulty'),
        language: unlessCleared(input.language, 'language'),
        subtitleLanguages: unlessCleared(input.subtitleLanguages, 'subtitleLanguages'),
        durationHours: unlessCleared(input.durationHours, 'durationHours'),
        tags: unlessCleared(input.tags, 'tags'),
        isFree: unlessCleared(input.isFree, 'isFree'),
        prerequisiteIds: unlessCleared(input.prerequisiteIds, 'prerequisiteIds'),
      });
      return context.prisma.course.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  setCourseInstructors: t.prismaField({
    type: 'Course',
    description: 'Replaces the co-instructors, in teaching order (leave the owner out). The owner or an admin only.',
    authScopes: { authenticated: true },
    args: {
      courseId: t.arg.id({ required: true }).validate(idRule('course')),
      userIds: t.arg.idList({ required: true }).validate(idListRule('instructor', MAX_CO_INSTRUCTORS)),
    },
    resolve: async (query, _root, { courseId, userIds }, context) => {
      await setCourseInstructors(context.prisma, context.viewer, courseId, userIds);
      return context.prisma.course.findUniqueOrThrow({ ...query, where: { id: courseId } });
    },
  }),
}));
