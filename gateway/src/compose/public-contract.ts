// The public graph is a contract of the supergraph: from each subgraph's SDL it keeps the object types,
// interfaces and fields tagged `@tag(name: "public")`, plus the enums, inputs, scalars and unions a
// public field reaches, and marks everything else `@inaccessible`. Composing these contract subgraphs
// gives the public supergraph; Apollo's API schema then drops the inaccessible parts.
// A type and each of its fields are tagged separately, so tagging a type never publishes a field by
// accident. Decisions are global (a type or field tagged in any subgraph is public in all of them),
// because composition makes an element inaccessible everywhere once one subgraph marks it.
import {
  Kind,
  parse,
  print,
  type ConstDirectiveNode,
  type ConstValueNode,
  type DefinitionNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type TypeNode,
} from 'graphql';
import type { CompositionProblem, SubgraphSource } from './compose';

/** Tag that puts a type or field in the public graph (see subgraphs/kit/src/public-contract.ts). */
export const PUBLIC_TAG = 'public';

const FEDERATION_SPEC_PREFIX = 'https://specs.apollo.dev/federation/';

export type PublicContractOutcome =
  | { ok: true; empty: false; subgraphs: SubgraphSource[] }
  /** Nothing on Query is tagged public yet, so there is no public graph to generate. */
  | { ok: true; empty: true }
  | { ok: false; problems: CompositionProblem[] };

interface RootTypeNames {
  query: string;
  mutation: string;
  subscription: string;
}

type FieldHolderNode = Extract<
  DefinitionNode,
  { kind: Kind.OBJECT_TYPE_DEFINITION | Kind.OBJECT_TYPE_EXTENSION | Kind.INTERFACE_TYPE_DEFINITION | Kind.INTERFACE_TYPE_EXTENSION }
>;

/** Enums, inputs, scalars and unions: in the contract whenever a public field reaches them. */
type AutoIncludedNode = Extract<
  DefinitionNode,
  {
    kind:
      | Kind.ENUM_TYPE_DEFINITION
      | Kind.ENUM_TYPE_EXTENSION
      | Kind.INPUT_OBJECT_TYPE_DEFINITION
      | Kind.INPUT_OBJECT_TYPE_EXTENSION
      | Kind.SCALAR_TYPE_DEFINITION
      | Kind.SCALAR_TYPE_EXTENSION
      | Kind.UNION_TYPE_DEFINITION
      | Kind.UNION_TYPE_EXTENSION;
  }
>;

function isFieldHolder(definition: DefinitionNode): definition is FieldHolderNode {
  return (
    definition.kind === Kind.OBJECT_TYPE_DEFINITION ||
    definition.kind === Kind.OBJECT_TYPE_EXTENSION ||
    definition.kind === Kind.INTERFACE_TYPE_DEFINITION ||
    definition.kind === Kind.INTERFACE_TYPE_EXTENSION
  );
}

function isAutoIncluded(definition: DefinitionNode): definition is AutoIncludedNode {
  const kind = definition.kind;
  return (
    kind === Kind.ENUM_TYPE_DEFINITION ||
    kind === Kind.ENUM_TYPE_EXTENSION ||
    kind === Kind.INPUT_OBJECT_TYPE_DEFINITION ||
    kind === Kind.INPUT_OBJECT_TYPE_EXTENSION ||
    kind === Kind.SCALAR_TYPE_DEFINITION ||
    kind === Kind.SCALAR_TYPE_EXTENSION ||
    kind === Kind.UNION_TYPE_DEFINITION ||
    kind === Kind.UNION_TYPE_EXTENSION
  );
}

function namedTypeOf(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedTypeOf(type.type);
}

function stringArgument(directive: ConstDirectiveNode, name: string): string | undefined {
  const value = directive.arguments?.find((argument) => argument.name.value === name)?.value;
  return value?.kind === Kind.STRING ? value.value : undefined;
}

/** The federation `@link` of a subgraph, wherever it sits (schema definition or extension). */
function federationLink(document: DocumentNode): ConstDirectiveNode | undefined {
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.SCHEMA_DEFINITION && definition.kind !== Kind.SCHEMA_EXTENSION) continue;
    const link = definition.directives?.find(
      (directive) => directive.name.value === 'link' && (stringArgument(directive, 'url') ?? '').startsWith(FEDERATION_SPEC_PREFIX),
    );
    if (link !== undefined) return link;
  }
  return undefined;
}

/**
 * The name a federation directive has in this subgraph: its import alias, its plain name when
 * imported, or the namespaced `federation__tag` form otherwise.
 */
