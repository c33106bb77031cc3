// Who sees which of a teacher's courses, as pure rules over plain values.
import { randomUUID } from 'node:crypto';
import type { CourseStatus } from '../../kit/src/db';
import type { Viewer } from '../../kit/src/viewer';
import { groupTeachingCourses, teachingCoursesWhere } from '../src/catalog/teaching-courses';

const teacher = randomUUID();
const colleague = randomUUID();
const asUser = (id: string, roles: ('student' | 'instructor' | 'admin')[] = ['instructor']): Viewer => ({ kind: 'user', id, roles, ip: '127.0.0.1' });
const anonymous: Viewer = { kind: 'anonymous', ip: '127.0.0.1' };

const course = (title: string, status: CourseStatus, ownerId: string, instructorIds: string[] = []) => ({
  title,
  status,
  ownerId,
  instructors: instructorIds.map((userId) => ({ userId })),
});

const catalog = [
  course('Published', 'published', teacher),
  course('Draft', 'draft', teacher),
  course('Co-taught review', 'in_review', colleague, [teacher]),
  course('Colleague archived', 'archived', colleague),
];

const titles = (lists: { title: string }[][]) => lists.map((list) => list.map((entry) => entry.title));

test('the anonymous see only published and archived courses in each list', () => {
  expect(titles(groupTeachingCourses(anonymous, [teacher, colleague], catalog))).toEqual([['Published'], ['Colleague archived']]);
});

test('a teacher sees their own unpublished courses but not a colleague’s', () => {
  expect(titles(groupTeachingCourses(asUser(teacher), [teacher, colleague], catalog))).toEqual([
    ['Published', 'Draft', 'Co-taught review'],
    ['Colleague archived'],
  ]);
});

test('an admin sees every status in every list', () => {
  expect(titles(groupTeachingCourses(asUser(randomUUID(), ['admin']), [teacher, colleague], catalog))).toEqual([
    ['Published', 'Draft', 'Co-taught review'],
    ['Co-taught review', 'Colleague archived'],
  ]);
});

test('the database filter asks only for public statuses when the viewer may see no unpublished list', () => {
  expect(teachingCoursesWhere(asUser(randomUUID(), ['student']), [teacher])).toMatchObject({ status: { in: ['published', 'archived'] } });
  expect(teachingCoursesWhere(asUser(teacher), [teacher, colleague])).not.toHaveProperty('status');
});
