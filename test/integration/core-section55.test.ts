import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, openHarness, STORE_KINDS, visible } from '../support/core-harness.ts';

/** The section 55 workflow through the real core on both stores: stages, refusals, the report card. */
describe.each(STORE_KINDS)('section 55 workflow (%s store)', (kind) => {
  let h: Harness;
  const ok = async (user: string, text: string) => {
    const reply = await h.say(user, text);
    expect(reply.kind, `${text} -> ${reply.text}`).toBe('success');
    return reply;
  };
  beforeEach(async () => {
    // 14 March 2024; the report was published 5 April 2023, so its response was due 31 May 2023.
    h = await openHarness(kind);
    await ok(
      'alice',
      'report new "Online CSAE inspection" key OSAEC23 published 5 April 2023 publisher HMICFRS s55',
    );
    await ok('alice', 'add OSAEC23 "Chief Constables should review training" due 31 October 2023');
    await ok('alice', 'add OSAEC23 "Forces should share data" due 31 October 2023');
    await ok('alice', 'report new "Custody" key CUST24 published 1 January 2024');
    await ok('alice', 'assign OSAEC23-1 @bob');
  });
  afterEach(() => h.close());

  it('records each stage in order with who and when, and stops the countdown once sent', async () => {
    expect(visible(await h.say('bob', 'report OSAEC23'))).toContain(
      "Section 55 stage: drafting · next: chief constable's comments received (due 10 May 2023)",
    );
    await ok('alice', 'OSAEC23 comments received on 10 May 2023');
    const asked = await h.say('alice', 'OSAEC23 approved on 20 May 2023');
    expect(asked.kind).toBe('question');
    expect(asked.text).toBe(
      "Before approving: 4 parts of OSAEC23's section 55 response are still missing. Approve it anyway?",
    );
    expect(visible(asked)).toContain(
      'Missing:\nOSAEC23-1: no force or PCC response\nOSAEC23-2: no force or PCC response\nthe overall force response\nthe overall PCC response',
    );
    expect(visible(asked)).toContain('[Approve anyway -> OSAEC23 approved on 20 May 2023 confirmed]');
    // Nothing was recorded by the question.
    expect(visible(await h.say('bob', 'OSAEC23 stage'))).toContain('Approved by the commissioner: not yet');

    await ok('bob', 'respond OSAEC23-1 force: We accept this recommendation.');
    await ok('alice', 'respond OSAEC23-1 pcc: I will monitor it.');
    await ok('alice', 'respond OSAEC23-2 force: Accepted.');
    await ok('alice', 'respond OSAEC23-2 pcc: Noted.');
    await ok('alice', 'respond OSAEC23 force: Norfolk accepts the recommendations.');
    await ok('alice', 'respond OSAEC23 pcc: I welcome this report.');
    // Every response is there now: approving goes ahead without a question.
    await ok('alice', 'OSAEC23 approved on 20 May 2023');
    const sent = await ok('alice', 'OSAEC23 sent on 28 May 2023');
    expect(sent.text).toBe(
      "OSAEC23's section 55 response was sent to HMICFRS and the Home Secretary on 28 May 2023, 3 days before the deadline. The countdown has stopped. Next: published (OSAEC23 published https://example.org/osaec23-response).",
    );
    const card = visible(await h.say('bob', 'report OSAEC23'));
    expect(card).toContain(
      'Section 55 response: sent 3 days before the deadline (sent 28 May 2023, due 31 May 2023)',
    );
    expect(card).not.toMatch(/days ago/);
    expect(visible(await h.say('bob', 'reports'))).toContain(
      'OSAEC23 · Online CSAE inspection: 0/2 done, 2 overdue, s55 response sent 3 days before the deadline',
    );
    await ok('alice', 'OSAEC23 published on 2 June 2023 https://www.norfolk-pcc.gov.uk/osaec');
    const stages = await h.say('bob', 'OSAEC23 stage');
    expect(stages.readOnly).toBe(true);
    expect(visible(stages)).toContain(
      [
        "Chief constable's comments received: 10 May 2023 (recorded by alice)",
        'Approved by the commissioner: 20 May 2023 (recorded by alice)',
        'Sent to HMICFRS and the Home Secretary: 28 May 2023 (recorded by alice)',
        'Published: 2 June 2023 at https://www.norfolk-pcc.gov.uk/osaec (recorded by alice)',
      ].join('\n'),
    );
    expect(visible(await h.say('bob', 'report OSAEC23'))).toContain(
      'Section 55 stage: complete: published\nResponse online: https://www.norfolk-pcc.gov.uk/osaec',
    );
  });

  it('says when the deadline was missed, and a stage recorded again changes nothing', async () => {
    await ok('alice', 'OSAEC23 comments received on 30 May 2023');
    await ok('alice', 'OSAEC23 approved on 1 June 2023 confirmed');
    await ok('alice', 'OSAEC23 sent on 2 June 2023');
    expect(visible(await h.say('bob', 'report OSAEC23'))).toContain(
      'Section 55 response: sent 2 days after the deadline (sent 2 June 2023, due 31 May 2023)',
    );
    const again = await h.say('alice', 'OSAEC23 sent');
    expect(again.kind).toBe('info');
    expect(again.text).toBe(
      'OSAEC23: "sent to HMICFRS and the Home Secretary" was already recorded by alice, on 2 June 2023.',
    );
  });

  it.each([
    ['OSAEC23 approved', 's55.out_of_order', 'OSAEC23 comments received'],
    ['OSAEC23 published https://example.org/r', 's55.out_of_order', 'OSAEC23 comments received'],
    ['CUST24 comments received', 's55.not_section55', 'report CUST24'],
    ['NOPE1 sent', 'report.not_found', 'reports'],
    ['OSAEC23 comments received on 1 April 2023', 's55.before_publication', 'OSAEC23 comments received'],
    ['OSAEC23 comments received on 20 March 2024', 's55.future', 'OSAEC23 comments received'],
  ])('refuses %j (%s) with an example that fits', async (text, code, example) => {
    const reply = await h.say('alice', text);
    expect([reply.kind, reply.code]).toEqual(['problem', code]);
    expect(visible(reply)).toContain(`For example: ${example}`);
  });

  it('refuses a step dated before the one it follows, and a member recording any step', async () => {
    await ok('alice', 'OSAEC23 comments received on 10 May 2023');
    const early = await h.say('alice', 'OSAEC23 approved on 9 May 2023 confirmed');
    expect([early.code, early.text]).toEqual([
      's55.before_previous',
      '9 May 2023 is before the step it follows ("chief constable\'s comments received", 10 May 2023).',
    ]);
    const member = await h.say('bob', 'OSAEC23 approved confirmed');
    expect([member.code, member.text]).toEqual([
      'permission.admin_only',
      'Only an admin can record the steps of a section 55 response. Ask an admin of this workspace.',
    ]);
    expect(visible(await h.say('bob', 'OSAEC23 stage'))).toContain('Approved by the commissioner: not yet');
  });

  it("keeps one workspace's stages from another's", async () => {
    await ok('alice', 'OSAEC23 comments received on 10 May 2023');
    const other = { workspace: 'other' };
    expect((await h.say('zed', 'OSAEC23 stage', other)).code).toBe('report.not_found');
    expect((await h.say('zed', 'OSAEC23 approved', other)).code).toBe('report.not_found');
    await h.say('zed', 'report new "Their inspection" key OSAEC23 published 5 April 2023 s55', other);
    expect(visible(await h.say('zed', 'OSAEC23 stage', other))).toContain(
      "Chief constable's comments received: not yet",
    );
  });

  it('gives the responses with the form that changes them, filled in', async () => {
    await ok('bob', 'respond OSAEC23-1 force: We accept this – fully.');
    await ok('alice', 'OSAEC23-1 accepted');
    const shown = await h.say('bob', 'responses OSAEC23-1');
    expect(shown.form).toEqual({
      kind: 'responses',
      scope: 'item',
      ref: 'OSAEC23-1',
      force: 'We accept this – fully.',
      pcc: '',
      disposition: 'accepted',
    });
    expect(visible(shown)).toContain('PCC response: none yet');
    // The item card carries the same form, so a platform can offer it there.
    expect((await h.say('bob', 'OSAEC23-1')).form).toEqual(shown.form);
    expect((await h.say('bob', 'report OSAEC23')).form).toEqual({
      kind: 'responses',
      scope: 'report',
      ref: 'OSAEC23',
      force: '',
      pcc: '',
      disposition: null,
    });
    // The same words again change nothing and add no history.
    const same = await h.say('bob', 'respond OSAEC23-1 force: We accept this – fully.');
    expect([same.kind, same.text]).toEqual(['info', "OSAEC23-1's force response already reads that way."]);
    const history = visible(await h.say('bob', 'history OSAEC23-1'));
    expect(history.match(/response recorded/g)).toHaveLength(1);
  });
});
