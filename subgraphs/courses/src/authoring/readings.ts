// Readings: Markdown pages with an estimate of how long they take.
import type { PrismaClient } from '../../../kit/src/db';
import type { Viewer } from '../../../kit/src/viewer';
import { hasBeenPublished, nextItemPosition, openItemForChanges, openModuleForChanges } from './course-editing';

export interface ReadingFields {
  title: string;
  /** Markdown. */
  body?: string;
  /** @default 10 */
  estimatedMinutes?: number;
}

export type ReadingChanges = Partial<ReadingFields>;

/** Adds a reading at the end of a module; returns its id. */
export async function addReading(prisma: PrismaClient, viewer: Viewer, moduleId: string, fields: ReadingFields): Promise<string> {
  return prisma.$transaction(async (tx) => {
    const { courseId } = await openModuleForChanges(tx, viewer, moduleId);
    const reading = await tx.reading.create({
      data: {
        moduleId,
        courseId,
        position: await nextItemPosition(tx, 'reading', moduleId),
        title: fields.title,
        body: fields.body,
        estimatedMinutes: fields.estimatedMinutes,
      },
      select: { id: true },
    });
    return reading.id;
  });
}

export async function updateReading(prisma: PrismaClient, viewer: Viewer, readingId: string, changes: ReadingChanges): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await openItemForChanges(tx, viewer, 'reading', readingId);
    await tx.reading.update({
      where: { id: readingId },
      data: { title: changes.title, body: changes.body, estimatedMinutes: changes.estimatedMinutes },
    });
  });
}

/** Archives the reading in a course that has ever been published (views survive); deletes it in a draft. Returns its module's id. */
export async function removeReading(prisma: PrismaClient, viewer: Viewer, readingId: string): Promise<string> {
  return prisma.$transaction(async (tx) => {
    const { course, moduleId } = await openItemForChanges(tx, viewer, 'reading', readingId);
    if (hasBeenPublished(course)) await tx.reading.update({ where: { id: readingId }, data: { archivedAt: new Date() } });
    else await tx.reading.delete({ where: { id: readingId } });
    return moduleId;
  });
}
