// A completed course becomes a soulbound ScrollBadge: issued from CourseCompleted, minted by the
// anchoring worker, verified on chain through the gateway, and private to its owner in lists.
import { randomUUID } from 'node:crypto';
import { Wallet } from 'ethers';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createAdmin, createStudent, type Person } from '../../../scripts/platform/test-people';
import type { PrismaClient } from '../../kit/src/db';
import type { DomainEvent } from '../../kit/src/events';
import { createScratchDatabase, type ScratchDatabase } from '../../kit/src/testing/scratch-database';
import { waitFor } from '../../kit/src/wait-for';
import { badgeMetadataJson } from '../src/badges/badge-metadata-json';
import { badgeMetadataHash, recipientIdentityHash } from '../src/badges/badge-metadata';
import { issueCourseBadgeHandler } from '../src/badges/issue-badge';
import { LOCAL_CHAIN_CUSTODY_MNEMONIC } from '../src/chain/chain-config';
import { startChainRuntime, type ChainRuntime } from '../src/chain/chain-runtime';
import { TEST_PUBLIC_URL } from './support/chain';

let database: ScratchDatabase;
let platform: TestPlatform;
let prisma: PrismaClient;
let runtime: ChainRuntime;
const issueCourseBadge = issueCourseBadgeHandler({ custodyMnemonic: LOCAL_CHAIN_CUSTODY_MNEMONIC, publicUrl: TEST_PUBLIC_URL });

beforeAll(async () => {
  // A database of its own, so no other test file's worker or chain touches these anchors.
  database = await createScratchDatabase('econ_badges', { empty: true });
  platform = await startTestPlatform({ DATABASE_URL: database.url });
  prisma = platform.handle.services.prisma;
  runtime = await startChainRuntime(platform.handle.services, { ephemeralLocalChain: true, runWorker: false });
});

afterAll(async () => {
  await runtime?.stop();
  await platform?.stop();
  await database?.drop();
});

function courseCompleted(userId: string, courseId = randomUUID()): DomainEvent {
  return {
    id: randomUUID(),
    type: 'CourseCompleted',
    domain: 'courses',
    occurredAt: new Date().toISOString(),
    payload: { enrollmentId: randomUUID(), userId, courseId, finalGrade: 91.5, completedAt: '2026-11-01T10:00:00.000Z', certificateCode: `CERT-${randomUUID().slice(0, 8)}` },
  };
}

/** Completes a course for `person` and lets the worker mint the badge; returns the minted badge. */
async function mintedBadge(person: Person) {
  const event = courseCompleted(person.id);
  await issueCourseBadge(prisma, event);
  const badge = await prisma.scrollBadge.findFirstOrThrow({ where: { userId: person.id, courseId: (event.payload as { courseId: string }).courseId } });
  return waitFor(
    async () => {
      await runtime.worker.runOnce();
      return prisma.scrollBadge.findFirst({ where: { id: badge.id, tokenId: { not: null } }, include: { anchor: true } });
    },
    { what: 'the badge to be minted', intervalMs: 20 },
  );
}

const VERIFY = `query Verify($tokenId: Int!) {
  verifyBadge(tokenId: $tokenId) { valid tokenId ownerAddress locked metadataHashMatches badge { id issuedAt grade course { id } } }
}`;

