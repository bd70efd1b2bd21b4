export { orderNotice } from './notice-templates';
export { NOTICE_CLAIM_TIMEOUT_MS, NoticeInProgressError, noticeMessageId, sendOrderNotice } from './notices';
export {
  linesOf,
  loadOrder,
  ORDER_STATUSES,
  type Order,
  type OrderAddress,
  type OrderLine,
  type OrderStatus,
  type PaymentState,
  SOLD_STATUSES,
} from './order';
export { getOrder, type ListOrdersInput, listOrders } from './queries';
export { refundedByProvider, refundIdempotencyKey, refundOrder, refundUnfillable } from './refund';
export { ADMIN_TRANSITIONS, changeOrderStatus } from './status';
