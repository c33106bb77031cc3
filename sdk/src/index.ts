// The ScrollForge SDK: a typed client and the typed operations internal tools run through it.
export { createScrollForgeClient, type ScrollForgeClient, type ScrollForgeClientOptions } from './client/client';
export { ScrollForgeError, isScrollForgeError, type GraphErrorCode, type ScrollForgeErrorCode } from './client/errors';
export * from './generated/operations';
/** Operations of the public graph (/public/graphql, with a school's API key). */
export * as publicGraph from './generated/public-operations';
