import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buttonsOf, cardOf, seen, textOf } from '../support/fake-bot-connector-cards.ts';
import { fixture, startTeamsHarness, type TeamsHarness } from '../support/fake-bot-connector-harness.ts';
import { CALDERBROOK, extracted, OAKHURST } from '../support/import-edit-fixtures.ts';

type Json = Record<string, unknown>;
type InvokeAnswer = { statusCode: number; type: string; value: unknown };

/** An Action.Execute press from the edit card: the button's data plus what was typed or picked. */
function press(h: TeamsHarness, data: Json | undefined, inputs: Record<string, string>) {
  const activity = fixture(h, 'invoke-adaptiveCard-action');
  activity.value = {
    action: { type: 'Action.Execute', title: 'x', verb: 'rectrack', data: { ...data, ...inputs } },
    trigger: 'manual',
  };
  return activity;
}

describe('rectrack in Teams: the import preview’s Edit… card', () => {
  let h: TeamsHarness;
  beforeEach(async () => {
    h = await startTeamsHarness();
  });
  afterEach(() => h.close());

  async function preview(text: string) {
    const { posted } = await h.say(`report import\n${text}`);
    const cards = posted.map((p) => cardOf(p.activity));
    const buttons = cards.flatMap((c) => buttonsOf(c));
    const button = (title: string) => {
      const found = buttons.find((b) => b.title === title);
      if (!found) throw new Error(`no ${title} in ${buttons.map((b) => b.title).join(', ')}`);
      return found;
    };
    return { cards, button };
  }

  it('each edit sends its command and the preview, changed, takes the card’s place', async () => {
    const { cards, button } = await preview(CALDERBROOK.text);
    const all = JSON.stringify(cards);
    expect(all).toContain('"type":"Action.ShowCard","title":"Edit…"');
    expect(all).toContain('"id":"ref"');
    expect(button('Replace text').data).toEqual({
      command: 'import',
      mode: 'replace',
      with: 'import',
      edit: 'text',
    });

    const typed = 'The force should brief “every” officer – now.';
    const text = await h.exchange(press(h, button('Replace text').data, { ref: 'A1', text: typed }));
    const changed = text.body as InvokeAnswer;
    expect(changed.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(textOf(changed.value)).toContain('Text of A1 replaced.');
    expect(textOf(changed.value)).toContain(`A1   no deadline found · ${typed}`);

    const due = await h.exchange(press(h, button('Set deadline').data, { ref: '4', due: '31 March 2026' }));
    expect(textOf((due.body as InvokeAnswer).value)).toMatch(/4 {4}31 Mar 2026 \(under C2\) · /);

    const merge = await h.exchange(press(h, button('Merge').data, { ref: '1', merge: '2' }));
    const merged = textOf((merge.body as InvokeAnswer).value);
    expect(merged).toContain('Merged 2 into 1.');
    expect(merged).not.toMatch(/^2 {4}/m);

    // Different kinds: the core's problem, in words, and nothing changes.
    const kinds = await h.exchange(press(h, button('Merge').data, { ref: '1', merge: 'A1' }));
    expect(textOf((kinds.body as InvokeAnswer).value)).toContain('only items of the same kind can be merged');
  });

  it('a missing input is named, and nothing is sent to the core', async () => {
    const { button } = await preview(CALDERBROOK.text);
    const { body } = await h.exchange(press(h, button('Replace text').data, { ref: '3' }));
    expect(body).toEqual({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: 'Write the new text in the box first, then press Replace text.',
    });
  });

  it('Show it whole answers below with the item, and its own form filled in', async () => {
    const { button } = await preview(CALDERBROOK.text);
    const { posted } = await h.exchange(press(h, button('Show it whole').data, { ref: '3' }));
    const three = extracted(CALDERBROOK, 3);
    expect(seen(posted)).toContain('Item 3 of the import preview: Recommendation 3');
    expect(seen(posted)).toContain(three.text);
    const card = JSON.stringify(posted.map((p) => cardOf(p.activity)));
    expect(card).toContain(
      `"id":"text","label":"New text","isMultiline":true,"placeholder":"The whole text of the item","value":${JSON.stringify(three.text)}`,
    );
    expect(card).toMatch(/"id":"ref"[^}]*"value":"3"/);
  });

  it('Keep as ours saves an item for another body as an ordinary item', async () => {
    const { cards, button } = await preview(OAKHURST.text);
    expect(textOf(cards[0])).toContain('↳ not for us: addressed to the College of Policing, not this force');
    const kept = await h.exchange(press(h, button('Keep as ours').data, { ref: '3' }));
    const shown = textOf((kept.body as InvokeAnswer).value);
    expect(shown).toContain('3 will be saved as an ordinary item.');
    expect(shown).not.toContain('↳ not for us');
  });
});
