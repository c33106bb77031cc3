// A student's answer to one question: what they send and what is shown back to them.
import { builder } from '../../builder';
import type { QuestionResponse } from '../../question-spec';
import { optionIdsRule } from '../../assessment/input-rules';

export const AnswerResponseType = builder.objectRef<QuestionResponse>('AnswerResponse').implement({
  description: 'An answer as saved: chosen options, a true/false value, or text, depending on the question type.',
  fields: (t) => ({
    optionIds: t.idList({ nullable: true, resolve: (response) => response.optionIds ?? null }),
    value: t.boolean({ nullable: true, resolve: (response) => response.value ?? null }),
    text: t.string({ nullable: true, resolve: (response) => response.text ?? null }),
  }),
});

export const AnswerInput = builder.inputType('AnswerInput', {
  description:
    'One answer: optionIds for multiple choice (one id for single choice), value for true/false, text for short answers and essays. ' +
    'An empty list or empty text clears the answer.',
  fields: (t) => ({
    optionIds: t.idList().validate(optionIdsRule.nullish()),
    value: t.boolean(),
    text: t.string(),
  }),
});
