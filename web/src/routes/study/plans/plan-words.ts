// Words for a study plan's settings and its sessions' states, as the plan pages show them.
import type { StudyPace, StudySessionStatus, StudyTopicKind, TimeOfDay } from '../../../gql/graphql';

export const TIME_OF_DAY_WORDS: Record<TimeOfDay, string> = { morning: 'Morning (08:00)', afternoon: 'Afternoon (14:00)', evening: 'Evening (19:00)' };

export const PACE_WORDS: Record<StudyPace, string> = {
  relaxed: 'Relaxed (×1.5 time for notes and review)',
  normal: 'Normal (×1.2)',
  intensive: 'Intensive (×1.0)',
};

export const SESSION_STATUS_WORDS: Record<StudySessionStatus, string> = { planned: 'Planned', done: 'Done', missed: 'Missed' };

export const TOPIC_KIND_WORDS: Record<StudyTopicKind, string> = { lecture: 'Lecture', reading: 'Reading', quiz: 'Quiz' };
