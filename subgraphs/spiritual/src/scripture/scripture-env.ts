// The one place the scripture providers read their environment.
import { optionalEnv } from '../../../kit/src/env';

export interface LicensedScriptureConfig {
  /** API.Bible key (https://scripture.api.bible). */
  apiKey: string;
  /** @default 'https://rest.api.bible/v1' */
  baseUrl: string;
  /** API.Bible bible id per translation code the licence covers, e.g. { NIV: '78a9f6124f344018-01' }. */
  bibleIds: Record<string, string>;
}

/**
 * Licensed translations are served only when SCRIPTURE_API_KEY is set, and each only when
 * SCRIPTURE_API_BIBLE_IDS maps its code to a bible id ("NIV=78a9…-01,ESV=…"); null otherwise.
 */
export function licensedScriptureConfig(env: NodeJS.ProcessEnv = process.env): LicensedScriptureConfig | null {
  const apiKey = optionalEnv('SCRIPTURE_API_KEY', env);
  if (apiKey === undefined) return null;
  const bibleIds: Record<string, string> = {};
  for (const pair of (optionalEnv('SCRIPTURE_API_BIBLE_IDS', env) ?? '').split(',')) {
    const [code, id] = pair.split('=').map((part) => part.trim());
    if (code && id) bibleIds[code.toUpperCase()] = id;
  }
  return { apiKey, baseUrl: optionalEnv('SCRIPTURE_API_URL', env) ?? 'https://rest.api.bible/v1', bibleIds };
}
