import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/core/import/extract.ts';

/*
 * A slide deck's outline view pasted as text: every level indented by one more tab, no blank lines, no
 * bullets. The tabs are depth, not a table's empty cells; a title beside the label names the slide; an item
 * runs on to the next slide under "(continued)".
 */

const outline = [
  'Values and culture: our response',
  '\tPeople Committee, 19 July 2023',
  'Recommendation 1 - a confidential way to raise concerns',
  '\tWhat HMICFRS said',
  '\t\tBy 1 October 2023, chief fire officers should make sure their services provide a confidential way for staff to raise concerns.',
  '\tOur response',
  '\t\tAn independent reporting line opened on 4 September 2023.',
  '\tStatus: complete',
  'Recommendation 9 - background checks',
  '\t\tBy 1 January 2024, chief fire officers should:',
  '\t\t\timmediately review their current background checks arrangements; and',
  '\t\t\tmake sure that appropriate DBS check requests have been submitted for all staff.',
  '\t\tWhere we are: DBS requests were submitted for all operational staff.',
  'Recommendation 4',
  '\t\tBy 1 June 2023, chief fire officers should assure themselves that updates are shared with those who raised concerns.',
  'Recommendation 4 (continued)',
  '\t\tConsideration should be given to creating a professional standards function.',
  '\t\tWhere we are: A professional standards unit was set up in April 2023.',
].join('\n');

describe('an outline pasted from a slide deck', () => {
  const e = extractReport(outline);

  it('reads each item under its label, not the slide title beside it, and keeps an item whole across slides', () => {
    expect(e.recommendations.map((r) => [r.label, r.text])).toEqual([
      [
        'Recommendation 1',
        'By 1 October 2023, chief fire officers should make sure their services provide a confidential way for staff to raise concerns.',
      ],
      [
        'Recommendation 9',
        'By 1 January 2024, chief fire officers should: • immediately review their current background checks arrangements; and • make sure that appropriate DBS check requests have been submitted for all staff.',
      ],
      [
        'Recommendation 4',
        'By 1 June 2023, chief fire officers should assure themselves that updates are shared with those who raised concerns. Consideration should be given to creating a professional standards function.',
      ],
    ]);
  });

  it('reads "Our response" and "Where we are:" as the answer to each item', () => {
    expect(e.recommendations.map((r) => r.forceResponse)).toEqual([
      'An independent reporting line opened on 4 September 2023.',
      'DBS requests were submitted for all operational staff.',
      'A professional standards unit was set up in April 2023.',
    ]);
  });
});
