// Modules, lectures, readings, assignments and quizzes through the gateway: adding (always last),
// changing, and removing (deleted in a draft, archived once a course has been published).
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { createCourse, type ModuleSpec } from './support/courses';
import { createInstructor, type Person } from '../../../scripts/platform/test-people';
import { WEBVTT, authoringClient, createBareQuiz, type AuthoringClient } from './support/authoring';

let platform: TestPlatform;
let client: AuthoringClient;
let owner: Person;

const prisma = () => platform.handle.services.prisma;

const ADD_MODULE = `mutation M($courseId: ID!, $input: AddModuleInput!) {
  addModule(courseId: $courseId, input: $input) { id position title requiredQuizId requiredScorePercent sequential requireAllItems }
}`;
const UPDATE_MODULE = `mutation M($id: ID!, $input: UpdateModuleInput!) {
  updateModule(id: $id, input: $input) { id title requiredQuizId requiredScorePercent unlockAt }
}`;
const REMOVE_MODULE = `mutation M($id: ID!) { removeModule(id: $id) { id modules { id } } }`;
const ADD_LECTURE = `mutation L($moduleId: ID!, $input: AddLectureInput!) {
  addLecture(moduleId: $moduleId, input: $input) {
    id position title kind videoUrl durationSeconds transcript captions { language vtt } materials { title url }
  }
}`;
const UPDATE_LECTURE = `mutation L($id: ID!, $input: UpdateLectureInput!) {
  updateLecture(id: $id, input: $input) { id title videoUrl captions { language } materials { title url } }
}`;
const REMOVE_LECTURE = `mutation L($id: ID!) { removeLecture(id: $id) { id lectures { id } } }`;
const ADD_READING = `mutation R($moduleId: ID!, $input: AddReadingInput!) { addReading(moduleId: $moduleId, input: $input) { id position title body estimatedMinutes } }`;
const UPDATE_READING = `mutation R($id: ID!, $input: UpdateReadingInput!) { updateReading(id: $id, input: $input) { id title body estimatedMinutes } }`;
const REMOVE_READING = `mutation R($id: ID!) { removeReading(id: $id) { id readings { id } } }`;
const ADD_ASSIGNMENT = `mutation A($moduleId: ID!, $input: AddAssignmentInput!) {
  addAssignment(moduleId: $moduleId, input: $input) { id position points dueAt rubric { id title points description } }
}`;
const UPDATE_ASSIGNMENT = `mutation A($id: ID!, $input: UpdateAssignmentInput!) { updateAssignment(id: $id, input: $input) { id points rubric { id points } } }`;
const REMOVE_ASSIGNMENT = `mutation A($id: ID!) { removeAssignment(id: $id) { id assignments { id } } }`;
const ADD_QUIZ = `mutation Q($moduleId: ID!, $input: AddQuizInput!) {
  addQuiz(moduleId: $moduleId, input: $input) { id position title timeLimitSeconds maxAttempts passingScorePercent shuffleQuestions shuffleOptions }
}`;
const UPDATE_QUIZ = `mutation Q($id: ID!, $input: UpdateQuizInput!) { updateQuiz(id: $id, input: $input) { id timeLimitSeconds maxAttempts passingScorePercent } }`;
const REMOVE_QUIZ = `mutation Q($id: ID!) { removeQuiz(id: $id) { id quizzes { id } } }`;

beforeAll(async () => {
  platform = await startTestPlatform();
  client = authoringClient(platform);
  owner = await createInstructor(prisma(), 'Cora Content');
});

afterAll(async () => {
  await platform?.stop();
});

const draft = (modules: ModuleSpec[] = [{ lectures: 1 }]) => createCourse(prisma(), { ownerId: owner.id, status: 'draft', modules });
const published = (modules: ModuleSpec[] = [{ lectures: 1 }]) => createCourse(prisma(), { ownerId: owner.id, status: 'published', modules });

