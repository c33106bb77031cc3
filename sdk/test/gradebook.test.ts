// Which attempt counts in the gradebook, and the order rows come in.
import { gradebookRows, type GradebookModule, type QuizAttemptFacts } from '../src/grades/gradebook';

const ana = { id: 'a', displayName: 'Ana' };
const ben = { id: 'b', displayName: 'Ben' };

const attempt = (id: string, student: typeof ana, scorePercent: number | null, gradedAt: string | null, status = 'graded'): QuizAttemptFacts => ({
  id,
  status,
  score: scorePercent === null ? null : scorePercent / 10,
  maxScore: 10,
  scorePercent,
  gradedAt,
  student,
});

const modules: GradebookModule[] = [
  { position: 1, title: 'Second', quizzes: [{ id: 'q2', position: 0, title: 'Quiz 2' }], assignments: [] },
  {
    position: 0,
    title: 'First',
    quizzes: [{ id: 'q1', position: 1, title: 'Quiz 1' }],
    assignments: [
      {
        id: 's1',
        position: 0,
        title: 'Essay',
        submissions: [
          { id: 'x', score: 4, maxScore: 8, gradedAt: '2026-01-05T00:00:00Z', student: ben },
          { id: 'y', score: null, maxScore: 8, gradedAt: null, student: ana },
        ],
      },
    ],
  },
];

test('the best graded attempt counts, the earlier one on a tie, and unfinished attempts never do', () => {
  const rows = gradebookRows(
    modules,
    new Map([
      ['q1', [attempt('1', ana, 60, '2026-01-02T00:00:00Z'), attempt('2', ana, 80, '2026-01-04T00:00:00Z'), attempt('3', ana, 80, '2026-01-03T00:00:00Z'), attempt('4', ana, null, null, 'in_progress')]],
      ['q2', [attempt('5', ben, null, null, 'submitted')]],
    ]),
  );
  expect(rows.map((row) => [row.studentName, row.itemId, row.percent, row.gradedAt])).toEqual([
    ['Ana', 'q1', 80, '2026-01-03T00:00:00Z'],
    ['Ben', 's1', 50, '2026-01-05T00:00:00Z'],
  ]);
});

test('rows follow the syllabus: module position, then item position', () => {
  const rows = gradebookRows(modules, new Map([['q1', [attempt('1', ben, 70, '2026-01-02T00:00:00Z')]], ['q2', [attempt('2', ben, 90, '2026-01-02T00:00:00Z')]]]));
  expect(rows.map((row) => row.itemTitle)).toEqual(['Essay', 'Quiz 1', 'Quiz 2']);
});
