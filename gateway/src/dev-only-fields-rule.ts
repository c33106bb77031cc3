// In production, development-only fields (the dev mailbox) answer as unknown fields: the same error
// graphql-js gives for a field that does not exist, so their presence is not even revealed.
import { GraphQLError, type ValidationRule } from 'graphql';
import { isDevOnlyField } from '@scrollforge/kit/src/dev-only-fields';

export const devOnlyFieldsRule: ValidationRule = (context) => ({
  Field(node) {
    const parent = context.getParentType();
    if (parent && isDevOnlyField(parent.name, node.name.value)) {
      context.reportError(new GraphQLError(`Cannot query field "${node.name.value}" on type "${parent.name}".`, { nodes: [node] }));
    }
  },
});
