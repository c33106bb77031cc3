// What a study-session topic is: a lecture to watch, a reading to read or a quiz to practise.
import { builder } from '../../builder';

export const StudyTopicKindEnum = builder.enumType('StudyTopicKind', { values: ['lecture', 'reading', 'quiz'] as const });
