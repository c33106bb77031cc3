// How far a student is through a study plan.
import { builder } from '../../builder';

export interface StudyPlanProgress {
  sessionsDone: number;
  sessionsMissed: number;
  sessionsTotal: number;
  minutesSpent: number;
}

export const StudyPlanProgressType = builder.objectRef<StudyPlanProgress>('StudyPlanProgress').implement({
  fields: (t) => ({
    sessionsDone: t.exposeInt('sessionsDone'),
    sessionsMissed: t.exposeInt('sessionsMissed', { description: 'Sessions whose time passed unstudied; their topics were replanned.' }),
    sessionsTotal: t.exposeInt('sessionsTotal', { description: 'Sessions done or still planned; missed ones are left out, since their topics moved to later sessions.' }),
    minutesSpent: t.exposeInt('minutesSpent', { description: 'Minutes the student reported for the sessions done.' }),
  }),
});
