import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/core/import/extract.ts';

/*
 * One document carrying several coroners' reports: a digest e-mailed round a network, a learning bulletin,
 * a council's reply covering two reports. Each report has its own date and recipients, and its concerns
 * are answered within 56 days of its own date, by its own recipients.
 */

const digest = [
  'From: Road Safety Partnership <rsp@marchshire.example>',
  'Subject: FW: Regulation 28 reports for the strategy review',
  '',
  'Two prevention of future deaths reports for the working group.',
  '',
  'REPORT 1 of 2 - Alan Smith (Northshire, ref 2019-0101)',
  'Coroner: A. Brown   Date of report: 4 March 2019',
  'Sent to: Northshire County Council; Highways England',
  'Concerns as written:',
  '1. The junction has no warning signs for drivers approaching from the north.',
  '2. The verge is not cut often enough to keep sight lines clear at the bend.',
  '',
  'REPORT 2 of 2 - Beth Jones (Southshire, ref 2021-0202)',
  'Coroner: C. Green   Date of report: 10 June 2021',
  'Sent to: Southshire Council',
  'Concerns as written:',
  '(1) The crossing has no lights although children use it to reach the school.',
  '(2) The speed limit on the approach is 60mph despite the housing along it.',
  '(3) Collisions at the crossing in the last five years were not reported to the highway authority.',
  '',
  'Regards,',
  'Dan',
].join('\n');

describe('a document carrying several coroners’ reports', () => {
  const e = extractReport(digest);

  it("reads every report's concerns, the second report's list no sub-points of the first's last entry", () => {
    expect(e.recommendations.map((r) => r.text)).toEqual([
      'The junction has no warning signs for drivers approaching from the north.',
      'The verge is not cut often enough to keep sight lines clear at the bend.',
      'The crossing has no lights although children use it to reach the school.',
      'The speed limit on the approach is 60mph despite the housing along it.',
      'Collisions at the crossing in the last five years were not reported to the highway authority.',
    ]);
  });

  it("counts each concern's 56 days from its own report's date", () => {
    expect(e.recommendations.map((r) => [r.due.kind, r.due.date])).toEqual([
      ['relative', '2019-04-29'],
      ['relative', '2019-04-29'],
      ['relative', '2021-08-05'],
      ['relative', '2021-08-05'],
      ['relative', '2021-08-05'],
    ]);
  });

  it("addresses each concern to its own report's recipients", () => {
    expect(e.recommendations.map((r) => r.addressees)).toEqual([
      ['Northshire County Council', 'Highways England'],
      ['Northshire County Council', 'Highways England'],
      ['Southshire Council'],
      ['Southshire Council'],
      ['Southshire Council'],
    ]);
  });
});

describe("a coroner's report forwarded with its details above the concerns", () => {
  const e = extractReport(
    [
      'Subject: Fwd: Regulation 28 report',
      '',
      'Date of report: 13/02/2024',
      'This report is being sent to',
      'Department for Work & Pensions | The Chief Executive of UCAS',
      'Response: they must respond within 56 days of the date of the report',
      '',
      'From the circumstances of the death:',
      '',
      '1. The case workers did not use the additional support marker that was on the profile for six months.',
      '2. The request to direct letters through the daughter was not acted upon by the department.',
    ].join('\n'),
  );

  it('reads the reply due from its own paragraph, not run on into the next', () => {
    expect(e.recommendations.map((r) => [r.due.kind, r.due.date])).toEqual([
      ['relative', '2024-04-09'],
      ['relative', '2024-04-09'],
    ]);
  });

  it('reads recipients printed on one line, apart by bars', () => {
    expect(e.recommendations[0]?.addressees).toEqual([
      'Department for Work & Pensions',
      'The Chief Executive of UCAS',
    ]);
  });
});
