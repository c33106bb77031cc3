// Factories for the instructor tools' tests: a course whose lecture the tutor holds, with its instructor,
// an enrolled student, an instructor of another course and an administrator; and a submitted essay.
import { randomUUID } from 'node:crypto';
import type { PrismaClient, TutorEssay } from '../../../kit/src/db';
import { createAdmin, createPerson, type Person } from '../../../../scripts/platform/test-people';
import { recordEnrollment } from '../../src/access/course-access';
import { storeCourseContent, type CourseContentPublished } from '../../src/content/course-material';
import { courseContent, lectureContent } from './course-material';
import { RECURSION_TRANSCRIPT } from './lecture-transcripts';

export interface ToolsFixture {
  instructor: Person;
  student: Person;
  /** An instructor, but of another course. */
  stranger: Person;
  admin: Person;
  content: CourseContentPublished;
  lectureId: string;
}

export async function toolsFixture(prisma: PrismaClient, transcript = RECURSION_TRANSCRIPT): Promise<ToolsFixture> {
  const [instructor, student, stranger, admin] = await Promise.all([
    createPerson(prisma, { roles: ['instructor'] }),
    createPerson(prisma, { roles: ['student'] }),
    createPerson(prisma, { roles: ['instructor'] }),
    createAdmin(prisma),
  ]);
  const lecture = lectureContent({ title: 'Thinking Recursively', moduleTitle: 'Functions That Call Themselves', transcript });
  const content = courseContent({ title: 'Recursion from Scratch', instructorIds: [instructor.id], lectures: [lecture] });
  await prisma.$transaction((tx) => storeCourseContent(tx, content));
  await recordEnrollment(prisma, { userId: student.id, courseId: content.courseId });
  return { instructor, student, stranger, admin, content, lectureId: lecture.id };
}

export const RECURSION_RUBRIC = [
  { id: 'base-case', title: 'Base case', description: 'Names the base case that stops the recursion.', points: 4 },
  { id: 'call-stack', title: 'Call stack', description: 'Explains how waiting frames on the call stack finish in turn.', points: 6 },
];

export async function submittedEssay(prisma: PrismaClient, fixture: ToolsFixture, answerText: string): Promise<TutorEssay> {
  return prisma.tutorEssay.create({
    data: {
      attemptId: randomUUID(),
      questionId: randomUUID(),
      userId: fixture.student.id,
      courseId: fixture.content.courseId,
      prompt: 'Explain how a recursive function finishes.',
      rubric: RECURSION_RUBRIC,
      answerText,
      submittedAt: new Date(),
    },
  });
}

export const QUIZ = `mutation Quiz($lectureId: ID!, $count: Int!, $types: [QuestionType!]!) {
  generateQuiz(lectureId: $lectureId, count: $count, types: $types) {
    id offline model lecture { id } questions { type prompt options { id text correct } answer explanation sourceExcerpt answerKey questionInput }
  }
}`;
export const SUMMARY = 'mutation($lectureId: ID!) { summarizeLecture(lectureId: $lectureId) { lecture { id } summary keyPoints offline model } }';
export const SLIDES = 'mutation($lectureId: ID!) { slideOutline(lectureId: $lectureId) { lecture { id } markdown slideCount offline model } }';
export const ESSAY = `mutation($attemptId: ID!, $questionId: ID!) {
  essayFeedback(attemptId: $attemptId, questionId: $questionId) { attemptId questionId rubricScores { criterionId points comment } feedback offline model }
}`;

export interface DraftQuestionData {
  type: string;
  prompt: string;
  options: { id: string; text: string; correct: boolean }[];
  answer: string;
  explanation: string;
  sourceExcerpt: string;
  answerKey: Record<string, unknown>;
  questionInput: Record<string, unknown>;
}

export interface QuizData {
  generateQuiz: { id: string; offline: boolean; model: string | null; lecture: { id: string }; questions: DraftQuestionData[] };
}
export interface SummaryData {
  summarizeLecture: { lecture: { id: string }; summary: string; keyPoints: string[]; offline: boolean; model: string | null };
}
export interface SlidesData {
  slideOutline: { lecture: { id: string }; markdown: string; slideCount: number; offline: boolean; model: string | null };
}
export interface EssayData {
  essayFeedback: {
    attemptId: string;
    questionId: string;
    rubricScores: { criterionId: string; points: number; comment: string }[];
    feedback: string;
    offline: boolean;
    model: string | null;
  };
}

/** The EssayGradeDrafted events the tutor's outbox holds for one attempt. */
export async function essayDraftEvents(prisma: PrismaClient, attemptId: string) {
  return prisma.tutorOutboxEvent.findMany({ where: { type: 'EssayGradeDrafted', payload: { path: ['attemptId'], equals: attemptId } } });
}
