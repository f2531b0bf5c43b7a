import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleMessage } from '../../src/core/handle-message.ts';
import { button, cardOf, seen, textOf } from '../support/fake-bot-connector-cards.ts';
import {
  fixture,
  personal,
  startTeamsHarness,
  TENANT,
  type TeamsHarness,
} from '../support/fake-bot-connector-harness.ts';

const CAROL = { id: '29:1CarolId', name: 'Carol Singh', aadObjectId: '55555555-5555-5555-5555-555555555555' };

/** A Universal Action press (`adaptiveCard/action` invoke) carrying the button's data plus any inputs. */
function press(
  h: TeamsHarness,
  data: Record<string, unknown> | undefined,
  inputs: Record<string, string> = {},
) {
  const activity = fixture(h, 'invoke-adaptiveCard-action');
  activity.value = {
    action: { type: 'Action.Execute', title: 'x', verb: 'rectrack', data: { ...data, ...inputs } },
    trigger: 'manual',
  };
  return activity;
}

type InvokeAnswer = { statusCode: number; type: string; value: unknown };

function answerOf(body: unknown): InvokeAnswer {
  return body as InvokeAnswer;
}

async function seed(h: TeamsHarness): Promise<void> {
  await h.say('report new "Online CSAE inspection" key OSAEC23 published 5 April 2023 publisher HMICFRS s55');
  await h.say('add OSAEC23 "Chief Constables should review training" due 31 October 2030');
}

async function itemCard(h: TeamsHarness, ref = 'OSAEC23-1') {
  const { posted } = await h.say(ref);
  return cardOf(posted[0]?.activity);
}

