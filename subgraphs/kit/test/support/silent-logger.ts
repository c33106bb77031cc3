// A real pino logger that writes nothing, for tests that build a request context by hand.
import pino from 'pino';

export const logger = pino({ level: 'silent' });
