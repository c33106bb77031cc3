// Application documents through the gateway: uploads checked by type, content and size, stored with a
// signed link the applicant and the program's staff can follow, at most 20 per application, changes
// only while a draft, and nothing for anyone else.
import { randomUUID } from 'node:crypto';
import { startTestPlatform, type TestPlatform } from '../../../scripts/platform/test-platform';
import type { PrismaClient } from '../../kit/src/db';
import { DOCUMENT_MAX_BYTES, checkDocumentUpload } from '../src/documents/document-rules';
import { HTML_BASE64, PDF_BASE64, PNG_BASE64, asPerson, createApplicant, createDraft, firstError, openProgram, type OpenProgram } from './support/submission';

let platform: TestPlatform;
let prisma: PrismaClient;
let open: OpenProgram;

beforeAll(async () => {
  platform = await startTestPlatform();
  prisma = platform.handle.services.prisma;
  open = await openProgram(prisma);
}, 120_000);

afterAll(async () => {
  await platform?.stop();
});

const UPLOAD = `mutation($applicationId: ID!, $kind: ApplicationDocumentKind!, $fileName: String!, $contentType: String!, $dataBase64: String!) {
  uploadApplicationDocument(applicationId: $applicationId, kind: $kind, fileName: $fileName, contentType: $contentType, dataBase64: $dataBase64) {
    id kind fileName contentType sizeBytes url } }`;
const REMOVE = `mutation($documentId: ID!) { removeApplicationDocument(documentId: $documentId) { id documents { id } } }`;
const DOCUMENTS = `query($id: ID!) { application(id: $id) { documents { id kind fileName url } } }`;

type Uploaded = { uploadApplicationDocument: { id: string; kind: string; fileName: string; contentType: string; sizeBytes: number; url: string } };

async function draft() {
  const applicant = await createApplicant(prisma);
  const application = await createDraft(prisma, applicant.id, open.intake.id, { complete: false });
  return { applicant, application };
}

const upload = (applicationId: string, overrides: Record<string, unknown> = {}) => ({
  applicationId,
  kind: 'identity',
  fileName: 'passport.pdf',
  contentType: 'application/pdf',
  dataBase64: PDF_BASE64,
  ...overrides,
});

const origin = () => new URL(platform.url).origin;

/** A PDF of exactly `bytes` bytes (a real header, then padding). */
const pdfOf = (bytes: number) => Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(bytes - 9, 0x20)]).toString('base64');

describe('uploadApplicationDocument', () => {
  it('stores a PDF whose signed link serves its bytes, and lists it on the application', async () => {
    const { applicant, application } = await draft();
    const response = await asPerson<Uploaded>(platform, applicant, UPLOAD, upload(application.id));
    expect(response.errors).toBeUndefined();
    const document = response.data!.uploadApplicationDocument;
    expect(document).toMatchObject({ kind: 'identity', fileName: 'passport.pdf', contentType: 'application/pdf', sizeBytes: Buffer.from(PDF_BASE64, 'base64').length });
    const download = await fetch(`${origin()}${document.url}`);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(Buffer.from(PDF_BASE64, 'base64'))).toBe(true);
    const listed = await asPerson<{ application: { documents: { id: string }[] } }>(platform, applicant, DOCUMENTS, { id: application.id });
    expect(listed.data!.application.documents.map((row) => row.id)).toEqual([document.id]);
    const stored = await prisma.applicationDocument.findUniqueOrThrow({ where: { id: document.id } });
    expect(await prisma.storedFile.count({ where: { key: stored.fileKey, ownerId: applicant.id } })).toBe(1);
  });

  it('accepts a PNG transcript', async () => {
    const { applicant, application } = await draft();
    const response = await asPerson<Uploaded>(platform, applicant, UPLOAD, upload(application.id, { kind: 'transcript', fileName: 'grades.png', contentType: 'image/png', dataBase64: PNG_BASE64 }));
    expect(response.data?.uploadApplicationDocument).toMatchObject({ kind: 'transcript', contentType: 'image/png' });
  });

  it.each([
    ['contentType', { contentType: 'text/html' }],
    ['contentType', { contentType: 'image/gif' }],
    ['file', { dataBase64: HTML_BASE64 }],
    ['file', { contentType: 'image/png' }],
    ['file', { dataBase64: '' }],
    ['dataBase64', { dataBase64: 'not base64!' }],
    ['fileName', { fileName: '   ' }],
    ['fileName', { fileName: `${'x'.repeat(200)}.pdf` }],
  ])('refuses bad input on %s and stores nothing', async (field, overrides) => {
    const { applicant, application } = await draft();
    const response = await asPerson(platform, applicant, UPLOAD, upload(application.id, overrides));
    expect(firstError(response)).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(await prisma.applicationDocument.count({ where: { applicationId: application.id } })).toBe(0);
  });

  it('accepts a scan of the largest size through the gateway', async () => {
    const { applicant, application } = await draft();
    const scan = pdfOf(DOCUMENT_MAX_BYTES);
    const response = await asPerson<Uploaded>(platform, applicant, UPLOAD, upload(application.id, { dataBase64: scan }));
    expect(response.errors).toBeUndefined();
    expect(response.data?.uploadApplicationDocument.sizeBytes).toBe(DOCUMENT_MAX_BYTES);
  });

  it('refuses a 21st document', async () => {
    const { applicant, application } = await draft();
    await prisma.applicationDocument.createMany({
      data: Array.from({ length: 20 }, (_, index) => ({
        applicationId: application.id,
        kind: 'other' as const,
        fileKey: `admissions/${application.id}/${randomUUID()}/file-${index}.pdf`,
        fileName: `file-${index}.pdf`,
        contentType: 'application/pdf',
        sizeBytes: 10,
      })),
    });
    const response = await asPerson(platform, applicant, UPLOAD, upload(application.id));
    expect(firstError(response).code).toBe('CONFLICT');
    expect(response.errors?.[0]?.message).toMatch(/at most 20 documents/);
    expect(await prisma.applicationDocument.count({ where: { applicationId: application.id } })).toBe(20);
  });

  it('refuses uploads once the application is submitted', async () => {
    const { applicant, application } = await draft();
    await prisma.application.update({ where: { id: application.id }, data: { status: 'submitted' } });
    expect(firstError(await asPerson(platform, applicant, UPLOAD, upload(application.id))).code).toBe('CONFLICT');
  });

  it('reports another person’s application as NOT_FOUND, to strangers and to the program’s officer', async () => {
    const { application } = await draft();
    for (const person of [await createApplicant(prisma), open.officer]) {
      expect(firstError(await asPerson(platform, person, UPLOAD, upload(application.id))).code).toBe('NOT_FOUND');
    }
    expect(firstError(await asPerson(platform, null, UPLOAD, upload(application.id))).code).toBe('UNAUTHENTICATED');
    expect(await prisma.applicationDocument.count({ where: { applicationId: application.id } })).toBe(0);
  });
});

