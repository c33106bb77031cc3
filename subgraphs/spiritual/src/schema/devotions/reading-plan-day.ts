// One day's reading of a plan.
import { builder } from '../../builder';

export const ReadingPlanDayType = builder.prismaObject('ReadingPlanDay', {
  fields: (t) => ({
    dayNumber: t.exposeInt('dayNumber', { description: '1 for the first day.' }),
    references: t.exposeStringList('references', { description: 'Normalised references to read that day.' }),
  }),
});
