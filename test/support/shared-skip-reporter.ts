import type { Reporter, TestModule, Vitest } from 'vitest/node';
import { hasShared, SHARED_ABSENT } from './shared-fixtures.ts';

/**
 * After the run, says in one line how many tests were skipped because ../shared is absent (the tests
 * marked `needsShared`), so a green run in a fresh clone does not hide them.
 */
export default class SharedSkipReporter implements Reporter {
  private vitest: Vitest | undefined;

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    if (hasShared) return;
    let skipped = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests('skipped')) {
        if (test.meta().needsShared) skipped++;
      }
    }
    if (skipped === 0) return;
    const line = `skipped ${skipped} test${skipped === 1 ? '' : 's'}: ${SHARED_ABSENT}`;
    if (this.vitest) this.vitest.logger.log(line);
    else console.log(line);
  }
}