describe('reading documents', () => {
  it('shows the documents and their links to the program’s officer and to nobody else', async () => {
    const { applicant, application } = await draft();
    await asPerson(platform, applicant, UPLOAD, upload(application.id));
    const officerView = await asPerson<{ application: { documents: { url: string }[] } }>(platform, open.officer, DOCUMENTS, { id: application.id });
    expect(officerView.data!.application.documents).toHaveLength(1);
    expect((await fetch(`${origin()}${officerView.data!.application.documents[0]!.url}`)).status).toBe(200);
    const other = await openProgram(prisma);
    for (const outsider of [await createApplicant(prisma), other.officer]) {
      const response = await asPerson<{ application: unknown }>(platform, outsider, DOCUMENTS, { id: application.id });
      expect(response.data?.application).toBeNull();
    }
  });
});

describe('removeApplicationDocument', () => {
  it('removes the document, its stored-file record and its bytes', async () => {
    const { applicant, application } = await draft();
    const uploaded = await asPerson<Uploaded>(platform, applicant, UPLOAD, upload(application.id));
    const document = uploaded.data!.uploadApplicationDocument;
    const { fileKey } = await prisma.applicationDocument.findUniqueOrThrow({ where: { id: document.id } });
    const response = await asPerson<{ removeApplicationDocument: { id: string; documents: unknown[] } }>(platform, applicant, REMOVE, { documentId: document.id });
    expect(response.data?.removeApplicationDocument).toEqual({ id: application.id, documents: [] });
    expect(await prisma.storedFile.count({ where: { key: fileKey } })).toBe(0);
    expect(await platform.handle.services.storage.get(fileKey)).toBeNull();
  });

  it('refuses removal once submitted, and reports others’ documents as NOT_FOUND', async () => {
    const { applicant, application } = await draft();
    const uploaded = await asPerson<Uploaded>(platform, applicant, UPLOAD, upload(application.id));
    const documentId = uploaded.data!.uploadApplicationDocument.id;
    expect(firstError(await asPerson(platform, await createApplicant(prisma), REMOVE, { documentId })).code).toBe('NOT_FOUND');
    expect(firstError(await asPerson(platform, open.officer, REMOVE, { documentId })).code).toBe('NOT_FOUND');
    expect(firstError(await asPerson(platform, applicant, REMOVE, { documentId: randomUUID() })).code).toBe('NOT_FOUND');
    await prisma.application.update({ where: { id: application.id }, data: { status: 'submitted' } });
    expect(firstError(await asPerson(platform, applicant, REMOVE, { documentId })).code).toBe('CONFLICT');
    expect(await prisma.applicationDocument.count({ where: { id: documentId } })).toBe(1);
  });
});

// The limit is chosen to fit the gateway's 4 MB request bodies once base64-encoded; the rule itself is
// checked where it lives, and the largest document goes through the gateway above.
describe('the document size rule', () => {
  it('accepts a PDF of exactly 2.5 MB', () => {
    expect(checkDocumentUpload(pdfOf(DOCUMENT_MAX_BYTES), 'application/pdf').bytes.length).toBe(DOCUMENT_MAX_BYTES);
  });

  it('refuses anything larger on dataBase64, saying what the limit is', () => {
    expect(() => checkDocumentUpload(pdfOf(DOCUMENT_MAX_BYTES + 4096), 'application/pdf')).toThrow(
      expect.objectContaining({ message: expect.stringMatching(/larger than 2.5 MB/), extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'dataBase64' }) }),
    );
  });
});
