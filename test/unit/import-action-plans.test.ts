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
