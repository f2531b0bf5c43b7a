import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, openHarness, visible } from '../support/core-harness.ts';

describe('an update that repeats the status it already has', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness('memory');
    await h.say('alice', 'report new "Online CSAE inspection" key OSAEC23 published 5 April 2023 s55');
    await h.say('alice', 'add OSAEC23 "Chief Constables should review training" due 31 October 2023');
    await h.say('alice', 'OSAEC23-1 done');
  });
  afterEach(() => h.close());

  it('keeps a note and its evidence link rather than dropping them', async () => {
    const reply = await h.say('alice', 'OSAEC23-1 done - evidence https://sharepoint.example/training.xlsx');
    expect(reply.kind).toBe('success');
    expect(reply.text).toBe('OSAEC23-1 is already done; your note is added to its history.');
    const history = visible(await h.say('alice', 'history OSAEC23-1'));
    expect(history).toContain('evidence https://sharepoint.example/training.xlsx');
  });

  it('still just says so when nothing new is said', async () => {
    const reply = await h.say('alice', 'OSAEC23-1 done');
    expect(reply.kind).toBe('info');
    expect(reply.text).toBe('OSAEC23-1 is already done.');
  });
});

describe('an item with two deadlines', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness('memory');
    await h.say('alice', 'report new "Online CSAE inspection" key OSAEC23 published 5 April 2023 s55');
  });
  afterEach(() => h.close());

  it('lists each deadline on a line of its own', async () => {
    await h.say(
      'alice',
      'add OSAEC23 "Chief Constables should act" due immediately; due 6 months after the tool is implemented',
    );
    const shown = await h.say('alice', 'OSAEC23-1');
    const text = shown.blocks.flatMap((b) => (b.type === 'text' ? [b.text] : []));
    expect(text).toContainEqual(
      expect.stringMatching(/^Deadlines:\n {2}1\. 5 April 2023 .*\n {2}2\. 6 months after/),
    );
  });
});
