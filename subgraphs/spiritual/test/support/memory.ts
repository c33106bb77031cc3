// Factories for memory tests: each call makes its own verse (a passage in a translation code of its
// own, so references never collide with the seeded set) and its own cards.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../../kit/src/db';
import { newCardSchedule } from '../../src/memory/scheduler';

export const PSALM_23_1 = 'The LORD is my shepherd; I shall not want.';

export async function createMemoryVerse(prisma: PrismaClient, options: { text?: string; curated?: boolean } = {}) {
  const passage = await prisma.passage.create({
    data: { reference: 'Psalm 23:1', translation: `T${randomUUID().slice(0, 8)}`, text: options.text ?? PSALM_23_1 },
  });
  return prisma.memoryVerse.create({ data: { passageId: passage.id, curated: options.curated ?? true } });
}

/** A card for `userId` on a fresh verse, new and due now unless told otherwise. */
export async function createMemoryCard(prisma: PrismaClient, userId: string, options: { text?: string; createdAt?: Date } = {}) {
  const verse = await createMemoryVerse(prisma, { text: options.text });
  return prisma.memoryCard.create({
    data: { userId, verseId: verse.id, ...newCardSchedule(new Date()), ...(options.createdAt ? { createdAt: options.createdAt } : {}) },
  });
}
