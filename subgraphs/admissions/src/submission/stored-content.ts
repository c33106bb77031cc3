// Reads an application's content back out of its JSON columns. The columns are written only through the
// content rules, but they are JSON: anything of an unexpected shape is passed on as found, for the rules
// to report when the applicant submits, rather than failing the read.
import type { Prisma } from '../../../kit/src/db';
import { PERSONAL_DETAIL_KEYS, type EducationEntryDraft, type PersonalDetails } from './content-rules';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function storedPersonalDetails(json: Prisma.JsonValue): PersonalDetails {
  if (!isRecord(json)) return {};
  const details: PersonalDetails = {};
  for (const key of PERSONAL_DETAIL_KEYS) {
    const value = json[key];
    if (typeof value === 'string' && value.length > 0) details[key] = value;
  }
  return details;
}

const textOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export function storedEducationHistory(json: Prisma.JsonValue): EducationEntryDraft[] {
  if (!Array.isArray(json)) return [];
  return json.map((entry) =>
    isRecord(entry)
      ? {
          institution: textOrNull(entry.institution),
          level: textOrNull(entry.level),
          field: textOrNull(entry.field),
          from: textOrNull(entry.from),
          until: textOrNull(entry.until),
          completed: entry.completed === true,
        }
      : {},
  );
}
