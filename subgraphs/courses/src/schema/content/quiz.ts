// Quizzes and the question bank as editors see them. Students meet questions only through an attempt,
// which never carries the answer key before submission.
import { builder } from '../../builder';
import { readOptions } from '../../question-spec';
import { DifficultyEnum, QuestionTypeEnum } from './enums';
import { QuestionOptionType } from './rubric';
import { courseEditorOnly, enrolledOrEditor } from './scopes';

export const QuestionType = builder.prismaObject('Question', {
  description: 'A question of a course’s bank. Only the course’s editors can read bank questions.',
  fields: (t) => ({
    id: t.exposeID('id'),
    type: t.field({ type: QuestionTypeEnum, resolve: (question) => question.type }),
    prompt: t.exposeString('prompt', { authScopes: courseEditorOnly }),
    options: t.field({
      type: [QuestionOptionType],
      authScopes: courseEditorOnly,
      resolve: (question) => readOptions(question.options),
    }),
    answerKey: t.field({
      type: 'JSON',
      description: 'What grading compares against; see the authoring guide for its shape per type.',
      authScopes: courseEditorOnly,
      resolve: (question) => question.answerKey,
    }),
    explanation: t.exposeString('explanation', { authScopes: courseEditorOnly }),
    grade: t.exposeInt('grade', { nullable: true }),
    subject: t.exposeString('subject'),
    topic: t.exposeString('topic'),
    difficulty: t.field({ type: DifficultyEnum, resolve: (question) => question.difficulty }),
    tags: t.exposeStringList('tags'),
  }),
});

export const QuizQuestionType = builder.prismaObject('QuizQuestion', {
  description: 'A bank question placed in a quiz, with its points there.',
  fields: (t) => ({
    position: t.exposeInt('position'),
    points: t.exposeInt('points'),
    question: t.relation('question'),
  }),
});

export const QuizType = builder.prismaObject('Quiz', {
  fields: (t) => ({
    id: t.exposeID('id'),
    position: t.exposeInt('position'),
    title: t.exposeString('title'),
    description: t.exposeString('description'),
    timeLimitSeconds: t.exposeInt('timeLimitSeconds', { nullable: true, description: 'Null when untimed.' }),
    maxAttempts: t.exposeInt('maxAttempts', { nullable: true, description: 'Null when unlimited.' }),
    passingScorePercent: t.exposeInt('passingScorePercent'),
    shuffleQuestions: t.exposeBoolean('shuffleQuestions'),
    shuffleOptions: t.exposeBoolean('shuffleOptions'),
    questionCount: t.relationCount('questions', { authScopes: enrolledOrEditor }),
    questions: t.relation('questions', {
      description: 'The questions with their answer keys: the course’s editors only.',
      authScopes: courseEditorOnly,
      query: { orderBy: { position: 'asc' } },
    }),
    module: t.relation('module'),
  }),
});
