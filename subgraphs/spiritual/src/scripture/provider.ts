// Where scripture text comes from. Public-domain text is stored in the Passage table; licensed
// translations come only from a provider that holds a licence (API key). Nothing is ever invented.

export interface ScriptureTranslation {
  /** Short code, e.g. "KJV". */
  code: string;
  name: string;
  /** True when the text is under copyright and only a licensed provider may serve it. */
  licensed: boolean;
  /** False when this deployment has no way to serve it (e.g. no API key for a licensed translation). */
  available: boolean;
}

export interface ScripturePassage {
  /** Canonical reference, e.g. "John 3:16-17". */
  reference: string;
  translation: string;
  text: string;
}

export interface ScriptureProvider {
  translations(): ScriptureTranslation[];
  /** The passage for a canonical reference, or null when the provider does not have it. */
  passage(reference: string, translation: string): Promise<ScripturePassage | null>;
}

export const PUBLIC_DOMAIN_TRANSLATIONS = [
  { code: 'KJV', name: 'King James Version' },
  { code: 'WEB', name: 'World English Bible' },
] as const;

export const LICENSED_TRANSLATIONS = [
  { code: 'NIV', name: 'New International Version' },
  { code: 'ESV', name: 'English Standard Version' },
  { code: 'NKJV', name: 'New King James Version' },
] as const;
