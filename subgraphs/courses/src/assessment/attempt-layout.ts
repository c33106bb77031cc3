// The order an attempt shows its questions and options in. Fixed when the attempt starts and stored on
// it, so a reload shows the same order; shuffled per attempt (seeded by the attempt's id) when the quiz
// asks for it, so two attempts of the same quiz differ.
import { createHash } from 'node:crypto';
import { z } from 'zod';

export interface LayoutEntry {
  questionId: string;
  /** What the question is worth in this attempt (the quiz's points at the time it started). */
  points: number;
  /** Option ids in the order this attempt shows them; empty for questions without options. */
  optionIds: string[];
}

const layoutSchema = z.array(
  z.object({ questionId: z.string(), points: z.number(), optionIds: z.array(z.string()).default([]) }),
);

/** Reads the stored layout back; a row that does not match reads as no questions. */
export function readLayout(stored: unknown): LayoutEntry[] {
  const parsed = layoutSchema.safeParse(stored);
  return parsed.success ? parsed.data : [];
}

export interface LayoutQuestion {
  questionId: string;
  points: number;
  /** Option ids in the author's order. */
  optionIds: string[];
}

export interface ShuffleSettings {
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
}

/** The layout for an attempt: the quiz's order, shuffled as the quiz asks with a generator seeded by `seed`. */
export function buildAttemptLayout(seed: string, settings: ShuffleSettings, questions: readonly LayoutQuestion[]): LayoutEntry[] {
  const random = seededRandom(seed);
  const ordered = settings.shuffleQuestions ? shuffle(questions, random) : [...questions];
  return ordered.map((question) => ({
    questionId: question.questionId,
    points: question.points,
    optionIds: settings.shuffleOptions ? shuffle(question.optionIds, random) : [...question.optionIds],
  }));
}

/** Fisher–Yates with the given generator; returns a new array. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const result = [...items];
  for (let index = result.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [result[index], result[other]] = [result[other] as T, result[index] as T];
  }
  return result;
}

/** A deterministic generator in [0, 1) from any string (mulberry32 seeded with SHA-256 of the seed). */
export function seededRandom(seed: string): () => number {
  let state = createHash('sha256').update(seed).digest().readUInt32LE(0);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}
