// The answer key of one question as shown to a student once it may be revealed (after submission, or
// after answering in practice mode). Essays have none: a person grades them against the rubric.
import { builder } from '../../builder';
import { readAnswerKey, type QuestionKind } from '../../question-spec';

export interface CorrectAnswerView {
  optionIds: string[] | null;
  value: boolean | null;
  acceptedAnswers: string[] | null;
  pattern: string | null;
  numericValue: number | null;
  numericTolerance: number | null;
}

/** The revealable key of a question, or null for essays and keys that do not read. */
export function correctAnswerOf(question: { type: QuestionKind; answerKey: unknown }): CorrectAnswerView | null {
  let key;
  try {
    key = readAnswerKey(question.type, question.answerKey);
  } catch {
    return null;
  }
  const empty: CorrectAnswerView = { optionIds: null, value: null, acceptedAnswers: null, pattern: null, numericValue: null, numericTolerance: null };
  switch (key.type) {
    case 'multiple_choice_single':
    case 'multiple_choice_multi':
      return { ...empty, optionIds: key.key.correctOptionIds };
    case 'true_false':
      return { ...empty, value: key.key.value };
    case 'short_answer':
      return {
        ...empty,
        acceptedAnswers: key.key.acceptedAnswers,
        pattern: key.key.pattern ?? null,
        numericValue: key.key.numeric?.value ?? null,
        numericTolerance: key.key.numeric?.tolerance ?? null,
      };
    case 'essay':
      return null;
  }
}

export const CorrectAnswerType = builder.objectRef<CorrectAnswerView>('CorrectAnswer').implement({
  description: 'What a question accepted. Only the fields of the question’s type are set.',
  fields: (t) => ({
    optionIds: t.exposeIDList('optionIds', { nullable: true, description: 'The correct options (multiple choice).' }),
    value: t.exposeBoolean('value', { nullable: true, description: 'The correct value (true/false).' }),
    acceptedAnswers: t.exposeStringList('acceptedAnswers', { nullable: true, description: 'Answers accepted as typed (short answer).' }),
    pattern: t.exposeString('pattern', { nullable: true, description: 'A regular expression a whole answer could match instead (short answer).' }),
    numericValue: t.exposeFloat('numericValue', { nullable: true, description: 'A number accepted within numericTolerance (short answer).' }),
    numericTolerance: t.exposeFloat('numericTolerance', { nullable: true }),
  }),
});
