// Faculties: created by admins; their slugs appear in catalog URLs and filters.
import type { Db } from '../../kit/src/db';
import { conflict } from '../../kit/src/errors';
import { Prisma } from '../../kit/src/db';

export interface NewFaculty {
  slug: string;
  name: string;
  description?: string;
}

export async function createFaculty(db: Db, input: NewFaculty) {
  try {
    return await db.faculty.create({ data: { slug: input.slug, name: input.name, description: input.description ?? '' } });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw conflict(`A faculty with the slug "${input.slug}" already exists.`);
    }
    throw error;
  }
}
