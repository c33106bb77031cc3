// The fragments one operation of a document spreads, directly or through other fragments: what
// executing that operation would visit, and nothing another operation of the document uses.
import { Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

/** Looks up a document's fragments by name. */
export function fragmentLookup(document: DocumentNode): (name: string) => FragmentDefinitionNode | undefined {
  const byName = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) byName.set(definition.name.value, definition);
  return (name) => byName.get(name);
}

export function fragmentsUsedBy(operation: OperationDefinitionNode, document: DocumentNode): FragmentDefinitionNode[] {
  const fragmentNamed = fragmentLookup(document);
  const used = new Map<string, FragmentDefinitionNode>();
  const pending: SelectionSetNode[] = [operation.selectionSet];
  while (pending.length > 0) {
    const selectionSet = pending.pop();
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragmentNamed(selection.name.value);
        if (fragment !== undefined && !used.has(fragment.name.value)) {
          used.set(fragment.name.value, fragment);
          pending.push(fragment.selectionSet);
        }
      } else if (selection.selectionSet !== undefined) pending.push(selection.selectionSet);
    }
  }
  return [...used.values()];
}
