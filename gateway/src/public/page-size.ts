// The largest page a public list may return. Literal page sizes are refused at validation; page sizes
// given by variables are only known once the request's variables are, so they are checked again then.
import {
  GraphQLError,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationRule,
} from 'graphql';
import { requestedPageSize } from './operation-cost';
import { fragmentsUsedBy } from './operation-fragments';

export interface OversizedPage {
  /** `Type.field` of the list or connection. */
  coordinate: string;
  size: number;
}

export function oversizedPageMessage(page: OversizedPage, maxPageSize: number): string {
  return `${page.coordinate} asks for a page of ${page.size}; the largest page is ${maxPageSize}. Ask for at most ${maxPageSize} with first/last and page on with the cursor.`;
}

/** Refuses literal `first`/`last` values above `maxPageSize`. */
export function pageSizeRule(maxPageSize: number): ValidationRule {
  return (context) => ({
    Field(node) {
      // Variables have no values at validation; they count as absent here and are checked later.
      const size = requestedPageSize(node, undefined, { unknownPageSize: 0, variables: {} });
      if (size === undefined || size <= maxPageSize) return;
      const coordinate = `${context.getParentType()?.name ?? '?'}.${node.name.value}`;
      context.reportError(new GraphQLError(oversizedPageMessage({ coordinate, size }, maxPageSize), { nodes: [node] }));
    },
  });
}

/** The pages above `maxPageSize` an operation asks for once its variables are known. */
export function oversizedPages(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  maxPageSize: number,
): OversizedPage[] {
  const typeInfo = new TypeInfo(schema);
  const found: OversizedPage[] = [];
  const visitor = visitWithTypeInfo(typeInfo, {
    Field(node) {
      const size = requestedPageSize(node, operation, { unknownPageSize: 0, variables });
      if (size !== undefined && size > maxPageSize) found.push({ coordinate: `${typeInfo.getParentType()?.name ?? '?'}.${node.name.value}`, size });
    },
  });
  for (const definition of [operation, ...fragmentsUsedBy(operation, document)]) visit(definition, visitor);
  return found;
}
