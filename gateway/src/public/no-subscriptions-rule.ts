// The public graph answers over plain HTTP only; a subscription is refused in validation with what to
// do instead (graphql-js alone would only say the schema has no subscription type).
import { GraphQLError, type ValidationRule } from 'graphql';

export const NO_SUBSCRIPTIONS_MESSAGE = 'The public graph has no subscriptions. Poll with a query instead.';

export const noSubscriptionsRule: ValidationRule = (context) => ({
  OperationDefinition(operation) {
    if (operation.operation === 'subscription') context.reportError(new GraphQLError(NO_SUBSCRIPTIONS_MESSAGE, { nodes: [operation] }));
  },
});
