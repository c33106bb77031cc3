// Prayer partners by mutual invitation through the gateway.
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createStudent, type Person } from '../../../scripts/platform/test-people';
import type { PrismaClient } from '../../kit/src/db';
import { errorCodes } from '../../kit/src/testing/graphql-client';

let platform: TestPlatform;
let prisma: PrismaClient;

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
});

afterAll(async () => {
  await platform?.stop();
});

interface PartnershipData {
  id: string;
  status: string;
  partner: { id: string };
}

const FIELDS = 'id status partner { id }';
const invite = (from: Person, to: Person) =>
  platform.graphql<{ invitePrayerPartner: PartnershipData }>(`mutation I($id: ID!) { invitePrayerPartner(userId: $id) { ${FIELDS} } }`, { id: to.id }, { token: from.token });
const respond = (person: Person, inviteId: string, accept: boolean) =>
  platform.graphql<{ respondToPrayerPartnerInvite: PartnershipData }>(
    `mutation R($id: ID!, $accept: Boolean!) { respondToPrayerPartnerInvite(inviteId: $id, accept: $accept) { ${FIELDS} } }`,
    { id: inviteId, accept },
    { token: person.token },
  );
const partnersOf = async (person: Person) =>
  (await platform.graphql<{ myPrayerPartners: PartnershipData[] }>(`{ myPrayerPartners { ${FIELDS} } }`, {}, { token: person.token })).data?.myPrayerPartners.map(
    (row) => row.partner.id,
  );

test('an accepted invitation makes both people partners of each other', async () => {
  const [ana, ben] = [await createStudent(prisma), await createStudent(prisma)];
  const sent = await invite(ana, ben);
  expect(sent.data?.invitePrayerPartner).toMatchObject({ status: 'pending', partner: { id: ben.id } });
  const received = await platform.graphql<{ myPrayerPartnerInvites: PartnershipData[] }>(`{ myPrayerPartnerInvites { ${FIELDS} } }`, {}, { token: ben.token });
  expect(received.data?.myPrayerPartnerInvites).toEqual([{ id: sent.data?.invitePrayerPartner.id, status: 'pending', partner: { id: ana.id } }]);
  const accepted = await respond(ben, sent.data!.invitePrayerPartner.id, true);
  expect(accepted.data?.respondToPrayerPartnerInvite.status).toBe('accepted');
  expect(await partnersOf(ana)).toEqual([ben.id]);
  expect(await partnersOf(ben)).toEqual([ana.id]);
});

test('inviting someone who already invited you accepts their invitation', async () => {
  const [ana, ben] = [await createStudent(prisma), await createStudent(prisma)];
  const first = await invite(ana, ben);
  const reverse = await invite(ben, ana);
  expect(reverse.data?.invitePrayerPartner).toMatchObject({ id: first.data?.invitePrayerPartner.id, status: 'accepted' });
  expect(await prisma.prayerPartnership.count({ where: { OR: [{ inviterId: ana.id }, { inviterId: ben.id }] } })).toBe(1);
});

test('a second invitation while one is pending, or between partners, is CONFLICT', async () => {
  const [ana, ben] = [await createStudent(prisma), await createStudent(prisma)];
  await invite(ana, ben);
  expect(errorCodes(await invite(ana, ben))).toEqual(['CONFLICT']);
  await invite(ben, ana);
  expect(errorCodes(await invite(ana, ben))).toEqual(['CONFLICT']);
});

test('only the invitee answers, and only once', async () => {
  const [ana, ben, cleo] = [await createStudent(prisma), await createStudent(prisma), await createStudent(prisma)];
  const inviteId = (await invite(ana, ben)).data!.invitePrayerPartner.id;
  expect(errorCodes(await respond(cleo, inviteId, true))).toEqual(['NOT_FOUND']);
  expect(errorCodes(await respond(ana, inviteId, true))).toEqual(['NOT_FOUND']);
  expect((await respond(ben, inviteId, false)).data?.respondToPrayerPartnerInvite.status).toBe('declined');
  expect(errorCodes(await respond(ben, inviteId, true))).toEqual(['CONFLICT']);
  expect(await partnersOf(ana)).toEqual([]);
});

test('a declined invitation can be sent again', async () => {
  const [ana, ben] = [await createStudent(prisma), await createStudent(prisma)];
  const inviteId = (await invite(ana, ben)).data!.invitePrayerPartner.id;
  await respond(ben, inviteId, false);
  const again = await invite(ana, ben);
  expect(again.data?.invitePrayerPartner).toMatchObject({ id: inviteId, status: 'pending' });
});

test('either partner ends the partnership; ending one that does not exist is NOT_FOUND', async () => {
  const [ana, ben] = [await createStudent(prisma), await createStudent(prisma)];
  await invite(ana, ben);
  await invite(ben, ana);
  const END = 'mutation E($id: ID!) { endPrayerPartnership(partnerId: $id) }';
  expect((await platform.graphql(END, { id: ana.id }, { token: ben.token })).errors).toBeUndefined();
  expect(await partnersOf(ana)).toEqual([]);
  expect(errorCodes(await platform.graphql(END, { id: ana.id }, { token: ben.token }))).toEqual(['NOT_FOUND']);
});
