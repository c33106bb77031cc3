// The viewer's accepted prayer partners, read once per request however many entries are checked.
import type { SubgraphContext } from '../../../../kit/src/context';
import { acceptedPartnerIds } from '../../prayer/visibility';

export function viewerPartnerIds(context: SubgraphContext): Promise<Set<string>> {
  return context.loader('spiritual.viewerPartnerIds', async () =>
    context.viewer.kind === 'user' ? new Set(await acceptedPartnerIds(context.prisma, context.viewer.id)) : new Set<string>(),
  );
}
