// The pure rules of learning: lecture completion, item order, module locks and completion, progress
// percentages, the final grade and certificate codes.
import type { Module } from '../../kit/src/db';
import type { CourseOutline, OutlineModule } from '../src/learning/course-outline';
import { emptyLearnerFacts, type LearnerFacts } from '../src/learning/learner-facts';
import {
  firstUnfinishedBefore,
  isCourseComplete,
  isModuleComplete,
  nextLectureProgress,
  orderedItems,
  summarizeProgress,
} from '../src/learning/requirements';
import { finalGradePercent } from '../src/learning/final-grade';
import { generateCertificateCode, normalizeCertificateCode } from '../src/learning/certificate-code';

const NOW = new Date('2026-03-01T12:00:00Z');

function moduleRow(overrides: Partial<Module> = {}): Module {
  return {
    id: overrides.id ?? 'module-1',
    courseId: 'course-1',
    position: 0,
    title: 'Module',
    summary: '',
    unlockAt: null,
    sequential: false,
    requireAllItems: true,
    requiredQuizId: null,
    requiredScorePercent: null,
    archivedAt: null,
    createdAt: NOW,
    ...overrides,
  };
}

function outlineModule(overrides: Partial<Module> = {}, items: Partial<Omit<OutlineModule, 'module'>> = {}): OutlineModule {
  return {
    module: moduleRow(overrides),
    lectures: items.lectures ?? [
      { id: 'l1', title: 'First lecture', position: 0, durationSeconds: 600 },
      { id: 'l2', title: 'Second lecture', position: 1, durationSeconds: 600 },
    ],
    readings: items.readings ?? [{ id: 'r1', title: 'A reading', position: 0 }],
    quizzes: items.quizzes ?? [],
    assignments: items.assignments ?? [],
  };
}

function outlineOf(...modules: OutlineModule[]): CourseOutline {
  const quizPassingScores = new Map<string, number>();
  for (const module of modules) for (const quiz of module.quizzes) quizPassingScores.set(quiz.id, quiz.passingScorePercent);
  return { courseId: 'course-1', modules, quizPassingScores };
}

function factsWith(done: { lectures?: string[]; readings?: string[]; quizzes?: Record<string, number> }): LearnerFacts {
  const facts = emptyLearnerFacts();
  for (const id of done.lectures ?? []) facts.lectures.set(id, { positionSeconds: 600, completedAt: NOW, updatedAt: NOW });
  for (const id of done.readings ?? []) facts.readings.set(id, NOW);
  for (const [id, percent] of Object.entries(done.quizzes ?? {})) facts.bestQuizPercent.set(id, percent);
  return facts;
}

describe('lecture progress', () => {
  it('clamps a position past the end to the lecture’s length', () => {
    expect(nextLectureProgress(null, 600, { positionSeconds: 5000, completed: false }, NOW).positionSeconds).toBe(600);
  });

  it('completes a lecture watched to 95% of its length', () => {
    expect(nextLectureProgress(null, 600, { positionSeconds: 570, completed: false }, NOW).completedAt).toEqual(NOW);
    expect(nextLectureProgress(null, 600, { positionSeconds: 569, completed: false }, NOW).completedAt).toBeNull();
  });

  it('completes a lecture the player reports finished, wherever the position is', () => {
    expect(nextLectureProgress(null, 600, { positionSeconds: 10, completed: true }, NOW).completedAt).toEqual(NOW);
  });

  it('keeps a completed lecture completed when the student rewinds', () => {
    const earlier = new Date('2026-02-01T00:00:00Z');
    const next = nextLectureProgress({ positionSeconds: 600, completedAt: earlier }, 600, { positionSeconds: 30, completed: false }, NOW);
    expect(next).toEqual({ positionSeconds: 30, completedAt: earlier });
  });

  it('keeps the reported position of a lecture of unknown length and never completes it by position', () => {
    expect(nextLectureProgress(null, 0, { positionSeconds: 300, completed: false }, NOW)).toEqual({ positionSeconds: 300, completedAt: null });
  });
});

describe('item order and locks', () => {
  const module = outlineModule(
    { sequential: true },
    {
      lectures: [
        { id: 'l1', title: 'First lecture', position: 0, durationSeconds: 600 },
        { id: 'l2', title: 'Second lecture', position: 2, durationSeconds: 600 },
      ],
      readings: [{ id: 'r1', title: 'A reading', position: 1 }],
      quizzes: [{ id: 'q1', title: 'Checkpoint', position: 1, passingScorePercent: 70 }],
    },
  );

  it('orders items by position, lectures before readings before quizzes at equal positions', () => {
    expect(orderedItems(module).map((item) => item.id)).toEqual(['l1', 'r1', 'q1', 'l2']);
  });

  it('blocks an item behind the first unfinished earlier item in a sequential module', () => {
    expect(firstUnfinishedBefore(module, { kind: 'lecture', id: 'l2' }, factsWith({ lectures: ['l1'] }))?.id).toBe('r1');
    expect(firstUnfinishedBefore(module, { kind: 'lecture', id: 'l1' }, factsWith({}))).toBeNull();
  });

  it('counts a quiz as done only with a graded attempt at its passing score', () => {
    expect(firstUnfinishedBefore(module, { kind: 'lecture', id: 'l2' }, factsWith({ lectures: ['l1'], readings: ['r1'], quizzes: { q1: 69.9 } }))?.id).toBe('q1');
    expect(firstUnfinishedBefore(module, { kind: 'lecture', id: 'l2' }, factsWith({ lectures: ['l1'], readings: ['r1'], quizzes: { q1: 70 } }))).toBeNull();
  });

  it('never blocks items of a module that is not sequential', () => {
    expect(firstUnfinishedBefore({ ...module, module: moduleRow({ sequential: false }) }, { kind: 'lecture', id: 'l2' }, factsWith({}))).toBeNull();
  });
});

