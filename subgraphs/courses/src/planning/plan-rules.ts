// The rules study-plan input follows, as zod schemas for the GraphQL arguments. Messages are shown to
// people as they are, so each says what to enter instead.
import { z } from 'zod';

export { isoDateRule, timezoneRule } from '../../../kit/src/zoned-time';

// Any 8-4-4-4-12 hex id: Postgres accepts every such value, so stricter RFC checks would only refuse valid rows.
export const idRule = (what: string) => z.guid(`That is not a valid ${what} id.`);

export const moduleIdsRule = z.array(idRule('module')).max(200, 'Choose at most 200 modules.');

export const studyDaysPerWeekRule = z
  .number()
  .int('Study days per week is a whole number.')
  .min(1, 'Study on 1 to 7 days a week.')
  .max(7, 'Study on 1 to 7 days a week.');

export const hoursPerSessionRule = z
  .number()
  .min(0.5, 'A session lasts 0.5 to 8 hours.')
  .max(8, 'A session lasts 0.5 to 8 hours.');

export const timeSpentMinutesRule = z
  .number()
  .int('Time spent is a whole number of minutes.')
  .min(1, 'Enter the minutes you spent, from 1 to 1440.')
  .max(1440, 'Enter the minutes you spent, from 1 to 1440.');

export const ratingRule = (what: string) =>
  z.number().int(`The ${what} rating is a whole number.`).min(1, `Rate ${what} from 1 to 5.`).max(5, `Rate ${what} from 1 to 5.`);
