// The gateway asks the users subgraph who an X-Api-Key belongs to, once per public-graph request.
// Both the field and its type are @inaccessible: composed into the supergraph so the gateway can plan
// nothing with them, and absent from every schema a client can query.
import { builder } from '../builder';
import { authenticateApiKey, type ApiKeyIdentity } from '../api-keys/authenticate';

const ApiKeyIdentityType = builder.objectRef<ApiKeyIdentity>('ApiKeyIdentity').implement({
  inaccessible: true,
  fields: (t) => ({
    keyId: t.exposeID('keyId'),
    schoolId: t.exposeID('schoolId'),
    scopes: t.exposeStringList('scopes', { description: "'read:catalog', 'read:students' or 'write:enrollments'." }),
  }),
});

builder.mutationField('authenticateApiKey', (t) =>
  t.field({
    type: ApiKeyIdentityType,
    inaccessible: true,
    description: 'The gateway’s own call: checks the key, counts one request of this cost against its limits, and says whose it is.',
    authScopes: { gateway: true },
    args: {
      key: t.arg.string({ required: true }),
      cost: t.arg.int({ required: true, description: 'Cost points of the request the key is making; 0 or more.' }),
    },
    resolve: (_root, args, context) => authenticateApiKey(context, args.key, args.cost),
  }),
);
