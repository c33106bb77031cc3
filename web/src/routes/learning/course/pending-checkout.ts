// A card checkout leaves the app for the payment page and returns to the order's page. The course it
// was for is remembered in this tab so the course page can offer to finish enrolling on return.
const KEY = 'scrollforge.learning.pendingCheckout';

export interface PendingCheckout {
  courseId: string;
  orderId: string;
}

export function rememberPendingCheckout(pending: PendingCheckout): void {
  sessionStorage.setItem(KEY, JSON.stringify(pending));
}

export function pendingCheckoutFor(courseId: string): PendingCheckout | null {
  try {
    const stored = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as PendingCheckout | null;
    return stored?.courseId === courseId ? stored : null;
  } catch {
    return null;
  }
}

export function forgetPendingCheckout(): void {
  sessionStorage.removeItem(KEY);
}
