import { describe, expect, it } from 'vitest';
import { definedShortNames, extractAddressees } from '../../src/core/import/addressees.ts';
import { cleanText } from '../../src/core/import/clean-text.ts';
import { extractReport } from '../../src/core/import/extract.ts';
import { documentRecipients, sentenceRecipients } from '../../src/core/import/recipients.ts';

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

describe("a coroner's recipients as forms and forwards print them", () => {
  const recipients = (lines: string[]) => documentRecipients(cleanText(lines.join('\n')).lines);

  it('reads a web form whose question stands for the key, one recipient a line with its address', () => {
    expect(
      recipients([
        'Coroner and area',
        'A. Coroner, Inner West London',
        '',
        'Who was the report sent to?',
        'Chief Executive, Wessex Hospitals NHS Trust, Wessex Hospital, Blackshaw Road, London. SW17 0QT',
        'The Harbour Surgery, 191 Harbour Lane, London. SW15 4HN.',
        '',
        'Link to the report',
      ]),
    ).toEqual(['Chief Executive, Wessex Hospitals NHS Trust, Wessex Hospital', 'The Harbour Surgery']);
  });

  it("puts the coroner's heading before a cover sheet's addressee, and splits a list run onto one line", () => {
    expect(
      recipients([
        'Addressed to:     Medicines Optimisation Team, Level 3',
        '',
        'THIS REPORT IS BEING SENT TO:',
        '1. The Chief Executive of the Mid Wessex Hospitals NHS Trust 2. The Chief Executive Wessex Partnership NHS Foundation Trust',
      ]),
    ).toEqual([
      'The Chief Executive of the Mid Wessex Hospitals NHS Trust',
      'The Chief Executive Wessex Partnership NHS Foundation Trust',
    ]);
  });

  it('ends a recipient at the last body named before its postcode, and reads a key with a note', () => {
    expect(
      recipients([
        'Report sent to (recipients):',
        '   1. Director of Public Health, Suicide Prevention Group, Isle of Wight Council, Jubilee Stores, County Hall, Newport, Isle of Wight, PO30 1UD',
        '   2. National Medical Director, NHS England',
      ]),
    ).toEqual([
      'Director of Public Health, Suicide Prevention Group, Isle of Wight Council',
      'National Medical Director, NHS England',
    ]);
  });

  it('reads a value line of names apart by semicolons under a key in a form without blank lines', () => {
    expect(
      recipients([
        'Date of report',
        '9 April 2021',
        'Sent to',
        'Wessex Council; NHS England',
        'Response due',
        '4 June 2021',
      ]),
    ).toEqual(['Wessex Council', 'NHS England']);
  });

  it("reads a paper's list of recipients over a sentence that only counts them", () => {
    expect(
      recipients([
        '1.2 The report was sent to three recipients: the Trust, the Secretary of State and NHS England (see section 3).',
        '',
        '3. Recipients of the report',
        '- Chief Executive, Wessex Partnership NHS Foundation Trust',
        '- Secretary of State for Health and Social Care',
        '- NHS England',
      ]),
    ).toEqual([
      'Chief Executive, Wessex Partnership NHS Foundation Trust',
      'Secretary of State for Health and Social Care',
      'NHS England',
    ]);
  });

  it("finds who a paper says the coroner's report went to, past a sentence about other reports", () => {
    const sentence = (text: string) => sentenceRecipients(cleanText(text).lines, true);
    expect(
      sentence(
        '1.1 To assure the Committee that learning from reports sent to other mental health trusts has been considered.\n\n' +
          '3.1 The Coroner for Wessex issued a Regulation 28 report on 31 January 2014 to Marchshire Partnership NHS Trust, following the death of a patient.',
      ),
    ).toEqual(['Marchshire Partnership NHS Trust']);
    expect(sentence('It was sent to one body only: The Secretary of State for Transport.')).toEqual([
      'Secretary of State for Transport',
    ]);
  });
});
