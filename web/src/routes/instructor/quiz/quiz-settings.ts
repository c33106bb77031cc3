// The quiz's settings as the form holds them (time limit in minutes), their checks and the updateQuiz
// input: the graph's bounds are 60–86,400 seconds, 0–100 percent and 1–100 attempts.
import type { UpdateQuizInput } from '../../../gql/graphql';

export interface QuizSettingsDraft {
  title: string;
  description: string;
  timeLimitMinutes: string;
  passingScorePercent: string;
  maxAttempts: string;
}

export type SettingsProblems = Partial<Record<keyof QuizSettingsDraft, string>>;

const whole = (text: string) => /^\d+$/.test(text.trim());

export function settingsProblems(draft: QuizSettingsDraft): SettingsProblems {
  const problems: SettingsProblems = {};
  if (draft.title.trim() === '') problems.title = 'Give the quiz a title.';
  const minutes = draft.timeLimitMinutes.trim();
  if (minutes !== '' && (!whole(minutes) || Number(minutes) < 1 || Number(minutes) > 1440)) problems.timeLimitMinutes = 'A time limit is 1 to 1,440 minutes; leave it empty for an untimed quiz.';
  const passing = draft.passingScorePercent.trim();
  if (!whole(passing) || Number(passing) > 100) problems.passingScorePercent = 'The passing score is a percentage from 0 to 100.';
  const attempts = draft.maxAttempts.trim();
  if (attempts !== '' && (!whole(attempts) || Number(attempts) < 1 || Number(attempts) > 100)) problems.maxAttempts = 'Allow 1 to 100 attempts, or leave it empty for unlimited.';
  return problems;
}

export function updateQuizInputOf(draft: QuizSettingsDraft): UpdateQuizInput {
  const minutes = draft.timeLimitMinutes.trim();
  const attempts = draft.maxAttempts.trim();
  return {
    title: draft.title.trim(),
    description: draft.description.trim(),
    timeLimitSeconds: minutes === '' ? null : Number(minutes) * 60,
    passingScorePercent: Number(draft.passingScorePercent),
    maxAttempts: attempts === '' ? null : Number(attempts),
  };
}

export function settingsDraftOf(quiz: { title: string; description: string; timeLimitSeconds?: number | null; passingScorePercent: number; maxAttempts?: number | null }): QuizSettingsDraft {
  return {
    title: quiz.title,
    description: quiz.description,
    timeLimitMinutes: quiz.timeLimitSeconds ? String(Math.round(quiz.timeLimitSeconds / 60)) : '',
    passingScorePercent: String(quiz.passingScorePercent),
    maxAttempts: quiz.maxAttempts ? String(quiz.maxAttempts) : '',
  };
}
