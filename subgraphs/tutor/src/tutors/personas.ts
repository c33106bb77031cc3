// Tutor personas: administrators create and change them; everyone may meet the active ones. Inputs
// arrive already checked against persona-rules.ts; what needs the database or several fields together
// (unique names, avatar settings) is checked here.
import { randomUUID } from 'node:crypto';
import { Prisma, type AiTutor, type Db } from '../../../kit/src/db';
import { badInput, conflict, notFound } from '../../../kit/src/errors';
import { avatarSettingsProblem, slugFromName, type AvatarSettings } from './persona-rules';

export interface NewTutor {
  name: string;
  specialty: string;
  personaPrompt: string;
  socraticStrength: number;
  /** The faculty the tutor serves; null for a general tutor of every faculty. */
  facultyId: string | null;
  avatar: AvatarSettings;
}

/** Fields left undefined keep their value; `facultyId: null` makes the tutor general. */
export interface TutorChanges {
  name?: string;
  specialty?: string;
  personaPrompt?: string;
  socraticStrength?: number;
  facultyId?: string | null;
  /** Replaces the avatar settings whole. */
  avatar?: AvatarSettings;
  /** False retires the tutor: students no longer see it; its sessions stay readable. */
  active?: boolean;
}

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

function checkAvatar(avatar: AvatarSettings): void {
  const problem = avatarSettingsProblem(avatar);
  if (problem) throw badInput(problem.message, `input.avatar.${problem.field}`);
}

async function refuseTakenName(db: Db, name: string, exceptId?: string): Promise<void> {
  const taken = await db.aiTutor.findFirst({
    where: { name: { equals: name, mode: 'insensitive' }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (taken) throw badInput(`A tutor named “${name}” already exists; choose another name so students can tell them apart.`, 'input.name');
}

/** A slug no other tutor has: the name's, or the name's with a short suffix when that is taken. */
async function freeSlug(db: Db, name: string): Promise<string> {
  const base = slugFromName(name);
  const existing = await db.aiTutor.findUnique({ where: { slug: base }, select: { id: true } });
  return existing ? `${base}-${randomUUID().slice(0, 6)}` : base;
}

export async function createTutor(db: Db, tutor: NewTutor): Promise<AiTutor> {
  checkAvatar(tutor.avatar);
  await refuseTakenName(db, tutor.name);
  try {
    return await db.aiTutor.create({
      data: {
        slug: await freeSlug(db, tutor.name),
        name: tutor.name,
        specialty: tutor.specialty,
        personaPrompt: tutor.personaPrompt,
        socraticStrength: tutor.socraticStrength,
        facultyId: tutor.facultyId,
        avatarProvider: tutor.avatar.provider,
        avatarId: tutor.avatar.avatarId,
        voice: tutor.avatar.voice,
      },
    });
  } catch (error) {
    // Two administrators naming tutors alike at the same moment: one wins, the other hears why.
    if (isUniqueViolation(error)) throw conflict('Another tutor was just created with this name; reload and choose another.');
    throw error;
  }
}

export async function updateTutor(db: Db, id: string, changes: TutorChanges): Promise<AiTutor> {
  const current = await db.aiTutor.findUnique({ where: { id } });
  if (!current) throw notFound('That tutor');
  if (changes.avatar) checkAvatar(changes.avatar);
  if (changes.name !== undefined && changes.name.toLowerCase() !== current.name.toLowerCase()) await refuseTakenName(db, changes.name, id);
  return db.aiTutor.update({
    where: { id },
    data: {
      name: changes.name,
      specialty: changes.specialty,
      personaPrompt: changes.personaPrompt,
      socraticStrength: changes.socraticStrength,
      facultyId: changes.facultyId,
      active: changes.active,
      ...(changes.avatar
        ? { avatarProvider: changes.avatar.provider, avatarId: changes.avatar.avatarId, voice: changes.avatar.voice }
        : {}),
    },
  });
}