function federationDirectiveName(link: ConstDirectiveNode, directive: string): string {
  const imports = link.arguments?.find((argument) => argument.name.value === 'import')?.value;
  if (imports?.kind === Kind.LIST) {
    for (const entry of imports.values) {
      if (entry.kind === Kind.STRING && entry.value === `@${directive}`) return directive;
      if (entry.kind === Kind.OBJECT) {
        const name = entry.fields.find((field) => field.name.value === 'name')?.value;
        const alias = entry.fields.find((field) => field.name.value === 'as')?.value;
        if (name?.kind === Kind.STRING && name.value === `@${directive}`) {
          return alias?.kind === Kind.STRING ? alias.value.replace(/^@/, '') : directive;
        }
      }
    }
  }
  return `${stringArgument(link, 'as') ?? 'federation'}__${directive}`;
}

function hasTag(directives: readonly ConstDirectiveNode[] | undefined, tagDirective: string, tag: string): boolean {
  return (directives ?? []).some((directive) => directive.name.value === tagDirective && stringArgument(directive, 'name') === tag);
}

function rootTypeNames(documents: DocumentNode[]): RootTypeNames {
  const names: RootTypeNames = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' };
  for (const document of documents) {
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.SCHEMA_DEFINITION && definition.kind !== Kind.SCHEMA_EXTENSION) continue;
      for (const operationType of definition.operationTypes ?? []) names[operationType.operation] = operationType.type.name.value;
    }
  }
  return names;
}

interface ParsedSubgraph {
  source: SubgraphSource;
  document: DocumentNode;
  link: ConstDirectiveNode;
  tagDirective: string;
}

/** What the contract keeps, decided over every subgraph at once. */
interface ContractDecisions {
  roots: RootTypeNames;
  /** Object and interface types in the public graph: tagged, or a root type with a public field. */
  publicTypes: Set<string>;
  /** `Type.field` coordinates tagged public on a public type. */
  publicFields: Set<string>;
  /** Enums, inputs, scalars and unions some public field reaches. */
  reachableTypes: Set<string>;
}

function decide(parsed: ParsedSubgraph[]): { decisions: ContractDecisions; problems: CompositionProblem[] } {
  const roots = rootTypeNames(parsed.map((subgraph) => subgraph.document));
  const problems: CompositionProblem[] = [];
  const taggedTypes = new Set<string>();
  const taggedFields = new Map<string, FieldDefinitionNode>();
  const autoIncludedDefinitions = new Map<string, AutoIncludedNode[]>();

  for (const { source, document, tagDirective } of parsed) {
    for (const definition of document.definitions) {
      if (isFieldHolder(definition)) {
        const typeName = definition.name.value;
        if (hasTag(definition.directives, tagDirective, PUBLIC_TAG)) taggedTypes.add(typeName);
        for (const field of definition.fields ?? []) {
          if (!hasTag(field.directives, tagDirective, PUBLIC_TAG)) continue;
          const coordinate = `${typeName}.${field.name.value}`;
          if (typeName === roots.subscription) {
            problems.push({
              code: 'PUBLIC_SUBSCRIPTION',
              message: `[${source.name}] ${coordinate} is tagged public, but the public graph has no subscriptions. Remove its public tag; schools poll with queries.`,
            });
            continue;
          }
          taggedFields.set(coordinate, field);
        }
      } else if (isAutoIncluded(definition)) {
        const typeName = definition.name.value;
        autoIncludedDefinitions.set(typeName, [...(autoIncludedDefinitions.get(typeName) ?? []), definition]);
      }
    }
  }

  // Root types need no tag of their own: Query and Mutation are public once one of their fields is.
  const publicTypes = new Set<string>(taggedTypes);
  publicTypes.delete(roots.subscription);
  for (const coordinate of taggedFields.keys()) {
    const typeName = coordinate.slice(0, coordinate.indexOf('.'));
    if (typeName === roots.query || typeName === roots.mutation) publicTypes.add(typeName);
  }
  const publicFields = new Set([...taggedFields.keys()].filter((coordinate) => publicTypes.has(coordinate.slice(0, coordinate.indexOf('.')))));

  // Follow return, argument and input field types from the public fields to every leaf they reach.
  const reachableTypes = new Set<string>();
  const pending: string[] = [];
  for (const coordinate of publicFields) {
    const field = taggedFields.get(coordinate);
    if (field === undefined) continue;
    pending.push(namedTypeOf(field.type), ...(field.arguments ?? []).map((argument) => namedTypeOf(argument.type)));
  }
  while (pending.length > 0) {
    const typeName = pending.pop() ?? '';
    const definitions = autoIncludedDefinitions.get(typeName);
    if (definitions === undefined || reachableTypes.has(typeName)) continue;
    reachableTypes.add(typeName);
    for (const definition of definitions) {
      if (definition.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION || definition.kind === Kind.INPUT_OBJECT_TYPE_EXTENSION) {
        pending.push(...(definition.fields ?? []).map((inputField) => namedTypeOf(inputField.type)));
      }
    }
  }
  return { decisions: { roots, publicTypes, publicFields, reachableTypes }, problems };
}

