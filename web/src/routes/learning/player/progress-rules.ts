// When the player saves progress and where it resumes: pure rules, kept apart from the video element.

/** Seconds of playback between saves while the video plays. */
export const SAVE_EVERY_SECONDS = 10;

/** True when the position moved far enough from the last save to be worth another while playing. */
export function dueForSave(positionSeconds: number, lastSavedSeconds: number | null): boolean {
  return lastSavedSeconds === null || Math.abs(positionSeconds - lastSavedSeconds) >= SAVE_EVERY_SECONDS;
}

/**
 * Where to start playing: the saved position, unless the lecture was completed or the position is so close
 * to the end that resuming would show nothing (then from the start).
 */
export function resumePosition(saved: { positionSeconds: number; completed: boolean } | null, durationSeconds: number): number {
  if (!saved || saved.positionSeconds <= 0) return 0;
  if (saved.completed && saved.positionSeconds >= durationSeconds - 5) return 0;
  return durationSeconds > 0 && saved.positionSeconds >= durationSeconds - 2 ? 0 : saved.positionSeconds;
}
