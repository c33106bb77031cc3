// Where a document carries the sha256 (hex) of the text the client sends for it. The production build
// attaches it (web/build/inline-graphql-documents.ts) under the key the codegen client preset uses for
// persisted documents; Apollo's document transforms copy it onto the documents they derive.
import type { DocumentNode } from 'graphql';

export interface HashedDocument {
  __meta__?: { hash?: unknown };
}

export function attachedOperationHash(document: DocumentNode): string | undefined {
  const hash = (document as DocumentNode & HashedDocument).__meta__?.hash;
  return typeof hash === 'string' ? hash : undefined;
}
