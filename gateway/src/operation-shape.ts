// Measures how deep an operation nests and how many aliases it asks for, following fragment spreads.
// Fragment results are memoised, so a document that spreads fragments exponentially is measured in
// linear time (and its alias count grows as it would at execution, so the limit catches it).
import { Kind, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

export interface OperationShape {
  /**
   * Deepest field nesting; `{ a }` is 1, `{ a { b } }` is 2. Introspection fields (`__schema`,
   * `__type`) count as leaves: the standard introspection query nests 15 deep, and graphql-js'
   * MaxIntrospectionDepthRule bounds introspection instead.
   */
  depth: number;
  /** Aliased fields the operation would resolve, counting each fragment spread. */
  aliases: number;
}

export function measureOperation(
  operation: OperationDefinitionNode,
  fragmentNamed: (name: string) => FragmentDefinitionNode | null | undefined,
): OperationShape {
  const fragmentShapes = new Map<string, OperationShape>();
  const inProgress = new Set<string>();

  function measureSelections(selectionSet: SelectionSetNode): OperationShape {
    let depth = 0;
    let aliases = 0;
    for (const selection of selectionSet.selections) {
      let inner: OperationShape;
      if (selection.kind === Kind.FIELD) {
        const introspection = selection.name.value.startsWith('__');
        const child = selection.selectionSet && !introspection ? measureSelections(selection.selectionSet) : { depth: 0, aliases: 0 };
        inner = { depth: child.depth + 1, aliases: child.aliases + (selection.alias ? 1 : 0) };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = measureSelections(selection.selectionSet);
      } else {
        inner = measureFragment(selection.name.value);
      }
      depth = Math.max(depth, inner.depth);
      aliases += inner.aliases;
    }
    return { depth, aliases };
  }

  function measureFragment(name: string): OperationShape {
    const known = fragmentShapes.get(name);
    if (known !== undefined) return known;
    const fragment = fragmentNamed(name);
    // Unknown or cyclic fragments are reported by graphql-js' own rules; they add nothing here.
    if (!fragment || inProgress.has(name)) return { depth: 0, aliases: 0 };
    inProgress.add(name);
    const shape = measureSelections(fragment.selectionSet);
    inProgress.delete(name);
    fragmentShapes.set(name, shape);
    return shape;
  }

  return measureSelections(operation.selectionSet);
}
