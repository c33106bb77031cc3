// badgeMetadata: the JSON a badge's token URI serves (the gateway answers GET /badges/<id>.json with it).
// Public on purpose: the metadata holds no personal data (the recipient is a salted hash) and anyone
// verifying a credential must be able to read it.
import { builder } from '../../builder';
import { badgeMetadataJson } from '../../badges/badge-metadata-json';

builder.queryFields((t) => ({
  badgeMetadata: t.string({
    nullable: true,
    description: 'The Open Badges metadata JSON of a badge, byte for byte what its on-chain hash covers; null for an unknown badge.',
    args: { badgeId: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => badgeMetadataJson(context.prisma, args.badgeId),
  }),
}));
