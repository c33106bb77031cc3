// A question's answer key in words for the editor's list, e.g. "Correct: B" or "Accepted: logos".
import type { QuestionType } from '../../../gql/graphql';

interface KeyedQuestion {
  type: QuestionType;
  options: readonly { id: string; text: string }[];
  answerKey: unknown;
}

const record = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {});

export function answerWords(question: KeyedQuestion): string {
  const key = record(question.answerKey);
  switch (question.type) {
    case 'multiple_choice_single':
    case 'multiple_choice_multi': {
      const ids = Array.isArray(key.correctOptionIds) ? key.correctOptionIds.map(String) : [];
      const texts = question.options.filter((option) => ids.includes(option.id)).map((option) => `${option.id.toUpperCase()} (${option.text})`);
      return texts.length ? `Correct: ${texts.join(', ')}` : 'No correct option set';
    }
    case 'true_false':
      return `Correct: ${key.value === true ? 'True' : 'False'}`;
    case 'short_answer':
      return Array.isArray(key.acceptedAnswers) && key.acceptedAnswers.length ? `Accepted: ${key.acceptedAnswers.map(String).join(', ')}` : 'Checked by pattern or number';
    case 'essay': {
      const rubric = Array.isArray(key.rubric) ? key.rubric.map(record) : [];
      return `Rubric: ${rubric.map((criterion) => `${String(criterion.title)} (${String(criterion.points)})`).join(', ')}`;
    }
  }
}
