// A faculty groups courses (Biblical Studies, Computer Science, Mathematics, ...).
import { z } from 'zod';
import { inPublicGraph } from '../../../../kit/src/public-contract';
import { builder } from '../../builder';
import { createFaculty } from '../../faculties';
import { slugRule } from '../../slug-rule';

export const FacultyType = builder.prismaObject('Faculty', {
  tag: inPublicGraph(),
  fields: (t) => ({
    id: t.exposeID('id', { tag: inPublicGraph() }),
    slug: t.exposeString('slug', { tag: inPublicGraph() }),
    name: t.exposeString('name', { tag: inPublicGraph() }),
    description: t.exposeString('description', { tag: inPublicGraph() }),
  }),
});

builder.queryFields((t) => ({
  faculties: t.prismaField({
    type: ['Faculty'],
    tag: inPublicGraph(),
    description: 'Every faculty, by name.',
    resolve: (query, _root, _args, context) => context.prisma.faculty.findMany({ ...query, orderBy: { name: 'asc' } }),
  }),
}));

builder.mutationFields((t) => ({
  createFaculty: t.prismaField({
    type: 'Faculty',
    description: 'Adds a faculty. Admins only.',
    authScopes: { admin: true },
    args: {
      slug: t.arg.string({ required: true, validate: slugRule }),
      name: t.arg.string({ required: true, validate: z.string().trim().min(2, 'A faculty name needs at least 2 characters.').max(120) }),
      description: t.arg.string({ validate: z.string().max(2000) }),
    },
    resolve: (_query, _root, args, context) =>
      createFaculty(context.prisma, { slug: args.slug, name: args.name.trim(), description: args.description ?? undefined }),
  }),
}));