describe('Adaptive Card actions in Teams', () => {
  let h: TeamsHarness;
  beforeEach(async () => {
    h = await startTeamsHarness();
    await seed(h);
  });
  afterEach(() => h.close());

  it('a status button (Action.Execute) changes the item and the card is redrawn in place', async () => {
    const done = button(await itemCard(h), 'Done');
    const { status, body, posted } = await h.exchange(press(h, done.data));
    expect(status).toBe(200);
    const answer = answerOf(body);
    expect(answer.statusCode).toBe(200);
    expect(answer.type).toBe('application/vnd.microsoft.card.adaptive');
    const text = textOf(answer.value);
    expect(text).toContain('✅ OSAEC23-1 is now done');
    // The redrawn card shows the new state, and only the buttons that still make sense.
    expect(text).toMatch(/Status\ndone/);
    expect(text).toMatch(/RAG\ngreen/);
    expect(() => button(answer.value, 'Done')).toThrow();
    expect(button(answer.value, 'History').data).toMatchObject({ command: 'history OSAEC23-1' });
    expect(posted).toHaveLength(0);
  });

  it('Blocked… asks why in the card and sends the reason with the command', async () => {
    const blocked = button(await itemCard(h), 'Mark blocked');
    expect(blocked.data).toMatchObject({ with: 'reason' });
    const { body } = await h.exchange(
      press(h, blocked.data, { reason: 'national training product not published' }),
    );
    const text = textOf(answerOf(body).value);
    expect(text).toContain('OSAEC23-1 is now blocked');
    expect(text).toMatch(/Status\nblocked: national training product not published/);
  });

  it('Assign… uses the people picker; the picked Entra id becomes the owner, named from Teams', async () => {
    h.connector.addMember(CAROL);
    const assign = button(await itemCard(h), 'Assign');
    const { body } = await h.exchange(press(h, assign.data, { person: CAROL.aadObjectId }));
    const text = textOf(answerOf(body).value);
    expect(text).toContain('OSAEC23-1 is now owned by Carol Singh');
    expect(text).toMatch(/Owner\nCarol Singh/);
  });

  it('Snooze… sends the chosen period with the snooze command', async () => {
    const snooze = button(await itemCard(h), 'Snooze');
    expect(snooze.data).toMatchObject({ command: 'snooze OSAEC23-1', with: 'period' });
    const { body } = await h.exchange(press(h, snooze.data, { period: '2 weeks' }));
    const text = textOf(answerOf(body).value);
    expect(text.split('\n')[0]).toMatch(/OSAEC23-1/);
    expect(text.split('\n')[0]).toMatch(/snooz|remind/i);
    expect(text).toContain('OSAEC23-1 · Recommendation 1');
  });

  it('a press with a missing input says what is missing and changes nothing', async () => {
    const assign = button(await itemCard(h), 'Assign');
    const { body } = await h.exchange(press(h, assign.data));
    expect(answerOf(body)).toEqual({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: 'Pick a person first, then press Assign.',
    });
  });

  it('History answers in a new message and leaves the card as it is', async () => {
    const history = button(await itemCard(h), 'History');
    const { body, posted } = await h.exchange(press(h, history.data));
    expect(answerOf(body).type).toBe('application/vnd.microsoft.activity.message');
    expect(posted).toHaveLength(1);
    expect(seen(posted)).toContain('created');
  });

  it("a question's choices are replaced by the answer once one is pressed", async () => {
    await h.say('report new "Another inspection" key PEEL24 published 1 March 2024 publisher HMICFRS');
    await h.say('add PEEL24 "The force should improve call handling" due 31 December 2030');
    // A bare "1" exists in both reports and neither was last used in this new conversation's member.
    const other = personal(h, '1 in progress', {
      from: { id: '29:2', name: 'Dee', aadObjectId: '66666666-6666-6666-6666-666666666666' },
    });
    const { posted } = await h.exchange(other);
    const choice = button(cardOf(posted[0]?.activity), 'OSAEC23-1');
    expect(choice.data).toMatchObject({ mode: 'replace' });
    const pick = press(h, choice.data);
    pick.from = other.from;
    const { body } = await h.exchange(pick);
    const answer = answerOf(body);
    expect(answer.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(textOf(answer.value)).not.toContain('Which one did you mean');
  });

  it('tapping an item in a list opens its card below and keeps the list', async () => {
    const { posted } = await h.say('report OSAEC23');
    const open = button(cardOf(posted[0]?.activity), 'OSAEC23-1');
    const result = await h.exchange(press(h, open.data));
    expect(answerOf(result.body).type).toBe('application/vnd.microsoft.activity.message');
    expect(seen(result.posted)).toContain('OSAEC23-1 · Recommendation 1');
  });

  it('an Action.Submit press (message with value) updates the pressed card with updateActivity', async () => {
    const done = button(await itemCard(h), 'Done');
    const submit = fixture(h, 'personal-message-actionSubmit-value');
    submit.value = done.data;
    const { posted, calls } = await h.exchange(submit);
    const update = calls.find((c) => c.kind === 'update');
    expect(update?.method).toBe('PUT');
    expect(update?.targetId).toBe(submit.replyToId);
    expect(textOf(cardOf(update?.activity))).toContain('✅ OSAEC23-1 is now done');
    expect(posted).toHaveLength(0);
  });

  it('an invoke that is not one of our buttons is answered, not ignored', async () => {
    const { body } = await h.exchange(fixture(h, 'invoke-adaptiveCard-action'));
    expect(answerOf(body)).toMatchObject({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: expect.stringContaining("isn't one of rectrack's"),
    });
  });

  it('a 500-item report, page by page, in messages that each stay under the size limit', async () => {
    const tenant = { platform: 'teams' as const, workspace: { externalId: TENANT, name: 'Microsoft Teams' } };
    const actor = { externalId: '9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', displayName: 'Alex Okafor' };
    await handleMessage(h.deps, {
      ...tenant,
      actor,
      text: 'report new "Big audit" key BIG published 1 March 2024 publisher Audit',
    });
    for (let i = 1; i <= 500; i++) {
      await handleMessage(h.deps, {
        ...tenant,
        actor,
        text: `add BIG "Recommendation number ${i}: the council should review contract ${i} and report back" due 31 December 2030`,
      });
    }
    // The report comes 25 items a page; each page is split to the card size as needed.
    const pages = { 'report BIG': [1, 25], 'report BIG page 10': [250], 'report BIG page 20': [476, 500] };
    for (const [command, refs] of Object.entries(pages)) {
      const { posted } = await h.say(command);
      expect(posted.length).toBeGreaterThanOrEqual(1);
      for (const call of posted) {
        // Teams counts the payload in UTF-16: two bytes a character.
        expect(JSON.stringify(call.activity).length * 2).toBeLessThan(28 * 1024);
      }
      const all = seen(posted);
      for (const n of refs) expect(all).toContain(`BIG-${n}\n`);
      if (posted.length > 1) expect(all).toContain(`Part ${posted.length} of ${posted.length}`);
    }
  });
});
