import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, openHarness, visible } from '../support/core-harness.ts';

/* Lists shorten long texts with "…"; where they do, the reply says how to read the item whole. */
describe.each(['memory', 'sqlite'] as const)('shortened texts in lists (%s store)', (store) => {
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness(store);
    await h.say('alice', 'report new "Online CSAE inspection" key OSAEC23 published 5 April 2023 s55');
  });
  afterEach(() => h.close());

  it('says how to read an item whole where a list shortened its text, and only then', async () => {
    await h.say('alice', 'add OSAEC23 "Chief Constables should review training" due 30 June 2024');
    expect(visible(await h.say('alice', 'report OSAEC23'))).not.toContain('are shortened');
    const long = `Chief Constables should make sure ${'every officer and member of staff completes the training, '.repeat(4)}by 2025.`;
    await h.say('alice', `add OSAEC23 "${long}" due 30 June 2024`);
    const report = visible(await h.say('alice', 'report OSAEC23'));
    expect(report).toContain('…');
    expect(report).toContain(
      'Texts ending in … are shortened: type a reference (OSAEC23-2) to read the item whole.',
    );
    expect(visible(await h.say('alice', 'OSAEC23-2'))).toContain('by 2025.');
  });
});
