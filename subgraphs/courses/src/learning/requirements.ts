// The rules of progress, pure: when a lecture counts as watched, the order of a module's items, when a
// module is locked or complete, and the percentages a student sees. No database here.
import type { Module } from '../../../kit/src/db';
import type { CourseOutline, OutlineModule } from './course-outline';
import type { LearnerFacts } from './learner-facts';
import type { ModuleItemKind } from './module-access';

/** A lecture watched to this share of its length counts as completed. */
export const LECTURE_COMPLETION_SHARE = 0.95;

export interface LectureProgressState {
  positionSeconds: number;
  completedAt: Date | null;
}

/**
 * The stored state after a student reports a position. The position is clamped to the lecture's
 * length (a lecture of unknown length, 0 seconds, keeps what was reported) and may move back, for a
 * rewatch; a completed lecture never becomes incomplete again.
 */
export function nextLectureProgress(
  previous: LectureProgressState | null,
  durationSeconds: number,
  report: { positionSeconds: number; completed: boolean },
  now: Date,
): LectureProgressState {
  const positionSeconds = durationSeconds > 0 ? Math.min(Math.max(report.positionSeconds, 0), durationSeconds) : Math.max(report.positionSeconds, 0);
  if (previous?.completedAt) return { positionSeconds, completedAt: previous.completedAt };
  const watchedEnough = durationSeconds > 0 && positionSeconds >= durationSeconds * LECTURE_COMPLETION_SHARE;
  return { positionSeconds, completedAt: report.completed || watchedEnough ? now : null };
}

export interface ModuleItem {
  kind: ModuleItemKind;
  id: string;
  title: string;
  position: number;
}

// Each kind numbers its positions on its own; at equal positions lectures come first, then readings,
// quizzes and assignments.
const KIND_ORDER: Record<ModuleItemKind, number> = { lecture: 0, reading: 1, quiz: 2, assignment: 3 };

/** A module's live items in the order a student meets them. */
export function orderedItems(module: OutlineModule): ModuleItem[] {
  const items: ModuleItem[] = [
    ...module.lectures.map((item) => ({ kind: 'lecture' as const, id: item.id, title: item.title, position: item.position })),
    ...module.readings.map((item) => ({ kind: 'reading' as const, id: item.id, title: item.title, position: item.position })),
    ...module.quizzes.map((item) => ({ kind: 'quiz' as const, id: item.id, title: item.title, position: item.position })),
    ...module.assignments.map((item) => ({ kind: 'assignment' as const, id: item.id, title: item.title, position: item.position })),
  ];
  return items.sort((a, b) => a.position - b.position || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}

/** Whether an item is done for ordering purposes; assignments never hold later items back. */
export function isItemDone(item: Pick<ModuleItem, 'kind' | 'id'>, module: OutlineModule, facts: LearnerFacts): boolean {
  switch (item.kind) {
    case 'lecture':
      return Boolean(facts.lectures.get(item.id)?.completedAt);
    case 'reading':
      return facts.readings.has(item.id);
    case 'quiz': {
      const passing = module.quizzes.find((quiz) => quiz.id === item.id)?.passingScorePercent;
      const best = facts.bestQuizPercent.get(item.id);
      return passing !== undefined && best !== undefined && best >= passing;
    }
    case 'assignment':
      return true;
  }
}

/** In a sequential module, the first earlier item the student has not finished; null when the item is open. */
export function firstUnfinishedBefore(module: OutlineModule, target: { kind: ModuleItemKind; id: string }, facts: LearnerFacts): ModuleItem | null {
  if (!module.module.sequential) return null;
  const items = orderedItems(module);
  const index = items.findIndex((item) => item.kind === target.kind && item.id === target.id);
  if (index < 0) return null;
  return items.slice(0, index).find((item) => !isItemDone(item, module, facts)) ?? null;
}

/** When a module still waits for its unlock date, the date; otherwise null. */
export function moduleOpensAt(module: Pick<Module, 'unlockAt'>, now: Date): Date | null {
  return module.unlockAt !== null && module.unlockAt.getTime() > now.getTime() ? module.unlockAt : null;
}

export function lockedUntilMessage(opensAt: Date): string {
  return `This module opens on ${opensAt.toISOString().slice(0, 16).replace('T', ' ')} UTC. Come back then.`;
}

/** A required quiz that was archived (or removed from the live syllabus) no longer blocks completion. */
function requiredQuizMet(module: Module, outline: CourseOutline, facts: LearnerFacts): boolean {
  if (module.requiredQuizId === null) return true;
  const passing = outline.quizPassingScores.get(module.requiredQuizId);
  if (passing === undefined) return true;
  const best = facts.bestQuizPercent.get(module.requiredQuizId);
  return best !== undefined && best >= (module.requiredScorePercent ?? passing);
}

/**
 * Whether the student has finished an item for completion and percentages: a lecture completed, a
 * reading viewed, a quiz with a graded attempt (any score; a pass mark is the module's own requirement),
 * an assignment with a graded submission — so the final grade fixed at completion has every score in it.
 */
export function isItemFinished(item: Pick<ModuleItem, 'kind' | 'id'>, facts: LearnerFacts): boolean {
  switch (item.kind) {
    case 'lecture':
      return Boolean(facts.lectures.get(item.id)?.completedAt);
    case 'reading':
      return facts.readings.has(item.id);
    case 'quiz':
      return facts.bestQuizPercent.has(item.id);
    case 'assignment':
      return facts.gradedAssignments.has(item.id);
  }
}

export function isModuleComplete(module: OutlineModule, outline: CourseOutline, facts: LearnerFacts): boolean {
  if (module.module.requireAllItems && !orderedItems(module).every((item) => isItemFinished(item, facts))) return false;
  return requiredQuizMet(module.module, outline, facts);
}

/** Every live module complete; a course with no live module cannot be completed. */
export function isCourseComplete(outline: CourseOutline, facts: LearnerFacts): boolean {
  return outline.modules.length > 0 && outline.modules.every((module) => isModuleComplete(module, outline, facts));
}

/** A share as a percent with one decimal. */
export function percentOf(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0;
}

export interface ModuleProgressSummary {
  module: Module;
  percent: number;
  completedItems: number;
  totalItems: number;
  completed: boolean;
  locked: boolean;
  lockedReason: string | null;
  opensAt: Date | null;
}

export interface ProgressSummary {
  percent: number;
  completedItems: number;
  totalItems: number;
  modules: ModuleProgressSummary[];
}

/** Percentages count every live item finished as `isItemFinished` defines it. */
export function summarizeProgress(outline: CourseOutline, facts: LearnerFacts, now: Date): ProgressSummary {
  const modules = outline.modules.map((module): ModuleProgressSummary => {
    const items = orderedItems(module);
    const totalItems = items.length;
    const completedItems = items.filter((item) => isItemFinished(item, facts)).length;
    const opensAt = moduleOpensAt(module.module, now);
    const completed = isModuleComplete(module, outline, facts);
    return {
      module: module.module,
      percent: totalItems === 0 ? (completed ? 100 : 0) : percentOf(completedItems, totalItems),
      completedItems,
      totalItems,
      completed,
      locked: opensAt !== null,
      lockedReason: opensAt === null ? null : lockedUntilMessage(opensAt),
      opensAt,
    };
  });
  const totalItems = modules.reduce((sum, module) => sum + module.totalItems, 0);
  const completedItems = modules.reduce((sum, module) => sum + module.completedItems, 0);
  return { percent: percentOf(completedItems, totalItems), completedItems, totalItems, modules };
}
