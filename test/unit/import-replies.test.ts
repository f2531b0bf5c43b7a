import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/core/import/extract.ts';

/*
 * Replies printed apart from the items they answer, under titles of their own ("Chief Constable's response",
 * "Commissioner's comments"), where the items carry no labels to tell where the next one starts.
 */

describe('a response whose unlabelled recommendations each sit above their own replies', () => {
  it("starts the next item at its own words after the commissioner's comments on the one before", () => {
    const e = extractReport(
      [
        'Section 55 response',
        '',
        'Recommendations',
        '',
        'Within six months chief constables should ensure that forces record stalking crimes when victims report breaches of orders.',
        '',
        "Chief Constable's response",
        '',
        'Accepted. The Force Crime Registrar issued guidance on 1 May 2019.',
        '',
        "Commissioner's comments",
        '',
        'I have asked the Force Crime Registrar to audit a sample of reported breaches in August 2019.',
        '',
        'Within six months the NPCC lead and the CPS lead should consider whether they can do more to inform officers.',
        '',
        "Chief Constable's response",
        '',
        'This recommendation is for the NPCC lead and the CPS lead.',
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => [r.text.split(' ').slice(0, 6).join(' '), r.forceResponse])).toEqual([
      [
        'Within six months chief constables should',
        'Accepted. The Force Crime Registrar issued guidance on 1 May 2019.',
      ],
      ['Within six months the NPCC lead', 'This recommendation is for the NPCC lead and the CPS lead.'],
    ]);
  });
});
