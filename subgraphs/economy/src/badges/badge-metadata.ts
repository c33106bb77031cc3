// Open Badges 3.0-style credential metadata for a completed course, its canonical JSON and its hash.
// The recipient appears only as a salted SHA-256 of their user id: the metadata is public (it sits
// behind the token URI) and must carry no personal data.
import { createHash } from 'node:crypto';
import { keccak256, toUtf8Bytes } from 'ethers';

export interface BadgeFacts {
  badgeId: string;
  userId: string;
  courseId: string;
  /** The course title when known; otherwise the achievement is named by course id and certificate. */
  courseTitle?: string | null;
  finalGrade: number | null;
  certificateCode: string | null;
  issuedAt: Date;
  /** Random hex the identity hash is salted with. */
  salt: string;
  /** Base URL of the platform (issuer and badge URLs). */
  publicUrl: string;
}

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** `sha256$<hex>` of the user id followed by the salt, as Open Badges' IdentityObject spells it. */
export function recipientIdentityHash(userId: string, salt: string): string {
  return `sha256$${createHash('sha256').update(userId + salt).digest('hex')}`;
}

export function buildBadgeMetadata(facts: BadgeFacts): { [key: string]: JsonValue } {
  const name = facts.courseTitle?.trim() || `ScrollForge course ${facts.courseId}`;
  const certificate = facts.certificateCode ? ` (certificate ${facts.certificateCode})` : '';
  return {
    '@context': ['https://www.w3.org/2018/credentials/v1', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
    id: `${facts.publicUrl}/badges/${facts.badgeId}.json`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: `Completed: ${name}`,
    issuer: { id: facts.publicUrl, type: ['Profile'], name: 'ScrollForge' },
    issuanceDate: facts.issuedAt.toISOString(),
    credentialSubject: {
      type: ['AchievementSubject'],
      identity: [{ type: 'IdentityObject', identityType: 'identifier', hashed: true, identityHash: recipientIdentityHash(facts.userId, facts.salt), salt: facts.salt }],
      achievement: {
        id: `urn:scrollforge:course:${facts.courseId}`,
        type: ['Achievement'],
        achievementType: 'Course',
        name,
        description: `Awarded for completing ${name} on ScrollForge${certificate}.`,
        criteria: { narrative: 'Completed every required lecture, quiz and assignment of the course with a passing final grade.' },
      },
      ...(facts.finalGrade === null ? {} : { result: [{ type: ['Result'], value: String(facts.finalGrade) }] }),
    },
    courseId: facts.courseId,
    grade: facts.finalGrade,
    certificateCode: facts.certificateCode,
  };
}

/** JSON with object keys sorted at every level and no whitespace: one text per value, so one hash. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** 0x-prefixed keccak256 of the canonical JSON: what ScrollBadge stores on chain. */
export function badgeMetadataHash(metadata: unknown): string {
  return keccak256(toUtf8Bytes(canonicalJson(metadata)));
}
