// Course material the tutor consumes from courses:
// - CourseContentPublished: the course's lectures and readings, stored as searchable passages.
// - CourseInstructorsChanged: who teaches the course now.
// (CourseArchived is not consumed: archived courses keep their material for their students.)
// Each handler records the event as processed in the same transaction as its effects (handleOnce), so a
// redelivered event changes nothing.
import { factHandler } from '../facts/fact-handler';
import {
  courseContentPublishedSchema,
  courseInstructorsChangedSchema,
  storeCourseContent,
  storeCourseInstructors,
} from './course-material';

export const STORE_COURSE_CONTENT_HANDLER = 'store-course-content';
export const STORE_COURSE_INSTRUCTORS_HANDLER = 'store-course-instructors';

// Indexing a long course takes a while; the default 5 s interactive-transaction limit is too tight.
export const handleCourseContentPublished = factHandler(STORE_COURSE_CONTENT_HANDLER, courseContentPublishedSchema, storeCourseContent, { timeout: 60_000 });

export const handleCourseInstructorsChanged = factHandler(STORE_COURSE_INSTRUCTORS_HANDLER, courseInstructorsChangedSchema, storeCourseInstructors);
