// Removing stored files no row refers to any more. The change that orphaned them has committed, so a
// storage hiccup is logged for clean-up instead of failing a request that already succeeded.
import type { SubgraphContext } from '../../../../kit/src/context';

export async function removeFilesQuietly(context: SubgraphContext, keys: readonly string[]): Promise<void> {
  for (const key of keys) {
    try {
      await context.storage.delete(key);
    } catch (error) {
      context.logger.warn({ error, key }, 'could not delete a stored file');
    }
  }
}
