// Structured logging. Every line a request causes carries its request id, across gateway and subgraphs.
import pino, { type Logger } from 'pino';

export type { Logger };

const level = process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info');

// No base service label: each logger names its service once, through serviceLogger().
export const rootLogger: Logger = pino({ level, base: { pid: process.pid } });

export function serviceLogger(service: string): Logger {
  return rootLogger.child({ service });
}

export function requestLogger(logger: Logger, requestId: string): Logger {
  return logger.child({ requestId });
}
