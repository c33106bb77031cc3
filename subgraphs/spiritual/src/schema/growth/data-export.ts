// The person's own spiritual data as JSON.
import { signedInUserId } from '../../../../kit/src/signed-in';
import { builder } from '../../builder';
import { exportSpiritualData } from '../../growth/data-export';

builder.queryFields((t) => ({
  exportMySpiritualData: t.field({
    type: 'JSON',
    description: 'Everything you wrote or own in the spiritual area (notes, prayer entries, partners, deck, plans), as JSON.',
    authScopes: { authenticated: true },
    resolve: (_root, _args, context) => exportSpiritualData(context.prisma, signedInUserId(context)),
  }),
}));
