// One grade of a student: the best graded attempt of a quiz, or a graded assignment submission.
import { builder } from '../../builder';
import type { GradeRecord } from '../../learning/grades';
import { courseById } from './loaders';
import { CourseType } from '../content/course';
import { GradeItemTypeEnum } from './grade-item-type';

export const GradeType = builder.objectRef<GradeRecord>('Grade').implement({
  description: 'A graded quiz (its best graded attempt) or assignment submission of one student.',
  fields: (t) => ({
    course: t.field({ type: CourseType, resolve: (grade, _args, context) => courseById(context).load(grade.courseId) }),
    itemType: t.field({ type: GradeItemTypeEnum, resolve: (grade) => grade.itemType }),
    itemId: t.exposeID('itemId', { description: 'The quiz or assignment id.' }),
    title: t.exposeString('title'),
    score: t.exposeFloat('score'),
    maxScore: t.exposeFloat('maxScore'),
    percent: t.exposeFloat('percent', { description: 'Percent with one decimal.' }),
    gradedAt: t.expose('gradedAt', { type: 'DateTime', nullable: true }),
  }),
});
