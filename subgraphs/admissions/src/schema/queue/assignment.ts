// Assigning an application to one of its program's officers, and who it is assigned to (staff only).
import { builder } from '../../builder';
import { assignApplication } from '../../queue/assign-application';
import { ApplicationType } from '../applications/application';
import { staffApplication } from '../applications/viewer-access';
import { UserRef, userReference } from '../content/user';
import { uuidRule } from '../rules';
import { staffOnly } from './staff-only';

builder.prismaObjectFields(ApplicationType, (t) => ({
  assignedOfficer: t.field({
    ...staffOnly,
    type: UserRef,
    nullable: true,
    description: 'The admissions officer working on it. Staff only: null for the applicant and anyone else, and while unassigned.',
    resolve: (application) => (application.assignedOfficerId ? userReference(application.assignedOfficerId) : null),
  }),
}));

builder.mutationFields((t) => ({
  assignApplication: t.prismaField({
    type: 'Application',
    description:
      'Staff assign an application to one of its program’s admissions officers, or unassign it with officerId null. ' +
      'Errors: BAD_USER_INPUT (applicationId; officerId when not an officer of the program), NOT_FOUND, FORBIDDEN (the applicant), CONFLICT (a draft).',
    authScopes: { authenticated: true },
    args: {
      applicationId: t.arg.id({ required: true, validate: uuidRule('application') }),
      officerId: t.arg.id({ description: 'Null leaves the application unassigned.', validate: uuidRule('officer').nullish() }),
    },
    resolve: async (query, _root, args, context) => {
      const application = await staffApplication(context, args.applicationId);
      await assignApplication(context.prisma, { applicationId: application.id, officerId: args.officerId ?? null });
      return context.prisma.application.findUniqueOrThrow({ ...query, where: { id: application.id } });
    },
  }),
}));
