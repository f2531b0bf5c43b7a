import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/core/import/extract.ts';

/*
 * How a coroner's matters of concern are counted when the report's own numbering says little: a "(1)" that
 * nothing follows numbers no list.
 */

const report = (...concerns: string[]) =>
  [
    'REGULATION 28: REPORT TO PREVENT FUTURE DEATHS',
    '',
    'THIS REPORT IS BEING SENT TO:',
    '1. Chief Executive, Wessex County Council',
    '',
    "5 CORONER'S CONCERNS",
    'During the course of the inquest the evidence revealed matters giving rise to concern.',
    '',
    'The MATTERS OF CONCERN are as follows.',
    '',
    ...concerns.flatMap((c) => [c, '']),
    '6 ACTION SHOULD BE TAKEN',
    'In my opinion action should be taken to prevent future deaths.',
    '',
    'YOUR RESPONSE',
    'You are under a duty to respond to this report within 56 days of the date of this report, namely by 4 May 2017.',
  ].join('\n');

describe("a coroner's matters of concern", () => {
  it('reads each paragraph as a concern when only the first carries "(1)"', () => {
    const e = extractReport(
      report(
        '(1) The referral was accepted but no follow-up appointment was recorded.',
        'There was no attempt to contact the young person after the first call.',
        'The time between referral and first contact appears considerable.',
      ),
    );
    expect(e.recommendations.map((r) => [r.label, r.text])).toEqual([
      [null, '(1) The referral was accepted but no follow-up appointment was recorded.'],
      [null, 'There was no attempt to contact the young person after the first call.'],
      [null, 'The time between referral and first contact appears considerable.'],
    ]);
    expect(e.recommendations.every((r) => r.due?.date === '2017-05-04')).toBe(true);
  });

  it('keeps a lone "(1)" whole when the paragraphs under it are set in, and labelled when alone', () => {
    const indented = extractReport(
      report(
        '1. The court heard that the target for category 3 calls was not met.',
        '   I am concerned that national targets continue not to be met.',
      ),
    );
    expect(indented.recommendations).toHaveLength(1);
    const alone = extractReport(report('(1) There is no fencing beside the drain.'));
    expect(alone.recommendations.map((r) => [r.label, r.text])).toEqual([
      ['(1)', 'There is no fencing beside the drain.'],
    ]);
  });
});
