// The tutor's event consumers: parse, then apply once per event (see the kit's domainFactHandler).
import { domainFactHandler, type FactHandler } from '../../../kit/src/events/fact-handler';

export type TutorEventHandler = FactHandler;

export const factHandler = domainFactHandler('tutor');
