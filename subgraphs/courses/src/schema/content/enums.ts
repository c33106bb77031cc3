// The courses domain's enums, named as in the database.
import { builder } from '../../builder';

export const CourseStatusEnum = builder.enumType('CourseStatus', {
  values: ['draft', 'in_review', 'published', 'archived'] as const,
});
export const DifficultyEnum = builder.enumType('Difficulty', { values: ['beginner', 'intermediate', 'advanced'] as const });
export const LectureKindEnum = builder.enumType('LectureKind', { values: ['video', 'live', 'interactive'] as const });
export const QuestionTypeEnum = builder.enumType('QuestionType', {
  values: ['multiple_choice_single', 'multiple_choice_multi', 'true_false', 'short_answer', 'essay'] as const,
});
export const EnrollmentStatusEnum = builder.enumType('EnrollmentStatus', { values: ['active', 'dropped', 'completed'] as const });
export const AttemptStatusEnum = builder.enumType('AttemptStatus', { values: ['in_progress', 'submitted', 'graded'] as const });
export const StudyPaceEnum = builder.enumType('StudyPace', { values: ['relaxed', 'normal', 'intensive'] as const });
export const TimeOfDayEnum = builder.enumType('TimeOfDay', { values: ['morning', 'afternoon', 'evening'] as const });
export const StudySessionStatusEnum = builder.enumType('StudySessionStatus', { values: ['planned', 'done', 'missed'] as const });
export const PracticeModeEnum = builder.enumType('PracticeMode', { values: ['practice', 'exam'] as const });
