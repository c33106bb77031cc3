// Matching a student's message to a question of a quiz they are taking: exact and near-paraphrased
// questions match, questions on other things do not, and the tutor's reply offers help after the quiz.
import { randomUUID } from 'node:crypto';
import type { ActiveQuiz } from '../src/safety/active-quiz';
import { honestyReply, matchActiveQuizQuestion } from '../src/safety/honesty';

function quizOf(prompts: string[], deadlineAt: Date | null = null): ActiveQuiz {
  return {
    attemptId: randomUUID(),
    quizId: randomUUID(),
    courseId: randomUUID(),
    questions: prompts.map((prompt) => ({ id: randomUUID(), prompt })),
    deadlineAt,
  };
}

const biology = quizOf([
  'Which organelle is responsible for producing ATP through cellular respiration?',
  'What is the primary pigment that absorbs light during photosynthesis?',
  'Explain why enzymes denature at high temperatures.',
]);
const history = quizOf(['In which year did the Western Roman Empire fall?']);

describe('matchActiveQuizQuestion', () => {
  it('matches the question asked word for word', () => {
    const match = matchActiveQuizQuestion('What is the primary pigment that absorbs light during photosynthesis?', [history, biology]);
    expect(match).toEqual({ quiz: biology, questionId: biology.questions[1]?.id });
  });

  it('matches a question pasted inside a longer request', () => {
    const match = matchActiveQuizQuestion(
      'hey can you just tell me: which organelle is responsible for producing ATP through cellular respiration? thanks!!',
      [biology],
    );
    expect(match?.questionId).toBe(biology.questions[0]?.id);
  });

  it.each([
    ['Which organelle produces ATP in cellular respiration?', 0],
    ['what pigment absorbs the light in photosynthesis', 1],
    ['why do enzymes get denatured at a high temperature', 2],
    ['When did the western roman empire fall?', 'history'],
  ] as const)('matches the near-paraphrase "%s"', (message, expected) => {
    const match = matchActiveQuizQuestion(message, [biology, history]);
    if (expected === 'history') expect(match).toEqual({ quiz: history, questionId: history.questions[0]?.id });
    else expect(match).toEqual({ quiz: biology, questionId: biology.questions[expected]?.id });
  });

  it.each([
    'Can you explain how photosynthesis works in general?',
    'What is the difference between mitosis and meiosis?',
    'Who was the first Roman emperor?',
    'How do I cite a lecture in APA style?',
    'ATP',
  ])('does not match the unrelated question "%s"', (message) => {
    expect(matchActiveQuizQuestion(message, [biology, history])).toBeNull();
  });

  it('matches nothing when no quiz is open', () => {
    expect(matchActiveQuizQuestion('In which year did the Western Roman Empire fall?', [])).toBeNull();
  });
});

describe('honestyReply', () => {
  it('declines to answer, offers help after the quiz and a general explanation now', () => {
    const reply = honestyReply(quizOf(['Q?'], new Date('2030-05-01T14:30:00Z')));
    expect(reply).toMatch(/won't answer/);
    expect(reply).toMatch(/submitted/);
    expect(reply).toMatch(/general idea/);
    expect(reply).toMatch(/14:30 UTC/);
  });
});
