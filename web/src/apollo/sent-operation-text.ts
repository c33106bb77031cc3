// The exact text Apollo Client sends for a document: the cache's transform adds __typename to every
// selection set, client-only directives are removed, and the result is printed. The build step hashes
// this text and the gateway's manifest holds it, so both must follow what the client really sends
// (gateway/test/trusted-documents.test.ts runs every document through a real client to hold them to it).
import { addTypenameToDocument, print } from '@apollo/client/utilities';
import { removeDirectivesFromDocument } from '@apollo/client/utilities/internal';
import type { DocumentNode } from 'graphql';

// As QueryManager.getDocumentInfo builds the server query.
const CLIENT_ONLY_DIRECTIVES = [{ name: 'client', remove: true }, { name: 'connection' }, { name: 'nonreactive' }, { name: 'unmask' }];

export function sentOperationText(document: DocumentNode): string {
  const serverDocument = removeDirectivesFromDocument(CLIENT_ONLY_DIRECTIVES, addTypenameToDocument(document));
  if (serverDocument === null) throw new Error('The document has nothing to send to the server: it is client-only.');
  return print(serverDocument);
}
