// `courses`: the public catalog of published courses as a Relay connection. The page of ids and the
// total come from one SQL statement; the nodes, with whatever the query nests under them, from one
// Prisma query planned from the selection, so the statement count does not grow with the page.
import { queryFromInfo } from '@pothos/plugin-prisma';
import { inPublicGraph } from '../../../../kit/src/public-contract';
import { builder } from '../../builder';
import { catalogRequestSchema, searchCatalog } from '../../catalog/catalog-search';
import { CourseType } from '../content/course';
import { CourseFilterInput } from './course-filter';
import { CourseSortEnum } from './course-sort';

builder.queryFields((t) => ({
  courses: t.connection(
    {
      type: CourseType,
      tag: inPublicGraph(),
      description:
        'Published courses, searched, filtered and sorted. `first`/`last` are at most 100 (20 when neither is given). ' +
        'Cursors belong to one sort order. Drafts and courses in review never appear.',
      args: {
        search: t.arg.string({
          description: 'Words to look for in titles, summaries, descriptions and lecture transcripts. Quoted "phrases", -exclusions and "or" work as on web search engines.',
        }),
        filter: t.arg({ type: CourseFilterInput }),
        sort: t.arg({ type: CourseSortEnum, description: 'Defaults to relevance when searching, otherwise newest.' }),
      },
      validate: catalogRequestSchema,
      resolve: async (_root, args, context, info) => {
        const page = await searchCatalog(context.prisma, args);
        const ids = page.edges.map((edge) => edge.courseId);
        const courses =
          ids.length === 0
            ? []
            : await context.prisma.course.findMany({
                ...queryFromInfo({ context, info, path: ['edges', 'node'] }),
                where: { id: { in: ids } },
              });
        const byId = new Map(courses.map((course) => [course.id, course]));
        // A course unpublished between the two statements drops out rather than failing the page.
        const edges = page.edges.flatMap((edge) => {
          const node = byId.get(edge.courseId);
          return node ? [{ cursor: edge.cursor, node }] : [];
        });
        return {
          edges,
          totalCount: page.totalCount,
          pageInfo: {
            hasNextPage: page.hasNextPage,
            hasPreviousPage: page.hasPreviousPage,
            startCursor: page.edges[0]?.cursor ?? null,
            endCursor: page.edges.at(-1)?.cursor ?? null,
          },
        };
      },
    },
    {
      name: 'CourseConnection',
      tag: inPublicGraph(),
      edgesField: { tag: inPublicGraph() },
      fields: (connection) => ({
        totalCount: connection.int({
          tag: inPublicGraph(),
          description: 'Every published course matching the search and filter, not just this page.',
          resolve: (parent) => parent.totalCount,
        }),
      }),
    },
    { name: 'CourseEdge', tag: inPublicGraph(), nodeField: { tag: inPublicGraph() } },
  ),
}));
