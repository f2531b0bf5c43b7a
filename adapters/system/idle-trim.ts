import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Gives memory back once the server goes quiet after a burst of work.
 *
 * Under load V8 grows its young generation to its largest (two 16 MB semi-spaces) and lets old space
 * fill with garbage before collecting it; the live heap stays near 45 MB, but the resident size rose
 * from about 105 MB idle to 230 MB after 10,000 commands and stayed there until V8's own memory
 * reducer happened to run, half a minute or more later (docs/benchmarks.md, "Start-up and memory").
 * Two collections, both only when nothing is in hand, bring it back down:
 *
 * 1. `quietMs` after the last work ends, a full collection: old-space garbage goes and its empty pages
 *    are given back. The young generation keeps its size: V8 shrinks it only when the allocation
 *    rate since the previous collection is low, and the previous one was in the middle of the burst.
 * 2. `settleMs` later, if still quiet, a second full collection: the allocation rate V8 now measures
 *    (over the last five seconds or more) is the quiet one, so the young generation shrinks back to
 *    its starting 1 MB. (A young-generation collection first instead of a full one was tried: the
 *    young generation shrank, but old space kept its pages, 200 MB idle after 10,000 commands.)
 *
 * Any work arriving in between cancels what is left; the next quiet spell starts again. Nothing runs
 * while work is in hand, so commands never wait on these collections, and nothing runs while the
 * server stays idle (one round per quiet spell, not a timer that keeps firing).
 */
export type IdleTrim = {
  /** Work started (a request, an inbox entry); call what it returns when that work has ended. */
  begin(): () => void;
  /** No more collections (shutdown). */
  stop(): void;
};

/** Runs a full garbage collection, synchronously. */
export type Collector = () => void;

export type IdleTrimOptions = {
  collect: Collector;
  /** Quiet time after the last work ends before the first collection. */
  quietMs?: number;
  /** Time between the first collection and the second; at least V8's five-second sampling window. */
  settleMs?: number;
};

const DEFAULTS = { quietMs: 1_500, settleMs: 6_000 };

export function createIdleTrim(options: IdleTrimOptions): IdleTrim {
  const quietMs = options.quietMs ?? DEFAULTS.quietMs;
  const settleMs = options.settleMs ?? DEFAULTS.settleMs;
  let inHand = 0;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  // Unref'd: a pending collection never keeps the process alive at shutdown.
  const after = (ms: number, then: () => void) => {
    timer = setTimeout(then, ms).unref();
  };

  return {
    begin() {
      inHand += 1;
      cancel();
      let ended = false;
      return () => {
        if (ended) return;
        ended = true;
        inHand -= 1;
        if (inHand > 0 || stopped) return;
        after(quietMs, () => {
          options.collect();
          after(settleMs, () => {
            timer = undefined;
            options.collect();
          });
        });
      };
    },
    stop() {
      stopped = true;
      cancel();
    },
  };
}

/**
 * V8's collector, without starting node with --expose-gc (the server is started as the README says,
 * with no flags): the flag takes effect for contexts made after it is set, so one throwaway context
 * hands over its `gc`, and the flag is cleared again so no other context gets one.
 */
export function v8Collector(): Collector {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  setFlagsFromString('--no-expose-gc');
  return () => gc();
}
