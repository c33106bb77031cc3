// Every difference between two versions of an API schema that a client could notice: graphql-js'
// breaking and dangerous changes, plus what it does not report (new types and fields, deprecations).
// Descriptions are graphql-js' own text, so the allow list and the changelog quote them exactly.
import {
  buildSchema,
  findBreakingChanges,
  findDangerousChanges,
  isEnumType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  printSchema,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

export type SchemaChangeKind = 'breaking' | 'dangerous' | 'added' | 'deprecated' | 'changed';

export interface SchemaChange {
  kind: SchemaChangeKind;
  description: string;
}

function ownTypes(schema: GraphQLSchema): GraphQLNamedType[] {
  return Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith('__') && !isSpecifiedScalarType(type));
}

function additionsAndDeprecations(previous: GraphQLSchema, next: GraphQLSchema): SchemaChange[] {
  const changes: SchemaChange[] = [];
  for (const type of ownTypes(next)) {
    const before = previous.getType(type.name);
    if (before === undefined || before === null) {
      changes.push({ kind: 'added', description: `${type.name} was added.` });
      continue;
    }
    if ((isObjectType(type) || isInterfaceType(type)) && (isObjectType(before) || isInterfaceType(before))) {
      const beforeFields = before.getFields();
      for (const field of Object.values(type.getFields())) {
        const old = beforeFields[field.name];
        if (old === undefined) changes.push({ kind: 'added', description: `${type.name}.${field.name} was added.` });
        else if (field.deprecationReason != null && old.deprecationReason == null) {
          changes.push({ kind: 'deprecated', description: `${type.name}.${field.name} was deprecated: ${field.deprecationReason}` });
        }
      }
    }
    if (isEnumType(type) && isEnumType(before)) {
      for (const value of type.getValues()) {
        const old = before.getValue(value.name);
        if (old !== undefined && old !== null && value.deprecationReason != null && old.deprecationReason == null) {
          changes.push({ kind: 'deprecated', description: `${type.name}.${value.name} was deprecated: ${value.deprecationReason}` });
        }
      }
    }
  }
  return changes;
}

/** The changes from `previousSdl` (undefined before the first version) to `nextSdl`, breaking ones first. */
export function findSchemaChanges(previousSdl: string | undefined, nextSdl: string): SchemaChange[] {
  const next = buildSchema(nextSdl);
  if (previousSdl === undefined) return ownTypes(next).map((type) => ({ kind: 'added', description: `${type.name} was added.` }));
  const previous = buildSchema(previousSdl);
  const changes: SchemaChange[] = [
    ...findBreakingChanges(previous, next).map((change): SchemaChange => ({ kind: 'breaking', description: change.description })),
    ...findDangerousChanges(previous, next).map((change): SchemaChange => ({ kind: 'dangerous', description: change.description })),
    ...additionsAndDeprecations(previous, next),
  ];
  if (changes.length === 0 && printSchema(previous) !== printSchema(next)) {
    changes.push({ kind: 'changed', description: 'Descriptions or other details without effect on queries changed.' });
  }
  return changes;
}