describe('modules', () => {
  test('adds modules at the end of the course', async () => {
    const { course } = await draft([{ lectures: 0 }, { lectures: 0 }]);
    const data = await client.ok<{ addModule: { position: number; title: string; sequential: boolean; requireAllItems: boolean } }>(
      ADD_MODULE,
      { courseId: course.id, input: { title: '  Week   three ' } },
      owner,
    );
    expect(data.addModule).toMatchObject({ position: 2, title: 'Week three', sequential: false, requireAllItems: true });
  });

  test('requires a quiz of the same course, defaulting the score to the quiz’s passing score', async () => {
    const { course, modules } = await draft();
    const quiz = await prisma().quiz.create({ data: { courseId: course.id, moduleId: modules[0]!.id, title: 'Gate', position: 0, passingScorePercent: 75 } });
    const data = await client.ok<{ addModule: { requiredQuizId: string; requiredScorePercent: number } }>(
      ADD_MODULE,
      { courseId: course.id, input: { title: 'Gated', requiredQuizId: quiz.id } },
      owner,
    );
    expect(data.addModule).toMatchObject({ requiredQuizId: quiz.id, requiredScorePercent: 75 });
  });

  test('refuses a required quiz from another course', async () => {
    const { course } = await draft();
    const other = await draft();
    const foreignQuiz = await createBareQuiz(prisma(), { courseId: other.course.id, moduleId: other.modules[0]!.id });
    const response = await client.send(ADD_MODULE, { courseId: course.id, input: { title: 'Gated', requiredQuizId: foreignQuiz.id } }, owner);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.requiredQuizId' });
    expect(await prisma().module.count({ where: { courseId: course.id } })).toBe(1);
  });

  test('refuses a required score without a required quiz', async () => {
    const { course } = await draft();
    expect(await client.codes(ADD_MODULE, { courseId: course.id, input: { title: 'x', requiredScorePercent: 50 } }, owner)).toEqual(['BAD_USER_INPUT']);
  });

  test('changes the given fields, and clearing the quiz clears the score', async () => {
    const { course, modules } = await draft();
    const quiz = await createBareQuiz(prisma(), { courseId: course.id, moduleId: modules[0]!.id });
    const moduleId = modules[0]!.id;
    const gated = await client.ok<{ updateModule: { requiredScorePercent: number } }>(
      UPDATE_MODULE,
      { id: moduleId, input: { requiredQuizId: quiz.id, requiredScorePercent: 90, unlockAt: '2030-01-01T00:00:00.000Z' } },
      owner,
    );
    expect(gated.updateModule.requiredScorePercent).toBe(90);
    const cleared = await client.ok<{ updateModule: { title: string; requiredQuizId: string | null; requiredScorePercent: number | null; unlockAt: string } }>(
      UPDATE_MODULE,
      { id: moduleId, input: { requiredQuizId: null } },
      owner,
    );
    expect(cleared.updateModule).toMatchObject({ title: 'Module 1', requiredQuizId: null, requiredScorePercent: null, unlockAt: '2030-01-01T00:00:00.000Z' });
  });

  test('deletes a module with its items from a never-published draft', async () => {
    const { course, modules } = await draft([{ lectures: 2, readings: 1 }, { lectures: 0 }]);
    const data = await client.ok<{ removeModule: { modules: { id: string }[] } }>(REMOVE_MODULE, { id: modules[0]!.id }, owner);
    expect(data.removeModule.modules.map((module) => module.id)).toEqual([modules[1]!.id]);
    expect(await prisma().module.count({ where: { id: modules[0]!.id } })).toBe(0);
    expect(await prisma().lecture.count({ where: { courseId: course.id } })).toBe(0);
  });

  test('archives a module and its items in a published course, keeping the rows', async () => {
    const { course, modules } = await published([{ lectures: 2 }, { lectures: 1 }]);
    const data = await client.ok<{ removeModule: { modules: { id: string }[] } }>(REMOVE_MODULE, { id: modules[0]!.id }, owner);
    expect(data.removeModule.modules.map((module) => module.id)).toEqual([modules[1]!.id]);
    const archived = await prisma().module.findUniqueOrThrow({ where: { id: modules[0]!.id }, include: { lectures: true } });
    expect(archived.archivedAt).not.toBeNull();
    expect(archived.lectures.every((lecture) => lecture.archivedAt !== null)).toBe(true);
    expect(await prisma().lecture.count({ where: { courseId: course.id, archivedAt: null } })).toBe(1);
  });

  test('refuses changing an archived module as not found', async () => {
    const { modules } = await published([{ lectures: 1 }, { lectures: 1 }]);
    await client.ok(REMOVE_MODULE, { id: modules[0]!.id }, owner);
    expect(await client.codes(UPDATE_MODULE, { id: modules[0]!.id, input: { title: 'Back' } }, owner)).toEqual(['NOT_FOUND']);
  });
});

