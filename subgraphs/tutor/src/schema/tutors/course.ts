// The Course entity is owned by courses; the tutor adds the tutors who serve it.
import DataLoader from 'dataloader';
import type { AiTutor } from '../../../../kit/src/db';
import type { SubgraphContext } from '../../../../kit/src/context';
import { builder } from '../../builder';
import { tutorsOfCourses } from '../../tutors/course-tutors';
import { AiTutorType } from './ai-tutor';

/** One batch per request: a list of courses asks for its tutors in a constant number of statements. */
const courseTutors = (ctx: SubgraphContext) =>
  ctx.loader('tutor.courseTutors', () => new DataLoader<string, AiTutor[]>((courseIds) => tutorsOfCourses(ctx.prisma, courseIds)));

export const CourseRef = builder.externalRef('Course', builder.selection<{ id: string }>('id')).implement({
  externalFields: (t) => ({ id: t.id() }),
  fields: (t) => ({
    tutors: t.field({
      type: [AiTutorType],
      description: 'The tutors of the course’s faculty, then the general tutors who serve every faculty.',
      resolve: (course, _args, ctx) => courseTutors(ctx).load(course.id),
    }),
  }),
});
