// Sliding-window rate limits count recent actions; this is when the next one is allowed again.

/** Seconds until the oldest action in the window leaves it (at least 1). */
export function retryAfterSeconds(oldestInWindow: Date, now: Date, windowSeconds: number): number {
  return Math.max(1, Math.ceil((oldestInWindow.getTime() + windowSeconds * 1000 - now.getTime()) / 1000));
}
