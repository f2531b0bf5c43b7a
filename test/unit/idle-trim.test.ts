import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdleTrim, v8Collector } from '../../adapters/system/idle-trim.ts';

const QUIET = 1_500;
const SETTLE = 6_000;

describe('idle trim', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function trimWithCount() {
    const collections: number[] = [];
    const trim = createIdleTrim({
      collect: () => collections.push(Date.now()),
      quietMs: QUIET,
      settleMs: SETTLE,
    });
    return { trim, collections };
  }

  it('collects twice once the work of a burst has ended and it stays quiet', () => {
    const { trim, collections } = trimWithCount();
    const start = Date.now();
    const ends = [trim.begin(), trim.begin(), trim.begin()];
    for (const end of ends) end();
    vi.advanceTimersByTime(QUIET + SETTLE + 60_000);
    expect(collections.map((at) => at - start)).toEqual([QUIET, QUIET + SETTLE]);
  });

  it('does not collect while work is in hand, however long it takes', () => {
    const { trim, collections } = trimWithCount();
    const long = trim.begin();
    // A burst: requests come and go beside one long piece of work.
    for (let i = 0; i < 100; i++) {
      trim.begin()();
      vi.advanceTimersByTime(QUIET);
    }
    expect(collections).toEqual([]);
    long();
    vi.advanceTimersByTime(QUIET - 1);
    expect(collections).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(collections).toHaveLength(1);
  });

  it('starts again when work arrives between the two collections', () => {
    const { trim, collections } = trimWithCount();
    trim.begin()();
    vi.advanceTimersByTime(QUIET);
    expect(collections).toHaveLength(1);
    const end = trim.begin();
    vi.advanceTimersByTime(SETTLE * 2);
    expect(collections).toHaveLength(1);
    end();
    vi.advanceTimersByTime(QUIET + SETTLE);
    expect(collections).toHaveLength(3);
  });

  it('counts work that ends twice once', () => {
    const { trim, collections } = trimWithCount();
    const first = trim.begin();
    const second = trim.begin();
    first();
    first();
    vi.advanceTimersByTime(QUIET + SETTLE);
    expect(collections).toEqual([]);
    second();
    vi.advanceTimersByTime(QUIET + SETTLE);
    expect(collections).toHaveLength(2);
  });

  it('collects nothing after it is stopped', () => {
    const { trim, collections } = trimWithCount();
    const end = trim.begin();
    trim.stop();
    end();
    trim.begin()();
    vi.advanceTimersByTime(QUIET + SETTLE);
    expect(collections).toEqual([]);
  });
});

describe('the V8 collector', () => {
  it('runs a collection without node started with --expose-gc, and gives no other context a gc', async () => {
    const { runInNewContext } = await import('node:vm');
    const collect = v8Collector();
    let collected = false;
    const registry = new FinalizationRegistry(() => {
      collected = true;
    });
    // Nothing else holds the object, so a full collection finalises it.
    registry.register({ big: new Array(1000).fill(0) }, 'garbage');
    const turn = () => new Promise((resolve) => setTimeout(resolve, 0));
    await turn();
    expect(collected).toBe(false);
    collect();
    for (let i = 0; i < 10 && !collected; i++) await turn();
    expect(collected).toBe(true);
    expect(runInNewContext('typeof gc')).toBe('undefined');
  });
});
