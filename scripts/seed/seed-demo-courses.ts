// Demo courses for local runs: the catalog in demo-courses/, published and owned by the demo
// instructor. Idempotent by slug: a course already present is left as it is, so seeding twice (or
// after an instructor edited a demo course) writes nothing. New courses go in with bulk inserts in
// one transaction, and each gets its search vector and — as an admin's approval would write — a
// CourseContentPublished event, so the tutor domain learns the demo courses' material when the bus
// relays the outbox.
import { randomUUID } from 'node:crypto';
import type { Prisma, PrismaClient } from '../../subgraphs/kit/src';
import { refreshCourseSearch } from '../../subgraphs/courses/src/catalog/search-index';
import { announceCourseContent } from '../../subgraphs/courses/src/authoring/content-snapshot';
import { domainOutbox } from '../../subgraphs/kit/src/events';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { DEMO_COURSES, DEMO_FACULTIES } from './demo-courses';
import type { DemoCourse } from './demo-courses/types';
import { BULK_TRANSACTION_OPTIONS } from '../../subgraphs/kit/src/db';

const DAY_MS = 24 * 3600 * 1000;

/** The account that owns the demo courses. */
export const DEMO_INSTRUCTOR_EMAIL = DEMO_ACCOUNTS.find((account) => account.roles.includes('instructor'))?.email ?? '';

/** Seeds the demo catalog courses that are missing; returns true when it wrote anything. */
export async function seedDemoCourses(prisma: PrismaClient, courses: DemoCourse[] = DEMO_COURSES): Promise<boolean> {
  const instructor = await prisma.user.findUnique({ where: { email: DEMO_INSTRUCTOR_EMAIL }, select: { id: true } });
  if (instructor === null) return false;
  const present = await prisma.course.findMany({ where: { slug: { in: courses.map((course) => course.slug) } }, select: { id: true, slug: true } });
  const presentSlugs = new Set(present.map((course) => course.slug));
  const missing = courses.filter((course) => !presentSlugs.has(course.slug));
  if (missing.length === 0) return false;

  await prisma.$transaction(
    async (tx) => {
      await tx.faculty.createMany({ data: DEMO_FACULTIES, skipDuplicates: true });
      const faculties = await tx.faculty.findMany({ where: { slug: { in: DEMO_FACULTIES.map((faculty) => faculty.slug) } } });
      const facultyIds = new Map(faculties.map((faculty) => [faculty.slug, faculty.id]));
      const courseIds = new Map(present.map((course) => [course.slug, course.id]));
      for (const course of missing) courseIds.set(course.slug, randomUUID());
      const rows = buildRows(missing, { ownerId: instructor.id, facultyIds, courseIds, now: Date.now() });
      await tx.course.createMany({ data: rows.courses });
      await tx.coursePrerequisite.createMany({ data: rows.prerequisites, skipDuplicates: true });
      await tx.module.createMany({ data: rows.modules });
      await tx.lecture.createMany({ data: rows.lectures });
      await tx.reading.createMany({ data: rows.readings });
      await tx.assignment.createMany({ data: rows.assignments });
      await tx.quiz.createMany({ data: rows.quizzes });
      await tx.question.createMany({ data: rows.questions });
      await tx.quizQuestion.createMany({ data: rows.quizQuestions });
      const outbox = domainOutbox('courses');
      for (const course of missing) {
        const courseId = courseIds.get(course.slug)!;
        await refreshCourseSearch(tx, courseId);
        await announceCourseContent(tx, outbox, courseId);
      }
    },
    // The embedded database is slower on first boot; the default 5 s is tight for a whole catalog.
    BULK_TRANSACTION_OPTIONS,
  );
  return true;
}

interface RowContext {
  ownerId: string;
  facultyIds: Map<string, string>;
  courseIds: Map<string, string>;
  now: number;
}

