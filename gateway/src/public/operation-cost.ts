// What an operation costs the platform, known before anything runs: every object-typed field costs 1
// for each time it would be resolved, i.e. the product of the sizes of the lists above it. A list's size
// is its `first`/`last` argument, or an assumed size when it has none; a connection's page size is the
// size of its `edges`/`nodes` lists. Scalars, enums and introspection cost nothing.
import {
  Kind,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

export interface CostOptions {
  /** Size assumed for a list without `first`/`last`. */
  assumedListSize: number;
  /**
   * Size counted for a `first`/`last` given by a variable with no value yet (at validation, before
   * variables are known): the largest page allowed, so the cost found is an upper bound.
   */
  unknownPageSize: number;
  /** The request's variable values, when known. */
  variables?: Record<string, unknown>;
}

const PAGE_SIZE_ARGUMENTS = ['first', 'last'];

function variableDefault(operation: OperationDefinitionNode, name: string): ValueNode | undefined {
  return operation.variableDefinitions?.find((definition) => definition.variable.name.value === name)?.defaultValue;
}

/**
 * The page size a field asks for with `first`/`last` (the larger when both are given), or undefined
 * when it names none.
 */
export function requestedPageSize(field: FieldNode, operation: OperationDefinitionNode | undefined, options: Pick<CostOptions, 'unknownPageSize' | 'variables'>): number | undefined {
  let size: number | undefined;
  for (const argument of field.arguments ?? []) {
    if (!PAGE_SIZE_ARGUMENTS.includes(argument.name.value)) continue;
    let value: number | undefined;
    if (argument.value.kind === Kind.INT) value = Number(argument.value.value);
    else if (argument.value.kind === Kind.VARIABLE) {
      const name = argument.value.name.value;
      const fallback = operation === undefined ? undefined : variableDefault(operation, name);
      const fallbackSize = fallback?.kind === Kind.INT ? Number(fallback.value) : undefined;
      if (options.variables === undefined) value = fallbackSize ?? options.unknownPageSize;
      else {
        const given = options.variables[name];
        // null (or absent with no default) leaves the argument out: the field's own default page applies.
        value = typeof given === 'number' ? given : given === undefined ? fallbackSize : undefined;
      }
    }
    if (value !== undefined) size = Math.max(size ?? 0, value);
  }
  return size;
}

function fieldOf(parent: GraphQLNamedType, name: string) {
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}

export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragmentNamed: (name: string) => FragmentDefinitionNode | null | undefined,
  options: CostOptions,
): number {
  // A fragment's cost is linear in the multiplier, so it is computed once per page size handed down
  // (at multiplier 1) and scaled: documents that spread fragments exponentially cost linear time.
  const fragmentCosts = new Map<string, number>();
  const inProgress = new Set<string>();

  function costOfSelections(selectionSet: SelectionSetNode, parent: GraphQLNamedType, multiplier: number, handedDownPageSize: number | undefined): number {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const definition = selection.name.value.startsWith('__') ? undefined : fieldOf(parent, selection.name.value);
        if (definition === undefined || selection.selectionSet === undefined) continue;
        const isList = isListType(getNullableType(definition.type));
        const pageSize = requestedPageSize(selection, operation, options);
        const childMultiplier = isList ? multiplier * (pageSize ?? handedDownPageSize ?? options.assumedListSize) : multiplier;
        // A connection (an object with first/last) hands its page size to its own edges/nodes lists only.
        const childPageSize = isList ? undefined : pageSize;
        cost += multiplier + costOfSelections(selection.selectionSet, getNamedType(definition.type), childMultiplier, childPageSize);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const narrowed = selection.typeCondition === undefined ? parent : (schema.getType(selection.typeCondition.name.value) ?? parent);
        cost += costOfSelections(selection.selectionSet, narrowed, multiplier, handedDownPageSize);
      } else {
        cost += multiplier * costOfFragment(selection.name.value, handedDownPageSize);
      }
    }
    return cost;
  }

  function costOfFragment(name: string, handedDownPageSize: number | undefined): number {
    const key = `${name}:${handedDownPageSize ?? ''}`;
    const known = fragmentCosts.get(key);
    if (known !== undefined) return known;
    const fragment = fragmentNamed(name);
    // Unknown or cyclic fragments are reported by graphql-js' own rules; they add nothing here.
    if (!fragment || inProgress.has(key)) return 0;
    const type = schema.getType(fragment.typeCondition.name.value);
    if (type === undefined || type === null) return 0;
    inProgress.add(key);
    const cost = costOfSelections(fragment.selectionSet, type, 1, handedDownPageSize);
    inProgress.delete(key);
    fragmentCosts.set(key, cost);
    return cost;
  }

  const root = schema.getRootType(operation.operation);
  return root === undefined || root === null ? 0 : costOfSelections(operation.selectionSet, root, 1, undefined);
}
