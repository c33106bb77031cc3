// References through the gateway: the applicant invites referees (a mailed single-use link, only its
// hash stored), the referee reads and answers the form without signing in, once and before it
// expires; resending kills the old link; only staff read the answers.
import { randomUUID } from 'node:crypto';
import type { Person } from '../../../scripts/platform/test-people';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import type { PrismaClient } from '../../kit/src/db';
import { readDevMailbox } from '../../kit/src/mail';
import { waitFor } from '../../kit/src/wait-for';
import { hashReferenceToken } from '../src/references/reference-token';
import { DAY_MS, asPerson, createApplicant, createDraft, createReference, firstError, openProgram, type OpenProgram } from './support/submission';

let platform: TestPlatform;
let prisma: PrismaClient;
let open: OpenProgram;

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
  open = await openProgram(prisma);
}, 120_000);

afterAll(async () => {
  await platform?.stop();
});

const INVITE = `mutation($applicationId: ID!, $refereeName: String!, $refereeEmail: String!, $relationship: String!) {
  inviteReferee(applicationId: $applicationId, refereeName: $refereeName, refereeEmail: $refereeEmail, relationship: $relationship) {
    id refereeName refereeEmail relationship status expiresAt response { recommendation } } }`;
const RESEND = `mutation($referenceId: ID!) { resendRefereeInvite(referenceId: $referenceId) { id status expiresAt } }`;
const FORM = `query($token: String!) { referenceForm(token: $token) { applicantName programName refereeName questions { id prompt } } }`;
const SUBMIT = `mutation($token: String!, $input: SubmitReferenceInput!) { submitReference(token: $token, input: $input) { refereeName submittedAt } }`;
const REFERENCES = `query($id: ID!) { application(id: $id) { references { refereeName refereeEmail relationship status submittedAt response { recommendation answers { questionId question answer } } } } }`;

type Invited = { inviteReferee: { id: string; refereeEmail: string; status: string; expiresAt: string; response: unknown } };
type Form = { referenceForm: { applicantName: string | null; programName: string; refereeName: string; questions: { id: string; prompt: string }[] } };
type References = { application: { references: { status: string; response: { recommendation: string; answers: { questionId: string; answer: string }[] } | null }[] } };

const QUESTION_IDS = ['relationship', 'character', 'faith', 'readiness'];
const fullAnswers = () => QUESTION_IDS.map((questionId) => ({ questionId, answer: `A thoughtful answer about ${questionId}.` }));
const refereeEmail = () => `referee-${randomUUID()}@example.test`;

async function draftWithName(): Promise<{ applicant: Person; applicationId: string }> {
  const applicant = await createApplicant(prisma);
  const application = await createDraft(prisma, applicant.id, open.intake.id, { complete: false });
  await prisma.application.update({ where: { id: application.id }, data: { personalDetails: { legalName: 'Ada Okafor' } } });
  return { applicant, applicationId: application.id };
}

const invite = (applicationId: string, overrides: Record<string, unknown> = {}) => ({
  applicationId,
  refereeName: 'Pastor Grace Mensah',
  refereeEmail: refereeEmail(),
  relationship: 'My pastor for six years',
  ...overrides,
});

