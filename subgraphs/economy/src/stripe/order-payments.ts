// The order transitions the commerce area owns, in one place for the payment handlers.
export { markOrderFailed, markOrderPaid, refundOrder } from '../commerce/orders';
