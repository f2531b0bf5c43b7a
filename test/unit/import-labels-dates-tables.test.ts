import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/core/import/extract.ts';

// Layouts found by hand-testing documents of shapes the fixtures do not have.
describe('labels straight after a heading', () => {
  it.each([
    [
      'a PEEL page: a section heading, then its first label on the next line',
      'PEEL\n\nAreas for improvement\nArea for improvement 1\nThe force should answer calls faster.\n' +
        'Area for improvement 2\nThe force should record equality data.\n',
      [1, 2],
    ],
    [
      'the heading and the first label separated by a blank line',
      'PEEL\n\nAreas for improvement\n\nArea for improvement 1\nThe force should answer calls faster.\n' +
        'Area for improvement 2\nThe force should record equality data.\n',
      [1, 2],
    ],
    [
      'a heading that is no section name, with lines as wide as a real page',
      'PEEL 2023-25: An inspection of Barsetshire Constabulary\n\nResponding to the public\nRequires improvement\n\n' +
        'Investigating crime\nArea for improvement 1\nThe force should answer calls faster.\n' +
        'Area for improvement 2\nThe force should make sure it records equality data for stop and search.\n' +
        'Area for improvement 3\nThe force should improve how it supervises investigations, by 30 September 2024.\n',
      [1, 2, 3],
    ],
    [
      'a label alone on its line under a heading that reads like a clause ("Our findings")',
      'Inspection of Barsetshire Constabulary custody services, published 3 March 2024\n\n' +
        'Our findings\nArea for improvement 1\nThe force should answer calls faster.\n' +
        'Area for improvement 2\nThe force should make sure it records equality data for stop and search.\n',
      [1, 2],
    ],
  ])('%s', (_name, text, numbers) => {
    const found = extractReport(text).areasForImprovement;
    expect(found.map((i) => i.number)).toEqual(numbers);
    expect(found[0]?.text).toBe('The force should answer calls faster.');
  });
});

describe('the publication date as printed on a first page', () => {
  it.each([
    ['Custody inspection response\nPublished on 12 January 2024 by HMICFRS.\n', '2024-01-12'],
    ['Custody inspection response\n\nThe report was published 5 April 2023.\n', '2023-04-05'],
    ['Audit of Procurement Cards - Final Report\nIssued: 3 February 2025\n', '2025-02-03'],
  ])('%j', (head, date) => {
    const text = `${head}\nRecommendation 1\nThe Council should review card limits annually.\n`;
    const extraction = extractReport(text);
    expect(extraction.publishedOn).toBe(date);
    expect(extraction.warnings.join('\n')).not.toContain('publication date');
  });
});

// The .docx reader gives a Word table one row a line with tab-separated cells; Excel pastes the same.
describe('a table whose cells are separated by tabs', () => {
  const table = [
    'Barsetshire PCC response to HMICFRS custody inspection',
    '',
    'Recommendations',
    '',
    'No.\tRecommendation\tForce response\tTarget date',
    '1\tThe force should ensure detainees are offered a shower.\tAccepted. New rota in place.\t31/03/2024',
    '2\tThe force should improve its recording of use of force in custody.\tAccepted.\tJun-24',
  ].join('\n');

  it('reads each cell whole, into its column', () => {
    const rows = extractReport(table).recommendations.map((i) => [
      i.number,
      i.text,
      i.forceResponse,
      i.due.date,
    ]);
    expect(rows).toEqual([
      [
        1,
        'The force should ensure detainees are offered a shower.',
        'Accepted. New rota in place.',
        '2024-03-31',
      ],
      [2, 'The force should improve its recording of use of force in custody.', 'Accepted.', '2024-06-30'],
    ]);
  });
});

describe("a tracker's entry titled with the report's item", () => {
  it("takes 'Recommendation 4' from the entry's title over an unnumbered 'Recommendation:' and 'Agreed action:' as the answer", () => {
    const e = extractReport(
      [
        'Audit action tracker: reminder',
        '',
        'OVERDUE (1)',
        '',
        'IA 25/26-02 Custody: children and appropriate adults - Recommendation 4 (Priority 1)',
        '  Recommendation:   The force should ensure that children are not held in custody overnight',
        '                    because an appropriate adult arrives late.',
        '  Agreed action:    Agreed. The Custody Lead will set up an out-of-hours rota.',
        '  Target date:      31/12/2025',
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => [r.label, r.number, r.forceResponse])).toEqual([
      ['Recommendation 4', 4, 'Agreed. The Custody Lead will set up an out-of-hours rota.'],
    ]);
  });
});

