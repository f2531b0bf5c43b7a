import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/core/import/extract.ts';

/* An internal audit's management action plan: agreed actions, each with its response and target date. */

const plan = (mark: string) =>
  [
    'Internal Audit Report - Crime Recording (20/21-CDI)',
    'Final report issued: 2 March 2020',
    '',
    'Management action plan',
    '',
    `${mark}20/21-CDI-01`,
    'Within six months the force should make sure call handlers summarise each call accurately in the incident log.',
    'Priority: Medium',
    'Management response: Agreed. Supervisors will dip-sample ten logs a week.',
    'Owner: Head of Contact Management',
    'Target date: 30 June 2020',
    '',
    `${mark}20/21-CDI-02`,
    'The force should brief custody sergeants on consulting the youth offending team.',
    'Priority: Low',
    'Management response: Agreed.',
    'Owner: Head of Criminal Justice',
    'Target date: 31 May 2020',
  ].join('\n');

describe('an audit action plan', () => {
  it('reads an agreed action marked with a pointing hand in the margin ("☞ 20/21-CDI-01")', () => {
    const e = extractReport(plan('☞ '));
    expect(e.recommendations.map((r) => r.label)).toEqual(['20/21-CDI-01', '20/21-CDI-02']);
  });

  it("takes the target date agreed with management over the timing in the action's own words", () => {
    const e = extractReport(plan(''));
    expect(e.recommendations.map((r) => [r.due?.kind, r.due?.date])).toEqual([
      ['date', '2020-06-30'],
      ['date', '2020-05-31'],
    ]);
  });
});

describe('a to-do list of agreed actions', () => {
  it('reads "[ ] 20/21-CDI-01  Within six months ..." as the action labelled by its code, with its due line', () => {
    const e = extractReport(
      [
        'Basecamp > Audit Actions > To-dos > Internal Audit Report (20/21-CDI)',
        '',
        '[ ] 20/21-CDI-01  Within six months the force should put arrangements in place for call summaries.',
        '    Due: 30 June 2020',
        '    Management response: Agreed.',
        '',
        '[x] 20/21-CDI-02  The force should develop a plan to consult the youth offending team.',
        '    Due: 31 May 2020',
        '    Management response: Agreed.',
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => [r.label, r.text.slice(0, 24), r.due?.date])).toEqual([
      ['20/21-CDI-01', 'Within six months the fo', '2020-06-30'],
      ['20/21-CDI-02', 'The force should develop', '2020-05-31'],
    ]);
  });

  it("reads a stem's to-do boxes as its bullets, ticked or not", () => {
    const e = extractReport(
      [
        'Recommendations',
        '',
        'The force should:',
        '[ ] review how it records antisocial behaviour as crime;',
        '[x] make sure its outcomes comply with national policy.',
      ].join('\n'),
    );
    const texts = e.recommendations.map((r) => r.text);
    expect(texts).toHaveLength(2);
    expect(texts[0]).toContain('review how it records antisocial behaviour as crime');
    expect(texts[1]).toContain('make sure its outcomes comply with national policy');
  });
});
