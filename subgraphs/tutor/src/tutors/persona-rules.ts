// The rules a tutor persona follows, as zod schemas shared by the GraphQL inputs and the domain
// functions. Messages are shown to administrators as-is, so each one says what to send instead.
import { z } from 'zod';

export const TUTOR_NAME_LENGTH = { min: 2, max: 80 };
export const TUTOR_SPECIALTY_LENGTH = { min: 2, max: 200 };
export const PERSONA_PROMPT_LENGTH = { min: 20, max: 4000 };
export const SOCRATIC_STRENGTH = { min: 1, max: 5 };
export const AVATAR_ID_MAX_LENGTH = 200;
export const VOICE_MAX_LENGTH = 100;

const CONTROL_CHARACTERS = /[\p{Cc}\p{Cf}]/u;

/** A one-line text: trimmed, single spaces, no control characters, within `length`. */
const lineRule = (what: string, length: { min: number; max: number }) =>
  z
    .string()
    .max(length.max * 4, `Use at most ${length.max} characters for the ${what}.`)
    .transform((text) => text.trim().replace(/\s+/g, ' '))
    .pipe(
      z
        .string()
        .min(length.min, `Use at least ${length.min} characters for the ${what}.`)
        .max(length.max, `Use at most ${length.max} characters for the ${what}.`)
        .refine((text) => !CONTROL_CHARACTERS.test(text), `Use letters, digits, spaces and punctuation only in the ${what}.`),
    );

export const tutorNameRule = lineRule('tutor’s name', TUTOR_NAME_LENGTH);
export const tutorSpecialtyRule = lineRule('specialty', TUTOR_SPECIALTY_LENGTH);

/** Several paragraphs are welcome; only the ends are trimmed. */
export const personaPromptRule = z
  .string()
  .transform((text) => text.trim())
  .pipe(
    z
      .string()
      .min(PERSONA_PROMPT_LENGTH.min, `Describe the persona in at least ${PERSONA_PROMPT_LENGTH.min} characters: its voice, its focus and how it guides students.`)
      .max(PERSONA_PROMPT_LENGTH.max, `Keep the persona prompt within ${PERSONA_PROMPT_LENGTH.max} characters.`),
  );

export const socraticStrengthRule = z
  .number()
  .int('The Socratic strength is a whole number.')
  .min(SOCRATIC_STRENGTH.min, 'The Socratic strength is 1 (explains freely) to 5 (answers only with guiding questions).')
  .max(SOCRATIC_STRENGTH.max, 'The Socratic strength is 1 (explains freely) to 5 (answers only with guiding questions).');

export const facultyIdRule = z.guid('That is not a valid faculty id.');

export const avatarIdRule = lineRule('avatar id', { min: 1, max: AVATAR_ID_MAX_LENGTH });
export const voiceRule = lineRule('voice', { min: 1, max: VOICE_MAX_LENGTH });

export type AvatarProviderName = 'none' | 'did' | 'synthesia' | 'custom';

export interface AvatarSettings {
  provider: AvatarProviderName;
  avatarId: string | null;
  voice: string | null;
}

/**
 * A hosted provider animates a particular avatar, so it needs its id; without a provider there is no
 * avatar to name. Returns the message for the offending field, or null when the settings agree.
 */
export function avatarSettingsProblem(avatar: AvatarSettings): { field: 'avatarId' | 'voice'; message: string } | null {
  if (avatar.provider !== 'none' && avatar.avatarId === null) {
    return { field: 'avatarId', message: 'Give the avatar id the provider knows this avatar by, or choose NONE.' };
  }
  if (avatar.provider === 'none' && avatar.avatarId !== null) {
    return { field: 'avatarId', message: 'Choose the provider that hosts this avatar id, or leave the id out.' };
  }
  if (avatar.provider === 'none' && avatar.voice !== null) {
    return { field: 'voice', message: 'A voice needs an avatar provider to speak with it; choose one or leave the voice out.' };
  }
  return null;
}

/** A stable, readable key for seeds and URLs: lower-case words joined by hyphens. */
export function slugFromName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug.length > 0 ? slug : 'tutor';
}
