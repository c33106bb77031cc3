// Statements a running platform issues on its own, whatever requests it serves: the event relay polling
// outboxes and recording handled events, the chain runtime's anchors and deployments, the tutor's
// sweep of stale answers, advisory locks. Tests that count a request's statements leave these out.
const BACKGROUND = /outbox_event|processed_event|chain_anchor|chain_deployment|pg_advisory|"tutor"\."tutor_message"/;

export function isBackgroundStatement(sql: string): boolean {
  return BACKGROUND.test(sql);
}