describe("an audit system's findings printed record by record", () => {
  const head = 'AuditTrak | Findings and Agreed Actions | IA 2025/26-07 | Printed 21/01/2026 09:14';
  const finding = (n: number, ref: string, text: string[]) => [
    `Finding ${n} of 2                                   Priority: 2 (Medium)`,
    `Ref:                  ${ref}`,
    'Title:                Workforce planning',
    'Observation:          The plan covers officer numbers only.',
    `Recommendation:       ${text[0]}`,
    ...text.slice(1).map((t) => `                      ${t}`),
    'Management response:  Agreed. The plan will be rebuilt.',
    'Target date:          30-Sep-2026',
    '',
  ];
  const e = extractReport(
    [
      head,
      '',
      'FINDINGS AND AGREED ACTIONS',
      '',
      ...finding(1, 'R1', ['The force should develop clearer longer-term plans shared with the workforce.']),
      '                                                                      Page 1 of 2',
      head,
      '',
      ...finding(2, 'R2', [
        'The constabulary should review its training functions and plans to',
        '',
        '',
        '',
      ]).slice(0, 5),
      '',
      '                                                                      Page 2 of 2',
      head,
      '',
      '                      ensure they provide the best value for money.',
      'Management response:  Agreed. The plan will be rebuilt.',
      'Target date:          31-Dec-2026',
    ].join('\n'),
  );

  it("labels each item with the record's 'Ref:' field above its unnumbered 'Recommendation:'", () => {
    expect(e.recommendations.map((r) => [r.label, r.number])).toEqual([
      ['R1', 1],
      ['R2', 2],
    ]);
  });

  it('leaves out a running head that ends in a printed time, across the page break inside an item', () => {
    expect(e.recommendations[1]?.text).toBe(
      'The constabulary should review its training functions and plans to ensure they provide the best value for money.',
    );
  });
});

describe("a committee paper's items each under its reference and the source report's title", () => {
  it("reads 'N1<tab>Integrity matters (HMIC, January 2015)' over a directing paragraph as item N1, with its answers", () => {
    const e = extractReport(
      [
        'JOINT AUDIT COMMITTEE',
        '',
        '4.\tPROGRESS ON EACH RECOMMENDATION',
        '',
        'N1\tIntegrity matters (HMIC, January 2015), recommendation 1',
        '',
        'By 31 August 2015, all chief constables should satisfy themselves that',
        'misconduct investigations are fair.',
        '',
        'Force update: Protected characteristics are now recorded.',
        '',
        'OPCC assurance: The Ethics Panel will review the data.',
        '',
        'Status: Open.',
        '',
        'N2\tPEEL: police legitimacy 2016 (HMIC, December 2016)',
        '',
        'To address this cause of concern, HMIC recommends that:',
        '•\tWithin three months, all forces should complete a retrospective review of allegations.',
        '•\tWithin three months, forces should establish procedures to identify future allegations.',
        '',
        'Force update: The review was completed in 2017.',
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => [r.label, r.number, r.forceResponse, r.pccResponse])).toEqual([
      ['N1', 1, 'Protected characteristics are now recorded.', 'The Ethics Panel will review the data.'],
      ['N2', 2, 'The review was completed in 2017.', null],
    ]);
    expect(e.recommendations[1]?.text).toMatch(
      /^To address this cause of concern, HMIC recommends that: • Within three months/,
    );
  });
});

describe("an office's status printed under each bullet it answers", () => {
  it("reads 'Thamesmere status: AMBER. ...' as the answer to the bullet above it, not an item", () => {
    const e = extractReport(
      [
        'Programme highlight report',
        '',
        'To address these concerns, HMICFRS has recommended that West Mercia Police should:',
        '•\tmake sure it understands the risks that the backlog poses to vulnerable people;',
        '\tThamesmere status: AMBER. The unit risk-rated its referral queue in October 2025.',
        '•\twork with statutory partners to create and implement a plan to clear the backlogs.',
        '\tThamesmere status: GREEN. No backlog at 31 October 2025.',
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => r.forceResponse)).toEqual([
      'AMBER. The unit risk-rated its referral queue in October 2025.',
      'GREEN. No backlog at 31 October 2025.',
    ]);
  });
});

describe('a plan exported from a spreadsheet with its own steps under each finding', () => {
  it("leaves out 'Action' and 'Milestone' rows whose reference steps under a finding's ('F1.1' under 'F1')", () => {
    const e = extractReport(
      [
        'Ref,Type,Source,Finding / action,Lead,Start,End',
        'F1,Finding,"HMICFRS report (July 2021), Recommendation 1",There should be an immediate commitment that the response to VAWG offences is a priority.,ACC Crime,,',
        'F1.1,Action,,Refresh the VAWG problem profile and control strategy,Head of Intelligence,01/10/2024,31/03/2025',
        'F1.2,Milestone,,Plan published and link sent to the NPCC,DCI Public Protection,20/11/2024,20/11/2024',
        'F2,Finding,"HMICFRS report (July 2021), Recommendation 3",Structures and funding should be put in place to make sure victims receive support.,Head of Victims,,',
        'F2.1,Action,,Agree referral standards with the Victim Hub,Head of Victims,01/11/2024,28/02/2025',
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => r.label)).toEqual(['F1', 'F2']);
  });
});

