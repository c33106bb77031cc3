// Catalog test factories: many courses at once with chosen catalog facts and lecture text, written
// with a few bulk statements, their search vectors refreshed as the domain code keeps them.
import { randomUUID } from 'node:crypto';
import type { CourseStatus, Difficulty, PrismaClient } from '../../../kit/src/db';
import { refreshCourseSearch } from '../../src/catalog/search-index';

export interface CatalogLectureSpec {
  title?: string;
  transcript?: string;
}

export interface CatalogCourseSpec {
  ownerId: string;
  facultyId: string;
  title?: string;
  summary?: string;
  description?: string;
  /** @default published */
  status?: CourseStatus;
  difficulty?: Difficulty;
  /** @default en */
  language?: string;
  tags?: string[];
  /** @default true */
  isFree?: boolean;
  durationHours?: number;
  /** @default now, for published courses */
  publishedAt?: Date;
  instructorIds?: string[];
  /** Lectures per module. @default one module with one lecture */
  modules?: CatalogLectureSpec[][];
}

export interface CatalogCourse {
  id: string;
  title: string;
}

/** A unique word for one test, so its assertions never see other tests' courses. */
export function uniqueWord(prefix = 'zq'): string {
  return `${prefix}${randomUUID().replace(/[^a-f]/g, '').slice(0, 10)}`;
}

export async function createCatalogCourses(prisma: PrismaClient, specs: CatalogCourseSpec[]): Promise<CatalogCourse[]> {
  const courses = specs.map((spec, index) => {
    const status = spec.status ?? 'published';
    return {
      id: randomUUID(),
      slug: `catalog-${randomUUID()}`,
      title: spec.title ?? `Catalog Course ${index + 1}`,
      summary: spec.summary ?? '',
      description: spec.description ?? '',
      facultyId: spec.facultyId,
      ownerId: spec.ownerId,
      status,
      version: status === 'published' ? 1 : 0,
      publishedAt: status === 'published' ? (spec.publishedAt ?? new Date()) : null,
      difficulty: spec.difficulty ?? 'beginner',
      language: spec.language ?? 'en',
      tags: spec.tags ?? [],
      isFree: spec.isFree ?? true,
      durationHours: spec.durationHours ?? 1,
    };
  });
  const instructors = specs.flatMap((spec, index) =>
    (spec.instructorIds ?? []).map((userId, position) => ({ courseId: courses[index]!.id, userId, position })),
  );
  const modules: { id: string; courseId: string; position: number; title: string }[] = [];
  const lectures: { moduleId: string; courseId: string; position: number; title: string; transcript: string; durationSeconds: number }[] = [];
  specs.forEach((spec, courseIndex) => {
    const courseId = courses[courseIndex]!.id;
    (spec.modules ?? [[{}]]).forEach((lectureSpecs, moduleIndex) => {
      const moduleId = randomUUID();
      modules.push({ id: moduleId, courseId, position: moduleIndex, title: `Module ${moduleIndex + 1}` });
      lectureSpecs.forEach((lecture, position) =>
        lectures.push({
          moduleId,
          courseId,
          position,
          title: lecture.title ?? `Lecture ${moduleIndex + 1}.${position + 1}`,
          transcript: lecture.transcript ?? '',
          durationSeconds: 600,
        }),
      );
    });
  });
  await prisma.course.createMany({ data: courses });
  if (instructors.length > 0) await prisma.courseInstructor.createMany({ data: instructors });
  if (modules.length > 0) await prisma.module.createMany({ data: modules });
  if (lectures.length > 0) await prisma.lecture.createMany({ data: lectures });
  for (const course of courses) await refreshCourseSearch(prisma, course.id);
  return courses.map((course) => ({ id: course.id, title: course.title }));
}
