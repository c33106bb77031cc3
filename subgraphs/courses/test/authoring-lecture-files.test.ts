// Slides and notes of a lecture through the gateway: PDF only, at most 1.4 MB, old files removed when
// replaced, and downloadable through the signed link the lecture hands out.
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import { LECTURE_FILE_MAX_BYTES } from '../src/authoring/lecture-files';
import { createCourse } from './support/courses';
import { createInstructor, createStudent, type Person } from '../../../scripts/platform/test-people';
import { authoringClient, pdfBytes, type AuthoringClient } from './support/authoring';

let platform: TestPlatform;
let client: AuthoringClient;
let owner: Person;

const prisma = () => platform.handle.services.prisma;
const storage = () => platform.handle.services.storage;

const UPLOAD = `mutation U($lectureId: ID!, $kind: LectureFileKind!, $fileName: String!, $contentType: String!, $data: String!) {
  uploadLectureFile(lectureId: $lectureId, kind: $kind, fileName: $fileName, contentType: $contentType, dataBase64: $data) { id slidesUrl notesUrl }
}`;
const REMOVE = `mutation R($lectureId: ID!, $kind: LectureFileKind!) { removeLectureFile(lectureId: $lectureId, kind: $kind) { id slidesUrl notesUrl } }`;

type Uploaded = { uploadLectureFile: { slidesUrl: string | null; notesUrl: string | null } };

const upload = (lectureId: string, bytes: Buffer, extra: Record<string, unknown> = {}) => ({
  lectureId,
  kind: 'slides',
  fileName: 'Week 1 — Slides.pdf',
  contentType: 'application/pdf',
  data: bytes.toString('base64'),
  ...extra,
});

async function lecture(status: 'draft' | 'published' = 'draft') {
  const { modules } = await createCourse(prisma(), { ownerId: owner.id, status });
  return modules[0]!.lectureIds[0]!;
}

beforeAll(async () => {
  platform = await startTestPlatform();
  client = authoringClient(platform);
  owner = await createInstructor(prisma(), 'Paige Pdf');
});

afterAll(async () => {
  await platform?.stop();
});

test('stores slides, records the file and serves it through the signed link', async () => {
  const lectureId = await lecture();
  const bytes = pdfBytes(2000);
  const data = await client.ok<Uploaded>(UPLOAD, upload(lectureId, bytes), owner);
  expect(data.uploadLectureFile.slidesUrl).toMatch(/^\/files\/lectures\/.+\/Week-1-Slides\.pdf\?expires=\d+&signature=/);
  expect(data.uploadLectureFile.notesUrl).toBeNull();
  const row = await prisma().lecture.findUniqueOrThrow({ where: { id: lectureId } });
  const record = await prisma().storedFile.findUniqueOrThrow({ where: { key: row.slidesFileKey! } });
  expect(record).toMatchObject({ ownerId: owner.id, contentType: 'application/pdf', size: bytes.length, purpose: 'lecture-slides' });
  const download = await fetch(new URL(data.uploadLectureFile.slidesUrl!, platform.url));
  expect(download.status).toBe(200);
  expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
});

test('replacing a file removes the old one from storage and from the record', async () => {
  const lectureId = await lecture();
  await client.ok(UPLOAD, upload(lectureId, pdfBytes(), { kind: 'notes' }), owner);
  const oldKey = (await prisma().lecture.findUniqueOrThrow({ where: { id: lectureId } })).notesFileKey!;
  await client.ok(UPLOAD, upload(lectureId, pdfBytes(900), { kind: 'notes' }), owner);
  const newKey = (await prisma().lecture.findUniqueOrThrow({ where: { id: lectureId } })).notesFileKey!;
  expect(newKey).not.toBe(oldKey);
  expect(await storage().get(oldKey)).toBeNull();
  expect(await prisma().storedFile.count({ where: { key: oldKey } })).toBe(0);
  expect((await storage().get(newKey))?.bytes.length).toBe(900);
});

test('removes the slides of a lecture', async () => {
  const lectureId = await lecture();
  await client.ok(UPLOAD, upload(lectureId, pdfBytes()), owner);
  const key = (await prisma().lecture.findUniqueOrThrow({ where: { id: lectureId } })).slidesFileKey!;
  const data = await client.ok<{ removeLectureFile: { slidesUrl: string | null } }>(REMOVE, { lectureId, kind: 'slides' }, owner);
  expect(data.removeLectureFile.slidesUrl).toBeNull();
  expect(await storage().get(key)).toBeNull();
  expect(await prisma().storedFile.count({ where: { key } })).toBe(0);
});

test('deleting a draft lecture removes its files', async () => {
  const lectureId = await lecture();
  await client.ok(UPLOAD, upload(lectureId, pdfBytes()), owner);
  const key = (await prisma().lecture.findUniqueOrThrow({ where: { id: lectureId } })).slidesFileKey!;
  await client.ok(`mutation D($id: ID!) { removeLecture(id: $id) { id } }`, { id: lectureId }, owner);
  expect(await storage().get(key)).toBeNull();
  expect(await prisma().storedFile.count({ where: { key } })).toBe(0);
});

test.each([
  ['an image declared as an image', { contentType: 'image/png', data: Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex').toString('base64') }],
  ['HTML declared as a PDF', { data: Buffer.from('<html><script>alert(1)</script></html>').toString('base64') }],
  ['a PDF over 1.4 MB', { data: pdfBytes(LECTURE_FILE_MAX_BYTES + 1).toString('base64') }],
  ['an empty file', { data: '' }],
  ['text that is not base64', { data: '%%% not base64 %%%' }],
])('refuses %s and stores nothing', async (_name, extra) => {
  const lectureId = await lecture();
  const filesBefore = await prisma().storedFile.count({ where: { ownerId: owner.id } });
  const response = await client.send(UPLOAD, upload(lectureId, pdfBytes(), extra), owner);
  expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect((await prisma().lecture.findUniqueOrThrow({ where: { id: lectureId } })).slidesFileKey).toBeNull();
  expect(await prisma().storedFile.count({ where: { ownerId: owner.id } })).toBe(filesBefore);
});

test('refuses a student uploading to a published lecture with FORBIDDEN', async () => {
  const lectureId = await lecture('published');
  const student = await createStudent(prisma());
  expect(await client.codes(UPLOAD, upload(lectureId, pdfBytes()), student)).toEqual(['FORBIDDEN']);
  expect(await prisma().storedFile.count({ where: { ownerId: student.id } })).toBe(0);
});
