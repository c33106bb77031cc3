// The one place a process reads its environment. Missing required values fail loudly with what to set.

export class MissingEnvError extends Error {
  constructor(name: string, hint: string) {
    super(`Environment variable ${name} is not set. ${hint}`);
    this.name = 'MissingEnvError';
  }
}

/** Reads a required variable; `hint` tells the operator what to set it to. */
export function requireEnv(name: string, hint: string, env: NodeJS.ProcessEnv = process.env): string {
  const value = env[name];
  if (value === undefined || value === '') throw new MissingEnvError(name, hint);
  return value;
}

/** Reads an optional variable; empty strings count as unset. */
export function optionalEnv(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const value = env[name];
  return value === undefined || value === '' ? undefined : value;
}

/** Reads a port number, defaulting for local runs; a malformed value is an error, not a silent default. */
export function portEnv(name: string, fallback: number, env: NodeJS.ProcessEnv = process.env): number {
  const raw = optionalEnv(name, env);
  if (raw === undefined) return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`Environment variable ${name}="${raw}" is not a port number (0-65535).`);
  }
  return port;
}

/** True when the process runs in production mode (introspection off, no dev mailbox). */
export function isProduction(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === 'production';
}

/** `users` → `USERS_PORT`: the variable that sets a subgraph's port. */
export function subgraphPortEnvName(subgraphName: string): string {
  return `${subgraphName.toUpperCase()}_PORT`;
}

/** `users` → `USERS_URL`: the variable that tells the gateway where a subgraph runs. */
export function subgraphUrlEnvName(subgraphName: string): string {
  return `${subgraphName.toUpperCase()}_URL`;
}
