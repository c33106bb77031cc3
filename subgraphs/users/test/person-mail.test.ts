// Mail another domain asks for (PersonMailRequested in its outbox) reaches the person's address through
// the real bus: once, with its attachments, and never to a deleted or unverified account.
import { randomUUID } from 'node:crypto';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createPerson, type Person } from '../../../scripts/platform/test-people';
import type { PrismaClient } from '../../kit/src/db';
import { emitEvent, type DomainEvent } from '../../kit/src/events';
import { readDevMailbox } from '../../kit/src/mail';
import { PERSON_MAIL_REQUESTED, requestPersonMail, type PersonMail } from '../../kit/src/mail/person-mail';
import { waitFor } from '../../kit/src/wait-for';
import { DELIVER_PERSON_MAIL_HANDLER } from '../src/mail/deliver-person-mail';

let platform: TestPlatform;
let prisma: PrismaClient;

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
});

afterAll(async () => {
  await platform?.stop();
});

const INVITE = {
  filename: 'interview.ics',
  contentType: 'text/calendar; method=REQUEST; charset=utf-8',
  content: 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n',
};

/** Requests mail the way admissions does: inside a transaction, through requestPersonMail. */
async function requestMail(mail: PersonMail): Promise<string> {
  await prisma.$transaction((tx) => requestPersonMail(tx, 'admissions', mail));
  const row = await prisma.admissionsOutboxEvent.findFirstOrThrow({
    where: { type: PERSON_MAIL_REQUESTED, payload: { path: ['subject'], equals: mail.subject } },
  });
  return row.id;
}

const uniqueSubject = (what: string) => `${what} ${randomUUID()}`;
const emailOf = async (person: Person) => (await prisma.user.findUniqueOrThrow({ where: { id: person.id }, select: { email: true } })).email;
const processed = (eventId: string) =>
  prisma.usersProcessedEvent.findUnique({ where: { eventId_handler: { eventId, handler: DELIVER_PERSON_MAIL_HANDLER } } });
const mailTo = async (person: Person, subject: string) => (await readDevMailbox(prisma, await emailOf(person))).filter((mail) => mail.subject === subject);

async function waitUntilRelayed(eventId: string, timeoutMs = 10_000): Promise<void> {
  await waitFor(async () => (await prisma.admissionsOutboxEvent.findUnique({ where: { id: eventId } }))?.publishedAt, { what: `event ${eventId} to be relayed`, timeoutMs });
}

test('delivers the mail with its attachment to the person’s address', async () => {
  const applicant = await createPerson(prisma);
  const subject = uniqueSubject('Your interview');
  await requestMail({ userId: applicant.id, subject, text: 'Your interview is on Monday at 10:00.', attachments: [INVITE] });

  const [mail] = await waitFor(async () => {
    const found = await mailTo(applicant, subject);
    return found.length > 0 ? found : null;
  }, { what: 'the mail in the dev mailbox' });
  expect(mail).toMatchObject({ to: await emailOf(applicant), subject, text: 'Your interview is on Monday at 10:00.', attachments: [INVITE] });
});

test('delivers a redelivered request only once', async () => {
  const applicant = await createPerson(prisma);
  const subject = uniqueSubject('Decision');
  const eventId = await requestMail({ userId: applicant.id, subject, text: 'A decision has been made on your application.' });
  await waitUntilRelayed(eventId);

  await prisma.admissionsOutboxEvent.update({ where: { id: eventId }, data: { publishedAt: null } });
  await waitUntilRelayed(eventId);
  expect(await mailTo(applicant, subject)).toHaveLength(1);
});

test('sends nothing to a deleted account', async () => {
  const applicant = await createPerson(prisma);
  await prisma.user.update({ where: { id: applicant.id }, data: { deletedAt: new Date() } });
  const subject = uniqueSubject('Reminder');
  const eventId = await requestMail({ userId: applicant.id, subject, text: 'Your application is waiting for you.' });
  await waitFor(() => processed(eventId), { what: 'the request to be handled' });
  expect(await mailTo(applicant, subject)).toHaveLength(0);
});

test('sends nothing to an address that was never verified', async () => {
  const applicant = await createPerson(prisma);
  await prisma.user.update({ where: { id: applicant.id }, data: { emailVerifiedAt: null } });
  const subject = uniqueSubject('Reminder');
  const eventId = await requestMail({ userId: applicant.id, subject, text: 'Your application is waiting for you.' });
  await waitFor(() => processed(eventId), { what: 'the request to be handled' });
  expect(await mailTo(applicant, subject)).toHaveLength(0);
});

test('dead-letters a malformed request without sending anything', async () => {
  const applicant = await createPerson(prisma);
  const subject = uniqueSubject('Broken');
  // Written straight to the outbox: requestPersonMail itself refuses a payload like this.
  const event: DomainEvent = await emitEvent(prisma, 'admissions', PERSON_MAIL_REQUESTED, { userId: applicant.id, subject, text: '' });
  await waitUntilRelayed(event.id, 30_000);
  expect(await processed(event.id)).toBeNull();
  expect(await mailTo(applicant, subject)).toHaveLength(0);
}, 40_000);

test('requestPersonMail refuses a payload users could not deliver', async () => {
  const applicant = await createPerson(prisma);
  const subject = uniqueSubject('Too many files');
  const attachments = Array.from({ length: 6 }, (_, index) => ({ ...INVITE, filename: `invite-${index}.ics` }));
  await expect(prisma.$transaction((tx) => requestPersonMail(tx, 'admissions', { userId: applicant.id, subject, text: 'x', attachments }))).rejects.toThrow();
  expect(await prisma.admissionsOutboxEvent.count({ where: { type: PERSON_MAIL_REQUESTED, payload: { path: ['subject'], equals: subject } } })).toBe(0);
});
