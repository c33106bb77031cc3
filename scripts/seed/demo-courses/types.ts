// The shape of the demo catalog: plain data the courses seed writes as it stands. Answer keys use the
// question spec's own input types, so a key that would not parse does not compile.
import type { z } from 'zod';
import type { Difficulty } from '../../../subgraphs/kit/src';
import type {
  choiceKeySchema,
  essayKeySchema,
  QuestionOption,
  RubricCriterion,
  shortAnswerKeySchema,
  trueFalseKeySchema,
} from '../../../subgraphs/courses/src/question-spec';

export interface DemoFaculty {
  slug: string;
  name: string;
  description: string;
}

/** How a bank question is classified for practice and search. */
export interface DemoQuestionClassification {
  /** School grade the question suits. */
  grade: number;
  subject: string;
  topic: string;
  difficulty: Difficulty;
  tags: string[];
}

interface QuestionBase extends DemoQuestionClassification {
  prompt: string;
  explanation: string;
  /** Points in its quiz. @default 1 */
  points?: number;
}

export type DemoQuestion = QuestionBase &
  (
    | { type: 'multiple_choice_single' | 'multiple_choice_multi'; options: QuestionOption[]; answerKey: z.input<typeof choiceKeySchema> }
    | { type: 'true_false'; answerKey: z.input<typeof trueFalseKeySchema> }
    | { type: 'short_answer'; answerKey: z.input<typeof shortAnswerKeySchema> }
    | { type: 'essay'; answerKey: z.input<typeof essayKeySchema> }
  );

export interface DemoLecture {
  title: string;
  durationMinutes: number;
  /** What is said in the lecture, paragraph by paragraph. */
  transcript: string;
}

export interface DemoReading {
  title: string;
  estimatedMinutes: number;
  /** Markdown. */
  body: string;
}

export interface DemoAssignment {
  title: string;
  /** Markdown. */
  instructions: string;
  /** Days after seeding the assignment is due. */
  dueInDays: number;
  rubric: RubricCriterion[];
}

export interface DemoQuiz {
  title: string;
  description: string;
  passingScorePercent: number;
  /** Null for untimed. */
  timeLimitMinutes: number | null;
  maxAttempts: number | null;
  questions: DemoQuestion[];
}

export interface DemoModule {
  title: string;
  summary: string;
  lectures: DemoLecture[];
  readings: DemoReading[];
  assignment?: DemoAssignment;
  quiz?: DemoQuiz;
}

export interface DemoCourse {
  slug: string;
  title: string;
  summary: string;
  /** Markdown. */
  description: string;
  facultySlug: string;
  difficulty: Difficulty;
  tags: string[];
  isFree: boolean;
  /** Slugs of demo courses a student must complete first. */
  prerequisiteSlugs: string[];
  modules: DemoModule[];
}
