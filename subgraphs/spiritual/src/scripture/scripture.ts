// Reading scripture by reference in a translation, across the public-domain and licensed providers.
import { badInput } from '../../../kit/src/errors';
import type { Db } from '../../../kit/src/db';
import { formatScriptureReference, parseScriptureReference } from '../../../kit/src/scripture-references';
import { LicensedScriptureProvider } from './licensed-provider';
import { PublicDomainScriptureProvider } from './public-domain-provider';
import type { ScripturePassage, ScriptureProvider, ScriptureTranslation } from './provider';
import { licensedScriptureConfig, type LicensedScriptureConfig } from './scripture-env';

let processConfig: LicensedScriptureConfig | null | undefined;

/** Every provider this deployment has, public-domain first. Env is read once per process. */
export function scriptureProviders(db: Db, licensed: LicensedScriptureProvider = defaultLicensedProvider()): ScriptureProvider[] {
  return [new PublicDomainScriptureProvider(db), licensed];
}

function defaultLicensedProvider(): LicensedScriptureProvider {
  if (processConfig === undefined) processConfig = licensedScriptureConfig();
  return new LicensedScriptureProvider(processConfig);
}

export function listTranslations(providers: ScriptureProvider[]): ScriptureTranslation[] {
  return providers.flatMap((provider) => provider.translations());
}

/**
 * The passage at `referenceText` in `translationCode`, or null when no provider has that passage.
 * BAD_USER_INPUT for an unreadable reference, an unknown translation, or one this deployment cannot serve.
 */
export async function readPassage(providers: ScriptureProvider[], referenceText: string, translationCode: string): Promise<ScripturePassage | null> {
  const parsed = parseScriptureReference(referenceText);
  if (parsed === null) {
    throw badInput(`"${referenceText.slice(0, 80)}" is not a Bible reference; write it like "John 3:16-17" or "Psalm 23".`, 'reference');
  }
  const code = translationCode.trim().toUpperCase();
  const provider = providers.find((candidate) => candidate.translations().some((translation) => translation.code === code));
  const translation = provider?.translations().find((candidate) => candidate.code === code);
  if (provider === undefined || translation === undefined) {
    const known = listTranslations(providers).map((candidate) => candidate.code).join(', ');
    throw badInput(`"${translationCode.slice(0, 20)}" is not a translation we know; choose one of ${known}.`, 'translation');
  }
  if (!translation.available) {
    const open = listTranslations(providers).filter((candidate) => candidate.available).map((candidate) => candidate.code).join(', ');
    throw badInput(`The ${translation.code} translation is unavailable here (it is licensed and no provider is configured); choose ${open}.`, 'translation');
  }
  return provider.passage(formatScriptureReference(parsed), code);
}
