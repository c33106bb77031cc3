// generateQuiz: draft questions from one lecture for its instructors, with the model when one is
// configured (JSON mode, checked) and from the transcript's own sentences otherwise. Drafts are stored;
// putting a question into the bank stays the instructor's choice (courses' createQuestion).
import { z } from 'zod';
import type { Db, TutorQuizDraft } from '../../../kit/src/db';
import { badInput } from '../../../kit/src/errors';
import type { ChatModel } from '../model/chat-model';
import { askModelForJson } from './model-json';
import {
  MAX_DRAFT_OPTIONS,
  choiceQuestion,
  essayQuestion,
  shortAnswerQuestion,
  trueFalseQuestion,
  type DraftQuestion,
  type QuestionPlace,
  type QuestionType,
} from './draft-question';
import { readLectureText } from './lecture-text';
import type { LectureMaterial } from './lecture-material';
import { MATERIAL_IS_DATA, lectureForModel } from './model-material';
import { offlineQuiz } from './offline-quiz';

export const QUIZ_COUNT = { min: 1, max: 20 };

export interface QuizRequest {
  count: number;
  /** Distinct types, used in turn. */
  types: readonly QuestionType[];
}

const text = (max: number) => z.string().trim().min(1).max(max);

const modelQuestionSchema = (types: readonly QuestionType[]) =>
  z
    .object({
      type: z.enum(types as [QuestionType, ...QuestionType[]]),
      prompt: text(2000),
      options: z.array(z.object({ text: text(500), correct: z.boolean() })).max(MAX_DRAFT_OPTIONS).default([]),
      answer: z.string().trim().max(1000).default(''),
      explanation: z.string().trim().max(2000).default(''),
      sourceExcerpt: z.string().trim().max(2000).default(''),
      rubric: z.array(z.object({ title: text(200), description: z.string().trim().max(1000).default(''), points: z.number().int().min(1).max(100) })).max(10).default([]),
    })
    .superRefine((question, issues) => {
      const correct = question.options.filter((option) => option.correct).length;
      const problem =
        question.type === 'multiple_choice_single' && (question.options.length < 2 || correct !== 1)
          ? 'a single-choice question needs 2–6 options with exactly one correct'
          : question.type === 'multiple_choice_multi' && (question.options.length < 2 || correct < 1)
            ? 'a multiple-choice question needs 2–6 options with at least one correct'
            : question.type === 'true_false' && !/^(true|false)$/i.test(question.answer)
              ? 'a true/false question needs answer "true" or "false"'
              : question.type === 'short_answer' && question.answer.length === 0
                ? 'a short-answer question needs its accepted answer in "answer"'
                : question.type === 'essay' && question.rubric.length === 0
                  ? 'an essay question needs a rubric of 1–10 criteria'
                  : null;
      if (problem) issues.addIssue({ code: 'custom', message: problem });
    });

const modelQuizSchema = (request: QuizRequest) => z.object({ questions: z.array(modelQuestionSchema(request.types)).min(1).max(request.count * 2) });
type ModelQuestion = z.infer<ReturnType<typeof modelQuestionSchema>>;

function quizInstructions(request: QuizRequest): string {
  return [
    'You write quiz questions for a university instructor from one lecture transcript.',
    MATERIAL_IS_DATA,
    'Every question must be answerable from the transcript alone, test understanding rather than trivia, and have one defensible answer.',
    `Write exactly ${request.count} question(s), using these types in turn: ${request.types.join(', ')}.`,
    'Reply with one JSON object and nothing else: {"questions": [{"type": one of the types, "prompt": string, "options": [{"text": string, "correct": boolean}], "answer": string, "explanation": string, "sourceExcerpt": string, "rubric": [{"title": string, "description": string, "points": integer}]}]}.',
    'Rules per type: multiple_choice_single — 4 options, exactly one correct; multiple_choice_multi — 4–5 options, two or more correct; true_false — no options, "answer" is "true" or "false"; short_answer — no options, "answer" is the short accepted answer; essay — no options, "answer" says what a good answer covers, "rubric" has 2–4 criteria.',
    '"explanation" tells the student why the answer is right; "sourceExcerpt" quotes the transcript sentence the question rests on, word for word.',
  ].join('\n');
}

function draftFromModel(question: ModelQuestion, place: QuestionPlace): DraftQuestion {
  const common = { prompt: question.prompt, explanation: question.explanation, sourceExcerpt: question.sourceExcerpt };
  switch (question.type) {
    case 'multiple_choice_single':
    case 'multiple_choice_multi':
      return choiceQuestion(question.type, common, question.options, place);
    case 'true_false':
      return trueFalseQuestion(common, question.answer.toLowerCase() === 'true', place);
    case 'short_answer':
      return shortAnswerQuestion(common, [question.answer], place);
    case 'essay':
      return essayQuestion(
        common,
        question.answer,
        question.rubric.map((criterion, index) => ({ id: `c${index + 1}`, ...criterion })),
        place,
      );
  }
}

export interface QuizDraftContent {
  questions: DraftQuestion[];
  offline: boolean;
  model: string | null;
}

export async function draftQuizQuestions(model: ChatModel | null, material: LectureMaterial, request: QuizRequest): Promise<QuizDraftContent> {
  const place = { subject: material.course.title, topic: material.lectureTitle };
  if (!model) {
    const questions = offlineQuiz(readLectureText(material.transcript), { ...request, lectureTitle: material.lectureTitle, place });
    return { questions, offline: true, model: null };
  }
  const { value, model: modelName } = await askModelForJson({
    model,
    tool: 'quiz',
    system: quizInstructions(request),
    user: lectureForModel(material),
    schema: modelQuizSchema(request),
    maxTokens: 400 + request.count * 350,
    textOf: (quiz) => quiz.questions.map((question) => [question.prompt, question.answer, question.explanation, ...question.options.map((option) => option.text)].join('\n')).join('\n'),
  });
  return { questions: value.questions.slice(0, request.count).map((question) => draftFromModel(question, place)), offline: false, model: modelName };
}

/** Drafts the questions and stores them for the instructor who asked. */
export async function generateQuizDraft(
  db: Db,
  model: ChatModel | null,
  material: LectureMaterial,
  request: QuizRequest & { requestedById: string },
): Promise<TutorQuizDraft> {
  const content = await draftQuizQuestions(model, material, request);
  if (content.questions.length === 0) {
    throw badInput('This lecture’s transcript has too few complete sentences to draft questions from. Add to the transcript and publish again.');
  }
  return db.tutorQuizDraft.create({
    data: {
      courseId: material.course.courseId,
      lectureId: material.lectureId,
      requestedById: request.requestedById,
      questions: content.questions,
      offline: content.offline,
      model: content.model,
    },
  });
}
