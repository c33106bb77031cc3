// Lectures: their video, transcript, captions per language and supplementary links.
import type { LectureKind, PrismaClient } from '../../../kit/src/db';
import { badInput } from '../../../kit/src/errors';
import type { Viewer } from '../../../kit/src/viewer';
import { refreshCourseSearch } from '../catalog/search-index';
import { hasBeenPublished, nextItemPosition, openItemForChanges, openModuleForChanges } from './course-editing';
import { forgetLectureFiles } from './modules';

export interface LectureCaptionFields {
  /** Canonical BCP-47 tag. */
  language: string;
  /** A WebVTT file. */
  vtt: string;
}

export interface LectureMaterialFields {
  title: string;
  /** https only. */
  url: string;
}

export interface LectureFields {
  title: string;
  /** @default video */
  kind?: LectureKind;
  /** https only; null for none (live sessions often have none). */
  videoUrl?: string | null;
  durationSeconds?: number;
  transcript?: string;
  /** The whole set of caption tracks, one per language. */
  captions?: LectureCaptionFields[];
  /** The whole list of supplementary links, in order. */
  materials?: LectureMaterialFields[];
}

export type LectureChanges = Partial<LectureFields>;

function assertOneTrackPerLanguage(captions: LectureCaptionFields[]): void {
  const seen = new Set<string>();
  for (const caption of captions) {
    if (seen.has(caption.language)) {
      throw badInput(`There are two caption tracks in "${caption.language}"; keep one track per language.`, 'input.captions');
    }
    seen.add(caption.language);
  }
}

const materialRows = (materials: LectureMaterialFields[]) => materials.map((material, position) => ({ ...material, position }));

/** Adds a lecture at the end of a module; returns its id. */
export async function addLecture(prisma: PrismaClient, viewer: Viewer, moduleId: string, fields: LectureFields): Promise<string> {
  assertOneTrackPerLanguage(fields.captions ?? []);
  return prisma.$transaction(async (tx) => {
    const { courseId } = await openModuleForChanges(tx, viewer, moduleId);
    const lecture = await tx.lecture.create({
      data: {
        moduleId,
        courseId,
        position: await nextItemPosition(tx, 'lecture', moduleId),
        title: fields.title,
        kind: fields.kind,
        videoUrl: fields.videoUrl ?? null,
        durationSeconds: fields.durationSeconds,
        transcript: fields.transcript,
        captions: { create: fields.captions ?? [] },
        materials: { create: materialRows(fields.materials ?? []) },
      },
      select: { id: true },
    });
    await refreshCourseSearch(tx, courseId);
    return lecture.id;
  });
}

/** Changes the given fields; captions and materials, when given, replace the whole set. */
export async function updateLecture(prisma: PrismaClient, viewer: Viewer, lectureId: string, changes: LectureChanges): Promise<void> {
  if (changes.captions !== undefined) assertOneTrackPerLanguage(changes.captions);
  await prisma.$transaction(async (tx) => {
    const { courseId } = await openItemForChanges(tx, viewer, 'lecture', lectureId);
    if (changes.captions !== undefined) {
      await tx.lectureCaption.deleteMany({ where: { lectureId } });
      await tx.lectureCaption.createMany({ data: changes.captions.map((caption) => ({ ...caption, lectureId })) });
    }
    if (changes.materials !== undefined) {
      await tx.lectureMaterial.deleteMany({ where: { lectureId } });
      await tx.lectureMaterial.createMany({ data: materialRows(changes.materials).map((material) => ({ ...material, lectureId })) });
    }
    await tx.lecture.update({
      where: { id: lectureId },
      data: {
        title: changes.title,
        kind: changes.kind,
        videoUrl: changes.videoUrl,
        durationSeconds: changes.durationSeconds,
        transcript: changes.transcript,
      },
    });
    if (changes.title !== undefined || changes.transcript !== undefined) await refreshCourseSearch(tx, courseId);
  });
}

export interface ItemRemoval {
  moduleId: string;
  /** Storage keys no row refers to any more; remove them once the transaction has committed. */
  orphanedFileKeys: string[];
}

/** Archives the lecture in a course that has ever been published (progress survives); deletes it in a draft. */
export async function removeLecture(prisma: PrismaClient, viewer: Viewer, lectureId: string): Promise<ItemRemoval> {
  return prisma.$transaction(async (tx) => {
    const { course, courseId, moduleId } = await openItemForChanges(tx, viewer, 'lecture', lectureId);
    let orphanedFileKeys: string[] = [];
    if (hasBeenPublished(course)) {
      await tx.lecture.update({ where: { id: lectureId }, data: { archivedAt: new Date() } });
    } else {
      const files = await tx.lecture.findUniqueOrThrow({ where: { id: lectureId }, select: { slidesFileKey: true, notesFileKey: true } });
      orphanedFileKeys = await forgetLectureFiles(tx, [files]);
      await tx.lecture.delete({ where: { id: lectureId } });
    }
    await refreshCourseSearch(tx, courseId);
    return { moduleId, orphanedFileKeys };
  });
}