/** The token in the newest invite mailed to `email`. */
async function mailedToken(email: string, notToken?: string): Promise<string> {
  return waitFor(
    async () => {
      const [mail] = await readDevMailbox(prisma, email, 1);
      const token = mail && /\/references\/([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
      return token && token !== notToken ? token : null;
    },
    { what: `a reference invite to ${email}` },
  );
}

describe('inviteReferee', () => {
  it('stores the referee with only the token’s hash and mails them a link to the form', async () => {
    const { applicant, applicationId } = await draftWithName();
    const variables = invite(applicationId, { refereeEmail: `  ${refereeEmail().toUpperCase()} ` });
    const response = await asPerson<Invited>(platform, applicant, INVITE, variables);
    expect(response.errors).toBeUndefined();
    const email = (variables.refereeEmail as string).trim().toLowerCase();
    expect(response.data!.inviteReferee).toMatchObject({ refereeEmail: email, status: 'invited', response: null });
    expect(new Date(response.data!.inviteReferee.expiresAt).getTime()).toBeGreaterThan(Date.now() + 13.9 * DAY_MS);

    const [mail] = await readDevMailbox(prisma, email, 1);
    expect(mail?.subject).toMatch(/Ada Okafor is applying to Bachelor of Theology/);
    expect(mail?.text).toMatch(/^http:\/\/localhost:4000\/references\/[A-Za-z0-9_-]{43}$/m);
    const token = await mailedToken(email);
    const stored = await prisma.applicationReference.findUniqueOrThrow({ where: { id: response.data!.inviteReferee.id } });
    expect(stored.tokenHash).toBe(hashReferenceToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it.each([
    ['refereeName', { refereeName: 'X' }],
    ['refereeEmail', { refereeEmail: 'not-an-email' }],
    ['refereeEmail', { refereeEmail: 'two@@example.org' }],
    ['relationship', { relationship: ' ' }],
    ['relationship', { relationship: 'x'.repeat(121) }],
  ])('refuses bad input on %s and invites nobody', async (field, overrides) => {
    const { applicant, applicationId } = await draftWithName();
    expect(firstError(await asPerson(platform, applicant, INVITE, invite(applicationId, overrides)))).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(await prisma.applicationReference.count({ where: { applicationId } })).toBe(0);
  });

  it('refuses a fourth referee and the same referee twice', async () => {
    const { applicant, applicationId } = await draftWithName();
    const first = invite(applicationId);
    for (const variables of [first, invite(applicationId), invite(applicationId)]) {
      expect((await asPerson(platform, applicant, INVITE, variables)).errors).toBeUndefined();
    }
    const fourth = await asPerson(platform, applicant, INVITE, invite(applicationId));
    expect(firstError(fourth).code).toBe('CONFLICT');
    expect(fourth.errors?.[0]?.message).toMatch(/at most 3 referees/);
    const again = await asPerson(platform, applicant, INVITE, { ...first, refereeName: 'Someone Else' });
    expect(firstError(again).code).toBe('CONFLICT');
    expect(await prisma.applicationReference.count({ where: { applicationId } })).toBe(3);
  });

  it('lets the applicant invite after submitting, but not once review has started', async () => {
    const { applicant, applicationId } = await draftWithName();
    await prisma.application.update({ where: { id: applicationId }, data: { status: 'submitted' } });
    expect((await asPerson(platform, applicant, INVITE, invite(applicationId))).errors).toBeUndefined();
    await prisma.application.update({ where: { id: applicationId }, data: { status: 'eligibility_review' } });
    expect(firstError(await asPerson(platform, applicant, INVITE, invite(applicationId))).code).toBe('CONFLICT');
  });

  it('reports another person’s application as NOT_FOUND and mails nobody', async () => {
    const { applicationId } = await draftWithName();
    const variables = invite(applicationId);
    for (const person of [await createApplicant(prisma), open.officer]) {
      expect(firstError(await asPerson(platform, person, INVITE, variables)).code).toBe('NOT_FOUND');
    }
    expect(firstError(await asPerson(platform, null, INVITE, variables)).code).toBe('UNAUTHENTICATED');
    expect(await readDevMailbox(prisma, variables.refereeEmail as string)).toEqual([]);
  });
});

describe('the reference form', () => {
  it('shows the applicant’s name, the program, the referee and the questions without signing in', async () => {
    const { applicationId } = await draftWithName();
    const { token } = await createReference(prisma, applicationId);
    const response = await asPerson<Form>(platform, null, FORM, { token });
    expect(response.errors).toBeUndefined();
    expect(response.data!.referenceForm).toMatchObject({ applicantName: 'Ada Okafor', programName: open.program.name, refereeName: 'Pastor Grace Mensah' });
    expect(response.data!.referenceForm.questions.map((question) => question.id)).toEqual(QUESTION_IDS);
  });

  it('answers an unknown link with NOT_FOUND and an expired one with CONFLICT', async () => {
    expect(firstError(await asPerson(platform, null, FORM, { token: 'no-such-token' })).code).toBe('NOT_FOUND');
    const { applicationId } = await draftWithName();
    const { token } = await createReference(prisma, applicationId, { expiresAt: new Date(Date.now() - 60_000) });
    const expired = await asPerson(platform, null, FORM, { token });
    expect(firstError(expired).code).toBe('CONFLICT');
    expect(expired.errors?.[0]?.message).toMatch(/expired/);
    expect(firstError(await asPerson(platform, null, SUBMIT, { token, input: { recommendation: 'recommend', answers: fullAnswers() } })).code).toBe('CONFLICT');
    expect((await prisma.applicationReference.findFirstOrThrow({ where: { applicationId } })).submittedAt).toBeNull();
  });
});

describe('submitReference', () => {
  it('stores the answers once; the applicant sees it submitted but not what was said, the officer sees it all', async () => {
    const { applicant, applicationId } = await draftWithName();
    const { token } = await createReference(prisma, applicationId);
    const response = await asPerson<{ submitReference: { refereeName: string } }>(platform, null, SUBMIT, { token, input: { recommendation: 'strongly_recommend', answers: fullAnswers() } });
    expect(response.errors).toBeUndefined();
    expect(response.data!.submitReference.refereeName).toBe('Pastor Grace Mensah');

    const asApplicant = await asPerson<References>(platform, applicant, REFERENCES, { id: applicationId });
    expect(asApplicant.data!.application.references).toEqual([expect.objectContaining({ status: 'submitted', response: null })]);
    const asOfficer = await asPerson<References>(platform, open.officer, REFERENCES, { id: applicationId });
    const [reference] = asOfficer.data!.application.references;
    expect(reference?.response?.recommendation).toBe('strongly_recommend');
    expect(reference?.response?.answers.map((answer) => answer.questionId)).toEqual(QUESTION_IDS);
    expect(reference?.response?.answers[2]?.answer).toBe('A thoughtful answer about faith.');

    const again = await asPerson(platform, null, SUBMIT, { token, input: { recommendation: 'not_recommend', answers: fullAnswers() } });
    expect(firstError(again).code).toBe('CONFLICT');
    expect((await prisma.applicationReference.findFirstOrThrow({ where: { applicationId } })).response).toMatchObject({ recommendation: 'strongly_recommend' });
  });

  it('stores exactly one of two submissions sent at once', async () => {
    const { applicationId } = await draftWithName();
    const { token } = await createReference(prisma, applicationId);
    const responses = await Promise.all(
      (['recommend', 'neutral'] as const).map((recommendation) => asPerson(platform, null, SUBMIT, { token, input: { recommendation, answers: fullAnswers() } })),
    );
    const codes = responses.map((response) => firstError(response).code);
    expect(codes.sort()).toEqual(['CONFLICT', undefined]);
    const winner = responses.findIndex((response) => response.errors === undefined);
    const stored = await prisma.applicationReference.findFirstOrThrow({ where: { applicationId } });
    expect(stored.response).toMatchObject({ recommendation: winner === 0 ? 'recommend' : 'neutral' });
  });

  it.each([
    ['answers[0].questionId', () => [{ questionId: 'favourite-colour', answer: 'Blue' }, ...fullAnswers()]],
    ['answers[1].questionId', () => [fullAnswers()[0]!, ...fullAnswers()]],
    ['answers[1].answer', () => fullAnswers().map((answer, index) => (index === 1 ? { ...answer, answer: 'x'.repeat(3001) } : answer))],
    ['answers[0].answer', () => fullAnswers().map((answer, index) => (index === 0 ? { ...answer, answer: '   ' } : answer))],
    ['answers', () => fullAnswers().slice(0, 3)],
  ])('refuses bad input on %s and stores nothing', async (field, answers) => {
    const { applicationId } = await draftWithName();
    const { token } = await createReference(prisma, applicationId);
    const response = await asPerson(platform, null, SUBMIT, { token, input: { recommendation: 'recommend', answers: answers() } });
    expect(firstError(response)).toEqual({ code: 'BAD_USER_INPUT', field });
    expect((await prisma.applicationReference.findFirstOrThrow({ where: { applicationId } })).submittedAt).toBeNull();
  });

  it('answers an unknown link with NOT_FOUND', async () => {
    expect(firstError(await asPerson(platform, null, SUBMIT, { token: randomUUID(), input: { recommendation: 'recommend', answers: fullAnswers() } })).code).toBe('NOT_FOUND');
  });
});

describe('resendRefereeInvite', () => {
  it('mails a new link and kills the old one', async () => {
    const { applicant, applicationId } = await draftWithName();
    const variables = invite(applicationId);
    const invited = await asPerson<Invited>(platform, applicant, INVITE, variables);
    const email = variables.refereeEmail as string;
    const oldToken = await mailedToken(email);
    const resent = await asPerson(platform, applicant, RESEND, { referenceId: invited.data!.inviteReferee.id });
    expect(resent.errors).toBeUndefined();
    const newToken = await mailedToken(email, oldToken);
    expect(firstError(await asPerson(platform, null, FORM, { token: oldToken })).code).toBe('NOT_FOUND');
    expect((await asPerson<Form>(platform, null, FORM, { token: newToken })).data?.referenceForm.refereeName).toBe('Pastor Grace Mensah');
  });

  it('renews an expired link', async () => {
    const { applicant, applicationId } = await draftWithName();
    const { reference } = await createReference(prisma, applicationId, { expiresAt: new Date(Date.now() - DAY_MS) });
    const resent = await asPerson<{ resendRefereeInvite: { status: string } }>(platform, applicant, RESEND, { referenceId: reference.id });
    expect(resent.data?.resendRefereeInvite.status).toBe('invited');
    await mailedToken(reference.refereeEmail);
  });

  it('refuses once the referee answered, and reports others’ references as NOT_FOUND', async () => {
    const { applicant, applicationId } = await draftWithName();
    const { reference, token } = await createReference(prisma, applicationId);
    expect(firstError(await asPerson(platform, await createApplicant(prisma), RESEND, { referenceId: reference.id })).code).toBe('NOT_FOUND');
    expect(firstError(await asPerson(platform, open.officer, RESEND, { referenceId: reference.id })).code).toBe('NOT_FOUND');
    expect(firstError(await asPerson(platform, applicant, RESEND, { referenceId: 'nope' })).code).toBe('NOT_FOUND');
    await asPerson(platform, null, SUBMIT, { token, input: { recommendation: 'recommend', answers: fullAnswers() } });
    expect(firstError(await asPerson(platform, applicant, RESEND, { referenceId: reference.id })).code).toBe('CONFLICT');
    expect((await prisma.applicationReference.findUniqueOrThrow({ where: { id: reference.id } })).tokenHash).toBe(hashReferenceToken(token));
  });
});

describe('Application.references', () => {
  it('shows an expired, unanswered invite as expired, and nothing to a stranger', async () => {
    const { applicant, applicationId } = await draftWithName();
    await createReference(prisma, applicationId, { expiresAt: new Date(Date.now() - 60_000) });
    const response = await asPerson<References>(platform, applicant, REFERENCES, { id: applicationId });
    expect(response.data!.application.references.map((reference) => reference.status)).toEqual(['expired']);
    const stranger = await asPerson<{ application: unknown }>(platform, await createApplicant(prisma), REFERENCES, { id: applicationId });
    expect(stranger.data?.application).toBeNull();
  });
});
