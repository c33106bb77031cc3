// The spiritual evaluation through the gateway: the applicant answers and submits the questionnaire,
// officers score it (never the tutor: its draft is a suggestion that arrives over the bus and scores
// nothing), and applicants never read scores, notes or the draft.
import { createPerson, type Person } from '../../../scripts/platform/test-people';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import type { PrismaClient } from '../../kit/src/db';
import { waitFor } from '../../kit/src/wait-for';
import { storedDraftOf } from '../src/evaluation/evaluation-record';
import { SPIRITUAL_QUESTIONS, SPIRITUAL_RUBRIC } from '../src/evaluation/questionnaire';
import { COMPLETE_ANSWERS, GOOD_SCORES, answerList, applicantWith, errorsOf, staffedProgram } from './support/evaluation';

let platform: TestPlatform;
let prisma: PrismaClient;
let stranger: Person;

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
  stranger = await createPerson(prisma, { roles: ['student'] });
}, 120_000);

afterAll(async () => {
  await platform?.stop();
});

const SAVE = `mutation($id: ID!, $answers: [SpiritualAnswerInput!]!) { saveSpiritualQuestionnaire(applicationId: $id, answers: $answers) { spiritualEvaluation { submitted questions { id answer } } } }`;
const SUBMIT = `mutation($id: ID!, $answers: [SpiritualAnswerInput!]) { submitSpiritualQuestionnaire(applicationId: $id, answers: $answers) { spiritualEvaluation { submitted submittedAt } } }`;
const SCORE = `mutation($id: ID!, $scores: [SpiritualScoreInput!]!, $note: String!) { scoreSpiritualEvaluation(applicationId: $id, scores: $scores, note: $note) { status spiritualEvaluation { scored totalScore note confirmedBy { id } scores { criterion { id } points } } } }`;
const REQUEST_DRAFT = `mutation($id: ID!) { requestSpiritualEvaluationDraft(applicationId: $id) { status spiritualEvaluation { aiDraftRequestedAt scored } } }`;
const EVALUATION = `query($id: ID!) { application(id: $id) { status spiritualEvaluation {
  submitted scored maxScore questions { id prompt answer } rubric { id maxPoints } scores { points } totalScore note confirmedBy { id } confirmedAt aiDraftRequestedAt
  aiDraft { summary offline model totalPoints scores { criterion { id } points comment } } } } }`;

type Evaluation = {
  submitted: boolean;
  scored: boolean;
  questions: { id: string; answer: string | null }[];
  rubric: unknown;
  scores: unknown;
  totalScore: number | null;
  note: string | null;
  confirmedBy: unknown;
  confirmedAt: unknown;
  aiDraftRequestedAt: string | null;
  aiDraft: { summary: string; offline: boolean; totalPoints: number; scores: { criterion: { id: string }; points: number; comment: string }[] } | null;
};

async function evaluationAs(token: string, applicationId: string): Promise<{ status: string; spiritualEvaluation: Evaluation }> {
  const response = await platform.graphql<{ application: { status: string; spiritualEvaluation: Evaluation } }>(EVALUATION, { id: applicationId }, { token });
  expect(response.errors).toBeUndefined();
  return response.data!.application;
}

