// Fields that exist for local development only. The supergraph is composed once, so they are in its
// SDL; in production the gateway refuses any operation that names them, exactly as if they did not
// exist (and introspection is off there), and the subgraphs refuse them again.

/** Parent type name → fields that exist only in embedded/dev mode. */
export const DEV_ONLY_FIELDS: Readonly<Record<string, readonly string[]>> = {
  Query: ['devMailbox'],
};

export function isDevOnlyField(typeName: string, fieldName: string): boolean {
  return DEV_ONLY_FIELDS[typeName]?.includes(fieldName) ?? false;
}