describe("a form's response sheet kept as a log", () => {
  it("reads columns titled with the form's questions, labels rows by the log's ref, not the sheet's ID", () => {
    const e = extractReport(
      [
        'ID,Start time,Completion time,Email,Date of report,"Who was the report sent to? (copy the \'sent to\' list)","Paste ONE matter of concern, exactly as the coroner wrote it",Log ref',
        '3,16/06/2025 09:02,16/06/2025 09:06,a@x.example,17/08/2022,"The Chief Executive, Pennine Care NHS Foundation Trust",There was a failure to properly record a plan and communicate it with the family.,MHPFD-01',
        '4,16/06/2025 09:07,16/06/2025 09:09,b@x.example,07/06/2023,"CEO Cumbria, Northumberland, Tyne and Wear NHS Trust",Brenda was discharged without any planned follow up or contact with her GP.,MHPFD-02',
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => [r.label, r.addressees])).toEqual([
      ['MHPFD-01', ['The Chief Executive, Pennine Care NHS Foundation Trust']],
      ['MHPFD-02', ['CEO Cumbria, Northumberland, Tyne and Wear NHS Trust']],
    ]);
  });
});

describe('a tracker saved from a spreadsheet with a two-row header', () => {
  it("reads whose answer each column is from the group title over it, and the s55 deadline as no item's", () => {
    const e = extractReport(
      [
        ',Source report,,,Finding,,Chief Constable,Commissioner',
        'Ref,Title,Published,s55 deadline,Text,Deadline,Response,Comment',
        'S55-01,Integrity matters (HMIC),30/01/2015,27/03/2015,All chief constables should make sure misconduct investigations are fair.,None set,Accepted. Data are now recorded.,The Ethics Panel will review the data.',
        'S55-02,Living in fear (HMIC),05/07/2017,30/08/2017,Chief constables should monitor compliance with the national stalking protocol.,None set,Accepted. Checked monthly.,Content with the arrangements.',
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => [r.label, r.due.kind, r.forceResponse, r.pccResponse])).toEqual([
      ['S55-01', 'none', 'Accepted. Data are now recorded.', 'The Ethics Panel will review the data.'],
      ['S55-02', 'none', 'Accepted. Checked monthly.', 'Content with the arrangements.'],
    ]);
  });
});

describe('a pivot table pasted from a workbook', () => {
  it("reads the items' column, not the 'Sum of Open actions' figure beside it", () => {
    const e = extractReport(
      [
        'Table 1: Read-across areas for improvement and open actions',
        '',
        'Source report\tRef\tArea for improvement\tOwner\tSum of Open actions',
        'Dorset Police - PEEL 2023-2025\tRA-01\tThe force needs to improve how it records crime when antisocial behaviour is reported\tHead of Crime Recording\t2',
        '\tRA-02\tThe force needs to make sure it is using outcomes appropriately\tHead of Investigations\t1',
        'Dorset Police - PEEL 2023-2025 Total\t\t\t\t3',
      ].join('\n'),
    );
    expect(e.areasForImprovement.map((a) => [a.label, a.text])).toEqual([
      ['RA-01', 'The force needs to improve how it records crime when antisocial behaviour is reported'],
      ['RA-02', 'The force needs to make sure it is using outcomes appropriately'],
    ]);
  });
});

describe("a progress report's items grouped by status, each under its reference alone", () => {
  it("reads 'CDI-01' over a directing paragraph as the item under any heading; 'Evidence:' is no part of the answer", () => {
    const e = extractReport(
      [
        '5. PROGRESS',
        '',
        'A. Proposed for closure',
        '',
        'CDI-01',
        '',
        'The force should immediately: take steps to identify and address gaps in its systems for recording crime.',
        '',
        'Force update: The Force Crime Registrar mapped every route by which a crime can reach the force.',
        '',
        'OPCC assurance: The OPCC has seen the mapping. Assured.',
        '',
        'Evidence: process maps v2; front counter procedure FC/07.',
        '',
        'B. On track',
        '',
        'CDI-04',
        '',
        'Within three months the force should: develop procedures for the supervision of crime-recording decisions.',
        '',
        'Force update: Procedures were approved in January 2019.',
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => [r.label, r.forceResponse, r.pccResponse])).toEqual([
      [
        'CDI-01',
        'The Force Crime Registrar mapped every route by which a crime can reach the force.',
        'The OPCC has seen the mapping. Assured.',
      ],
      ['CDI-04', 'Procedures were approved in January 2019.', null],
    ]);
  });
});

describe("an annual report's account of what the force did about each recommendation", () => {
  it("starts the answer at 'What Thamesmere Police has done:' under an item that ends without a full stop", () => {
    const e = extractReport(
      [
        'Police performance: Getting a grip (published 7 July 2023)',
        'Recommendation 2',
        'By January 2024, forces should review whether they have effective processes in place to reduce the risk of skilled personnel leaving the organisation',
        'What Thamesmere Police has done: Thamesmere Police reviewed its exit interviews.',
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => [r.label, r.forceResponse])).toEqual([
      ['Recommendation 2', 'Thamesmere Police reviewed its exit interviews.'],
    ]);
  });
});

