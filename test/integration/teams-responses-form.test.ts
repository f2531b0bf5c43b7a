import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cardProblems } from '../support/adaptive-card-rules.ts';
import { buttonsOf, cardOf, textOf } from '../support/fake-bot-connector-cards.ts';
import { fixture, startTeamsHarness, type TeamsHarness } from '../support/fake-bot-connector-harness.ts';

type Json = Record<string, unknown>;
type InvokeAnswer = { statusCode: number; type: string; value: unknown };

const FORCE = 'We accept this – training starts in “spring”.\n\nA second paragraph.';

/** An Action.Execute press from the Responses… card: the button's data plus what was typed or picked. */
function press(h: TeamsHarness, data: Json | undefined, inputs: Record<string, string>) {
  const activity = fixture(h, 'invoke-adaptiveCard-action');
  activity.value = {
    action: { type: 'Action.Execute', title: 'x', verb: 'rectrack', data: { ...data, ...inputs } },
    trigger: 'manual',
  };
  return activity;
}

/** The Responses… card inside an item card or a report, through the real CloudAdapter over HTTP. */
describe('rectrack in Teams: the Responses… card', () => {
  let h: TeamsHarness;
  beforeEach(async () => {
    h = await startTeamsHarness();
    await h.say('report new "Online CSAE inspection" key OSAEC23 published 5 April 2023 s55');
    await h.say('add OSAEC23 "Chief Constables should review training" due 31 October 2030');
  });
  afterEach(() => h.close());

  async function cardFor(text: string) {
    const { posted } = await h.say(text);
    const cards = posted.map((p) => cardOf(p.activity));
    const button = (title: string) => {
      const found = cards.flatMap((c) => buttonsOf(c)).find((b) => b.title === title);
      if (!found) throw new Error(`no ${title}`);
      return found;
    };
    return { cards, button };
  }

  it('opens with the current text filled in; each field saves its command and redraws the card', async () => {
    await h.say(`respond OSAEC23-1 force: ${FORCE}`);
    const { cards, button } = await cardFor('OSAEC23-1');
    for (const card of cards) expect(cardProblems(card as Json)).toEqual([]);
    const all = JSON.stringify(cards);
    expect(all).toContain('"type":"Action.ShowCard","title":"Responses…"');
    expect(all).toContain(
      `"id":"force","label":"Force response","isMultiline":true,"value":${JSON.stringify(FORCE)}`,
    );
    expect(button('Save PCC response').data).toEqual({
      command: 'respond OSAEC23-1 pcc',
      mode: 'card',
      card: 'OSAEC23-1',
      with: 'responses',
      field: 'pcc',
    });

    const pcc = await h.exchange(
      press(h, button('Save PCC response').data, { force: FORCE, pcc: 'I will hold the force to account.' }),
    );
    const redrawn = pcc.body as InvokeAnswer;
    expect(redrawn.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardProblems(redrawn.value as Json)).toEqual([]);
    expect(textOf(redrawn.value)).toContain('Recorded the PCC response for OSAEC23-1.');
    expect(textOf(redrawn.value)).toContain('PCC response: I will hold the force to account.');
    // The redrawn card's form has the new text in it.
    expect(JSON.stringify(redrawn.value)).toContain('"value":"I will hold the force to account."');

    const decided = await h.exchange(press(h, button('Save decision').data, { disposition: 'accepted' }));
    expect(textOf((decided.body as InvokeAnswer).value)).toContain('OSAEC23-1 is recorded as accepted.');
    const shown = await cardFor('responses OSAEC23-1');
    expect(JSON.stringify(shown.cards)).toMatch(/"id":"disposition"[^}]*"value":"accepted"/);
    // Facts are two columns: the label, then the value.
    expect(textOf(shown.cards[0])).toContain(`Force response\n${FORCE.split('\n')[0]}`);
  });

  it('names an empty box, and sends nothing to the core', async () => {
    const { button } = await cardFor('OSAEC23-1');
    const { body } = await h.exchange(press(h, button('Save force response').data, { force: '  ' }));
    expect(body).toEqual({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: 'Write the force response in its box first, then press Save.',
    });
    expect(textOf((await cardFor('responses OSAEC23-1')).cards[0])).toContain('Force response\nnone yet');
  });

  it("saves a report's overall response from the report", async () => {
    const { cards, button } = await cardFor('report OSAEC23');
    expect(JSON.stringify(cards)).toContain('"label":"Overall force response"');
    expect(JSON.stringify(cards)).not.toContain('"id":"disposition"');
    const { posted } = await h.exchange(
      press(h, button('Save force response').data, { force: 'Norfolk accepts them all.' }),
    );
    expect(posted.map((p) => textOf(cardOf(p.activity))).join('\n')).toContain(
      'Recorded the overall force response for OSAEC23.',
    );
    expect(textOf((await cardFor('report OSAEC23')).cards[0])).toContain(
      'Overall force response: Norfolk accepts them all.',
    );
  });
});
