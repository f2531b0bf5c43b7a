import { describe, expect, it } from 'vitest';
import { definedShortNames, extractAddressees } from '../../src/core/import/addressees.ts';
import { extractReport } from '../../src/core/import/extract.ts';

describe('who a recommendation is addressed to', () => {
  it.each([
    ['Within three months, Lancashire constabulary should review its approach.', ['Lancashire constabulary']],
    [
      'HMICFRS recommends that, within three months, Lancashire constabulary should review it.',
      ['Lancashire constabulary'],
    ],
    ['The Training Board should review the plan.', ['Training Board']],
    ['The force should act. Guidance to staff should include: what to record.', ['force']],
    ['We look to the Ministry of Justice to bring forward the work.', ['Ministry of Justice']],
    [
      'The IOPC recommends that even in the case of lengthy and complex searches Derbyshire Police should ensure it.',
      ['Derbyshire Police'],
    ],
    ['Call handlers use triage - this helps the force know what priority it should give the call.', []],
    [
      'To improve the service provided to victims of domestic abuse the force should immediately take steps.',
      ['force'],
    ],
  ])('%s', (text, expected) => {
    expect(extractAddressees(text)).toEqual(expected);
  });

  it('knows the short names a document defines once', () => {
    const names = definedShortNames(
      'The Ministry of Justice (the Ministry) has much to do. The Board (PB) met.',
    );
    expect([...names]).toEqual([['ministry', 'Ministry of Justice']]);
  });
});

describe('whom a paper quoting several forces means by "the force"', () => {
  const paper = [
    'Read-across paper for the Joint Audit Committee',
    '',
    'Gloucestershire Constabulary - Strategic planning and value for money',
    '',
    'Recommendation C1: make sure it has enough capacity to manage its finances effectively.',
    '',
    'Kent Police - Investigating domestic abuse',
    '',
    'Area for improvement 1: The force should improve the supervision of domestic abuse investigations.',
  ].join('\n');

  it('takes the force named by the heading over each item', () => {
    const e = extractReport(paper);
    const all = [...e.recommendations, ...e.areasForImprovement];
    expect(all.map((i) => i.addressees)).toEqual([
      ['Gloucestershire Constabulary'],
      ['Kent Police (the force)'],
    ]);
  });

  it('does not take a force from a sentence of narrative above the item', () => {
    const e = extractReport(
      [
        'We read across what HMICFRS found when it inspected Kent Police in 2024 and compared it with our own work.',
        '',
        'Recommendation 1: make sure it has enough capacity to manage its finances effectively.',
      ].join('\n'),
    );
    expect(e.recommendations.map((i) => i.addressees)).toEqual([[]]);
  });

  it("takes the force from an item's own 'Force:' field before any line above it, and skips a long 'Source:' field", () => {
    const e = extractReport(
      [
        'Thamesmere Police and Crime Panel                                5 June 2025',
        '',
        'Area for improvement 3',
        '',
        'Force: Dorset Police',
        'Source: PEEL 2023-2025: An inspection of Dorset Police, published 9 April 2025 (HMICFRS website, read 1 May)',
        '',
        "The force doesn't consistently achieve appropriate outcomes for victims",
      ].join('\n'),
    );
    expect(e.areasForImprovement.map((a) => [a.text, a.addressees])).toEqual([
      ["The force doesn't consistently achieve appropriate outcomes for victims", ['Dorset Police']],
    ]);
  });
});

describe('whom a cause of concern is for', () => {
  it('is the force the report is about, where the finding names no one to act', () => {
    const e = extractReport(
      [
        'Lincolnshire Police: PEEL inspection 2023',
        '',
        'Cause of concern',
        '',
        "The force doesn't have adequate processes to make sure it records crimes reported to it.",
        '',
        'Recommendations',
        '',
        'Within three months, the force should review how it records crime reported by telephone.',
      ].join('\n'),
    );
    expect(e.causesOfConcern.map((c) => c.addressees)).toEqual([['Lincolnshire Police']]);
  });
});
