// The kit's public surface: what subgraphs, the gateway and the launchers import.
export * from './env';
export * from './errors';
export * from './logger';
export * from './request-id';
export * from './viewer';
export * from './viewer-signature';
export * from './access-token';
export * from './db';
export * from './builder';
export * from './context';
export * from './metrics';
export * from './http';
export * from './server';
export * from './platform-config';
export * from './services';
export * from './pubsub';
export * from './events';
export * from './storage';
export * from './mail';
// The viewer's Role and Prisma's Role enum name the same values; the viewer's is the public one.
export type { Role } from './viewer';
export * from './dev-only-fields';
export * from './signed-in';
export * from './uuid';
export * from './group-by';