describe("a statement's annex of findings, each a titled record of fields", () => {
  it("labels the unnumbered 'Recommendation:' field with the record's title 'Finding C1'", () => {
    const e = extractReport(
      [
        'Annex: open national recommendations',
        '',
        'Finding C1',
        'Source:\tPolice performance: Getting a grip (HMICFRS, 7 July 2023), Recommendation 2',
        'Recommendation:\tBy January 2024, forces should review whether they have processes to keep skilled staff.',
        'Current position:\tPartly met. A retention review was completed in March 2024.',
        '',
        'Finding C2',
        'Source:\tAn inspection of serious youth violence (HMICFRS, 8 March 2023)',
        'Recommendation:\tBy 31 March 2024, Chief Constables should make sure their officers are trained in outcome 22.',
        'Current position:\tMet.',
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => [r.label, r.number])).toEqual([
      ['C1', 1],
      ['C2', 2],
    ]);
  });
});

describe('a table whose first row opens its item cell with a short phrase and a comma', () => {
  it('reads the row as a record, not as a second row of column titles', () => {
    const e = extractReport(
      [
        'What the report asks, and of whom',
        '',
        'Made to\tDeadline\tRecommendation\tRelevance to OPCC',
        'Chief constables\tBy 22 November 2024 (56 days from publication)\tBy 22 November 2024 (56 days from publication), publish on their force website an action plan in response to each of the recommendations.\tLow - force action; the OPCC checks the published plan.',
        'Police and crime commissioners\tBy 27 March 2025\tBy 27 March 2025, review whether the right specialist services have been commissioned.\tHigh',
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => r.addressees)).toEqual([
      ['Chief constables'],
      ['Police and crime commissioners'],
    ]);
  });
});

describe("a committee's action log carrying an audit report's agreed actions", () => {
  const log = [
    'ACTION LOG',
    '',
    'No.\tMeeting\tMinute\tAction\tOwner\tDue\tStatus',
    '1\t12/03/2020\t7\tTreasurer to circulate the risk register.\tTreasurer\t16/07/2020\tC',
    '',
    'Internal Audit Report - Crime Recording (20/21-CDI)',
    '',
    'Ref\tMeeting\tMinute\tAgreed action\tOwner\tAgreed date\tStatus',
    '20/21-CDI-01\t12/03/2020\t9\tThe force should summarise each call accurately in the incident log.\tHead of Contact\t30 June 2020\tB/F',
    '20/21-CDI-02\t12/03/2020\t9\tThe force should consult the youth offending team before community resolutions.\tHead of Justice\t31 May 2020\tB/F',
  ].join('\n');

  it("reads the audit's referenced actions as items, due on their agreed dates, and not the meeting's own", () => {
    const e = extractReport(log);
    expect(e.recommendations.map((r) => [r.label, r.due.date])).toEqual([
      ['20/21-CDI-01', '2020-06-30'],
      ['20/21-CDI-02', '2020-05-31'],
    ]);
  });
});

describe("an audit's action plan giving each recommendation its finding first", () => {
  const plan = [
    'Recommendation 1                                     Priority: High',
    '',
    'Finding: Fire control operators cannot open risk records themselves.',
    '',
    'Recommendation: The service should ensure fire control has direct access to risk information.',
    '',
    'Management response: Agreed. Read-only access will be given in May 2025.',
    '',
    'Target date: 30 June 2025',
  ].join('\n');

  it("reads the words after 'Recommendation:' as the item's, one item, answered and dated", () => {
    const e = extractReport(plan);
    expect(e.recommendations.map((r) => [r.label, r.text, r.forceResponse, r.due.date])).toEqual([
      [
        'Recommendation 1',
        'The service should ensure fire control has direct access to risk information.',
        'Agreed. Read-only access will be given in May 2025.',
        '2025-06-30',
      ],
    ]);
  });
});

describe("an actions system's records, each keyed by its action ref", () => {
  const report = [
    'Action Detail Report',
    '',
    '========================================',
    'Action ref:        SUP-001',
    'Description:       review and update its guidance on modern slavery as soon as possible',
    'Addressed to:      College of Policing',
    'Action owner:      Head of Policy (OPCC)',
    'Status:            Complete',
    '----------------------------------------',
    'Action ref:        SUP-002',
    'Description:       Chief Constables should stop sharing victims\u2019 details with Immigration Enforcement.',
    'Addressed to:      Chief Constables',
    'Action owner:      Head of Policy (OPCC)',
    'Status:            Complete',
  ].join('\n');

  it('reads the description as the item, not the owner', () => {
    expect(extractReport(report).recommendations.map((r) => [r.label, r.text.slice(0, 24)])).toEqual([
      ['SUP-001', 'review and update its gu'],
      ['SUP-002', 'Chief Constables should '],
    ]);
  });
});

