// The create-plan form's values, their defaults (the reader's own time zone, an exam four weeks away) and
// the input the graph takes. The graph checks every rule; the form only shapes what it sends.
import type { CreateStudyPlanInput, StudyPace, TimeOfDay } from '../../../gql/graphql';

export interface PlanFormValues {
  courseId: string;
  examDate: string;
  startDate: string;
  studyDaysPerWeek: string;
  hoursPerSession: string;
  preferredTimeOfDay: TimeOfDay;
  pace: StudyPace;
  timezone: string;
}

/** YYYY-MM-DD of a day `offset` days from now, in the reader's own calendar. */
export function localIsoDay(offset: number, now = new Date()): string {
  const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

export function defaultPlanForm(courseId: string): PlanFormValues {
  return {
    courseId,
    examDate: localIsoDay(28),
    startDate: '',
    studyDaysPerWeek: '3',
    hoursPerSession: '1',
    preferredTimeOfDay: 'evening',
    pace: 'normal',
    timezone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
  };
}

export function toCreatePlanInput(values: PlanFormValues): CreateStudyPlanInput {
  return {
    courseId: values.courseId,
    examDate: values.examDate,
    startDate: values.startDate || null,
    studyDaysPerWeek: Number(values.studyDaysPerWeek),
    hoursPerSession: Number(values.hoursPerSession),
    preferredTimeOfDay: values.preferredTimeOfDay,
    pace: values.pace,
    timezone: values.timezone.trim(),
  };
}
