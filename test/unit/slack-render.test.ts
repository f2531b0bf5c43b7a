import { describe, expect, it } from 'vitest';
import { homeView } from '../../adapters/slack/home.ts';
import { reportCommand, updateCommands } from '../../adapters/slack/modals.ts';
import { MAX_BLOCKS, MAX_SECTION_TEXT, renderReply } from '../../adapters/slack/render.ts';
import { parseCommand } from '../../src/core/grammar/parse.ts';
import type { ItemLine, Reply } from '../../src/core/reply/reply.ts';
import { messageProblems } from '../support/block-kit-rules.ts';

const dates = { now: new Date('2024-03-14T10:00:00Z'), timeZone: 'Europe/London' };

function items(n: number): ItemLine[] {
  return Array.from({ length: n }, (_, i) => ({
    ref: `OSAEC23-${i + 1}`,
    summary: `Chief Constables should make sure that every officer completes the training, number ${i + 1}`,
    rag: 'red',
    status: 'in_progress',
    owner: 'Alice',
    dueOn: '2023-10-31',
    dueText: '100 days overdue',
  }));
}

/** Every text Slack would show, in one string. */
function texts(value: unknown): string {
  return JSON.stringify(value);
}

describe('Reply -> Block Kit', () => {
  it('splits 500 items into messages of at most 50 blocks, each section within 3,000 characters', () => {
    const reply: Reply = {
      kind: 'info',
      text: '500 items are overdue.',
      blocks: [{ type: 'items', title: 'Overdue', items: items(500) }],
    };
    const messages = renderReply(reply);
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) {
      expect(message.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
      for (const block of message.blocks) {
        if (block.type === 'section' && block.text)
          expect(block.text.text.length).toBeLessThanOrEqual(MAX_SECTION_TEXT);
      }
    }
    const all = texts(messages);
    for (let i = 1; i <= 500; i++) expect(all).toContain(`*OSAEC23-${i}*`);
    expect(messages[1]?.text).toContain('(continued)');
  });

  it('cuts a text longer than a section allows, keeping all of it', () => {
    const long = 'x'.repeat(7000);
    const [message] = renderReply({ kind: 'info', text: 'long', blocks: [{ type: 'text', text: long }] });
    const sections = (message?.blocks ?? []).filter((b) => b.type === 'section');
    expect(sections.length).toBe(3);
    expect(sections.map((b) => (b.type === 'section' ? (b.text?.text ?? '') : '')).join('')).toBe(long);
  });

  it('escapes mrkdwn control characters so text cannot mention @channel or fake a link', () => {
    const [message] = renderReply({
      kind: 'success',
      text: 'Noted <!channel> & <https://evil|ok>',
      blocks: [],
    });
    expect(texts(message)).toContain('&lt;!channel&gt; &amp; &lt;https://evil|ok&gt;');
    expect(texts(message)).not.toContain('<!channel>');
  });

  it('keeps many choices within 25 elements per actions block and every label within 75 characters', () => {
    const choices = Array.from({ length: 30 }, (_, i) => ({
      label: `${'Choice '.repeat(20)}${i}`,
      command: `report K${i}`,
    }));
    const [message] = renderReply({
      kind: 'question',
      text: 'Which?',
      blocks: [{ type: 'choices', choices }],
    });
    const actions = (message?.blocks ?? []).filter((b) => b.type === 'actions');
    expect(actions).toHaveLength(2);
    for (const block of actions) {
      if (block.type !== 'actions') continue;
      expect(block.elements.length).toBeLessThanOrEqual(25);
      for (const element of block.elements) {
        if (element.type === 'button') expect(element.text.text.length).toBeLessThanOrEqual(75);
      }
    }
  });

  it('asks for the document in the DM when the core waits for one', () => {
    const [message] = renderReply({
      kind: 'question',
      text: 'Send me the report.',
      blocks: [],
      expects: 'document',
    });
    expect(texts(message)).toContain('direct message');
  });

  it('fits App Home within 100 blocks however much there is to show', () => {
    const big: Reply = {
      kind: 'info',
      text: 'lots',
      blocks: [{ type: 'items', title: 'Overdue', items: items(2000) }],
    };
    const view = homeView([big, big, big]);
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    expect(texts(view)).toContain('/recs overdue');
  });
});

