// Certificates through the gateway: the PDF rendered with the holder's name from the users subgraph
// (@requires), stored and linked, and public verification by code.
import { PDFDocument } from 'pdf-lib';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import type { PrismaClient } from '../../kit/src/db';
import { createCourse } from './support/courses';
import { createInstructor, createStudent, type Person } from '../../../scripts/platform/test-people';
import { enrollDirectly, RECORD, type RecordData } from './support/learning';

let platform: TestPlatform;
let prisma: PrismaClient;
let owner: Person;

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
  owner = await createInstructor(prisma);
});

afterAll(async () => {
  await platform?.stop();
});

const MY_CERTIFICATES = `query Mine {
  me { certificates { id code pdfUrl recipientName finalGrade issuedAt course { title } holder { displayName } } }
}`;

interface CertificatesData {
  me: {
    certificates: {
      id: string;
      code: string;
      pdfUrl: string | null;
      recipientName: string | null;
      finalGrade: number;
      issuedAt: string;
      course: { title: string };
      holder: { displayName: string };
    }[];
  };
}

const VERIFY = `query Verify($code: String!) {
  verifyCertificate(code: $code) { valid code courseTitle issuedAt finalGrade recipient { id displayName } }
}`;

interface VerifyData {
  verifyCertificate: {
    valid: boolean;
    code: string | null;
    courseTitle: string | null;
    issuedAt: string | null;
    finalGrade: number | null;
    recipient: { id: string; displayName: string } | null;
  };
}

/** A student who has just completed a one-lecture course through the gateway. */
async function graduate(displayName: string, courseTitle: string): Promise<{ student: Person; code: string }> {
  const student = await createStudent(prisma, displayName);
  const { course, modules } = await createCourse(prisma, { ownerId: owner.id, title: courseTitle, modules: [{ lectures: 1 }] });
  await enrollDirectly(prisma, { userId: student.id, courseId: course.id });
  const response = await platform.graphql<RecordData>(RECORD, { lectureId: modules[0]!.lectureIds[0]!, positionSeconds: 600 }, { token: student.token });
  const code = response.data?.recordLectureProgress.enrollment.certificate?.code;
  if (!code) throw new Error(`completion failed: ${JSON.stringify(response.errors)}`);
  return { student, code };
}

async function myCertificates(student: Person) {
  const response = await platform.graphql<CertificatesData>(MY_CERTIFICATES, {}, { token: student.token });
  expect(response.errors).toBeUndefined();
  return response.data!.me.certificates;
}

test('the first look at a certificate renders a valid PDF with the holder’s name, stored and recorded', async () => {
  const { student, code } = await graduate('Ruth Moabite', 'Hebrew Narrative');
  const [certificate] = await myCertificates(student);
  expect(certificate).toMatchObject({ code, recipientName: 'Ruth Moabite', finalGrade: 100, course: { title: 'Hebrew Narrative' }, holder: { displayName: 'Ruth Moabite' } });
  expect(certificate?.pdfUrl).toMatch(/^\/files\/certificates\/.+\.pdf\?expires=\d+&signature=/);

  const row = await prisma.certificate.findUniqueOrThrow({ where: { id: certificate!.id } });
  const stored = await platform.handle.services.storage.get(row.pdfFileKey!);
  expect(stored?.contentType).toBe('application/pdf');
  const pdf = await PDFDocument.load(stored!.bytes);
  expect(pdf.getPageCount()).toBe(1);
  expect(pdf.getTitle()).toBe(`Certificate ${code}`);
  expect(pdf.getSubject()).toContain('Hebrew Narrative');
  expect(await prisma.storedFile.findUnique({ where: { key: row.pdfFileKey! } })).toMatchObject({
    ownerId: student.id,
    contentType: 'application/pdf',
    purpose: 'certificate',
    size: stored!.bytes.length,
  });
});

test('the signed link downloads the PDF through the gateway', async () => {
  const { student } = await graduate('Boaz Bethlehem', 'Wisdom Literature');
  const [certificate] = await myCertificates(student);
  const download = await fetch(new URL(certificate!.pdfUrl!, platform.url));
  expect(download.status).toBe(200);
  expect(download.headers.get('content-type')).toBe('application/pdf');
  const bytes = Buffer.from(await download.arrayBuffer());
  expect((await PDFDocument.load(bytes)).getPageCount()).toBe(1);
});

test('a rendered certificate is not rendered again, even when asked for twice at once', async () => {
  const { student } = await graduate('Naomi Ephrathite', 'Psalms');
  const [first, second] = await Promise.all([myCertificates(student), myCertificates(student)]);
  const certificateId = first[0]!.id;
  const row = await prisma.certificate.findUniqueOrThrow({ where: { id: certificateId } });
  expect([first[0]?.recipientName, second[0]?.recipientName]).toEqual(['Naomi Ephrathite', 'Naomi Ephrathite']);
  expect(await prisma.storedFile.count({ where: { key: { startsWith: `certificates/${student.id}/${certificateId}-` } } })).toBe(1);
  await myCertificates(student);
  expect((await prisma.certificate.findUniqueOrThrow({ where: { id: certificateId } })).pdfFileKey).toBe(row.pdfFileKey);
});

test('a name with characters the PDF fonts lack still renders, and keeps its exact spelling on record', async () => {
  const { student } = await graduate('Zoë 李 Ångström', 'Church History');
  const [certificate] = await myCertificates(student);
  expect(certificate?.recipientName).toBe('Zoë 李 Ångström');
  const row = await prisma.certificate.findUniqueOrThrow({ where: { id: certificate!.id } });
  const stored = await platform.handle.services.storage.get(row.pdfFileKey!);
  expect((await PDFDocument.load(stored!.bytes)).getPageCount()).toBe(1);
});

test('anyone can verify a certificate by its code, typed in any case and spacing', async () => {
  const { student, code } = await graduate('Eli Shiloh', 'Prophets and Kings');
  const typed = ` ${code.toLowerCase().replace(/-/g, ' ')} `;
  const response = await platform.graphql<VerifyData>(VERIFY, { code: typed });
  expect(response.errors).toBeUndefined();
  expect(response.data?.verifyCertificate).toMatchObject({
    valid: true,
    code,
    courseTitle: 'Prophets and Kings',
    finalGrade: 100,
    issuedAt: expect.any(String),
    recipient: { id: student.id, displayName: 'Eli Shiloh' },
  });
});

test('verification of a wrong or malformed code reveals nothing', async () => {
  const { code } = await graduate('Hannah Ramah', 'Samuel');
  // Same shape, one character changed.
  const wrong = `${code.slice(0, -1)}${code.endsWith('2') ? '3' : '2'}`;
  for (const candidate of [wrong, 'not a code', "SF-' OR 1=1 --"]) {
    const response = await platform.graphql<VerifyData>(VERIFY, { code: candidate });
    expect(response.errors).toBeUndefined();
    expect(response.data?.verifyCertificate).toEqual({ valid: false, code: null, courseTitle: null, issuedAt: null, finalGrade: null, recipient: null });
  }
});