function buildRows(courses: DemoCourse[], context: RowContext) {
  const rows = {
    courses: [] as Prisma.CourseCreateManyInput[],
    prerequisites: [] as Prisma.CoursePrerequisiteCreateManyInput[],
    modules: [] as Prisma.ModuleCreateManyInput[],
    lectures: [] as Prisma.LectureCreateManyInput[],
    readings: [] as Prisma.ReadingCreateManyInput[],
    assignments: [] as Prisma.AssignmentCreateManyInput[],
    quizzes: [] as Prisma.QuizCreateManyInput[],
    questions: [] as Prisma.QuestionCreateManyInput[],
    quizQuestions: [] as Prisma.QuizQuestionCreateManyInput[],
  };
  courses.forEach((course, courseIndex) => {
    const courseId = context.courseIds.get(course.slug)!;
    const facultyId = context.facultyIds.get(course.facultySlug);
    if (facultyId === undefined) throw new Error(`Demo course ${course.slug} names an unknown faculty "${course.facultySlug}".`);
    // Spread over the past weeks, so "newest" has an order to show.
    const publishedAt = new Date(context.now - (courseIndex + 1) * 3 * DAY_MS);
    const lectureMinutes = course.modules.flatMap((module) => module.lectures).reduce((sum, lecture) => sum + lecture.durationMinutes, 0);
    rows.courses.push({
      id: courseId,
      slug: course.slug,
      title: course.title,
      summary: course.summary,
      description: course.description,
      facultyId,
      difficulty: course.difficulty,
      language: 'en',
      subtitleLanguages: ['en'],
      durationHours: Math.round((lectureMinutes / 60) * 10) / 10,
      tags: course.tags,
      isFree: course.isFree,
      status: 'published',
      version: 1,
      ownerId: context.ownerId,
      submittedAt: new Date(publishedAt.getTime() - DAY_MS),
      publishedAt,
    });
    for (const requiredSlug of course.prerequisiteSlugs) {
      const requiredCourseId = context.courseIds.get(requiredSlug);
      if (requiredCourseId === undefined) throw new Error(`Demo course ${course.slug} requires an unknown course "${requiredSlug}".`);
      rows.prerequisites.push({ courseId, requiredCourseId });
    }
    course.modules.forEach((module, modulePosition) => {
      const moduleId = randomUUID();
      rows.modules.push({ id: moduleId, courseId, position: modulePosition, title: module.title, summary: module.summary });
      module.lectures.forEach((lecture, position) =>
        rows.lectures.push({
          moduleId,
          courseId,
          position,
          title: lecture.title,
          kind: 'video',
          durationSeconds: lecture.durationMinutes * 60,
          transcript: lecture.transcript.trim(),
        }),
      );
      module.readings.forEach((reading, position) =>
        rows.readings.push({ moduleId, courseId, position, title: reading.title, body: reading.body.trim(), estimatedMinutes: reading.estimatedMinutes }),
      );
      // Readings come before the assignment and the quiz in the module's item order.
      if (module.assignment) {
        const { assignment } = module;
        rows.assignments.push({
          moduleId,
          courseId,
          position: 0,
          title: assignment.title,
          instructions: assignment.instructions.trim(),
          dueAt: new Date(context.now + assignment.dueInDays * DAY_MS),
          points: assignment.rubric.reduce((sum, criterion) => sum + criterion.points, 0),
          rubric: assignment.rubric,
        });
      }
      if (module.quiz) {
        const { quiz } = module;
        const quizId = randomUUID();
        rows.quizzes.push({
          id: quizId,
          moduleId,
          courseId,
          position: 0,
          title: quiz.title,
          description: quiz.description,
          timeLimitSeconds: quiz.timeLimitMinutes === null ? null : quiz.timeLimitMinutes * 60,
          maxAttempts: quiz.maxAttempts,
          passingScorePercent: quiz.passingScorePercent,
        });
        quiz.questions.forEach((question, position) => {
          const questionId = randomUUID();
          rows.questions.push({
            id: questionId,
            courseId,
            authorId: context.ownerId,
            type: question.type,
            prompt: question.prompt,
            options: 'options' in question ? question.options : [],
            answerKey: question.answerKey,
            explanation: question.explanation,
            grade: question.grade,
            subject: question.subject,
            topic: question.topic,
            difficulty: question.difficulty,
            tags: question.tags,
          });
          rows.quizQuestions.push({ quizId, questionId, position, points: question.points ?? 1 });
        });
      }
    });
  });
  return rows;
}
