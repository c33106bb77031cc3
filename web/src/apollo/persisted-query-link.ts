// Sends queries and mutations hash-first (automatic persisted queries): the gateway answers from its
// cache, or in production from its registered operations, and only an unknown hash costs a second
// request carrying the text. The hash comes from the build, because crypto.subtle exists only on secure
// origins and a plain-http LAN address is not one; in dev (localhost is secure) it is computed here. A
// document with no hash on an origin without crypto.subtle is sent with its text, as before.
import { ApolloLink } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { print } from '@apollo/client/utilities';
import type { DocumentNode } from 'graphql';
import { attachedOperationHash } from './operation-hash';

async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

const canHash = () => globalThis.crypto?.subtle !== undefined;

export function createPersistedQueryLink(): ApolloLink {
  const persisted = new PersistedQueryLink({
    generateHash: (document: DocumentNode) => attachedOperationHash(document) ?? sha256Hex(print(document)),
  });
  return ApolloLink.split(({ query }) => attachedOperationHash(query) !== undefined || canHash(), persisted);
}
