// Reading programs: the public list of what one can apply to, one program by id or slug, and the
// programs an officer works on.
import type { Prisma } from '../../../../kit/src/db';
import { isUuid } from '../../../../kit/src/uuid';
import { inPublicGraph } from '../../../../kit/src/public-contract';
import { builder } from '../../builder';
import { viewerOfficerProgramIds } from '../applications/viewer-access';
import { ProgramKindEnum } from './enums';
import { searchRule, uuidRule } from '../rules';
import { canSeeProgram } from './program';

const ProgramFilter = builder.inputType('ProgramFilter', {
  fields: (t) => ({
    kind: t.field({ type: ProgramKindEnum }),
    facultyId: t.id().validate(uuidRule('faculty').nullish()),
    openOnly: t.boolean({ description: 'Only programs with an intake still taking applications.' }),
    search: t.string({ description: 'Words in the name, case-insensitive; at most 100 characters.' }).validate(searchRule.nullish()),
  }),
});

builder.queryFields((t) => ({
  programs: t.prismaConnection(
    {
      type: 'Program',
      cursor: 'id',
      tag: inPublicGraph(),
      description: 'Active programs, by name. Anyone may read them, signed in or not.',
      args: { filter: t.arg({ type: ProgramFilter }) },
      resolve: (query, _root, args, context) => {
        const filter = args.filter ?? {};
        const search = filter.search?.trim();
        const where: Prisma.ProgramWhereInput = {
          active: true,
          ...(filter.kind ? { kind: filter.kind } : {}),
          ...(filter.facultyId ? { facultyId: filter.facultyId } : {}),
          ...(filter.openOnly ? { intakes: { some: { applicationDeadline: { gt: new Date() } } } } : {}),
          ...(search ? { name: { contains: search, mode: 'insensitive' as const } } : {}),
        };
        return context.prisma.program.findMany({ ...query, where, orderBy: [{ name: 'asc' }, { id: 'asc' }] });
      },
    },
    { tag: inPublicGraph(), edgesField: { tag: inPublicGraph() } },
    { tag: inPublicGraph(), nodeField: { tag: inPublicGraph() } },
  ),
  program: t.prismaField({
    type: 'Program',
    nullable: true,
    tag: inPublicGraph(),
    description: 'One program by id or slug; null when there is none you may see.',
    args: { id: t.arg.id(), slug: t.arg.string() },
    resolve: async (query, _root, args, context) => {
      const where = args.id ? (isUuid(args.id) ? { id: args.id } : null) : args.slug ? { slug: args.slug } : null;
      if (!where) return null;
      const program = await context.prisma.program.findUnique({ ...query, where });
      return program && (await canSeeProgram(context, program)) ? program : null;
    },
  }),
  myOfficerPrograms: t.prismaField({
    type: ['Program'],
    description: 'The programs you work on as an admissions officer (every program for admins), by name.',
    authScopes: { authenticated: true },
    resolve: async (query, _root, _args, context) => {
      const isAdmin = context.viewer.kind === 'user' && context.viewer.roles.includes('admin');
      const ids = [...(await viewerOfficerProgramIds(context))];
      return context.prisma.program.findMany({ ...query, where: isAdmin ? {} : { id: { in: ids } }, orderBy: [{ name: 'asc' }, { id: 'asc' }] });
    },
  }),
}));
