// Officers' internal notes on an application. Only staff of the application read or write them; the
// applicant and anyone else read null (see staff-only.ts), through every path including _entities.
import { z } from 'zod';
import { signedInUserId } from '../../../../kit/src/signed-in';
import { builder } from '../../builder';
import { addApplicationNote, MAX_NOTE_LENGTH } from '../../notes/add-application-note';
import { ApplicationType } from '../applications/application';
import { staffApplication } from '../applications/viewer-access';
import { UserRef, userReference } from '../content/user';
import { uuidRule } from '../rules';
import { staffOnly } from './staff-only';

const noteBodyRule = z
  .string()
  .trim()
  .min(1, 'Write something in the note.')
  .max(MAX_NOTE_LENGTH, `A note is at most ${MAX_NOTE_LENGTH.toLocaleString('en-US')} characters; split it into several.`);

export const ApplicationNoteType = builder.prismaObject('ApplicationNote', {
  description: 'An internal note by an admissions officer or admin; never shown to the applicant.',
  fields: (t) => ({
    id: t.exposeID('id'),
    author: t.field({ type: UserRef, resolve: (note) => userReference(note.authorId) }),
    body: t.exposeString('body'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.prismaObjectFields(ApplicationType, (t) => ({
  internalNotes: t.relatedConnection('notes', {
    ...staffOnly,
    cursor: 'id',
    nullable: true,
    maxSize: 100,
    description: 'Staff’s internal notes, newest first. Staff only: null for the applicant and anyone else.',
    query: { orderBy: [{ createdAt: 'desc' as const }, { id: 'desc' as const }] },
  }),
}));

builder.mutationFields((t) => ({
  addApplicationNote: t.prismaField({
    type: 'ApplicationNote',
    description: 'Staff add an internal note (1–5,000 characters) to an application. Errors: BAD_USER_INPUT (applicationId, body), NOT_FOUND, FORBIDDEN (the applicant).',
    authScopes: { authenticated: true },
    args: {
      applicationId: t.arg.id({ required: true, validate: uuidRule('application') }),
      body: t.arg.string({ required: true, validate: noteBodyRule }),
    },
    resolve: async (query, _root, args, context) => {
      const application = await staffApplication(context, args.applicationId);
      const note = await addApplicationNote(context.prisma, { applicationId: application.id, authorId: signedInUserId(context), body: args.body });
      return context.prisma.applicationNote.findUniqueOrThrow({ ...query, where: { id: note.id } });
    },
  }),
}));
