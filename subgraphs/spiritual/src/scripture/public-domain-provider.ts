// Public-domain translations (KJV, WEB) read from the Passage table, which holds only text we may serve.
import type { Db } from '../../../kit/src/db';
import { PUBLIC_DOMAIN_TRANSLATIONS, type ScripturePassage, type ScriptureProvider, type ScriptureTranslation } from './provider';

export class PublicDomainScriptureProvider implements ScriptureProvider {
  constructor(private readonly db: Db) {}

  translations(): ScriptureTranslation[] {
    return PUBLIC_DOMAIN_TRANSLATIONS.map((translation) => ({ ...translation, licensed: false, available: true }));
  }

  async passage(reference: string, translation: string): Promise<ScripturePassage | null> {
    if (!this.translations().some((known) => known.code === translation)) return null;
    const row = await this.db.passage.findUnique({
      where: { reference_translation: { reference, translation } },
      select: { reference: true, translation: true, text: true },
    });
    return row;
  }
}
