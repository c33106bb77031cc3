// A loop that repeats a step until stopped, pausing between rounds that found nothing to do. Stopping
// wakes the pause at once and waits for the current step to finish.

export interface PollLoop {
  stop(): Promise<void>;
}

/** `step` returns whether it did work; busy rounds follow each other without a pause. */
export function startPollLoop(step: () => Promise<boolean>, idleMs: number, onError: (error: unknown) => void): PollLoop {
  let stopped = false;
  let wake: () => void = () => undefined;
  const pause = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, idleMs);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  const running = (async () => {
    while (!stopped) {
      let busy = false;
      try {
        busy = await step();
      } catch (error) {
        onError(error);
      }
      if (!busy && !stopped) await pause();
    }
  })();
  return {
    async stop() {
      stopped = true;
      wake();
      await running;
    },
  };
}
