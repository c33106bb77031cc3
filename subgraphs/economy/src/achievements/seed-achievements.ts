// The achievement definitions, seeded by slug from the economy catalogue. Unlike demo data these are
// the platform's own rules, so a definition whose catalogue entry changed is brought in line (its slug,
// and so every unlock of it, stays); seeding an up-to-date database writes nothing. Safe to run from
// several processes at once: inserts skip slugs another run just created.
import { isDeepStrictEqual } from 'node:util';
import type { Prisma, PrismaClient } from '../../../kit/src/db';
import { ACHIEVEMENT_CATALOG, type AchievementSpec } from './catalog';
import { metricsNamedIn, parseCriteria } from './criteria';
import { METRIC_NAMES } from './metrics';
import { BULK_TRANSACTION_OPTIONS } from '../../../kit/src/db';

/** Throws when a catalogue entry is malformed or names a metric no event feeds (it could never unlock). */
export function checkAchievementSpec(spec: AchievementSpec): void {
  const criteria = parseCriteria(spec.slug, spec.criteria);
  const unknown = metricsNamedIn(criteria).filter((metric) => !METRIC_NAMES.has(metric));
  if (unknown.length > 0) throw new Error(`Achievement "${spec.slug}" names metrics no event feeds: ${unknown.join(', ')}.`);
  if (!Number.isSafeInteger(spec.xp) || spec.xp < 0) throw new Error(`Achievement "${spec.slug}" needs whole, non-negative XP.`);
  if (!Number.isSafeInteger(spec.coinReward) || spec.coinReward < 0) throw new Error(`Achievement "${spec.slug}" needs a whole, non-negative coin reward.`);
}

/** Seeds missing definitions and corrects changed ones; returns true when it wrote anything. */
export async function seedAchievements(prisma: PrismaClient, catalog: readonly AchievementSpec[] = ACHIEVEMENT_CATALOG): Promise<boolean> {
  catalog.forEach(checkAchievementSpec);
  const existing = new Map(
    (await prisma.achievementDefinition.findMany({ where: { slug: { in: catalog.map((spec) => spec.slug) } } })).map((row) => [row.slug, row]),
  );
  const data = (spec: AchievementSpec) => ({
    name: spec.name,
    description: spec.description,
    criteria: spec.criteria as Prisma.InputJsonValue,
    rarity: spec.rarity,
    xp: spec.xp,
    coinReward: spec.coinReward,
  });
  const missing = catalog.filter((spec) => !existing.has(spec.slug));
  const changed = catalog.filter((spec) => {
    const row = existing.get(spec.slug);
    if (!row) return false;
    return (
      row.name !== spec.name ||
      row.description !== spec.description ||
      !isDeepStrictEqual(row.criteria, spec.criteria) ||
      row.rarity !== spec.rarity ||
      row.xp !== spec.xp ||
      row.coinReward !== spec.coinReward
    );
  });
  if (missing.length === 0 && changed.length === 0) return false;
  await prisma.$transaction(async (tx) => {
    await tx.achievementDefinition.createMany({ data: missing.map((spec) => ({ slug: spec.slug, ...data(spec) })), skipDuplicates: true });
    for (const spec of changed) await tx.achievementDefinition.update({ where: { slug: spec.slug }, data: data(spec) });
  }, BULK_TRANSACTION_OPTIONS);
  return true;
}
