// Factories for devotion and reading-plan tests: each call makes its own rows with unique keys.
import { randomInt, randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../../kit/src/db';
import { dateColumnOfDay, formatIsoDate, parseIsoDate } from '../../../kit/src/zoned-time';

const FIRST_PAST_DAY = parseIsoDate('1800-01-01')!;
const LAST_PAST_DAY = parseIsoDate('1999-12-31')!;

/** A random date long past (so its devotion is readable by anyone), unlikely to be taken by another test. */
export const randomPastDate = () => formatIsoDate(randomInt(FIRST_PAST_DAY, LAST_PAST_DAY));

export const JOHN_3_16_KJV = {
  reference: 'John 3:16',
  translation: 'KJV',
  text: 'For God so loved the world, that he gave his only begotten Son, that whosoever believeth in him should not perish, but have everlasting life.',
};

export async function createDevotion(prisma: PrismaClient, options: { date?: string; authorId?: string } = {}) {
  const passage = await prisma.passage.upsert({
    where: { reference_translation: { reference: JOHN_3_16_KJV.reference, translation: JOHN_3_16_KJV.translation } },
    update: {},
    create: JOHN_3_16_KJV,
  });
  const date = options.date ?? randomPastDate();
  return prisma.devotion.create({
    data: {
      date: dateColumnOfDay(parseIsoDate(date)!),
      title: `Loved ${randomUUID().slice(0, 6)}`,
      passageId: passage.id,
      reflection: 'God gives first.',
      prayerPrompt: 'Thank God for his love.',
      actionStep: 'Tell someone they are loved.',
      authorId: options.authorId ?? randomUUID(),
    },
  });
}

export async function createReadingPlan(prisma: PrismaClient, dayCount = 5) {
  return prisma.readingPlan.create({
    data: {
      slug: `plan-${randomUUID()}`,
      title: 'Test plan',
      days: { create: Array.from({ length: dayCount }, (_, index) => ({ dayNumber: index + 1, references: [`John ${index + 1}`] })) },
    },
  });
}
