// A new quiz question as the form holds it, its checks, and the createQuestion input it becomes. The
// answer key's shape per type is the graph's: choice { correctOptionIds }, true_false { value },
// short_answer { acceptedAnswers, caseSensitive }, essay { rubric, maxWords }.
import type { CreateQuestionInput, QuestionType } from '../../../gql/graphql';

export interface OptionDraft {
  /** Stable within the question: a, b, c… */
  id: string;
  text: string;
  correct: boolean;
}

export interface CriterionDraft {
  id: string;
  title: string;
  points: string;
}

export interface QuestionDraft {
  type: QuestionType;
  prompt: string;
  points: string;
  topic: string;
  subject: string;
  options: OptionDraft[];
  trueFalseAnswer: 'true' | 'false' | '';
  acceptedAnswers: string;
  caseSensitive: boolean;
  rubric: CriterionDraft[];
  maxWords: string;
}

export const QUESTION_TYPES: { value: QuestionType; label: string }[] = [
  { value: 'multiple_choice_single', label: 'Multiple choice, one answer' },
  { value: 'multiple_choice_multi', label: 'Multiple choice, several answers' },
  { value: 'true_false', label: 'True or false' },
  { value: 'short_answer', label: 'Short answer' },
  { value: 'essay', label: 'Essay (graded with a rubric)' },
];

export const questionTypeWords = (type: QuestionType): string => QUESTION_TYPES.find((entry) => entry.value === type)?.label ?? type;

export const isChoice = (type: QuestionType): boolean => type === 'multiple_choice_single' || type === 'multiple_choice_multi';

const LETTERS = 'abcdefghijklmnopqrst';

/** The id for a new option: the first letter no option uses yet. */
export function nextOptionId(options: readonly OptionDraft[]): string {
  return [...LETTERS].find((letter) => !options.some((option) => option.id === letter)) ?? `o${options.length + 1}`;
}

export function emptyQuestion(subject: string): QuestionDraft {
  return {
    type: 'multiple_choice_single',
    prompt: '',
    points: '1',
    topic: '',
    subject,
    options: [
      { id: 'a', text: '', correct: false },
      { id: 'b', text: '', correct: false },
    ],
    trueFalseAnswer: '',
    acceptedAnswers: '',
    caseSensitive: false,
    rubric: [{ id: 'c1', title: '', points: '' }],
    maxWords: '',
  };
}

export type QuestionProblems = Partial<Record<'prompt' | 'points' | 'topic' | 'subject' | 'options' | 'answer' | 'rubric' | 'maxWords', string>>;

const wholeIn = (text: string, min: number, max: number) => /^\d+$/.test(text.trim()) && Number(text) >= min && Number(text) <= max;

export function questionProblems(draft: QuestionDraft): QuestionProblems {
  const problems: QuestionProblems = {};
  if (draft.prompt.trim() === '') problems.prompt = 'Write the question.';
  if (!wholeIn(draft.points, 1, 100)) problems.points = 'Points are a whole number from 1 to 100.';
  if (draft.topic.trim() === '') problems.topic = 'Name the topic, e.g. “Greek verbs”.';
  if (draft.subject.trim() === '') problems.subject = 'Name the subject, e.g. “Biblical languages”.';
  if (isChoice(draft.type)) {
    const filled = draft.options.filter((option) => option.text.trim() !== '');
    const correct = filled.filter((option) => option.correct);
    if (filled.length < 2 || filled.length !== draft.options.length) problems.options = 'Give every option a text; a question needs 2 to 20 options.';
    else if (draft.type === 'multiple_choice_single' && correct.length !== 1) problems.answer = 'Mark exactly one option as the correct answer.';
    else if (correct.length === 0) problems.answer = 'Mark at least one option as correct.';
  }
  if (draft.type === 'true_false' && draft.trueFalseAnswer === '') problems.answer = 'Say whether the statement is true or false.';
  if (draft.type === 'short_answer' && acceptedAnswersOf(draft.acceptedAnswers).length === 0) problems.answer = 'Give at least one accepted answer.';
  if (draft.type === 'essay') {
    if (draft.rubric.length === 0 || draft.rubric.some((criterion) => criterion.title.trim() === '' || !wholeIn(criterion.points, 1, 1000))) {
      problems.rubric = 'Every rubric criterion needs a title and 1 to 1,000 points.';
    }
    if (draft.maxWords.trim() !== '' && !wholeIn(draft.maxWords, 1, 100000)) problems.maxWords = 'The word limit is a whole number, or leave it empty.';
  }
  return problems;
}

const acceptedAnswersOf = (text: string): string[] => text.split('\n').map((answer) => answer.trim()).filter(Boolean);

export function createQuestionInputOf(draft: QuestionDraft): CreateQuestionInput {
  const base = { type: draft.type, prompt: draft.prompt.trim(), topic: draft.topic.trim(), subject: draft.subject.trim() };
  switch (draft.type) {
    case 'multiple_choice_single':
    case 'multiple_choice_multi':
      return {
        ...base,
        options: draft.options.map((option) => ({ id: option.id, text: option.text.trim() })),
        answerKey: { correctOptionIds: draft.options.filter((option) => option.correct).map((option) => option.id) },
      };
    case 'true_false':
      return { ...base, answerKey: { value: draft.trueFalseAnswer === 'true' } };
    case 'short_answer':
      return { ...base, answerKey: { acceptedAnswers: acceptedAnswersOf(draft.acceptedAnswers), caseSensitive: draft.caseSensitive } };
    case 'essay':
      return {
        ...base,
        answerKey: {
          rubric: draft.rubric.map((criterion) => ({ id: criterion.id, title: criterion.title.trim(), description: '', points: Number(criterion.points) })),
          ...(draft.maxWords.trim() ? { maxWords: Number(draft.maxWords) } : {}),
        },
      };
  }
}