describe('issuing a badge', () => {
  it('names the course from the completion event, so the credential says what was achieved', async () => {
    const person = await createStudent(prisma);
    const event = courseCompleted(person.id);
    (event.payload as Record<string, unknown>).courseTitle = 'Recursion from Scratch';
    await issueCourseBadge(prisma, event);
    const badge = await prisma.scrollBadge.findFirstOrThrow({ where: { userId: person.id } });
    const metadata = badge.metadata as { name: string; credentialSubject: { achievement: { name: string } } };
    expect(metadata.name).toBe('Completed: Recursion from Scratch');
    expect(metadata.credentialSubject.achievement.name).toBe('Recursion from Scratch');
  });

  it('stores Open Badges 3.0 metadata with only a salted hash of the person and its keccak256', async () => {
    const person = await createStudent(prisma);
    const event = courseCompleted(person.id);
    await issueCourseBadge(prisma, event);
    const badge = await prisma.scrollBadge.findFirstOrThrow({ where: { userId: person.id }, include: { anchor: true } });
    const metadata = badge.metadata as { type: string[]; issuer: { name: string }; credentialSubject: { identity: { identityHash: string }[]; achievement: { criteria: { narrative: string } } } };
    expect(metadata.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(metadata.issuer.name).toBe('ScrollForge');
    expect(metadata.credentialSubject.identity[0]?.identityHash).toBe(recipientIdentityHash(person.id, badge.recipientSalt));
    expect(JSON.stringify(metadata)).not.toContain(person.id);
    expect(JSON.stringify(metadata)).not.toContain(person.displayName);
    expect(metadata.credentialSubject.achievement.criteria.narrative).toBeTruthy();
    expect(badge.metadataHash).toBe(badgeMetadataHash(metadata));
    expect(badge.anchor).toMatchObject({ kind: 'badge_mint', status: 'queued' });
    expect(await badgeMetadataJson(prisma, badge.id)).not.toBeNull();
  });

  it('issues one badge per person and course, however often the course is completed', async () => {
    const person = await createStudent(prisma);
    const courseId = randomUUID();
    await issueCourseBadge(prisma, courseCompleted(person.id, courseId));
    await issueCourseBadge(prisma, courseCompleted(person.id, courseId));
    expect(await prisma.scrollBadge.count({ where: { userId: person.id, courseId } })).toBe(1);
  });
});

describe('a minted badge', () => {
  it('is minted to the person’s address with its token URI and verifies as valid through the gateway', async () => {
    const person = await createStudent(prisma);
    const badge = await mintedBadge(person);
    const address = (await prisma.chainAddress.findUniqueOrThrow({ where: { userId: person.id } })).address;
    const { badge: contract } = runtime.chain;
    expect(await contract.getFunction('ownerOf')(badge.tokenId)).toBe(address);
    expect(await contract.getFunction('tokenURI')(badge.tokenId)).toBe(`${runtime.publicUrl}/badges/${badge.id}.json`);

    const response = await platform.graphql<{ verifyBadge: Record<string, unknown> }>(VERIFY, { tokenId: badge.tokenId });
    expect(response.errors).toBeUndefined();
    expect(response.data?.verifyBadge).toEqual({
      valid: true,
      tokenId: badge.tokenId,
      ownerAddress: address,
      locked: true,
      metadataHashMatches: true,
      badge: { id: badge.id, issuedAt: '2026-11-01T10:00:00.000Z', grade: 91.5, course: { id: badge.courseId } },
    });
  });

  it('cannot be transferred or approved: the contract reverts', async () => {
    const person = await createStudent(prisma);
    const badge = await mintedBadge(person);
    const { badge: contract, minter } = runtime.chain;
    const owner = badge.anchor!.toAddress!;
    const elsewhere = Wallet.createRandom().address;
    await expect(contract.getFunction('transferFrom').staticCall(owner, elsewhere, badge.tokenId, { from: owner })).rejects.toThrow();
    await expect(contract.getFunction('safeTransferFrom(address,address,uint256)').staticCall(owner, elsewhere, badge.tokenId, { from: minter.address })).rejects.toThrow();
    await expect(contract.getFunction('approve').staticCall(elsewhere, badge.tokenId)).rejects.toThrow();
    expect(await contract.getFunction('locked')(badge.tokenId)).toBe(true);
  });

  it('fails verification when the stored metadata was altered', async () => {
    const person = await createStudent(prisma);
    const badge = await mintedBadge(person);
    const metadata = badge.metadata as Record<string, unknown>;
    await prisma.scrollBadge.update({ where: { id: badge.id }, data: { metadata: { ...metadata, grade: 100 } } });
    const response = await platform.graphql<{ verifyBadge: { valid: boolean; metadataHashMatches: boolean; locked: boolean } }>(VERIFY, { tokenId: badge.tokenId });
    expect(response.data?.verifyBadge).toMatchObject({ valid: false, metadataHashMatches: false, locked: true });
  });

  it('reports a token that was never minted as invalid', async () => {
    const response = await platform.graphql<{ verifyBadge: { valid: boolean; ownerAddress: string | null } }>(VERIFY, { tokenId: 999_999 });
    expect(response.data?.verifyBadge).toMatchObject({ valid: false, ownerAddress: null });
  });
});

describe('the token URI', () => {
  it('serves the stored metadata at /badges/<id>.json, byte for byte what the on-chain hash covers', async () => {
    const person = await createStudent(prisma);
    const event = courseCompleted(person.id);
    await issueCourseBadge(prisma, event);
    const badge = await prisma.scrollBadge.findFirstOrThrow({ where: { userId: person.id } });
    const response = await fetch(new URL(`/badges/${badge.id}.json`, platform.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const text = await response.text();
    expect(text).toBe(await badgeMetadataJson(prisma, badge.id));
    expect(badgeMetadataHash(JSON.parse(text))).toBe(badge.metadataHash);
  });

  it('answers 404 for a badge that does not exist', async () => {
    expect((await fetch(new URL(`/badges/${randomUUID()}.json`, platform.url))).status).toBe(404);
    expect((await fetch(new URL('/badges/not-a-badge.json', platform.url))).status).toBe(404);
  });
});

describe('User.badges', () => {
  const BADGES = `query Badges($id: ID!) { user(id: $id) { id badges { id tokenId mintStatus course { id } } } }`;

  it('lists the person’s own badges to them and to admins', async () => {
    const person = await createStudent(prisma);
    const badge = await mintedBadge(person);
    const own = await platform.graphql<{ user: { badges: { id: string; mintStatus: string }[] } }>(BADGES, { id: person.id }, { token: person.token });
    expect(own.errors).toBeUndefined();
    expect(own.data?.user.badges).toEqual([{ id: badge.id, tokenId: badge.tokenId, mintStatus: 'minted', course: { id: badge.courseId } }]);
    const admin = await createAdmin(prisma);
    const seen = await platform.graphql<{ user: { badges: { id: string }[] } }>(BADGES, { id: person.id }, { token: admin.token });
    expect(seen.data?.user.badges.map((entry) => entry.id)).toEqual([badge.id]);
  });

  it('refuses a stranger', async () => {
    const person = await createStudent(prisma);
    await issueCourseBadge(prisma, courseCompleted(person.id));
    const stranger = await createStudent(prisma);
    const response = await platform.graphql(BADGES, { id: person.id }, { token: stranger.token });
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
