// What a program and an intake must look like before they are stored. Pure, so the rules read in one place.
import { badInput } from '../../../kit/src/errors';

export const PROGRAM_NAME_LENGTH = { min: 3, max: 120 } as const;
export const MAX_PROGRAM_DESCRIPTION_LENGTH = 5000;
/** Lowercase words joined by hyphens: it appears in links. */
export const PROGRAM_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_PROGRAM_SLUG_LENGTH = 80;
/** A program lists at most this many required or first-term courses. */
export const MAX_PROGRAM_COURSES = 60;
/** $1,000.00: a fee above this is a typo, not a fee. */
export const MAX_APPLICATION_FEE_CENTS = 100_000;
export const INTAKE_TERM_LENGTH = { min: 3, max: 60 } as const;
export const MAX_INTAKE_CAPACITY = 10_000;

export function normalizeProgramName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length < PROGRAM_NAME_LENGTH.min || trimmed.length > PROGRAM_NAME_LENGTH.max) {
    throw badInput(`A program name is ${PROGRAM_NAME_LENGTH.min}–${PROGRAM_NAME_LENGTH.max} characters.`, 'name');
  }
  return trimmed;
}

export function assertProgramSlug(slug: string): void {
  if (slug.length > MAX_PROGRAM_SLUG_LENGTH || !PROGRAM_SLUG_PATTERN.test(slug)) {
    throw badInput(`A slug is lowercase letters, digits and single hyphens, at most ${MAX_PROGRAM_SLUG_LENGTH} characters (e.g. "bachelor-of-theology").`, 'slug');
  }
}

export function assertDescription(description: string): void {
  if (description.length > MAX_PROGRAM_DESCRIPTION_LENGTH) throw badInput(`A description is at most ${MAX_PROGRAM_DESCRIPTION_LENGTH} characters.`, 'description');
}

export function assertApplicationFee(cents: number): void {
  if (!Number.isInteger(cents) || cents < 0 || cents > MAX_APPLICATION_FEE_CENTS) {
    throw badInput(`An application fee is a whole number of cents from 0 to ${MAX_APPLICATION_FEE_CENTS}.`, 'applicationFeeCents');
  }
}

/** The course ids without repeats; BAD_USER_INPUT on `field` when there are too many. */
export function normalizeCourseIds(ids: readonly string[], field: string): string[] {
  const unique = [...new Set(ids)];
  if (unique.length > MAX_PROGRAM_COURSES) throw badInput(`A program lists at most ${MAX_PROGRAM_COURSES} courses here.`, field);
  return unique;
}

export interface IntakeFields {
  term: string;
  startsOn: Date;
  applicationDeadline: Date;
  capacity: number;
}

/** Checks an intake as it will be stored; `acceptedCount` is how many places are already taken. */
export function assertIntake(intake: IntakeFields, acceptedCount = 0): void {
  const term = intake.term.trim();
  if (term.length < INTAKE_TERM_LENGTH.min || term.length > INTAKE_TERM_LENGTH.max) {
    throw badInput(`A term is named in ${INTAKE_TERM_LENGTH.min}–${INTAKE_TERM_LENGTH.max} characters (e.g. "2027 February").`, 'term');
  }
  if (!Number.isInteger(intake.capacity) || intake.capacity < 1 || intake.capacity > MAX_INTAKE_CAPACITY) {
    throw badInput(`Capacity is a whole number from 1 to ${MAX_INTAKE_CAPACITY}.`, 'capacity');
  }
  if (intake.capacity < acceptedCount) {
    throw badInput(`${acceptedCount} applicants are already accepted into this intake; capacity cannot go below that.`, 'capacity');
  }
  if (intake.applicationDeadline.getTime() >= intake.startsOn.getTime()) {
    throw badInput('The application deadline must come before the intake starts.', 'applicationDeadline');
  }
}

/** An intake takes applications until its deadline. */
export const isIntakeOpen = (intake: { applicationDeadline: Date }, now: Date) => intake.applicationDeadline.getTime() > now.getTime();
