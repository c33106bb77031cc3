// Fee waiver codes: admins issue and list them. Applicants never read codes; they type one when submitting.
import DataLoader from 'dataloader';
import type { SubgraphContext } from '../../../../kit/src/context';
import type { Program } from '../../../../kit/src/db';
import { signedInUserId } from '../../../../kit/src/signed-in';
import { isUuid } from '../../../../kit/src/uuid';
import { builder } from '../../builder';
import { createFeeWaiverCode } from '../../submission/fee-waiver-codes';
import { UserRef, userReference } from '../content/user';
import { ProgramType } from '../programs/program';

function programLoader(context: SubgraphContext): DataLoader<string, Program | null> {
  return context.loader('admissions.waiverCodePrograms', () =>
    new DataLoader<string, Program | null>(async (ids) => {
      const programs = await context.prisma.program.findMany({ where: { id: { in: [...ids] } } });
      const byId = new Map(programs.map((program) => [program.id, program]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  );
}

builder.prismaObject('FeeWaiverCode', {
  description: 'A code that waives the application fee, for one program or for all.',
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code'),
    program: t.field({
      type: ProgramType,
      nullable: true,
      description: 'The program it waives the fee of; null: every program.',
      resolve: (code, _args, context) => (code.programId === null ? null : programLoader(context).load(code.programId)),
    }),
    maxUses: t.exposeInt('maxUses'),
    uses: t.exposeInt('uses'),
    usesLeft: t.int({ resolve: (code) => Math.max(0, code.maxUses - code.uses) }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', nullable: true }),
    createdBy: t.field({ type: UserRef, resolve: (code) => userReference(code.createdById) }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.queryFields((t) => ({
  feeWaiverCodes: t.prismaConnection({
    type: 'FeeWaiverCode',
    cursor: 'id',
    description: 'Admins: every fee waiver code, newest first; with programId, that program’s codes and the ones valid for all.',
    authScopes: { admin: true },
    args: { programId: t.arg.id() },
    resolve: (query, _root, args, context) =>
      context.prisma.feeWaiverCode.findMany({
        ...query,
        where: args.programId == null ? {} : { OR: [{ programId: isUuid(args.programId) ? args.programId : null }, { programId: null }] },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      }),
  }),
}));

builder.mutationFields((t) => ({
  createFeeWaiverCode: t.prismaField({
    type: 'FeeWaiverCode',
    description:
      'Admins issue a fee waiver code (a readable one is generated when none is given). Errors: FORBIDDEN; NOT_FOUND (program); BAD_USER_INPUT (maxUses, expiresAt, code); CONFLICT (code exists).',
    authScopes: { admin: true },
    args: {
      programId: t.arg.id({ description: 'Leave out for a code valid for every program.' }),
      maxUses: t.arg.int({ required: true, description: '1–10,000.' }),
      expiresAt: t.arg({ type: 'DateTime', description: 'In the future; leave out for no expiry.' }),
      code: t.arg.string({ description: '4–40 letters and digits in hyphen-joined groups; case is ignored.' }),
    },
    resolve: async (query, _root, args, context) => {
      const code = await createFeeWaiverCode(
        context.prisma,
        { createdById: signedInUserId(context), programId: args.programId, maxUses: args.maxUses, expiresAt: args.expiresAt, code: args.code },
        new Date(),
      );
      return context.prisma.feeWaiverCode.findUniqueOrThrow({ ...query, where: { id: code.id } });
    },
  }),
}));