describe("a committee's log: its own actions, then an audit's under 'Ref | Source | Action'", () => {
  const log = [
    'No.\tMeeting\tAction\tWho\tBy when\tStatus',
    'J26/05\t21 April 2026\tInternal audit to bring the 2026/27 audit plan.\tHead of Internal Audit\t15 July 2026\tOn agenda',
    '',
    'Part 2: Internal audit agreed actions',
    '',
    'Ref\tSource\tAction\tOwner\tDue\tStatus',
    'IA09-1\tIA 2025/26-09\tThe force should record all available evidence at scenes of crime.\tSupt Crime\t30/06/2026\tOpen',
    'IA09-2\tIA 2025/26-09\tThe force should train everyone who investigates crime.\tHead of L&D\tSeptember 2026\tOpen',
  ].join('\n');

  it("tracks the audit's actions and leaves the committee's own", () => {
    expect(extractReport(log).recommendations.map((r) => [r.label, r.due.date])).toEqual([
      ['IA09-1', '2026-06-30'],
      ['IA09-2', '2026-09-30'],
    ]);
  });
});

describe('a closure paper pasted a cell a line, its first row straight under the titles', () => {
  const paper = [
    'Requests to close audit recommendations',
    '',
    'Ref',
    'Recommendation',
    'Target date',
    'Evidence of completion',
    'Approved at',
    'IA-21-01',
    'The force should make sure every seized device is logged on the exhibits system on the day it is seized.',
    '30 June 2021',
    'Exhibits system now rejects a seizure without a log entry. Sample of 40 seizures in July: all logged.',
    'Committee 14 September 2021',
    '',
    'IA-21-02',
    'The force should review the storage of cash exhibits at every station.',
    '31 May 2021',
    'Review completed in May; two stations moved cash to the central store.',
    'Requested',
  ].join('\n');

  it('reads each row by its ref, its target date as the deadline and the evidence as the answer', () => {
    const e = extractReport(paper);
    expect(e.recommendations.map((r) => [r.label, r.due.date, r.forceResponse])).toEqual([
      [
        'IA-21-01',
        '2021-06-30',
        'Exhibits system now rejects a seizure without a log entry. Sample of 40 seizures in July: all logged.',
      ],
      ['IA-21-02', '2021-05-31', 'Review completed in May; two stations moved cash to the central store.'],
    ]);
  });
});

describe('an action plan pasted a cell a line under a heading of its own', () => {
  const plan = [
    'Action plan',
    'No.',
    "Coroner's concern",
    'Addressed to',
    'Marchshire action',
    'Lead',
    'Target',
    '1',
    'Drivers approaching the crossing cannot see trains coming from the east.',
    'Chief Executive, Network Rail',
    'We will survey the approaches to every crossing on county roads.',
    'Area Engineer (North)',
    '31 March 2015',
    '2',
    'The telephone at the crossing was beyond the stop line.',
    'Chief Executive, Network Rail',
    'We will check where the telephone stands at every crossing.',
    'Area Engineer (South)',
    '28 February 2015',
  ].join('\n');

  it('starts the columns at the ref column, not at the heading above it', () => {
    const e = extractReport(plan);
    expect(
      e.recommendations.map((r) => [r.text.slice(0, 20), r.addressees, r.forceResponse?.slice(0, 20)]),
    ).toEqual([
      ['Drivers approaching ', ['Chief Executive, Network Rail'], 'We will survey the a'],
      ['The telephone at the', ['Chief Executive, Network Rail'], 'We will check where '],
    ]);
  });
});

describe("a read-across action plan: 'Area for improvement (Gwent Police)' beside 'Marchshire action'", () => {
  const plan = [
    'No.\tArea for improvement (Gwent Police)\tMarchshire action\tOwner\tDue\tStatus',
    '1\tThe force should ensure that its workforce understands unconscious bias.\tAll sergeants will complete the module.\tHead of L&D\t31/12/2019\tOpen',
    '2\tThe force should ensure it monitors data on its use of force.\tA dashboard is reviewed monthly.\tSupt Ops\t30/11/2019\tOpen',
  ].join('\n');

  it("reads the other force's areas for improvement as the items, the office's action as its answer", () => {
    const e = extractReport(plan);
    expect(e.areasForImprovement.map((a) => [a.label, a.text.slice(0, 16), a.forceResponse])).toEqual([
      ['1', 'The force should', 'All sergeants will complete the module.'],
      ['2', 'The force should', 'A dashboard is reviewed monthly.'],
    ]);
  });
});

describe("a tab-separated plan whose Finding cells quote the letter's stem before each cause", () => {
  const stem = 'During the inspection we identified two causes of concern, which were that the force:';
  const plan = [
    'Source\tFinding\tOwner\tUpdate\tStatus\tReview date',
    `HMICFRS letter, 21 May 2024\t${stem} was failing to assess vulnerability at first contact\tSupt Contact\tRefresher training 84% done.\tAMBER\t30/04/2026`,
    `HMICFRS letter, 21 May 2024\t${stem} wasn't carrying out effective investigations\tDet Supt Crime\tMonthly quality reviews since November.\tRED\t30/04/2026`,
  ].join('\n');

  it('takes the kind from the stem and the cause from the words after it', () => {
    const e = extractReport(plan);
    expect(e.recommendations).toEqual([]);
    expect(e.causesOfConcern.map((c) => c.text)).toEqual([
      'was failing to assess vulnerability at first contact',
      "wasn't carrying out effective investigations",
    ]);
  });
});

