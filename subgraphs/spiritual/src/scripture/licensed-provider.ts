// Licensed translations (NIV, ESV, NKJV) through API.Bible with this deployment's key. The text is
// returned as the provider sent it and is not stored: licences usually forbid keeping copies.
import { LICENSED_TRANSLATIONS, type ScripturePassage, type ScriptureProvider, type ScriptureTranslation } from './provider';
import type { LicensedScriptureConfig } from './scripture-env';

/** The subset of `fetch` the provider uses, so tests can stand in for the remote API. */
export type FetchLike = (url: string, init: { headers: Record<string, string> }) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

interface ApiBiblePassage {
  data?: { passages?: { reference?: string; content?: string }[] };
}

export class LicensedScriptureProvider implements ScriptureProvider {
  constructor(
    private readonly config: LicensedScriptureConfig | null,
    private readonly fetchJson: FetchLike = fetch,
  ) {}

  translations(): ScriptureTranslation[] {
    return LICENSED_TRANSLATIONS.map((translation) => ({
      ...translation,
      licensed: true,
      available: this.config !== null && this.config.bibleIds[translation.code] !== undefined,
    }));
  }

  async passage(reference: string, translation: string): Promise<ScripturePassage | null> {
    const bibleId = this.config?.bibleIds[translation];
    if (this.config === null || bibleId === undefined) return null;
    const url = `${this.config.baseUrl}/bibles/${encodeURIComponent(bibleId)}/search?query=${encodeURIComponent(reference)}&limit=1`;
    const response = await this.fetchJson(url, { headers: { 'api-key': this.config.apiKey, accept: 'application/json' } });
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(`The scripture API answered ${response.status} for ${translation} ${reference}.`);
    const body = (await response.json()) as ApiBiblePassage;
    const content = body.data?.passages?.[0]?.content;
    if (content === undefined || content.trim() === '') return null;
    return { reference, translation, text: plainText(content) };
  }
}

/** API.Bible returns HTML-ish content; people read plain text with verse numbers dropped. */
function plainText(content: string): string {
  return content
    .replace(/<span[^>]*class="v"[^>]*>\d+<\/span>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
