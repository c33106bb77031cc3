// Helpers for authoring tests: calling the graph as a person, expecting success or a code, and small
// factories for rows authoring tests build on (bank questions, quizzes, PDFs).
import { randomUUID } from 'node:crypto';
import type { PrismaClient, QuestionType } from '../../../kit/src/db';
import type { TestPlatform } from '../../../../scripts/platform/test-platform';
import { errorCodes, type GraphQLResponse } from '../../../kit/src/testing/graphql-client';
import type { Person } from '../../../../scripts/platform/test-people';

export interface AuthoringClient {
  /** Runs an operation and returns its data; fails the test with the errors when there are any. */
  ok<T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, as?: Person): Promise<T>;
  /** Runs an operation and returns the response as sent. */
  send<T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, as?: Person): Promise<GraphQLResponse<T>>;
  /** Runs an operation expected to fail; returns its error codes. */
  codes(query: string, variables: Record<string, unknown>, as?: Person): Promise<(string | undefined)[]>;
}

export function authoringClient(platform: TestPlatform): AuthoringClient {
  const send = <T>(query: string, variables: Record<string, unknown>, as?: Person) =>
    platform.graphql<T>(query, variables, { token: as?.token });
  return {
    send,
    async ok<T>(query: string, variables: Record<string, unknown>, as?: Person): Promise<T> {
      const response = await send<T>(query, variables, as);
      if (response.errors !== undefined || response.data == null) {
        throw new Error(`Expected success, got ${JSON.stringify(response.errors ?? response.data)}`);
      }
      return response.data;
    },
    async codes(query: string, variables: Record<string, unknown>, as?: Person) {
      return errorCodes(await send(query, variables, as));
    },
  };
}

export interface BankQuestionSpec {
  courseId: string;
  authorId: string;
  type?: QuestionType;
  topic?: string;
  tags?: string[];
  archived?: boolean;
}

/** A true/false (or given-type, with a fitting key) bank question written straight to the database. */
export async function createBankQuestion(prisma: PrismaClient, spec: BankQuestionSpec) {
  const type = spec.type ?? 'true_false';
  const shapes: Record<QuestionType, { options: { id: string; text: string }[]; answerKey: object }> = {
    true_false: { options: [], answerKey: { value: true } },
    multiple_choice_single: { options: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }], answerKey: { correctOptionIds: ['a'] } },
    multiple_choice_multi: { options: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }], answerKey: { correctOptionIds: ['a', 'b'] } },
    short_answer: { options: [], answerKey: { acceptedAnswers: ['yes'], caseSensitive: false } },
    essay: { options: [], answerKey: { rubric: [{ id: 'r', title: 'Reasoning', description: '', points: 5 }] } },
  };
  return prisma.question.create({
    data: {
      courseId: spec.courseId,
      authorId: spec.authorId,
      type,
      prompt: `Prompt ${randomUUID().slice(0, 8)}`,
      ...shapes[type],
      subject: 'Testing',
      topic: spec.topic ?? 'Basics',
      tags: spec.tags ?? [],
      archivedAt: spec.archived ? new Date() : null,
    },
  });
}

/** A quiz without questions, written straight to the database. */
export async function createBareQuiz(prisma: PrismaClient, spec: { courseId: string; moduleId: string; title?: string; position?: number }) {
  return prisma.quiz.create({
    data: { courseId: spec.courseId, moduleId: spec.moduleId, title: spec.title ?? 'Quiz', position: spec.position ?? 0 },
  });
}

/** A minimal PDF of about `size` bytes (the magic bytes are what the upload check reads). */
export function pdfBytes(size = 600): Buffer {
  const head = Buffer.from('%PDF-1.4\n% test document\n');
  return Buffer.concat([head, Buffer.alloc(Math.max(0, size - head.length), 0x20)]);
}

/** A short valid WebVTT track. */
export const WEBVTT = 'WEBVTT\n\n00:00.000 --> 00:02.000\nHello and welcome.\n';
