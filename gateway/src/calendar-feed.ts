// Study-plan calendar feeds for calendar apps: GET /calendar/<token>.ics. Calendar apps send no
// Authorization header, so the 256-bit token in the path is the credential. The feed is read with
// the courses field `studyPlanCalendar` through the gateway's own execution, so the subgraph sees a
// normally signed (anonymous) request like any other.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { Logger } from '@scrollforge/kit/src/logger';
import { sendJson } from '@scrollforge/kit/src/http';
import { anonymousViewer } from '@scrollforge/kit/src/viewer';
import type { GatewayContext } from './context';
import { runOwnOperation } from './own-operation';
import { clientIp } from './viewer-from-request';

export const CALENDAR_PATH_PREFIX = '/calendar/';

/** 32 random bytes in base64url, as the courses subgraph issues them. Anything else is refused here. */
const FEED_PATH = /^\/calendar\/([A-Za-z0-9_-]{43})\.ics$/;

const CALENDAR_QUERY = 'query StudyPlanCalendarFeed($token: String!) { studyPlanCalendar(token: $token) }';

/** Reads the ICS text of a plan by token: null when no plan holds it. */
export type CalendarReader = (token: string, context: GatewayContext) => Promise<string | null>;

/** A reader that runs the calendar query on the gateway's own Apollo Server (planned and signed as usual). */
export function calendarReaderOf(apollo: ApolloServer<GatewayContext>): CalendarReader {
  return async (token, context) => {
    const result = await runOwnOperation<{ studyPlanCalendar: string | null }>(apollo, CALENDAR_QUERY, { token }, context);
    if (result.error !== null) throw new Error(`The calendar query failed: ${result.messages.join('; ')}`);
    return result.data?.studyPlanCalendar ?? null;
  };
}

export interface CalendarFeedOptions {
  read: CalendarReader;
  /** Take the client address from X-Forwarded-For. @default false */
  trustProxy?: boolean;
}

/** Serves one feed request; the caller routes paths under CALENDAR_PATH_PREFIX here. */
export async function serveCalendarFeed(
  request: IncomingMessage,
  response: ServerResponse,
  requestId: string,
  log: Logger,
  options: CalendarFeedOptions,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    sendJson(response, 405, { error: 'Calendar feeds are read with GET.' }, { allow: 'GET, HEAD' });
    return;
  }
  const pathname = new URL(request.url ?? '/', 'http://gateway').pathname;
  const token = FEED_PATH.exec(pathname)?.[1];
  if (token === undefined) {
    sendJson(response, 400, { error: 'This is not a calendar feed address. Copy the calendar URL from your study plan again.' });
    return;
  }
  const viewer = anonymousViewer(clientIp(request, options.trustProxy ?? false));
  const text = await options.read(token, { requestId, viewer, logger: log });
  if (text === null) {
    // Unknown and rotated tokens look the same, so probing reveals nothing.
    log.info('refused a calendar feed request with an unknown or rotated token');
    sendJson(response, 404, { error: 'This calendar feed does not exist or its address was changed. Copy the new calendar URL from your study plan.' });
    return;
  }
  const body = Buffer.from(text, 'utf8');
  response.writeHead(200, {
    'content-type': 'text/calendar; charset=utf-8',
    'content-disposition': 'inline; filename="study-plan.ics"',
    // The URL is a secret: shared caches must not keep the feed.
    'cache-control': 'private',
    'content-length': body.length,
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}
