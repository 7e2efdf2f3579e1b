/**
 * Long work on the server's thread, cut into turns: the work asks `due()` as it goes and, when its turn is up,
 * awaits `pause()`, which lets the requests that arrived meanwhile be answered before it goes on.
 */
export interface Pacer {
  /** Whether the work has held the thread for its turn. */
  due(): boolean;
  /** Lets the event loop run, then starts the next turn. */
  pause(): Promise<void>;
}

/** A pacer whose turns last `turnMs` (default 10 ms). */
export function pacer(turnMs = 10): Pacer {
  let since = performance.now();
  return {
    due: () => performance.now() - since >= turnMs,
    pause: () =>
      new Promise((resolve) =>
        setImmediate(() => {
          since = performance.now();
          resolve();
        }),
      ),
  };
}
