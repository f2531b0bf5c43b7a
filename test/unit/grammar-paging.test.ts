import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/core/grammar/parse.ts';

/* Long lists a page at a time: `page N` after any list's words; `more` alone is taught, not guessed. */
const ctx = { now: new Date('2024-03-14T10:00:00Z'), timeZone: 'Europe/London' };
const parse = (text: string) => parseCommand(text, ctx);

describe('pages of a list', () => {
  it.each([
    ['overdue page 2', { type: 'list', page: 2 }],
    ['mine due soon page 3', { type: 'list', page: 3 }],
    ['report OSAEC23 page 2', { type: 'report_show', key: 'OSAEC23', page: 2 }],
    ['reports page 4', { type: 'report_list', page: 4 }],
    ['search body worn video page 2', { type: 'search', words: ['body', 'worn', 'video'], page: 2 }],
    ['search vetting report OSAEC23 page 2', { type: 'search', key: 'OSAEC23', page: 2 }],
    ['history OSAEC23-5 page 2', { type: 'item_history', page: 2 }],
    ['Overdue Page 2', { type: 'list', page: 2 }],
  ])('%s', (text, expected) => {
    const parsed = parse(text);
    expect(parsed.ok && parsed.command).toMatchObject(expected);
  });

  it('leaves the first page unsaid', () => {
    const parsed = parse('overdue');
    expect(parsed.ok && 'page' in parsed.command).toBe(false);
  });

  it('keeps "page 2" as words where the message is no list', () => {
    expect(parse('OSAEC23-5 note: the plan is on page 2')).toMatchObject({
      ok: true,
      command: { type: 'comment', note: 'the plan is on page 2' },
    });
  });

  it.each(['more', 'next page', 'show more', 'next', 'page 2'])('"%s" asks which list', (text) => {
    const parsed = parse(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.reply.code).toBe('page.which_list');
      expect(JSON.stringify(parsed.reply.blocks)).toContain('For example: overdue page 2');
    }
  });

  it('refuses page 0', () => {
    const parsed = parse('overdue page 0');
    expect(!parsed.ok && parsed.reply.code).toBe('page.range');
  });
});