describe("a committee's progress update giving each national recommendation after its register ref", () => {
  const update = [
    '2. Progress',
    '',
    'N3\tChief constables and CPS Area leads should monitor compliance with the national stalking protocol.',
    'Update: Checked quarterly with the CPS Area.',
    '',
    "N4\tBy 30 September 2019, chief constables should publish their force's policy on fraud.",
    'Update: Published in August 2019.',
    '',
    '4. Risk implications',
    '4.1 If N3 is not closed, the force cannot show that it applies the protocol.',
  ].join('\n');

  it('labels each by its ref, whatever opens the sentence that directs', () => {
    const e = extractReport(update);
    expect(e.recommendations.map((r) => [r.label, r.due?.date ?? null])).toEqual([
      ['N3', null],
      ['N4', '2019-09-30'],
    ]);
  });
});

describe("an auditor's e-mail giving each agreed action under its code alone on a line", () => {
  const mail = [
    'The three recommendations you agreed are below with your target dates.',
    '',
    '20/21-CDI-01',
    'The force should summarise calls accurately in the incident log.',
    'Target date: 30 June 2020',
    '',
    '20/21-CDI-02',
    'The force should consult the youth offending team before agreeing community resolutions.',
    'Target date: 31 May 2020',
  ].join('\n');

  it('labels each item by its code, which names no number, and dates it by its target', () => {
    expect(extractReport(mail).recommendations.map((r) => [r.label, r.number, r.due?.date])).toEqual([
      ['20/21-CDI-01', null, '2020-06-30'],
      ['20/21-CDI-02', null, '2020-05-31'],
    ]);
  });

  it("reads the code with its priority beside it in the table's next column", () => {
    const plan = mail
      .replace('20/21-CDI-01', '20/21-CDI-01\tPriority 2')
      .replace('20/21-CDI-02', '20/21-CDI-02\tPriority 3');
    expect(extractReport(plan).recommendations.map((r) => r.label)).toEqual(['20/21-CDI-01', '20/21-CDI-02']);
  });
});

describe('labels naming in lower case whom each recommendation is for', () => {
  const note = [
    'Recommendation 1 - for chief constables',
    'By 22 November 2024, publish on their force website an action plan which explains what their force will do.',
    'Wessex Police position: published on 20 November 2024.',
    '',
    'Recommendation 3 - for police and crime commissioners (PCCs) and mayor equivalents',
    'By 27 March 2025, review whether the right specialist services have been commissioned. PCCs should provide them.',
    'OPCC position: two posts are funded.',
  ].join('\n');

  it("reads the words below each label as the item, not the label's note on whom it is for", () => {
    const e = extractReport(note);
    expect(e.recommendations.map((r) => [r.number, r.text.slice(0, 24)])).toEqual([
      [1, 'By 22 November 2024, pub'],
      [3, 'By 27 March 2025, review'],
    ]);
  });
});

describe("a tracker numbering its rows beside an 'HMICFRS rec' column of words", () => {
  const tracker = [
    'Ref\tHMICFRS rec\tHMICFRS deadline\tThamesmere lead\tThamesmere update',
    '1\tan effective system to define the levels of risk in the community.\tBy 30 September 2021\tAM Prevention\tRisk profile due in June.',
    '2\ta revised prevention strategy that prioritises the people most at risk.\tBy 30 September 2021\tHead of Prevention\tApproved.',
    '4\tmake sure it has appropriate ways to engage with all staff.\tBy 31 January 2022\tHead of People\tSurvey in May.',
    'L1\tReview our home fire safety visit referral criteria against the new risk profile\tn/a\tStation Manager\tLocal action.',
  ].join('\n');

  it("reads the 'HMICFRS rec' cells as the recommendations, numbered by 'Ref', and not the office's own 'L1' row", () => {
    const e = extractReport(tracker);
    expect(e.recommendations.map((r) => [r.label, r.due.date])).toEqual([
      ['1', '2021-09-30'],
      ['2', '2021-09-30'],
      ['4', '2022-01-31'],
    ]);
  });
});

