// Reading import-courses files: grouping CSV rows into courses and modules, JSON lines, and the
// checks that keep a bad file from creating anything.
import { readCourseCsv } from '../src/courses/course-csv';
import { readCourseJson } from '../src/courses/course-json';
import { coursePlanProblems, duplicateSlugProblems } from '../src/courses/course-plan';
import { jsonValueLines } from '../src/courses/json-lines';

test('CSV rows group into courses and modules in the order they first appear', () => {
  const { courses, problems } = readCourseCsv(
    [
      'course_slug,course_title,faculty,module_title,lecture_title,duration_seconds',
      'greek-one,Greek One,theology,Letters,Alpha,60',
      'hebrew-one,Hebrew One,theology,Aleph,,',
      'greek-one,,,Words,Logos,',
      'greek-one,Greek One,,Letters,Beta,',
    ].join('\n'),
  );
  expect(problems).toEqual([]);
  expect(courses.map((course) => ({ slug: course.slug, line: course.line, modules: course.modules.map((module) => [module.title, module.lectures.map((lecture) => lecture.title)]) }))).toEqual([
    { slug: 'greek-one', line: 2, modules: [['Letters', ['Alpha', 'Beta']], ['Words', ['Logos']]] },
    { slug: 'hebrew-one', line: 3, modules: [['Aleph', []]] },
  ]);
  expect(courses[0]!.modules[0]!.lectures[0]!.durationSeconds).toBe(60);
});

test('a later row contradicting its course’s first row is a problem on its own line', () => {
  const { problems } = readCourseCsv(['course_slug,course_title,faculty,module_title', 'greek-one,Greek One,theology,A', 'greek-one,Greek Two,,B'].join('\n'));
  expect(problems).toEqual([{ line: 3, message: 'course_title "Greek Two" differs from line 2 ("Greek One") of the same course; leave it empty or repeat it.' }]);
});

test('value checks report each problem on the line of the course, module or lecture it belongs to', () => {
  const { courses } = readCourseCsv(
    [
      'course_slug,course_title,faculty,difficulty,module_title,lecture_title,lecture_kind,duration_seconds',
      'Bad Slug,Title,theology,expert,Module,Lecture,video,10',
      'Bad Slug,,,,Module,Second,podcast,-5',
    ].join('\n'),
  );
  expect(coursePlanProblems(courses[0]!)).toEqual([
    { line: 2, message: 'The slug "Bad Slug" may hold only lowercase letters, digits and single hyphens, like "intro-to-greek".' },
    { line: 2, message: 'The difficulty must be one of beginner, intermediate, advanced.' },
    { line: 3, message: 'The lecture kind must be one of video, live, interactive.' },
    { line: 3, message: 'The lecture duration in seconds must be from 0 to 86,400.' },
  ]);
});

test('the same slug twice in a file is a problem on its second line', () => {
  const { courses } = readCourseJson('[\n{"slug":"same-slug","title":"A","faculty":"f"},\n{"slug":"same-slug","title":"B","faculty":"f"}\n]');
  expect(duplicateSlugProblems(courses)).toEqual([{ line: 3, message: 'The slug "same-slug" is already used on line 2; each course needs its own.' }]);
});

test('JSON problems name the field and the line it is on', () => {
  const text = JSON.stringify({ courses: [{ slug: 'greek-one', title: 'Greek', faculty: 'theology', modules: [{ title: 'M', lectures: [{ title: 5, colour: 'red' }] }] }] }, null, 2);
  const { problems } = readCourseJson(text);
  const lectureLine = text.split('\n').findIndex((line) => line.includes('"title": 5')) + 1;
  expect(problems).toEqual([
    { line: lectureLine - 1, message: 'courses.0.modules.0.lectures.0: unknown field(s) colour; known fields: title, kind, videoUrl, durationSeconds, transcript.' },
    { line: lectureLine, message: 'courses.0.modules.0.lectures.0.title: must be a string.' },
  ]);
});

test('invalid JSON is reported on the line of the mistake', () => {
  const { courses, problems } = readCourseJson('[\n  {"slug": "a"},\n  {"slug": }\n]');
  expect(courses).toEqual([]);
  expect(problems).toHaveLength(1);
  expect(problems[0]!.line).toBe(3);
  expect(problems[0]!.message).toMatch(/^Not valid JSON: /);
});

test('JSON value lines follow nesting, strings with brackets and escaped quotes', () => {
  const lines = jsonValueLines('{\n "a": "x]}\\"",\n "b": [\n  1,\n  {"c": true}\n ]\n}');
  expect(Object.fromEntries(lines)).toEqual({ '': 1, a: 2, b: 3, 'b.0': 4, 'b.1': 5, 'b.1.c': 5 });
});