describe('saveSpiritualQuestionnaire', () => {
  it('stores the applicant’s answers and shows them back under their questions', async () => {
    const setup = await staffedProgram(prisma);
    const { applicant, application } = await applicantWith(prisma, setup);
    const [first, second] = SPIRITUAL_QUESTIONS;
    await platform.graphql(SAVE, { id: application.id, answers: [{ questionId: first!.id, answer: 'Saved at Easter.' }] }, { token: applicant.token });
    const response = await platform.graphql<{ saveSpiritualQuestionnaire: { spiritualEvaluation: Evaluation } }>(
      SAVE,
      { id: application.id, answers: [{ questionId: second!.id, answer: '  Youth leader at St Mark’s.  ' }] },
      { token: applicant.token },
    );
    expect(response.errors).toBeUndefined();
    const { submitted, questions } = response.data!.saveSpiritualQuestionnaire.spiritualEvaluation;
    expect(submitted).toBe(false);
    expect(questions.map((question) => question.id)).toEqual(SPIRITUAL_QUESTIONS.map((question) => question.id));
    expect(questions.slice(0, 3)).toEqual([
      { id: first!.id, answer: 'Saved at Easter.' },
      { id: second!.id, answer: 'Youth leader at St Mark’s.' },
      { id: SPIRITUAL_QUESTIONS[2]!.id, answer: null },
    ]);
  });

  it('refuses an unknown question on its questionId and an over-long answer on its answer', async () => {
    const setup = await staffedProgram(prisma);
    const { applicant, application } = await applicantWith(prisma, setup);
    const unknown = await platform.graphql(SAVE, { id: application.id, answers: [{ questionId: 'favourite-hymn', answer: 'Amazing Grace' }] }, { token: applicant.token });
    expect(errorsOf(unknown)).toEqual([['BAD_USER_INPUT', 'answers[0].questionId']]);
    const long = await platform.graphql(SAVE, { id: application.id, answers: [{ questionId: SPIRITUAL_QUESTIONS[0]!.id, answer: 'a'.repeat(4_001) }] }, { token: applicant.token });
    expect(errorsOf(long)).toEqual([['BAD_USER_INPUT', 'answers[0].answer']]);
    expect(await prisma.spiritualEvaluation.count({ where: { applicationId: application.id } })).toBe(0);
  });

  it('treats a stranger and an officer as not finding the application', async () => {
    const setup = await staffedProgram(prisma);
    const { application } = await applicantWith(prisma, setup);
    const answers = [{ questionId: SPIRITUAL_QUESTIONS[0]!.id, answer: 'Not mine to give.' }];
    for (const viewer of [stranger, setup.officer]) {
      expect(errorsOf(await platform.graphql(SAVE, { id: application.id, answers }, { token: viewer.token }))).toEqual([['NOT_FOUND', undefined]]);
    }
    expect(await prisma.spiritualEvaluation.count({ where: { applicationId: application.id } })).toBe(0);
  });

  it('is refused outside the spiritual evaluation stage', async () => {
    const setup = await staffedProgram(prisma);
    const { applicant, application } = await applicantWith(prisma, setup, { status: 'eligibility_review' });
    expect(errorsOf(await platform.graphql(SAVE, { id: application.id, answers: answerList(COMPLETE_ANSWERS) }, { token: applicant.token }))).toEqual([['CONFLICT', undefined]]);
  });
});

describe('submitSpiritualQuestionnaire', () => {
  it('refuses a questionnaire with unanswered questions on answers, and keeps nothing of the attempt', async () => {
    const setup = await staffedProgram(prisma);
    const { applicant, application } = await applicantWith(prisma, setup, { questionnaire: 'draft' });
    const response = await platform.graphql(SUBMIT, { id: application.id, answers: [{ questionId: SPIRITUAL_QUESTIONS[1]!.id, answer: 'Only this one.' }] }, { token: applicant.token });
    expect(errorsOf(response)).toEqual([['BAD_USER_INPUT', 'answers']]);
    expect(response.errors![0]!.message).toContain(SPIRITUAL_QUESTIONS[2]!.prompt);
    const stored = await evaluationAs(applicant.token, application.id);
    expect(stored.spiritualEvaluation.submitted).toBe(false);
    expect(stored.spiritualEvaluation.questions[1]!.answer).toBeNull();
  });

  it('submits a complete questionnaire, after which the answers cannot change', async () => {
    const setup = await staffedProgram(prisma);
    const { applicant, application } = await applicantWith(prisma, setup);
    const response = await platform.graphql<{ submitSpiritualQuestionnaire: { spiritualEvaluation: { submitted: boolean; submittedAt: string } } }>(
      SUBMIT,
      { id: application.id, answers: answerList(COMPLETE_ANSWERS) },
      { token: applicant.token },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.submitSpiritualQuestionnaire.spiritualEvaluation.submitted).toBe(true);
    const again = await platform.graphql(SAVE, { id: application.id, answers: [{ questionId: SPIRITUAL_QUESTIONS[0]!.id, answer: 'A second thought.' }] }, { token: applicant.token });
    expect(errorsOf(again)).toEqual([['CONFLICT', undefined]]);
    expect((await evaluationAs(applicant.token, application.id)).spiritualEvaluation.questions[0]!.answer).toBe(COMPLETE_ANSWERS[SPIRITUAL_QUESTIONS[0]!.id]);
  });

  it('refuses a stranger', async () => {
    const setup = await staffedProgram(prisma);
    const { application } = await applicantWith(prisma, setup, { questionnaire: 'draft' });
    expect(errorsOf(await platform.graphql(SUBMIT, { id: application.id, answers: answerList(COMPLETE_ANSWERS) }, { token: stranger.token }))).toEqual([['NOT_FOUND', undefined]]);
  });
});