describe('a table typed with pipes between its cells but none at its edges', () => {
  const plan = (action: string) =>
    [
      'Read-across action plan',
      '',
      `Done | AFI | Dorset area for improvement | ${action} | Lead | Review date`,
      '☑ | AFI 1 | The force needs to improve how it records crime | Audit completed. | Registrar | 30/11/2025',
      '☐ | AFI 2 | The force needs to make sure it uses outcomes well | Checked monthly. | Manager | 30/06/2026',
      '',
      'Milestones:',
      '☐ Refresh the training package for call handlers',
    ].join('\n');

  it('reads each line as a row, with no rule under its header', () => {
    const e = extractReport(plan('Actions'));
    expect(e.areasForImprovement.map((a) => [a.label, a.text])).toEqual([
      ['Afi 1', 'The force needs to improve how it records crime'],
      ['Afi 2', 'The force needs to make sure it uses outcomes well'],
    ]);
  });

  it('reads a "Marchshire action taken" column as the answer, not a second column of items', () => {
    const e = extractReport(plan('Marchshire action taken'));
    expect(e.areasForImprovement.map((a) => [a.text, a.forceResponse])).toEqual([
      ['The force needs to improve how it records crime', 'Audit completed.'],
      ['The force needs to make sure it uses outcomes well', 'Checked monthly.'],
    ]);
  });
});

describe("an action plan's milestone rows under the report's items", () => {
  it('reads "Recommendation 1" rows as the items and the "1.1a", "1.1b" milestones under them as none', () => {
    const e = extractReport(
      [
        'WESSEX POLICE - ACTION PLAN',
        '',
        'No.\tRecommendation / milestone\tResponse\tLead\tMilestone date',
        '',
        'Recommendation 1\tWithin six months chief constables should record breaches of orders as stalking.\tIn place.\tRegistrar\t',
        '1.1a\tRecording bulletin issued to all supervisors\t\tRegistrar\t31/05/2019',
        '1.1b\tFirst monthly dip sample reported to the board\t\tRegistrar\t28/06/2019',
        '',
        'Recommendation 2\tWithin six months chief constables should brief officers on breaches of orders.\tPlanned.\tHead of PPU\t',
        '2.1a\tBriefing added to the standards pack\t\tL&D\t30/09/2019',
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => r.label)).toEqual(['Recommendation 1', 'Recommendation 2']);
  });
});

describe("a committee report's conclusions in a tracker", () => {
  it('reads a "Conc." column as the conclusions\' own numbers', () => {
    const e = extractReport(
      [
        'Read-across tracker (export)',
        '',
        'Key: ✓ = relevant to Marchshire; ✗ = not relevant to Marchshire',
        '',
        'Conc.\tConclusion / recommendation (verbatim)\tRelevant?\tLead',
        '1\tThe failure to produce proper accounts is symptomatic of the need for radical improvements.\t✓\tTreasurer',
        '2\tThe Department failed to reconcile its cash records with its bank statements.\t✗\t',
        '3\tThe financial records did not provide an audit trail of original documentation.\t✓\tTreasurer',
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => r.label)).toEqual(['1', '2', '3']);
  });
});

describe("a panel paper's labels each followed by the member who follows the item", () => {
  it('reads "Rec 1 | Rapporteur: Cllr P. Hughes" as the label alone, the words below it the item', () => {
    const e = extractReport(
      [
        '3. Progress',
        'A named Panel member follows each recommendation between meetings.',
        '',
        'Rec 1 | Rapporteur: Cllr P. Hughes',
        'By July 2022, forces should ensure that officers and staff have effective communication skills.',
        'Force update: Communication skills module added to the refresher.',
        '',
        'Rec 2 - Lead officer: Supt A. Rahman',
        'By July 2021, forces should ensure they have effective internal monitoring processes on the use of force.',
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => [r.label, r.text])).toEqual([
      [
        'Rec 1',
        'By July 2022, forces should ensure that officers and staff have effective communication skills.',
      ],
      [
        'Rec 2',
        'By July 2021, forces should ensure they have effective internal monitoring processes on the use of force.',
      ],
    ]);
  });
});

describe('a Word table of two columns pasted one tab a row, under a stem it finishes', () => {
  it("reads each row as an item, the second column the office's answer", () => {
    const e = extractReport(
      [
        'It made two recommendations. By 31 August 2021, the service should:',
        '',
        'HMICFRS recommendation (Cornwall)\tWhere Marchshire stands',
        'have a plan in place to manage the backlog of outstanding site-specific risk visits.\tMarchshire: 64 visits overdue.',
        'make sure that it regularly updates risk information on mobile data terminals.\tMarchshire: refreshed weekly.',
        '',
        'What we suggest',
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => [r.text, r.due.date, r.forceResponse])).toEqual([
      [
        'have a plan in place to manage the backlog of outstanding site-specific risk visits.',
        '2021-08-31',
        'Marchshire: 64 visits overdue.',
      ],
      [
        'make sure that it regularly updates risk information on mobile data terminals.',
        '2021-08-31',
        'Marchshire: refreshed weekly.',
      ],
    ]);
  });
});

describe("a list whose 'Finding type' column says 'Cause of concern recommendation'", () => {
  it('reads the rows as recommendations, the ones the cause of concern carries', () => {
    const e = extractReport(
      [
        'Title,Finding type,Recommendation text,Marchshire position,Status',
        'Strategic oversight,Cause of concern recommendation,"The Service should make sure there are appropriate strategic oversight arrangements in place",Board reviews monthly,Open',
        'Risk register,Cause of concern recommendation,"The Service should make sure the corporate risk register is actively used",Register refreshed,Open',
      ].join('\n'),
    );
    expect([e.recommendations.length, e.causesOfConcern.length]).toEqual([2, 0]);
  });
});

