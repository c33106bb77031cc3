// Factories for course material as courses publishes it, and for delivering those events to the tutor
// the way the bus does (a DomainEvent with a fresh id).
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../../kit/src/db';
import type { DomainEvent } from '../../../kit/src/events';
import type { CourseContentPublished, CourseInstructorsChanged } from '../../src/content/course-material';
import { handleCourseContentPublished, handleCourseInstructorsChanged } from '../../src/content/event-handlers';

export type LectureContent = CourseContentPublished['lectures'][number];
export type ReadingContent = CourseContentPublished['readings'][number];

export function lectureContent(overrides: Partial<LectureContent> = {}): LectureContent {
  return {
    id: randomUUID(),
    title: 'An Ordinary Lecture',
    moduleTitle: 'Module One',
    position: 0,
    transcript: 'Welcome to this lecture. Today we look at the ordinary things a course talks about.',
    ...overrides,
  };
}

export function readingContent(overrides: Partial<ReadingContent> = {}): ReadingContent {
  return {
    id: randomUUID(),
    title: 'An Ordinary Reading',
    moduleTitle: 'Module One',
    body: '# Notes\n\nA reading with a few plain sentences in it.',
    ...overrides,
  };
}

/** A CourseContentPublished payload for a fresh course (version 1, no faculty, one instructor). */
export function courseContent(overrides: Partial<CourseContentPublished> = {}): CourseContentPublished {
  return {
    courseId: randomUUID(),
    version: 1,
    title: 'A Published Course',
    facultyId: null,
    instructorIds: [randomUUID()],
    publishedAt: new Date().toISOString(),
    lectures: [lectureContent()],
    readings: [],
    ...overrides,
  };
}

export function domainEvent<P>(type: string, payload: P, domain = 'courses'): DomainEvent<P> {
  return { id: randomUUID(), type, domain, payload, occurredAt: new Date().toISOString() };
}

/** Delivers a CourseContentPublished event to the tutor's handler; returns the event delivered. */
export async function publishCourseContent(prisma: PrismaClient, content: CourseContentPublished): Promise<DomainEvent<CourseContentPublished>> {
  const event = domainEvent('CourseContentPublished', content);
  await handleCourseContentPublished(prisma, event);
  return event;
}

export async function changeCourseInstructors(prisma: PrismaClient, change: CourseInstructorsChanged): Promise<DomainEvent<CourseInstructorsChanged>> {
  const event = domainEvent('CourseInstructorsChanged', change);
  await handleCourseInstructorsChanged(prisma, event);
  return event;
}
