// Prisma CLI configuration: the multi-file schema folder and the migrations folder.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema',
  migrations: { path: 'prisma/migrations' },
});
