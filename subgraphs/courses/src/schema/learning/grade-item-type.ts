// What a grade was given for.
import { builder } from '../../builder';

export const GradeItemTypeEnum = builder.enumType('GradeItemType', { values: ['quiz', 'assignment'] as const });
