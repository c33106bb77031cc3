// Schools for the SDK's public-graph tests, made the way people make them: a school admin creates the
// API key and the join code through the graph, and students join with that code (which also fills
// the courses subgraph's projection of who shares progress).
import { randomUUID } from 'node:crypto';
import type { TestPlatform } from '../../../scripts/platform/test-platform';
import { createPerson, type Person } from '../../../scripts/platform/test-people';
import { waitFor } from '../../../subgraphs/kit/src/wait-for';

export interface SchoolWithKey {
  id: string;
  joinCode: string;
  admin: Person;
  keyId: string;
  keyName: string;
  /** The API key itself, shown once at creation. */
  secret: string;
}

type ApiScopeName = 'READ_CATALOG' | 'READ_STUDENTS' | 'WRITE_ENROLLMENTS';

async function graph<T>(platform: TestPlatform, query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const response = await platform.graphql<T>(query, variables, { token });
  if (response.errors) throw new Error(`Setup failed: ${JSON.stringify(response.errors)}`);
  return response.data!;
}

export async function createSchoolWithKey(platform: TestPlatform, scopes: ApiScopeName[]): Promise<SchoolWithKey> {
  const prisma = platform.handle.services.prisma;
  const school = await prisma.school.create({ data: { name: `School ${randomUUID().slice(0, 6)}`, slug: `sdk-school-${randomUUID().slice(0, 8)}` } });
  const admin = await createPerson(prisma, { roles: ['student', 'school_admin'] });
  await prisma.schoolMember.create({ data: { schoolId: school.id, userId: admin.id, role: 'admin' } });
  const keyName = `Roster sync ${randomUUID().slice(0, 4)}`;
  const created = await graph<{ createApiKey: { secret: string; apiKey: { id: string } } }>(
    platform,
    'mutation K($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }',
    { input: { schoolId: school.id, name: keyName, scopes } },
    admin.token,
  );
  const rotated = await graph<{ rotateSchoolJoinCode: { joinCode: string } }>(platform, 'mutation J($id: ID!) { rotateSchoolJoinCode(schoolId: $id) { joinCode } }', { id: school.id }, admin.token);
  return { id: school.id, joinCode: rotated.rotateSchoolJoinCode.joinCode, admin, keyId: created.createApiKey.apiKey.id, keyName, secret: created.createApiKey.secret };
}

/** A student who joined the school; once sharing, the courses subgraph has heard of it before this returns. */
export async function joinAsStudent(platform: TestPlatform, school: SchoolWithKey, shareProgress: boolean): Promise<Person> {
  const prisma = platform.handle.services.prisma;
  const student = await createPerson(prisma);
  await graph(platform, 'mutation J($code: String!, $share: Boolean!) { joinSchool(code: $code, shareProgress: $share) { role } }', { code: school.joinCode, share: shareProgress }, student.token);
  if (shareProgress) {
    await waitFor(() => prisma.schoolStudent.findUnique({ where: { schoolId_userId: { schoolId: school.id, userId: student.id } } }), {
      what: 'the courses subgraph to see the student sharing progress',
    });
  }
  return student;
}