describe('lectures', () => {
  test('adds a lecture last in its module with captions and materials', async () => {
    const { modules } = await draft([{ lectures: 2 }]);
    const data = await client.ok<{ addLecture: Record<string, unknown> }>(
      ADD_LECTURE,
      {
        moduleId: modules[0]!.id,
        input: {
          title: 'The aorist',
          kind: 'video',
          videoUrl: 'https://videos.example.org/aorist.mp4',
          durationSeconds: 900,
          transcript: 'Today: the aorist tense.',
          captions: [{ language: 'EN', vtt: WEBVTT }, { language: 'fr', vtt: WEBVTT }],
          materials: [{ title: 'Paradigm chart', url: 'https://files.example.org/aorist.pdf' }],
        },
      },
      owner,
    );
    expect(data.addLecture).toMatchObject({
      position: 2,
      title: 'The aorist',
      videoUrl: 'https://videos.example.org/aorist.mp4',
      captions: [{ language: 'en', vtt: WEBVTT }, { language: 'fr', vtt: WEBVTT }],
      materials: [{ title: 'Paradigm chart', url: 'https://files.example.org/aorist.pdf' }],
    });
  });

  test('refuses a video link that is not https, and captions that are not WebVTT', async () => {
    const { modules } = await draft();
    const http = await client.send(ADD_LECTURE, { moduleId: modules[0]!.id, input: { title: 'x', videoUrl: 'http://videos.example.org/a.mp4' } }, owner);
    expect(http.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const srt = await client.send(
      ADD_LECTURE,
      { moduleId: modules[0]!.id, input: { title: 'x', captions: [{ language: 'en', vtt: '1\n00:00:00,000 --> 00:00:02,000\nHi' }] } },
      owner,
    );
    expect(srt.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(srt.errors?.[0]?.message).toContain('WEBVTT');
    expect(await prisma().lecture.count({ where: { moduleId: modules[0]!.id } })).toBe(1);
  });

  test('refuses two caption tracks in one language', async () => {
    const { modules } = await draft();
    const response = await client.send(
      ADD_LECTURE,
      { moduleId: modules[0]!.id, input: { title: 'x', captions: [{ language: 'en', vtt: WEBVTT }, { language: 'EN', vtt: WEBVTT }] } },
      owner,
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.captions' });
  });

  test('replaces captions and materials as a whole and clears the video link with null', async () => {
    const { modules } = await draft();
    const lectureId = modules[0]!.lectureIds[0]!;
    await client.ok(UPDATE_LECTURE, { id: lectureId, input: { captions: [{ language: 'en', vtt: WEBVTT }], materials: [{ title: 'A', url: 'https://a.example.org/' }] } }, owner);
    const data = await client.ok<{ updateLecture: { title: string; videoUrl: string | null; captions: { language: string }[]; materials: { title: string }[] } }>(
      UPDATE_LECTURE,
      { id: lectureId, input: { videoUrl: null, captions: [{ language: 'de', vtt: WEBVTT }] } },
      owner,
    );
    expect(data.updateLecture).toMatchObject({ title: 'Lecture 1.1', videoUrl: null, captions: [{ language: 'de' }], materials: [{ title: 'A' }] });
  });

  test('keeps the search index current when a transcript changes', async () => {
    const { course, modules } = await draft();
    await client.ok(UPDATE_LECTURE, { id: modules[0]!.lectureIds[0], input: { transcript: 'Pericopes and papyri.' } }, owner);
    const rows = await prisma().$queryRaw<{ id: string }[]>`
      SELECT id::text FROM courses.course WHERE id = ${course.id}::uuid AND search_vector @@ plainto_tsquery('english', 'papyri')`;
    expect(rows).toHaveLength(1);
  });

  test('deletes a lecture from a draft and archives it in a published course', async () => {
    const { modules: draftModules } = await draft([{ lectures: 2 }]);
    const fromDraft = await client.ok<{ removeLecture: { lectures: { id: string }[] } }>(REMOVE_LECTURE, { id: draftModules[0]!.lectureIds[0] }, owner);
    expect(fromDraft.removeLecture.lectures.map((lecture) => lecture.id)).toEqual([draftModules[0]!.lectureIds[1]]);
    expect(await prisma().lecture.count({ where: { id: draftModules[0]!.lectureIds[0] } })).toBe(0);

    const { modules: liveModules } = await published([{ lectures: 2 }]);
    await client.ok(REMOVE_LECTURE, { id: liveModules[0]!.lectureIds[0] }, owner);
    const archived = await prisma().lecture.findUniqueOrThrow({ where: { id: liveModules[0]!.lectureIds[0] } });
    expect(archived.archivedAt).not.toBeNull();
  });
});

describe('readings', () => {
  test('adds, changes and removes a reading', async () => {
    const { modules } = await draft([{ lectures: 0, readings: 1 }]);
    const added = await client.ok<{ addReading: { id: string; position: number; estimatedMinutes: number } }>(
      ADD_READING,
      { moduleId: modules[0]!.id, input: { title: 'Chapter 1', body: '# Letters' } },
      owner,
    );
    expect(added.addReading).toMatchObject({ position: 1, estimatedMinutes: 10 });
    const changed = await client.ok<{ updateReading: { title: string; body: string; estimatedMinutes: number } }>(
      UPDATE_READING,
      { id: added.addReading.id, input: { estimatedMinutes: 25 } },
      owner,
    );
    expect(changed.updateReading).toMatchObject({ title: 'Chapter 1', body: '# Letters', estimatedMinutes: 25 });
    const removed = await client.ok<{ removeReading: { readings: { id: string }[] } }>(REMOVE_READING, { id: added.addReading.id }, owner);
    expect(removed.removeReading.readings.map((reading) => reading.id)).toEqual(modules[0]!.readingIds);
  });

  test('refuses an estimate of zero minutes', async () => {
    const { modules } = await draft();
    expect(await client.codes(ADD_READING, { moduleId: modules[0]!.id, input: { title: 'x', estimatedMinutes: 0 } }, owner)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('assignments', () => {
  const rubric = [
    { id: 'thesis', title: 'Thesis', description: 'A clear claim', points: 6 },
    { id: 'evidence', title: 'Evidence', points: 4 },
  ];

  test('takes the rubric’s total as the points when points are left out', async () => {
    const { modules } = await draft();
    const data = await client.ok<{ addAssignment: { points: number; position: number; rubric: { id: string; description: string }[] } }>(
      ADD_ASSIGNMENT,
      { moduleId: modules[0]!.id, input: { title: 'Essay', rubric, dueAt: '2031-05-01T12:00:00.000Z' } },
      owner,
    );
    expect(data.addAssignment).toMatchObject({ points: 10, position: 0, rubric: [{ id: 'thesis', description: 'A clear claim' }, { id: 'evidence', description: '' }] });
  });

  test('refuses points that differ from the rubric’s total', async () => {
    const { modules } = await draft();
    const response = await client.send(ADD_ASSIGNMENT, { moduleId: modules[0]!.id, input: { title: 'Essay', points: 12, rubric } }, owner);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.points' });
    expect(await prisma().assignment.count({ where: { moduleId: modules[0]!.id } })).toBe(0);
  });

  test('refuses two rubric criteria with the same id', async () => {
    const { modules } = await draft();
    const twice = [rubric[0], { ...rubric[1], id: 'thesis' }];
    expect(await client.codes(ADD_ASSIGNMENT, { moduleId: modules[0]!.id, input: { title: 'Essay', rubric: twice } }, owner)).toEqual(['BAD_USER_INPUT']);
  });

  test('gives an assignment without a rubric 100 points, and a new rubric sets the points to its total', async () => {
    const { modules } = await draft();
    const added = await client.ok<{ addAssignment: { id: string; points: number } }>(ADD_ASSIGNMENT, { moduleId: modules[0]!.id, input: { title: 'Plain' } }, owner);
    expect(added.addAssignment.points).toBe(100);
    const changed = await client.ok<{ updateAssignment: { points: number } }>(UPDATE_ASSIGNMENT, { id: added.addAssignment.id, input: { rubric } }, owner);
    expect(changed.updateAssignment.points).toBe(10);
    expect(await client.codes(UPDATE_ASSIGNMENT, { id: added.addAssignment.id, input: { points: 50 } }, owner)).toEqual(['BAD_USER_INPUT']);
  });

  test('archives an assignment of a published course', async () => {
    const { modules } = await published();
    const added = await client.ok<{ addAssignment: { id: string } }>(ADD_ASSIGNMENT, { moduleId: modules[0]!.id, input: { title: 'Live' } }, owner);
    const removed = await client.ok<{ removeAssignment: { assignments: unknown[] } }>(REMOVE_ASSIGNMENT, { id: added.addAssignment.id }, owner);
    expect(removed.removeAssignment.assignments).toEqual([]);
    expect((await prisma().assignment.findUniqueOrThrow({ where: { id: added.addAssignment.id } })).archivedAt).not.toBeNull();
  });
});

describe('quizzes', () => {
  test('adds a quiz last with its settings and changes them', async () => {
    const { course, modules } = await draft();
    await createBareQuiz(prisma(), { courseId: course.id, moduleId: modules[0]!.id });
    const added = await client.ok<{ addQuiz: { id: string; position: number; passingScorePercent: number; timeLimitSeconds: number; maxAttempts: number } }>(
      ADD_QUIZ,
      { moduleId: modules[0]!.id, input: { title: 'Check', timeLimitSeconds: 600, maxAttempts: 2, shuffleOptions: true } },
      owner,
    );
    expect(added.addQuiz).toMatchObject({ position: 1, passingScorePercent: 60, timeLimitSeconds: 600, maxAttempts: 2 });
    const changed = await client.ok<{ updateQuiz: { timeLimitSeconds: number | null; maxAttempts: number | null; passingScorePercent: number } }>(
      UPDATE_QUIZ,
      { id: added.addQuiz.id, input: { timeLimitSeconds: null, passingScorePercent: 80 } },
      owner,
    );
    expect(changed.updateQuiz).toEqual({ id: added.addQuiz.id, timeLimitSeconds: null, maxAttempts: 2, passingScorePercent: 80 });
  });

  test('refuses a time limit under a minute and a passing score over 100', async () => {
    const { modules } = await draft();
    expect(await client.codes(ADD_QUIZ, { moduleId: modules[0]!.id, input: { title: 'x', timeLimitSeconds: 5 } }, owner)).toEqual(['BAD_USER_INPUT']);
    expect(await client.codes(ADD_QUIZ, { moduleId: modules[0]!.id, input: { title: 'x', passingScorePercent: 101 } }, owner)).toEqual(['BAD_USER_INPUT']);
  });

  test('removing a required quiz releases the modules that required it', async () => {
    const { course, modules } = await published([{ lectures: 1 }, { lectures: 1 }]);
    const quiz = await createBareQuiz(prisma(), { courseId: course.id, moduleId: modules[0]!.id });
    await client.ok(UPDATE_MODULE, { id: modules[1]!.id, input: { requiredQuizId: quiz.id } }, owner);
    const removed = await client.ok<{ removeQuiz: { quizzes: unknown[] } }>(REMOVE_QUIZ, { id: quiz.id }, owner);
    expect(removed.removeQuiz.quizzes).toEqual([]);
    const gated = await prisma().module.findUniqueOrThrow({ where: { id: modules[1]!.id } });
    expect(gated).toMatchObject({ requiredQuizId: null, requiredScorePercent: null });
    expect((await prisma().quiz.findUniqueOrThrow({ where: { id: quiz.id } })).archivedAt).not.toBeNull();
  });
});
