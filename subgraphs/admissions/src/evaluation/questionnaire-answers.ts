// The applicant's answers as they send them: every question id must be one of ours, each question at
// most once, each answer at most MAX_ANSWER_LENGTH characters. An empty answer clears that question.
import { badInput } from '../../../kit/src/errors';
import { MAX_ANSWER_LENGTH, SPIRITUAL_QUESTIONS, questionById } from './questionnaire';

export interface AnswerInput {
  questionId: string;
  answer: string;
}

/** The answers merged over `previous`: questionId → trimmed text, questions cleared by an empty answer dropped. */
export function mergeAnswers(previous: Readonly<Record<string, string>>, input: readonly AnswerInput[]): Record<string, string> {
  if (input.length > SPIRITUAL_QUESTIONS.length) throw badInput(`The questionnaire has ${SPIRITUAL_QUESTIONS.length} questions; send each at most once.`, 'answers');
  const merged: Record<string, string> = { ...previous };
  const seen = new Set<string>();
  input.forEach((entry, index) => {
    const field = `answers[${index}]`;
    if (!questionById(entry.questionId)) {
      throw badInput(`There is no question "${entry.questionId}"; the questions are ${SPIRITUAL_QUESTIONS.map((question) => question.id).join(', ')}.`, `${field}.questionId`);
    }
    if (seen.has(entry.questionId)) throw badInput(`The question "${entry.questionId}" is answered twice; send it once.`, `${field}.questionId`);
    seen.add(entry.questionId);
    const answer = entry.answer.trim();
    if (answer.length > MAX_ANSWER_LENGTH) {
      throw badInput(`An answer is at most ${MAX_ANSWER_LENGTH.toLocaleString('en')} characters; this one is ${answer.length.toLocaleString('en')}.`, `${field}.answer`);
    }
    if (answer === '') delete merged[entry.questionId];
    else merged[entry.questionId] = answer;
  });
  return merged;
}

/** The questions without an answer yet, in questionnaire order. */
export function unansweredQuestions(answers: Readonly<Record<string, string>>): string[] {
  return SPIRITUAL_QUESTIONS.filter((question) => !answers[question.id]?.trim()).map((question) => question.id);
}
