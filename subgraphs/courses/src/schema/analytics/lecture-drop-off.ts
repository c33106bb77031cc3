// How many of a course's students started a lecture and how many finished it.
import type { Lecture } from '../../../../kit/src/db';
import { builder } from '../../builder';
import { LectureType } from '../content/lecture';

export interface LectureDropOffSummary {
  lecture: Lecture;
  started: number;
  completed: number;
  dropOffRate: number;
}

export const LectureDropOffType = builder.objectRef<LectureDropOffSummary>('LectureDropOff').implement({
  fields: (t) => ({
    lecture: t.field({ type: LectureType, resolve: (summary) => summary.lecture }),
    started: t.exposeInt('started', { description: 'Students with any progress on the lecture.' }),
    completed: t.exposeInt('completed'),
    dropOffRate: t.exposeFloat('dropOffRate', { description: '(started − completed) / started; 0 when nobody started.' }),
  }),
});
