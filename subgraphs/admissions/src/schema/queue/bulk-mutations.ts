// Bulk assignment and decisions from the queue. Each application is handled on its own (its own
// transaction), so one refusal never blocks or half-applies the others; ids the viewer does not work
// on report NOT_FOUND, exactly as the single mutations would.
import { z } from 'zod';
import type { SubgraphContext } from '../../../../kit/src/context';
import { notFound } from '../../../../kit/src/errors';
import { signedInUserId } from '../../../../kit/src/signed-in';
import { isUuid } from '../../../../kit/src/uuid';
import { builder } from '../../builder';
import { applicationRoleOf, isStaffRole, type ApplicationRole } from '../../applications/application-access';
import { decideApplication } from '../../decisions/decide-application';
import { assignApplication } from '../../queue/assign-application';
import { MAX_BULK_APPLICATIONS, runForEach, type BulkOutcome } from '../../queue/bulk-outcome';
import { DecisionOutcomeEnum } from '../applications/enums';
import { viewerOfficerProgramIds } from '../applications/viewer-access';
import { rationaleRule } from '../decisions/decision-input-rules';
import { uuidRule } from '../rules';
import { viewerStaffScope } from './staff-scope';

const BulkResultType = builder.objectRef<BulkOutcome>('BulkApplicationResult').implement({
  description: 'What a bulk action did to one application: ok, or the error it would have given on its own.',
  fields: (t) => ({
    applicationId: t.exposeID('applicationId'),
    ok: t.exposeBoolean('ok'),
    errorCode: t.exposeString('errorCode', { nullable: true, description: 'NOT_FOUND, CONFLICT, BAD_USER_INPUT, FORBIDDEN or INTERNAL; null when ok.' }),
    message: t.exposeString('message', { nullable: true, description: 'What went wrong, for a person; null when ok.' }),
  }),
});

// Ids are checked one by one (a malformed id is that entry's NOT_FOUND), but the list as a whole must
// be short enough to finish in one request and name each application once.
const applicationIdsRule = z
  .array(z.string())
  .min(1, 'Choose at least one application.')
  .max(MAX_BULK_APPLICATIONS, `Act on at most ${MAX_BULK_APPLICATIONS} applications at once.`)
  .refine((ids) => new Set(ids).size === ids.length, 'Each application may be listed only once.');

/** The viewer's staff role on each listed application they work on, read in one query. */
async function staffRolesOn(context: SubgraphContext, applicationIds: readonly string[]): Promise<Map<string, ApplicationRole>> {
  await viewerStaffScope(context);
  const programs = await viewerOfficerProgramIds(context);
  const rows = await context.prisma.application.findMany({
    where: { id: { in: applicationIds.filter(isUuid) } },
    select: { id: true, applicantId: true, intake: { select: { programId: true } } },
  });
  const roles = new Map<string, ApplicationRole>();
  for (const row of rows) {
    const role = context.viewer.kind === 'user' ? applicationRoleOf(context.viewer, { applicantId: row.applicantId, programId: row.intake.programId }, programs) : null;
    if (isStaffRole(role)) roles.set(row.id, role);
  }
  return roles;
}

const logUnexpected = (context: SubgraphContext, action: string) => (applicationId: string, error: unknown) =>
  context.logger.error({ err: error, applicationId, action }, 'bulk admissions action failed unexpectedly');

builder.mutationFields((t) => ({
  bulkAssignApplications: t.field({
    type: [BulkResultType],
    description:
      'Staff assign up to 100 applications to one officer, each on its own; results come in the order given. ' +
      'Errors for the whole call: BAD_USER_INPUT (applicationIds, officerId), FORBIDDEN (not staff). Per application: NOT_FOUND, BAD_USER_INPUT (officerId not an officer of its program), CONFLICT.',
    authScopes: { authenticated: true },
    args: {
      applicationIds: t.arg.idList({ required: true, validate: applicationIdsRule }),
      officerId: t.arg.id({ required: true, validate: uuidRule('officer') }),
    },
    resolve: async (_root, args, context) => {
      const roles = await staffRolesOn(context, args.applicationIds);
      return runForEach(
        args.applicationIds,
        async (applicationId) => {
          if (!roles.has(applicationId)) throw notFound('That application');
          await assignApplication(context.prisma, { applicationId, officerId: args.officerId });
        },
        logUnexpected(context, 'assign'),
      );
    },
  }),
  bulkDecideApplications: t.field({
    type: [BulkResultType],
    description:
      'Staff decide up to 100 applications with one outcome and rationale, each on its own; results come in the order given. ' +
      'Errors for the whole call: BAD_USER_INPUT (applicationIds, rationale), FORBIDDEN (not staff). Per application: NOT_FOUND, CONFLICT (not decidable, or the intake is full).',
    authScopes: { authenticated: true },
    args: {
      applicationIds: t.arg.idList({ required: true, validate: applicationIdsRule }),
      outcome: t.arg({ type: DecisionOutcomeEnum, required: true }),
      rationale: t.arg.string({ required: true, validate: rationaleRule }),
    },
    resolve: async (_root, args, context) => {
      const roles = await staffRolesOn(context, args.applicationIds);
      const deciderId = signedInUserId(context);
      return runForEach(
        args.applicationIds,
        async (applicationId) => {
          const role = roles.get(applicationId);
          if (!role) throw notFound('That application');
          await decideApplication(context.prisma, { applicationId, officerId: deciderId, asAdmin: role === 'admin', outcome: args.outcome, rationale: args.rationale });
        },
        logUnexpected(context, 'decide'),
      );
    },
  }),
}));
