// Prayer categories: the defaults everyone has (owner null) and each person's own.
import type { Db, PrayerCategory } from '../../../kit/src/db';
import { Prisma } from '../../../kit/src/db';
import { badInput, conflict } from '../../../kit/src/errors';

/**
 * The default categories with fixed ids. Postgres treats NULL owners as distinct in the
 * (owner_id, name) unique index, so the fixed primary keys are what keep concurrent first uses from
 * seeding them twice.
 */
export const DEFAULT_PRAYER_CATEGORIES = [
  { id: '7e5a0c1e-0000-4000-8000-000000000001', name: 'Family' },
  { id: '7e5a0c1e-0000-4000-8000-000000000002', name: 'Health' },
  { id: '7e5a0c1e-0000-4000-8000-000000000003', name: 'Studies' },
  { id: '7e5a0c1e-0000-4000-8000-000000000004', name: 'Guidance' },
  { id: '7e5a0c1e-0000-4000-8000-000000000005', name: 'Thanksgiving' },
  { id: '7e5a0c1e-0000-4000-8000-000000000006', name: 'Others' },
] as const;

/** Creates the default categories the first time anyone needs them; a no-op afterwards. */
export async function ensureDefaultCategories(db: Db): Promise<void> {
  await db.prayerCategory.createMany({
    data: DEFAULT_PRAYER_CATEGORIES.map((category) => ({ id: category.id, name: category.name, ownerId: null })),
    skipDuplicates: true,
  });
}

/** The defaults followed by the person's own categories, each group by name. */
export async function categoriesOf(db: Db, userId: string): Promise<PrayerCategory[]> {
  await ensureDefaultCategories(db);
  return db.prayerCategory.findMany({
    where: { OR: [{ ownerId: null }, { ownerId: userId }] },
    orderBy: [{ ownerId: { sort: 'asc', nulls: 'first' } }, { name: 'asc' }],
  });
}

export async function createPrayerCategory(db: Db, userId: string, name: string): Promise<PrayerCategory> {
  await ensureDefaultCategories(db);
  const taken = await db.prayerCategory.findFirst({
    where: { name: { equals: name, mode: 'insensitive' }, OR: [{ ownerId: null }, { ownerId: userId }] },
  });
  if (taken) throw conflict(`You already have a category called "${taken.name}".`);
  try {
    return await db.prayerCategory.create({ data: { ownerId: userId, name } });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw conflict(`You already have a category called "${name}".`);
    }
    throw error;
  }
}

/** Throws BAD_USER_INPUT unless the category is a default or the person's own. */
export async function assertUsableCategory(db: Db, userId: string, categoryId: string): Promise<void> {
  await ensureDefaultCategories(db);
  const category = await db.prayerCategory.findUnique({ where: { id: categoryId } });
  if (category === null || (category.ownerId !== null && category.ownerId !== userId)) {
    throw badInput('Choose one of your prayer categories (see prayerCategories).', 'categoryId');
  }
}