describe('module and course completion', () => {
  it('needs every lecture and reading when the module requires all items', () => {
    const module = outlineModule();
    const outline = outlineOf(module);
    expect(isModuleComplete(module, outline, factsWith({ lectures: ['l1', 'l2'] }))).toBe(false);
    expect(isModuleComplete(module, outline, factsWith({ lectures: ['l1', 'l2'], readings: ['r1'] }))).toBe(true);
  });

  it('needs the required quiz at the required score, not its passing score', () => {
    const module = outlineModule(
      { requireAllItems: false, requiredQuizId: 'q1', requiredScorePercent: 80 },
      { quizzes: [{ id: 'q1', title: 'Final', position: 0, passingScorePercent: 50 }] },
    );
    const outline = outlineOf(module);
    expect(isModuleComplete(module, outline, factsWith({ quizzes: { q1: 79 } }))).toBe(false);
    expect(isModuleComplete(module, outline, factsWith({ quizzes: { q1: 80 } }))).toBe(true);
  });

  it('waives a required quiz that is no longer live', () => {
    const module = outlineModule({ requireAllItems: false, requiredQuizId: 'archived-quiz', requiredScorePercent: 80 });
    expect(isModuleComplete(module, outlineOf(module), factsWith({}))).toBe(true);
  });

  it('completes a course only when every live module is complete, and never an empty one', () => {
    const first = outlineModule({ id: 'm1' }, { lectures: [{ id: 'l1', title: 'L', position: 0, durationSeconds: 60 }], readings: [] });
    const second = outlineModule({ id: 'm2' }, { lectures: [{ id: 'l2', title: 'L', position: 0, durationSeconds: 60 }], readings: [] });
    expect(isCourseComplete(outlineOf(first, second), factsWith({ lectures: ['l1'] }))).toBe(false);
    expect(isCourseComplete(outlineOf(first, second), factsWith({ lectures: ['l1', 'l2'] }))).toBe(true);
    expect(isCourseComplete(outlineOf(), factsWith({}))).toBe(false);
  });
});

describe('progress summary', () => {
  it('counts completed lectures and viewed readings, with one decimal', () => {
    const summary = summarizeProgress(outlineOf(outlineModule()), factsWith({ lectures: ['l1'] }), NOW);
    expect(summary).toMatchObject({ percent: 33.3, completedItems: 1, totalItems: 3 });
    expect(summary.modules[0]).toMatchObject({ percent: 33.3, completed: false, locked: false, lockedReason: null, opensAt: null });
  });

  it('shows a module that opens later as locked, with the date and a reason', () => {
    const opensAt = new Date('2026-04-01T09:00:00Z');
    const [module] = summarizeProgress(outlineOf(outlineModule({ unlockAt: opensAt })), factsWith({}), NOW).modules;
    expect(module).toMatchObject({ locked: true, opensAt });
    expect(module?.lockedReason).toMatch(/2026-04-01 09:00/);
  });
});

describe('final grade', () => {
  it('is points earned over points possible, as a percent with one decimal', () => {
    expect(finalGradePercent([{ earned: 2, possible: 3 }, { earned: 7, possible: 10 }])).toBe(69.2);
  });

  it('is 100 when the course has no assessments', () => {
    expect(finalGradePercent([])).toBe(100);
    expect(finalGradePercent([{ earned: 0, possible: 0 }])).toBe(100);
  });

  it('never counts more points than an assessment is worth', () => {
    expect(finalGradePercent([{ earned: 12, possible: 10 }, { earned: 0, possible: 10 }])).toBe(50);
  });
});

describe('certificate codes', () => {
  it('look like SF-XXXX-XXXX-XXXX without look-alike characters', () => {
    for (let round = 0; round < 200; round += 1) {
      const code = generateCertificateCode();
      expect(code).toMatch(/^SF-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    }
  });

  it('differ from one certificate to the next', () => {
    const codes = new Set(Array.from({ length: 1000 }, () => generateCertificateCode()));
    expect(codes.size).toBe(1000);
  });

  it('are recognised whatever the case, spacing and dashes, with or without the prefix', () => {
    expect(normalizeCertificateCode(' sf-7kq2 mz9d-xh4p ')).toBe('SF-7KQ2-MZ9D-XH4P');
    expect(normalizeCertificateCode('7KQ2MZ9DXH4P')).toBe('SF-7KQ2-MZ9D-XH4P');
  });

  it('reject anything that cannot be a code', () => {
    expect(normalizeCertificateCode('SF-7KQ2-MZ9D-XH4')).toBeNull();
    expect(normalizeCertificateCode('SF-0KQ2-MZ9D-XH4P')).toBeNull();
    expect(normalizeCertificateCode("SF-7KQ2-MZ9D-XH4P' OR 1=1")).toBeNull();
  });
});