describe('scoreSpiritualEvaluation', () => {
  it('lets an officer score every criterion with a note, and the applicant sees only that it is scored', async () => {
    const setup = await staffedProgram(prisma);
    const { applicant, application } = await applicantWith(prisma, setup, { questionnaire: 'submitted' });
    const response = await platform.graphql<{ scoreSpiritualEvaluation: { status: string; spiritualEvaluation: Evaluation } }>(
      SCORE,
      { id: application.id, scores: GOOD_SCORES, note: 'Clear testimony and a settled calling.' },
      { token: setup.officer.token },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.scoreSpiritualEvaluation).toMatchObject({
      status: 'spiritual_evaluation',
      spiritualEvaluation: { scored: true, totalScore: 99, note: 'Clear testimony and a settled calling.', confirmedBy: { id: setup.officer.id } },
    });
    expect(response.data!.scoreSpiritualEvaluation.spiritualEvaluation.scores).toEqual(GOOD_SCORES.map((score) => ({ criterion: { id: score.criterionId }, points: score.points })));

    const seen = (await evaluationAs(applicant.token, application.id)).spiritualEvaluation;
    expect(seen).toMatchObject({ submitted: true, scored: true, rubric: null, scores: null, totalScore: null, note: null, confirmedBy: null, confirmedAt: null, aiDraft: null });
  });

  it('refuses unknown criteria, points out of range, missing criteria and an empty note, naming the field', async () => {
    const setup = await staffedProgram(prisma);
    const { application } = await applicantWith(prisma, setup, { questionnaire: 'submitted' });
    const top = SPIRITUAL_RUBRIC[0]!;
    const cases: [object, string, string][] = [
      [[...GOOD_SCORES, { criterionId: 'eloquence', points: 1 }], 'fine', `scores[${GOOD_SCORES.length}].criterionId`],
      [GOOD_SCORES.map((score, index) => (index === 0 ? { ...score, points: top.maxPoints + 1 } : score)), 'fine', 'scores[0].points'],
      [GOOD_SCORES.slice(1), 'fine', 'scores'],
      [GOOD_SCORES, '   ', 'note'],
    ];
    for (const [scores, note, field] of cases) {
      expect(errorsOf(await platform.graphql(SCORE, { id: application.id, scores, note }, { token: setup.officer.token }))).toEqual([['BAD_USER_INPUT', field]]);
    }
    expect((await prisma.spiritualEvaluation.findUniqueOrThrow({ where: { applicationId: application.id } })).confirmedAt).toBeNull();
  });

  it('refuses to score a questionnaire that is not submitted yet', async () => {
    const setup = await staffedProgram(prisma);
    const { application } = await applicantWith(prisma, setup, { questionnaire: 'draft' });
    expect(errorsOf(await platform.graphql(SCORE, { id: application.id, scores: GOOD_SCORES, note: 'Too early.' }, { token: setup.officer.token }))).toEqual([['CONFLICT', undefined]]);
  });

  it('refuses the applicant, a stranger and an officer of another program', async () => {
    const setup = await staffedProgram(prisma);
    const { applicant, application } = await applicantWith(prisma, setup, { questionnaire: 'submitted' });
    const outsider = await staffedProgram(prisma);
    const codes = [];
    for (const viewer of [applicant, stranger, outsider.officer]) {
      codes.push(errorsOf(await platform.graphql(SCORE, { id: application.id, scores: GOOD_SCORES, note: 'Self-assessed.' }, { token: viewer.token }))[0]![0]);
    }
    expect(codes).toEqual(['FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND']);
  });

  it('lets an officer score again before the interview, keeping every scoring on record', async () => {
    const setup = await staffedProgram(prisma);
    const { application } = await applicantWith(prisma, setup, { scored: true, status: 'interview_scheduled' });
    const lower = SPIRITUAL_RUBRIC.map((criterion) => ({ criterionId: criterion.id, points: Math.floor(criterion.maxPoints / 2) }));
    const response = await platform.graphql<{ scoreSpiritualEvaluation: { spiritualEvaluation: Evaluation } }>(SCORE, { id: application.id, scores: lower, note: 'On reflection, less settled.' }, { token: setup.officer.token });
    expect(response.data!.scoreSpiritualEvaluation.spiritualEvaluation.totalScore).toBe(lower.reduce((sum, score) => sum + score.points, 0));
    const notes = await prisma.applicationNote.findMany({ where: { applicationId: application.id } });
    expect(notes).toEqual([expect.objectContaining({ authorId: setup.officer.id, body: expect.stringMatching(/scored \d+\/100.*replacing 99\/100.*On reflection, less settled\./) })]);
  });

  it('refuses to score once the interview has taken place', async () => {
    const setup = await staffedProgram(prisma);
    const { application } = await applicantWith(prisma, setup, { scored: true, status: 'interviewed' });
    expect(errorsOf(await platform.graphql(SCORE, { id: application.id, scores: GOOD_SCORES, note: 'Too late.' }, { token: setup.officer.token }))).toEqual([['CONFLICT', undefined]]);
  });
});

