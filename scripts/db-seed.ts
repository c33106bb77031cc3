// `npm run db:seed`: seeds the demo data into DATABASE_URL.
import { createPrismaClient, requireEnv } from '../subgraphs/kit/src';
import { seedDemoData } from './seed/seed-demo-data';

async function main(): Promise<void> {
  const url = requireEnv('DATABASE_URL', 'Point it at the database to seed (run `npm run db:migrate` first).');
  const prisma = createPrismaClient({ url });
  try {
    const seeded = await seedDemoData(prisma);
    console.log(seeded ? 'Seeded demo data.' : 'Demo data already present; nothing to do.');
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
