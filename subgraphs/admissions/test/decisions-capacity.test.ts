// Acceptances under concurrency: however many officers accept at once, an intake never takes more
// students than its capacity, and every accepted student (and only they) is announced.
import { codeOf } from '../../kit/src/errors';
import { createTestServices, type TestServices } from '../../kit/src/testing/test-services';
import { decideApplication } from '../src/decisions/decide-application';
import { acceptedEvents, createApplication, createIntake, RATIONALE } from './support/decisions';

let services: TestServices;

beforeAll(() => {
  services = createTestServices({ poolMax: 10 });
});

afterAll(async () => {
  await services?.close();
});

test('30 concurrent acceptances into an intake of capacity 10 accept exactly 10 and refuse 20 with CONFLICT', async () => {
  const prisma = services.services.prisma;
  const { intake, officerId } = await createIntake(prisma, { capacity: 10 });
  const applications = await Promise.all(Array.from({ length: 30 }, () => createApplication(prisma, intake)));

  const results = await Promise.allSettled(
    applications.map((application) => decideApplication(prisma, { applicationId: application.id, officerId, outcome: 'accepted', rationale: RATIONALE })),
  );

  const refused = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
  expect(refused.map((result) => [codeOf(result.reason), (result.reason as Error).message])).toEqual(
    Array.from({ length: 20 }, () => ['CONFLICT', 'The intake is full; waitlist instead.']),
  );
  expect((await prisma.programIntake.findUniqueOrThrow({ where: { id: intake.id } })).acceptedCount).toBe(10);
  const accepted = await prisma.application.findMany({ where: { intakeId: intake.id, decision: 'accepted' }, select: { id: true, status: true } });
  expect(accepted).toHaveLength(10);
  expect(accepted.every((application) => application.status === 'decided')).toBe(true);
  expect(await prisma.application.count({ where: { intakeId: intake.id, status: 'interviewed', decision: null } })).toBe(20);

  const announced = (await acceptedEvents(prisma, intake.id)).map((payload) => payload.applicationId);
  expect(new Set(announced)).toEqual(new Set(accepted.map((application) => application.id)));
  expect(announced).toHaveLength(10);
});
