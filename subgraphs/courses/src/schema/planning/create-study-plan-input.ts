// What a student chooses when planning study for an exam.
import { builder } from '../../builder';
import {
  hoursPerSessionRule,
  idRule,
  isoDateRule,
  moduleIdsRule,
  studyDaysPerWeekRule,
  timezoneRule,
} from '../../planning/plan-rules';
import { StudyPaceEnum, TimeOfDayEnum } from '../content/enums';

export const CreateStudyPlanInput = builder.inputType('CreateStudyPlanInput', {
  fields: (t) => ({
    courseId: t.id({ required: true }).validate(idRule('course')),
    moduleIds: t.idList({ description: 'Modules to cover; left out or empty means the whole course.' }).validate(moduleIdsRule.optional().nullable()),
    examDate: t.string({ required: true, description: 'The exam day, YYYY-MM-DD in your time zone. Sessions end the day before.' }).validate(isoDateRule('exam date')),
    studyDaysPerWeek: t.int({ required: true, description: '1 to 7; the days are spread over the week (3 → Mon, Wed, Fri).' }).validate(studyDaysPerWeekRule),
    hoursPerSession: t.float({ required: true, description: '0.5 to 8.' }).validate(hoursPerSessionRule),
    preferredTimeOfDay: t.field({ type: TimeOfDayEnum, required: true, description: 'Sessions start at 08:00, 14:00 or 19:00 local time.' }),
    pace: t.field({
      type: StudyPaceEnum,
      required: true,
      description: 'Time for notes and review on top of the material: relaxed ×1.5, normal ×1.2, intensive ×1.0.',
    }),
    timezone: t.string({ required: true, description: 'IANA time zone, e.g. America/Toronto.' }).validate(timezoneRule),
    startDate: t.string({ description: 'First day to study, YYYY-MM-DD; today when left out.' }).validate(isoDateRule('start date').optional().nullable()),
  }),
});