describe('a tracker whose item column says in brackets where its words come from', () => {
  it('reads "HMICFRS wording (Hampshire / IoW cause of concern)" rows as recommendations, not causes', () => {
    const e = extractReport(
      [
        'HMICFRS said each service should, by 30 June 2019:',
        '',
        'Ref\tHMICFRS wording (Hampshire / IoW cause of concern)\tOwner\tWessex update\tRAG',
        'A2\tensure that recruitment activities are open and accessible to all;\tHR Business Partner\tTaster days held.\tGreen',
        'A3\ttreat employees according to their needs so they feel valued;\tHead of Wellbeing\tPassport launched.\tGreen',
      ].join('\n'),
    );
    expect([e.recommendations.map((r) => r.label), e.causesOfConcern.length]).toEqual([['A2', 'A3'], 0]);
  });
});

describe('a grid whose "Receiver" column names whom each concern was sent to', () => {
  it('reads the rows of "Concern (verbatim)" as the items, each sent to its receiver', () => {
    const e = extractReport(
      [
        'Concern ID\tReport\tReceiver\tConcern (verbatim)\tOwner\tStage',
        'URCH-1\tDoris Urch: Prevention of future deaths report (11/08/2023)\tManaging Director, Globe Court Care Home\tThe risk assessment did not make any recommendations as to what to do about the risks identified.\tQuality Lead\tIn review',
        'URCH-2\tDoris Urch: Prevention of future deaths report (11/08/2023)\tManaging Director, Globe Court Care Home\tThe system does not preserve old care plans in their contemporaneous format.\tQuality Lead\tIn review',
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => r.addressees)).toEqual([
      ['Managing Director, Globe Court Care Home'],
      ['Managing Director, Globe Court Care Home'],
    ]);
  });
});

describe('two runs of text on a line, as a PDF pastes them, with no sentence introducing a table', () => {
  it('reads an annex of earlier recommendations and their progress as no items', () => {
    const e = extractReport(
      [
        'Annex A: Progress against our 2021 recommendations',
        '',
        'Recommendation (2021)\tProgress',
        '1. Within six months, the force should introduce a\tDischarged. Introduced',
        'dedicated RASSO team in each district.\tSeptember 2021.',
        '2. By 31 March 2022, the force should make sure that\tDischarged.',
      ].join('\n'),
    );
    expect(e.recommendations).toEqual([]);
  });
});

describe('rows copied out of a register without its row of column titles', () => {
  it('reads the references, kinds, words, deadlines and answers from what the cells hold', () => {
    const e = extractReport(
      [
        'The lines below are pasted from the register; the export has no header row.',
        '',
        'TFA-EDI-07|Cause of concern|The service has not done enough since the last inspection to improve equality, diversity and inclusion.|-|Partly applies. Our staff survey shows lower confidence.|Director of People',
        'TFA-EDI-08|Recommendation|give greater priority to how it increases awareness of EDI throughout the organisation.|By 30 September 2021|EDI awareness is now a standing item at every watch meeting.|Head of Inclusion',
        'TFA-EDI-09|Recommendation|make sure that all staff get appropriate EDI training across wholetime and on-call.|By 30 September 2021|Mandatory module: 92% of staff complete.|Head of Learning',
      ].join('\n'),
    );
    expect(e.causesOfConcern.map((c) => c.label)).toEqual(['TFA-EDI-07']);
    expect(e.recommendations.map((r) => [r.label, r.due?.date, r.forceResponse])).toEqual([
      ['TFA-EDI-08', '2021-09-30', 'EDI awareness is now a standing item at every watch meeting.'],
      ['TFA-EDI-09', '2021-09-30', 'Mandatory module: 92% of staff complete.'],
    ]);
  });

  it("keeps a task export's rows that direct someone and leaves the office's own chores", () => {
    const task = (name: string, words: string) =>
      ['k9Zq8sVZQUu2pLmA', name, 'HAC recommendations', 'In progress', 'Medium', 'Nadia Rahman', words].join(
        '\t',
      );
    const e = extractReport(
      [
        'Plan name\tThamesmere OPCC - border controls read-across',
        '',
        task(
          '1. Pull factors',
          'The Government should examine the pull factors to see which ones they can legitimately influence.',
        ),
        task(
          '4. Terminal design',
          'We recommend that the border agencies engage closely with airport operators on new terminals.',
        ),
        task(
          'Letter to the airport',
          'Ask the airport to confirm that the police post is in the plans for the new terminal.',
        ),
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => [r.label, r.text.slice(0, 20)])).toEqual([
      ['1', 'The Government shoul'],
      ['4', 'We recommend that th'],
    ]);
  });
});
