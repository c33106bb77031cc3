// The public graph is what the subgraphs tag `public`. This reads every printed subgraph SDL (written
// by `npm run compose`) and lists the public coordinates as the gateway's contract decides them: a
// field tagged public on a type tagged public (in any subgraph), or on Query and Mutation. It fails if
// any of them names private data, or if the catalog and the school-facing fields are missing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, type ConstDirectiveNode } from 'graphql';
import { PUBLIC_TAG, scopeTag } from '../../kit/src/public-contract';

const subgraphsDir = path.join(__dirname, '..', '..');
const ROOTS = new Set(['Query', 'Mutation']);

/** Names of people's private data: none may appear in the public graph. */
const PRIVATE = /email|wallet|password|token|secret|phone|note|grade|draft|review|balance|address|birth/i;

const tagsOf = (directives: readonly ConstDirectiveNode[] | undefined): string[] =>
  (directives ?? []).flatMap((directive) => {
    if (directive.name.value !== 'tag') return [];
    const name = directive.arguments?.find((argument) => argument.name.value === 'name')?.value;
    return name?.kind === Kind.STRING ? [name.value] : [];
  });

interface PublicGraph {
  /** Object and interface types tagged public. */
  types: Set<string>;
  /** `Type.field` coordinates in the public graph, with every tag they carry. */
  fields: Map<string, Set<string>>;
}

function publicGraph(): PublicGraph {
  const types = new Set<string>();
  const taggedFields = new Map<string, Set<string>>();
  for (const name of readdirSync(subgraphsDir)) {
    const file = path.join(subgraphsDir, name, 'schema.graphql');
    if (!existsSync(file)) continue;
    for (const definition of parse(readFileSync(file, 'utf8')).definitions) {
      if (
        definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
        definition.kind !== Kind.OBJECT_TYPE_EXTENSION &&
        definition.kind !== Kind.INTERFACE_TYPE_DEFINITION &&
        definition.kind !== Kind.INTERFACE_TYPE_EXTENSION
      ) continue;
      if (tagsOf(definition.directives).includes(PUBLIC_TAG)) types.add(definition.name.value);
      for (const field of definition.fields ?? []) {
        const tags = tagsOf(field.directives);
        if (!tags.includes(PUBLIC_TAG)) continue;
        const coordinate = `${definition.name.value}.${field.name.value}`;
        taggedFields.set(coordinate, new Set([...(taggedFields.get(coordinate) ?? []), ...tags]));
      }
    }
  }
  const fields = new Map([...taggedFields].filter(([coordinate]) => {
    const typeName = coordinate.slice(0, coordinate.indexOf('.'));
    return types.has(typeName) || ROOTS.has(typeName);
  }));
  return { types, fields };
}

const { types, fields } = publicGraph();

test('no public type or field names private data', () => {
  const leaks = [...types, ...fields.keys()].filter((name) => PRIVATE.test(name));
  expect(leaks).toEqual([]);
});

test('the catalog is public: its queries, courses with their syllabus, faculties, instructors’ names and prices', () => {
  for (const coordinate of [
    'Query.courses',
    'Query.course',
    'Query.faculties',
    'CourseConnection.edges',
    'CourseEdge.node',
    'CourseConnection.pageInfo',
    'CourseEdge.cursor',
    'PageInfo.hasNextPage',
    'PageInfo.endCursor',
    'Course.id',
    'Course.title',
    'Course.summary',
    'Course.difficulty',
    'Course.language',
    'Course.faculty',
    'Course.modules',
    'Course.instructors',
    'Course.price',
    'CoursePrice.usdCents',
    'Module.title',
    'Module.lectures',
    'Lecture.title',
    'Lecture.durationSeconds',
    'Faculty.name',
    'User.id',
    'User.displayName',
    'School.name',
    'Query.apiKeySchool',
  ]) {
    expect([coordinate, fields.has(coordinate)]).toEqual([coordinate, true]);
  }
});

test('private fields of the same types stay out', () => {
  for (const coordinate of ['User.email', 'User.schools', 'User.enrollments', 'Course.reviewNote', 'Course.viewerCanEdit', 'Lecture.videoUrl', 'Lecture.transcript', 'School.members', 'School.joinCode', 'WalletEntryConnection.edges']) {
    expect([coordinate, fields.has(coordinate)]).toEqual([coordinate, false]);
  }
});

test('the school-facing student fields carry the scope they need', () => {
  const readStudents = scopeTag('read:students');
  for (const coordinate of ['School.students', 'SchoolStudent.user', 'School.studentProgress', 'SchoolStudentProgress.percentComplete']) {
    expect([coordinate, fields.get(coordinate)?.has(readStudents)]).toEqual([coordinate, true]);
  }
  expect(fields.get('Mutation.enrollSchoolStudents')?.has(scopeTag('write:enrollments'))).toBe(true);
  expect(fields.get('EnrollSchoolStudentsPayload.results')?.has(scopeTag('write:enrollments'))).toBe(true);
});
