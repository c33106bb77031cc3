// Typed factories for course content, written straight to the database so each test builds exactly
// the course it needs (authoring through the graph is tested on its own).
import { randomUUID } from 'node:crypto';
import type { Course, CourseStatus, PrismaClient } from '../../../kit/src/db';

export async function createFaculty(prisma: PrismaClient, name = 'Test Faculty') {
  const slug = `faculty-${randomUUID().slice(0, 8)}`;
  return prisma.faculty.create({ data: { slug, name } });
}

export interface ModuleSpec {
  title?: string;
  lectures?: number;
  readings?: number;
  unlockAt?: Date;
  sequential?: boolean;
}

export interface CourseSpec {
  ownerId: string;
  title?: string;
  status?: CourseStatus;
  isFree?: boolean;
  facultyId?: string;
  /** @default one module with two lectures */
  modules?: ModuleSpec[];
  prerequisiteIds?: string[];
  instructorIds?: string[];
}

export interface CourseFixture {
  course: Course;
  modules: { id: string; lectureIds: string[]; readingIds: string[] }[];
}

export async function createCourse(prisma: PrismaClient, spec: CourseSpec): Promise<CourseFixture> {
  const facultyId = spec.facultyId ?? (await createFaculty(prisma)).id;
  const status = spec.status ?? 'published';
  const course = await prisma.course.create({
    data: {
      slug: `course-${randomUUID()}`,
      title: spec.title ?? 'Test Course',
      summary: 'A course made for a test.',
      facultyId,
      ownerId: spec.ownerId,
      status,
      version: status === 'published' ? 1 : 0,
      publishedAt: status === 'published' ? new Date() : null,
      isFree: spec.isFree ?? true,
      instructors: { create: (spec.instructorIds ?? []).map((userId, position) => ({ userId, position })) },
      prerequisites: { create: (spec.prerequisiteIds ?? []).map((requiredCourseId) => ({ requiredCourseId })) },
    },
  });
  const modules: CourseFixture['modules'] = [];
  for (const [index, moduleSpec] of (spec.modules ?? [{ lectures: 2 }]).entries()) {
    const created = await prisma.module.create({
      data: {
        courseId: course.id,
        position: index,
        title: moduleSpec.title ?? `Module ${index + 1}`,
        unlockAt: moduleSpec.unlockAt ?? null,
        sequential: moduleSpec.sequential ?? false,
      },
    });
    const lectureIds: string[] = [];
    for (let position = 0; position < (moduleSpec.lectures ?? 0); position += 1) {
      const lecture = await prisma.lecture.create({
        data: {
          moduleId: created.id,
          courseId: course.id,
          position,
          title: `Lecture ${index + 1}.${position + 1}`,
          durationSeconds: 600,
          videoUrl: 'https://videos.example.org/lecture.mp4',
          transcript: 'A transcript for a test lecture.',
        },
      });
      lectureIds.push(lecture.id);
    }
    const readingIds: string[] = [];
    for (let position = 0; position < (moduleSpec.readings ?? 0); position += 1) {
      const reading = await prisma.reading.create({
        data: { moduleId: created.id, courseId: course.id, position, title: `Reading ${index + 1}.${position + 1}`, body: 'Read this.' },
      });
      readingIds.push(reading.id);
    }
    modules.push({ id: created.id, lectureIds, readingIds });
  }
  return { course, modules };
}
