// The limits and names a school chooses for a key, checked before anything is written. Messages
// are shown to the school admin as-is, so each says what to enter instead.
import type { ApiKeyScope } from '../../../kit/src/db';
import { badInput } from '../../../kit/src/errors';

export const API_KEY_NAME_MAX = 80;
export const RATE_LIMIT_PER_MINUTE = { min: 1, max: 6000, default: 120 } as const;
export const DAILY_QUOTA = { min: 1, max: 1_000_000, default: 10_000 } as const;
export const COST_BUDGET_PER_MINUTE = { min: 100, max: 1_000_000, default: 50_000 } as const;
/** How long a rotated key keeps working beside its replacement, at most (a day). */
export const ROTATION_OVERLAP_MINUTES_MAX = 1440;

export interface ApiKeySettingsInput {
  name: string;
  scopes: readonly ApiKeyScope[];
  /** @default 120 */
  rateLimitPerMinute?: number | null;
  /** @default 10000 */
  dailyQuota?: number | null;
  /** @default 50000 */
  costBudgetPerMinute?: number | null;
}

export interface ApiKeySettings {
  name: string;
  scopes: ApiKeyScope[];
  rateLimitPerMinute: number;
  dailyQuota: number;
  costBudgetPerMinute: number;
}

function withinRange(
  value: number | null | undefined,
  range: { min: number; max: number; default: number },
  field: string,
  what: string,
): number {
  if (value === null || value === undefined) return range.default;
  if (!Number.isInteger(value) || value < range.min || value > range.max) {
    throw badInput(`Set the ${what} to a whole number from ${range.min.toLocaleString('en')} to ${range.max.toLocaleString('en')}.`, field);
  }
  return value;
}

/** Trims the name, fills in default limits and throws BAD_USER_INPUT (naming the field) on the first problem. */
export function checkApiKeySettings(input: ApiKeySettingsInput): ApiKeySettings {
  const name = input.name.trim();
  if (name.length === 0) throw badInput('Give the key a name, such as the app that will use it.', 'name');
  if (name.length > API_KEY_NAME_MAX) throw badInput(`Use at most ${API_KEY_NAME_MAX} characters for the key's name.`, 'name');
  if (input.scopes.length === 0) throw badInput('Choose at least one scope for the key.', 'scopes');
  if (new Set(input.scopes).size !== input.scopes.length) throw badInput('List each scope once.', 'scopes');
  return {
    name,
    scopes: [...input.scopes],
    rateLimitPerMinute: withinRange(input.rateLimitPerMinute, RATE_LIMIT_PER_MINUTE, 'rateLimitPerMinute', 'requests per minute'),
    dailyQuota: withinRange(input.dailyQuota, DAILY_QUOTA, 'dailyQuota', 'daily quota'),
    costBudgetPerMinute: withinRange(input.costBudgetPerMinute, COST_BUDGET_PER_MINUTE, 'costBudgetPerMinute', 'cost budget per minute'),
  };
}

export function checkOverlapMinutes(overlapMinutes: number): number {
  if (!Number.isInteger(overlapMinutes) || overlapMinutes < 0 || overlapMinutes > ROTATION_OVERLAP_MINUTES_MAX) {
    throw badInput(`Set the overlap to a whole number of minutes from 0 to ${ROTATION_OVERLAP_MINUTES_MAX} (one day).`, 'overlapMinutes');
  }
  return overlapMinutes;
}
