import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/core/import/extract.ts';

/*
 * A committee's conclusions copied from its HTML page: each paragraph's margin number pastes as a line of its
 * own above the paragraph, and the page's foot says when it was prepared.
 */

const page = [
  'Policing the roads - Transport Committee',
  '',
  'Contents | Previous | Next',
  '',
  'Conclusions and recommendations',
  '',
  '1.',
  'Roads policing has fallen by a third in ten years and the Government should say how it will reverse this.',
  '',
  '2.',
  'We recommend that the Home Office publish a roads policing strategy within six months.',
  '',
  'Contents | Previous | Next',
  '',
  'Prepared 14 March 2024',
].join('\n');

describe('a committee page whose margin numbers paste on their own lines', () => {
  const e = extractReport(page);

  it('numbers each paragraph by the line above it', () => {
    expect(e.recommendations.map((r) => [r.label, r.text.slice(0, 20)])).toEqual([
      ['1', 'Roads policing has f'],
      ['2', 'We recommend that th'],
    ]);
  });

  it("dates the report by the page's 'Prepared' line", () => {
    expect(e.publishedOn).toBe('2024-03-14');
  });

  it('leaves a number that ends a wrapped sentence where it was', () => {
    const wrapped = extractReport(
      [
        'Conclusions and recommendations',
        '',
        '1. We recommend that the Department publish its plan for funding new burdens. (Paragraph',
        '15)',
        'Position: funding remains the main risk.',
      ].join('\n'),
    );
    expect(wrapped.recommendations.map((r) => r.text)).toEqual([
      'We recommend that the Department publish its plan for funding new burdens. (Paragraph 15)',
    ]);
  });
});
