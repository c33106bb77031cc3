// The economy's event consumers: parse, then apply once per event (see the kit's domainFactHandler).
import { domainFactHandler, type FactHandler } from '../../../kit/src/events/fact-handler';

export type EconomyEventHandler = FactHandler;

export const factHandler = domainFactHandler('economy');