describe('requestSpiritualEvaluationDraft', () => {
  it('brings back the tutor’s offline draft as a suggestion: nothing is scored and the status stays', async () => {
    const setup = await staffedProgram(prisma);
    const { applicant, application } = await applicantWith(prisma, setup, { questionnaire: 'submitted' });
    const response = await platform.graphql<{ requestSpiritualEvaluationDraft: { status: string; spiritualEvaluation: { aiDraftRequestedAt: string | null; scored: boolean } } }>(
      REQUEST_DRAFT,
      { id: application.id },
      { token: setup.officer.token },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.requestSpiritualEvaluationDraft.spiritualEvaluation.aiDraftRequestedAt).not.toBeNull();

    const request = await prisma.admissionsOutboxEvent.findFirstOrThrow({ where: { type: 'SpiritualEvaluationDraftRequested', payload: { path: ['applicationId'], equals: application.id } } });
    expect(request.payload).toEqual({
      applicationId: application.id,
      programName: 'Bachelor of Theology',
      questions: SPIRITUAL_QUESTIONS.map((question) => ({ id: question.id, prompt: question.prompt, answer: COMPLETE_ANSWERS[question.id] })),
      rubric: SPIRITUAL_RUBRIC.map((criterion) => ({ criterionId: criterion.id, title: criterion.title, description: criterion.description, maxPoints: criterion.maxPoints })),
    });

    const stored = await waitFor(
      async () => {
        const evaluation = await prisma.spiritualEvaluation.findUniqueOrThrow({ where: { applicationId: application.id } });
        return storedDraftOf(evaluation) ? evaluation : null;
      },
      { timeoutMs: 30_000, what: 'the tutor’s draft to be stored' },
    );
    expect(stored).toMatchObject({ aiDraftRequestedAt: null, confirmedAt: null, confirmedById: null, totalScore: null, rubricScores: null });

    const seenByOfficer = await evaluationAs(setup.officer.token, application.id);
    expect(seenByOfficer.status).toBe('spiritual_evaluation');
    expect(seenByOfficer.spiritualEvaluation).toMatchObject({ scored: false, aiDraftRequestedAt: null, aiDraft: { offline: true } });
    const draft = seenByOfficer.spiritualEvaluation.aiDraft!;
    expect(draft.scores.map((score) => score.criterion.id)).toEqual(SPIRITUAL_RUBRIC.map((criterion) => criterion.id));
    draft.scores.forEach((score, index) => expect(score.points).toBeLessThanOrEqual(SPIRITUAL_RUBRIC[index]!.maxPoints));
    expect(draft.totalPoints).toBe(draft.scores.reduce((sum, score) => sum + score.points, 0));
    expect(draft.summary).toMatch(/officer must read the answers/);

    expect((await evaluationAs(applicant.token, application.id)).spiritualEvaluation).toMatchObject({ scored: false, aiDraft: null, aiDraftRequestedAt: null });
  });

  it('refuses a second request while the first is on its way', async () => {
    const setup = await staffedProgram(prisma);
    const { application } = await applicantWith(prisma, setup, { questionnaire: 'submitted' });
    await prisma.spiritualEvaluation.update({ where: { applicationId: application.id }, data: { aiDraftRequestedAt: new Date() } });
    expect(errorsOf(await platform.graphql(REQUEST_DRAFT, { id: application.id }, { token: setup.officer.token }))).toEqual([['CONFLICT', undefined]]);
  });

  it('refuses a questionnaire that is not submitted, the applicant and an officer of another program', async () => {
    const setup = await staffedProgram(prisma);
    const { application: draft } = await applicantWith(prisma, setup, { questionnaire: 'draft' });
    expect(errorsOf(await platform.graphql(REQUEST_DRAFT, { id: draft.id }, { token: setup.officer.token }))).toEqual([['CONFLICT', undefined]]);
    const { applicant, application } = await applicantWith(prisma, setup, { questionnaire: 'submitted' });
    const outsider = await staffedProgram(prisma);
    expect(errorsOf(await platform.graphql(REQUEST_DRAFT, { id: application.id }, { token: applicant.token }))[0]![0]).toBe('FORBIDDEN');
    expect(errorsOf(await platform.graphql(REQUEST_DRAFT, { id: application.id }, { token: outsider.officer.token }))[0]![0]).toBe('NOT_FOUND');
    expect(await prisma.admissionsOutboxEvent.count({ where: { type: 'SpiritualEvaluationDraftRequested', payload: { path: ['applicationId'], equals: application.id } } })).toBe(0);
  });
});