function withDirective<T extends { directives?: readonly ConstDirectiveNode[] }>(node: T, name: string): T {
  if ((node.directives ?? []).some((directive) => directive.name.value === name)) return node;
  const directive: ConstDirectiveNode = { kind: Kind.DIRECTIVE, name: { kind: Kind.NAME, value: name }, arguments: [] };
  return { ...node, directives: [...(node.directives ?? []), directive] };
}

function isExternal(field: FieldDefinitionNode, externalDirective: string): boolean {
  return (field.directives ?? []).some((directive) => directive.name.value === externalDirective);
}

/** Adds `@inaccessible` to the federation link's imports, so the plain directive name resolves. */
function importingInaccessible(definition: DefinitionNode, link: ConstDirectiveNode): DefinitionNode {
  if (definition.kind !== Kind.SCHEMA_DEFINITION && definition.kind !== Kind.SCHEMA_EXTENSION) return definition;
  if (!(definition.directives ?? []).includes(link)) return definition;
  const inaccessible: ConstValueNode = { kind: Kind.STRING, value: '@inaccessible' };
  const directives = (definition.directives ?? []).map((directive) => {
    if (directive !== link) return directive;
    const hasImport = (directive.arguments ?? []).some((argument) => argument.name.value === 'import');
    const args = hasImport
      ? (directive.arguments ?? []).map((argument) =>
          argument.name.value === 'import' && argument.value.kind === Kind.LIST
            ? { ...argument, value: { ...argument.value, values: [...argument.value.values, inaccessible] } }
            : argument,
        )
      : [
          ...(directive.arguments ?? []),
          { kind: Kind.ARGUMENT as const, name: { kind: Kind.NAME as const, value: 'import' }, value: { kind: Kind.LIST as const, values: [inaccessible] } },
        ];
    return { ...directive, arguments: args };
  });
  return { ...definition, directives };
}

function contractOf(subgraph: ParsedSubgraph, decisions: ContractDecisions): string {
  const { roots, publicTypes, publicFields, reachableTypes } = decisions;
  // Without an import the directive is only reachable namespaced; importing it keeps the plain name.
  const imported = federationDirectiveName(subgraph.link, 'inaccessible');
  const needsImport = imported === 'federation__inaccessible';
  const inaccessibleDirective = needsImport ? 'inaccessible' : imported;
  const externalDirective = federationDirectiveName(subgraph.link, 'external');

  const definitions = subgraph.document.definitions.map((definition): DefinitionNode => {
    if (isFieldHolder(definition)) {
      const typeName = definition.name.value;
      if (!publicTypes.has(typeName) && typeName !== roots.query) return withDirective(definition, inaccessibleDirective);
      const fields = (definition.fields ?? []).map((field) =>
        // An @external field is defined by its owner; marking it here is an error composition refuses.
        publicFields.has(`${typeName}.${field.name.value}`) || isExternal(field, externalDirective)
          ? field
          : withDirective(field, inaccessibleDirective),
      );
      return { ...definition, fields };
    }
    if (isAutoIncluded(definition)) {
      return reachableTypes.has(definition.name.value) ? definition : withDirective(definition, inaccessibleDirective);
    }
    return definition;
  });
  const linked = needsImport ? definitions.map((definition) => importingInaccessible(definition, subgraph.link)) : definitions;
  return `${print({ ...subgraph.document, definitions: linked })}\n`;
}

/** The contract version of every subgraph, ready to compose into the public supergraph. */
export function publicContractSubgraphs(subgraphs: SubgraphSource[]): PublicContractOutcome {
  const problems: CompositionProblem[] = [];
  const parsed: ParsedSubgraph[] = [];
  for (const source of subgraphs) {
    let document: DocumentNode;
    try {
      document = parse(source.sdl);
    } catch (error) {
      problems.push({ code: 'PARSE_FAILED', message: `[${source.name}] ${error instanceof Error ? error.message : String(error)}` });
      continue;
    }
    const link = federationLink(document);
    if (link === undefined) {
      problems.push({
        code: 'PUBLIC_CONTRACT_NEEDS_FEDERATION_2',
        message: `[${source.name}] has no federation @link, so the public contract cannot mark its private parts @inaccessible. Build it with the kit's subgraph builder.`,
      });
      continue;
    }
    parsed.push({ source, document, link, tagDirective: federationDirectiveName(link, 'tag') });
  }
  if (problems.length > 0) return { ok: false, problems };

  const { decisions, problems: tagProblems } = decide(parsed);
  if (tagProblems.length > 0) return { ok: false, problems: tagProblems };
  const hasPublicQuery = [...decisions.publicFields].some((coordinate) => coordinate.startsWith(`${decisions.roots.query}.`));
  if (!hasPublicQuery) return { ok: true, empty: true };
  return { ok: true, empty: false, subgraphs: parsed.map((subgraph) => ({ ...subgraph.source, sdl: contractOf(subgraph, decisions) })) };
}
