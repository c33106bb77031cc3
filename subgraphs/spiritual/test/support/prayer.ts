// Small factories for prayer and growth tests: rows written straight to the database.
import { randomUUID } from 'node:crypto';
import type { PrayerEntry, PrayerVisibility, PrismaClient } from '../../../kit/src/db';
import type { Person } from '../../../../scripts/platform/test-people';
import type { Viewer } from '../../../kit/src/viewer';

export async function createEntry(
  prisma: PrismaClient,
  author: Pick<Person, 'id'>,
  options: { visibility?: PrayerVisibility; title?: string; content?: string; answeredAt?: Date } = {},
): Promise<PrayerEntry> {
  return prisma.prayerEntry.create({
    data: {
      authorId: author.id,
      title: options.title ?? `Prayer ${randomUUID().slice(0, 8)}`,
      content: options.content ?? 'Lord, give wisdom for the exams.',
      visibility: options.visibility ?? 'private',
      answeredAt: options.answeredAt ?? null,
    },
  });
}

export async function makePartners(prisma: PrismaClient, a: Pick<Person, 'id'>, b: Pick<Person, 'id'>): Promise<void> {
  await prisma.prayerPartnership.create({ data: { inviterId: a.id, inviteeId: b.id, status: 'accepted', respondedAt: new Date() } });
}

export const viewerOf = (person: Person): Viewer => ({ kind: 'user', id: person.id, roles: person.roles, ip: '192.0.2.1' });

export const ENTRY_FIELDS = 'id title content visibility answered testimony prayedCount sourcePostId category { id name }';

/** A devotion completion on `localDate` (YYYY-MM-DD); the devotion gets a random far-future date of its own. */
export async function completeDevotion(prisma: PrismaClient, person: Pick<Person, 'id'>, localDate: string): Promise<void> {
  const passage = await prisma.passage.create({ data: { reference: `Test ${randomUUID()}`, translation: 'WEB', text: 'In the beginning.' } });
  const day = 60_000 + Math.floor(Math.random() * 1_000_000);
  const devotion = await prisma.devotion.create({
    data: {
      date: new Date(day * 86_400_000),
      title: 'Test devotion',
      passageId: passage.id,
      reflection: 'r',
      prayerPrompt: 'p',
      actionStep: 'a',
      authorId: person.id,
    },
  });
  await prisma.devotionCompletion.create({ data: { userId: person.id, devotionId: devotion.id, localDate: new Date(`${localDate}T00:00:00Z`), timezone: 'UTC' } });
}