describe('modal submissions become grammar commands', () => {
  const select = (value: string) => ({
    value: {
      type: 'static_select',
      selected_option: { text: { type: 'plain_text' as const, text: value }, value },
    },
  });
  const input = (value: string) => ({ value: { type: 'plain_text_input', value } });

  it.each([
    [
      { status: select('in progress'), note: input('plan approved') },
      ['OSAEC23-5 in progress: plan approved'],
      ['status'],
    ],
    [
      { status: select('done'), evidence: input('https://x.org/e') },
      ['OSAEC23-5 done: https://x.org/e'],
      ['status'],
    ],
    [{ note: input('met the lead') }, ['OSAEC23-5 note: met the lead'], ['comment']],
    [
      {
        due: { value: { type: 'datepicker', selected_date: '2024-06-30' } },
        reason: input('the tool slipped'),
      },
      ['OSAEC23-5 due 30 June 2024 because the tool slipped'],
      ['revise'],
    ],
    [
      {
        status: select('blocked'),
        note: input('waiting for funding'),
        due: { value: { type: 'datepicker', selected_date: '2024-09-01' } },
        reason: input('funding'),
      },
      ['OSAEC23-5 blocked: waiting for funding', 'OSAEC23-5 due 1 September 2024 because funding'],
      ['status', 'revise'],
    ],
  ])('update %#', (values, commands, types) => {
    const result = updateCommands('OSAEC23-5', values);
    expect(result).toEqual({ ok: true, commands });
    // And the grammar reads each one as the command meant.
    const parsed = commands.map((c) => parseCommand(c, dates));
    expect(parsed.map((p) => (p.ok ? p.command.type : p.reply.text))).toEqual(types);
  });

  it.each([
    [{}, 'status'],
    [{ status: select('blocked') }, 'note'],
    [{ due: { value: { type: 'datepicker', selected_date: '2024-06-30' } } }, 'reason'],
    [{ note: input('x'), reason: input('why') }, 'due'],
  ])('refuses an incomplete update %#, naming the field', (values, field) => {
    const result = updateCommands('OSAEC23-5', values);
    expect(result.ok).toBe(false);
    expect(!result.ok && Object.keys(result.errors)).toContain(field);
  });

  it('registers a report with every field the grammar knows', () => {
    const result = reportCommand({
      title: input('Online "CSAE" inspection'),
      key: input('osaec23'),
      publisher: input('HMICFRS'),
      published: { value: { type: 'datepicker', selected_date: '2023-04-05' } },
      link: { value: { type: 'url_text_input', value: 'https://example.org/report' } },
      s55: {
        value: {
          type: 'checkboxes',
          selected_options: [{ text: { type: 'plain_text', text: 's55' }, value: 's55' }],
        },
      },
    });
    expect(result.ok).toBe(true);
    const command = result.ok ? (result.commands[0] ?? '') : '';
    const parsed = parseCommand(command, dates);
    expect(parsed.ok && parsed.command).toEqual({
      type: 'report_new',
      title: "Online 'CSAE' inspection",
      key: 'OSAEC23',
      publishedOn: '2023-04-05',
      publisher: 'HMICFRS',
      section55: true,
      link: 'https://example.org/report',
    });
  });

  it('refuses a report without a usable key or, under section 55, without a date', () => {
    const result = reportCommand({
      title: input('X'),
      key: input('1-bad'),
      s55: {
        value: {
          type: 'checkboxes',
          selected_options: [{ text: { type: 'plain_text', text: 's55' }, value: 's55' }],
        },
      },
    });
    expect(result.ok === false && Object.keys(result.errors).sort()).toEqual(['key', 'published']);
  });
});

describe('long text is shown whole, never cut', () => {
  const response = `${'The force accepts this recommendation and has agreed a plan with partners. '.repeat(36)}End.`;
  const note = `${'Audit found the new template in use on every district. '.repeat(45)}Last line.`;
  const reply: Reply = {
    kind: 'info',
    text: 'OSAEC23-5',
    blocks: [
      {
        type: 'fields',
        fields: [
          { label: 'Status', value: 'in progress' },
          { label: 'Force response', value: response },
        ],
      },
      {
        type: 'history',
        entries: [
          { at: '2026-12-05T10:00:00Z', when: '5 Dec', who: 'alice', text: note },
          { at: '2026-12-06T10:00:00Z', when: '6 Dec', who: 'bob', text: 'short' },
        ],
      },
    ],
  };

  it('puts a field or a note too long for its element in sections of its own, in order', () => {
    const messages = renderReply(reply);
    const shown = texts(messages).replace(/\\n|"},\{"type":"section","text":\{"type":"mrkdwn","text":"/g, '');
    expect(response.length).toBeGreaterThan(2000);
    expect(shown).toContain('End.');
    expect(shown).toContain('Last line.');
    expect(shown).not.toContain('…');
    const all = texts(messages);
    expect(all.indexOf('Last line.')).toBeLessThan(all.indexOf('short'));
  });

  it('stays within Block Kit limits', () => {
    for (const message of renderReply(reply)) expect(messageProblems(message as never)).toEqual([]);
  });
});
