// The quiz timer counts down to a deadline fixed from the server's secondsLeft when the attempt loaded,
// so a wrong clock on the student's computer does not change the time they get.

export function deadlineFrom(secondsLeft: number, loadedAtMs: number): number {
  return loadedAtMs + secondsLeft * 1000;
}

export function secondsUntil(deadlineMs: number, nowMs: number): number {
  return Math.max(0, Math.ceil((deadlineMs - nowMs) / 1000));
}

/** "12:05 left" for the timer. */
export function formatCountdown(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Moments worth announcing to screen readers (the timer itself is not read out every second). */
export function announcementAt(seconds: number): string | null {
  if (seconds === 300) return '5 minutes left.';
  if (seconds === 60) return '1 minute left.';
  if (seconds === 10) return '10 seconds left. Your answers will be submitted when time is up.';
  return null;
}
