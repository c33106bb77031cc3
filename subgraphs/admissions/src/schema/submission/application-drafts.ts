// Starting an application and saving its draft. Any subset of the content may be saved at any time
// while it is a draft; completeness is asked only on submission.
import { signedInUserId } from '../../../../kit/src/signed-in';
import { builder } from '../../builder';
import { saveApplicationDraft } from '../../submission/save-draft';
import { startApplication } from '../../submission/start-application';
import { ownApplication } from '../applications/viewer-access';

const PersonalDetailsInput = builder.inputType('ApplicationPersonalDetailsInput', {
  description: 'Each detail given replaces the saved one; null or "" clears it; a detail left out stays as saved.',
  fields: (t) => ({
    legalName: t.string({ description: '2–120 characters, as on your identity document.' }),
    dateOfBirth: t.string({ description: 'YYYY-MM-DD, a past date.' }),
    phone: t.string({ description: 'International form, e.g. "+44 20 7946 0958"; at most 30 characters.' }),
    country: t.string({ description: 'ISO 3166-1 alpha-2 code, e.g. "GB".' }),
    address: t.string({ description: 'At most 300 characters.' }),
  }),
});

const EducationEntryInput = builder.inputType('EducationEntryInput', {
  fields: (t) => ({
    institution: t.string({ description: '1–200 characters.' }),
    level: t.string({ description: 'none, secondary, diploma, bachelor, master or doctorate.' }),
    field: t.string({ description: 'Field of study, at most 120 characters.' }),
    from: t.string({ description: 'YYYY-MM.' }),
    until: t.string({ description: 'YYYY-MM, not before `from`; leave out while still studying there.' }),
    completed: t.boolean({ description: '@default false' }),
  }),
});

const SaveApplicationDraftInput = builder.inputType('SaveApplicationDraftInput', {
  description: 'Anything left out stays as saved.',
  fields: (t) => ({
    applicationId: t.id({ required: true }),
    personalDetails: t.field({ type: PersonalDetailsInput }),
    educationHistory: t.field({ type: [EducationEntryInput], description: 'Replaces the whole list; at most 10 entries.' }),
    statementOfFaith: t.string({ description: 'At most 5,000 characters.' }),
    personalStatement: t.string({ description: 'At most 8,000 characters.' }),
  }),
});

builder.mutationFields((t) => ({
  startApplication: t.prismaField({
    type: 'Application',
    description:
      'Starts your draft application to an intake. Errors: NOT_FOUND (intake), CONFLICT (deadline passed, program inactive, or you already applied: extensions.applicationId names your application).',
    authScopes: { authenticated: true },
    args: { intakeId: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const application = await startApplication(context.prisma, { applicantId: signedInUserId(context), intakeId: args.intakeId, now: new Date() });
      return context.prisma.application.findUniqueOrThrow({ ...query, where: { id: application.id } });
    },
  }),
  saveApplicationDraft: t.prismaField({
    type: 'Application',
    description:
      'Saves part or all of your draft. Errors: NOT_FOUND, CONFLICT (already submitted), BAD_USER_INPUT (extensions.field is the path of the first problem, extensions.fields lists all).',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: SaveApplicationDraftInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const { applicationId, ...changes } = input;
      const application = await ownApplication(context, applicationId);
      await context.prisma.$transaction((tx) => saveApplicationDraft(tx, { applicationId: application.id, applicantId: application.applicantId, changes, now: new Date() }));
      return context.prisma.application.findUniqueOrThrow({ ...query, where: { id: application.id } });
    },
  }),
}));
