// Removing a file that no row refers to any more. The change that orphaned it has committed, so a
// storage hiccup is logged for clean-up instead of failing a request that already succeeded.
import type { SubgraphContext } from '../../../kit/src/context';

export async function removeFileQuietly(context: SubgraphContext, key: string): Promise<void> {
  try {
    await context.storage.delete(key);
  } catch (error) {
    context.logger.warn({ error, key }, 'could not delete a stored file');
  }
}
