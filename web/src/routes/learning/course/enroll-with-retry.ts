// A purchase grants access through an event the courses subgraph receives moments after the order is
// paid, so the first enroll after a purchase may still meet PAYMENT_REQUIRED. This retries that one
// refusal for a few seconds and passes every other outcome straight through.
import { codeOf } from '../../../ui/error-message';

/** @default 15 tries, 400 ms apart */
export async function enrollWithRetry<T>(enroll: () => Promise<T>, tries = 15, pauseMs = 400): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await enroll();
    } catch (error) {
      if (codeOf(error) !== 'PAYMENT_REQUIRED' || attempt >= tries) throw error;
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  }
}
