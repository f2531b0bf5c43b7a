import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/core/import/extract.ts';
import type { ExtractedItem, Extraction } from '../../src/core/import/extraction.ts';

/*
 * Layouts met on held-out documents that the extractor had never seen, each written small here in our own
 * words: a register's record view, a spreadsheet with merged cells, a chat paste, a page pasted a paragraph
 * a line, a table pasted a cell a line (with and without refs), a Treasury Minute, replies under their own titles, a coroner's
 * concerns quoted in a reply. Each test fails if the stage that reads the layout is taken out.
 */

function items(e: Extraction): ExtractedItem[] {
  return [...e.recommendations, ...e.areasForImprovement, ...e.causesOfConcern];
}

const lines = (...rows: string[]) => rows.join('\n');

describe('import layouts seen on unseen documents', () => {
  it("reads a register printed record by record ('Key ....... value', wrapped values, rules between)", () => {
    const rule = '='.repeat(60);
    const record = (n: number, concern: string[], reply: string) => [
      rule,
      `Item ${n} of 2                                     ID: LR-0${n}`,
      '-'.repeat(60),
      'Source ............. Regulation 28 report - A. Person',
      'Report date ........ 02/03/2021',
      'Sent to ............ Chief Executive, Wessex County Council',
      `Concern ............ ${concern[0]}`,
      ...concern.slice(1).map((l) => `                     ${l}`),
      `Wessex update ...... ${reply}`,
    ];
    const e = extractReport(
      lines(
        'LEARNING REGISTER - details view',
        '',
        ...record(
          1,
          ['The junction has no warning signs for drivers', 'approaching from the north.'],
          'Signs ordered.',
        ),
        ...record(2, ['Street lighting on the bypass is switched off', 'after midnight.'], 'Under review.'),
      ),
    );
    expect(items(e).map((i) => [i.label, i.text, i.forceResponse])).toEqual([
      [
        'LR-01',
        'The junction has no warning signs for drivers approaching from the north.',
        'Signs ordered.',
      ],
      ['LR-02', 'Street lighting on the bypass is switched off after midnight.', 'Under review.'],
    ]);
    expect(items(e)[0]?.addressees).toEqual(['Chief Executive, Wessex County Council']);
  });

  it("reads a coroner's form printed in boxes, its concerns answered within the form's 56 days", () => {
    const border = `+----+${'-'.repeat(60)}+`;
    const row = (n: string, text: string) => `| ${n.padEnd(3)}| ${text.padEnd(59)}|`;
    const e = extractReport(
      lines(
        'REGULATION 28: REPORT TO PREVENT FUTURE DEATHS',
        border,
        row('5', "CORONER'S CONCERNS"),
        row('', 'The MATTERS OF CONCERN are as follows. -'),
        row('', ''),
        row('', '1. Action is required to ensure that crews read every safety'),
        row('', 'bulletin in a timely manner.'),
        row('', ''),
        row('', '2. Consideration should be given to refresher training.'),
        border,
        row('6', 'ACTION SHOULD BE TAKEN'),
        row('', 'You are under a duty to respond to this report within 56 days'),
        row('', 'of the date of this report.'),
        border,
        row('7', 'Date: 08/05/2014'),
        border,
      ),
    );
    expect(e.recommendations.map((i) => [i.label, i.text, i.due.kind, i.due.date])).toEqual([
      [
        '1',
        'Action is required to ensure that crews read every safety bulletin in a timely manner.',
        'relative',
        '2014-07-03',
      ],
      ['2', 'Consideration should be given to refresher training.', 'relative', '2014-07-03'],
    ]);
  });

  it("reads a page's areas for improvement given one per force heading, none of which names the kind", () => {
    const e = extractReport(
      lines(
        '# Peer-force learning',
        '',
        'HMICFRS areas for improvement are written for the force inspected; we read them across to Wessex.',
        '',
        '## 1. Marchshire Police - advisory groups',
        '',
        '> The force should make sure it uses independent advisory groups at force and local levels.',
        '',
        'HMICFRS noted well-developed plans for the groups.',
        '',
        '## 2. Thamesmere Police - handover of investigations',
        '',
        '> The force should make sure investigations are handed over with a full record of enquiries.',
        '',
        'Rating: Amber',
      ),
    );
    expect(e.areasForImprovement.map((i) => i.text)).toEqual([
      'The force should make sure it uses independent advisory groups at force and local levels.',
      'The force should make sure investigations are handed over with a full record of enquiries.',
    ]);
    expect(e.recommendations).toEqual([]);
  });

  it("splits a coroner's concerns numbered inside one paragraph ('were: 1) ... 2) ...')", () => {
    const e = extractReport(
      lines(
        'REGULATION 28: REPORT TO PREVENT FUTURE DEATHS',
        '',
        "CORONER'S CONCERNS",
        '',
        'The matters of concern were: 1) There was a delay in activating the warning signals on the motorway.',
        '2) Communication between the control rooms failed to convey the location of the vehicle.',
      ).replace('\n2)', ' 2)'),
    );
    expect(e.recommendations.map((i) => [i.label, i.text])).toEqual([
      ['1)', 'There was a delay in activating the warning signals on the motorway.'],
      ['2)', 'Communication between the control rooms failed to convey the location of the vehicle.'],
    ]);
  });

  it("keeps a spreadsheet's rows apart by their ref where merged cells left the first column empty", () => {
    const e = extractReport(
      lines(
        'Source report,Addressed to,Report date,Ref,Type,Wording,Force update',
        'PEEL 2019 - Marchshire Police,Marchshire Police,02/05/2019,RA-1,Area for improvement,"The force should improve how it allocates crime to trained officers.",Matrix revised.',
        ',,,RA-2,Area for improvement,"The force should review how it closes investigations early.",Audit planned.',
        'Thematic 2020,All forces,05/06/2020,RA-3,Recommendation,"By March 2021, all forces should publish their stop and search data.",Published.',
      ),
    );
    expect(e.areasForImprovement.map((i) => [i.label, i.addressees])).toEqual([
      ['RA-1', ['Marchshire Police']],
      ['RA-2', ['Marchshire Police']],
    ]);
    expect(e.recommendations.map((i) => [i.label, i.due.date])).toEqual([['RA-3', '2021-03-31']]);
  });

  it('drops the speaker, reaction and "(edited)" lines of a chat pasted from Teams', () => {
    const e = extractReport(
      lines(
        'Sam Reed  09:58',
        'Here are the areas for improvement from the report:',
        'Sam Reed  09:59',
        'Area for improvement 1: The force should record the reasons for every strip search.',
        '👍 2',
        '',
        'Jo Hart  10:02',
        'Thanks. (edited)',
        'Sam Reed  10:03',
        'Area for improvement 2: The force should audit its use of handcuffs on children.',
        '(edited)',
      ),
    );
    expect(e.areasForImprovement.map((i) => i.text)).toEqual([
      'The force should record the reasons for every strip search.',
      'The force should audit its use of handcuffs on children.',
    ]);
  });

  it('treats a short line as a block of its own where the text was pasted a paragraph a line', () => {
    const long = `Our inspectors found that ${'officers did not always record why a victim was vulnerable, '.repeat(8)}and supervisors did not check.`;
    const e = extractReport(
      lines(
        'Areas for Improvement (2)',
        'Marchshire Police should improve the way it flags vulnerable people on its incident logs',
        long,
        'Marchshire Police',
        'Marchshire Police needs to attend calls for service in line with its published attendance times',
        long,
      ),
    );
    expect(e.areasForImprovement.map((i) => i.text)).toEqual([
      'Marchshire Police should improve the way it flags vulnerable people on its incident logs',
      'Marchshire Police needs to attend calls for service in line with its published attendance times',
    ]);
  });

  it('reads a table pasted one cell a line without numbers, row by row', () => {
    const e = extractReport(
      lines(
        'Recommendations and our response',
        '',
        "The table below was copied from the committee's web page, where each cell is a paragraph of its own. The Date column is the date of our own review, not a deadline.",
        "The service's own actions are in the second column; the dates were agreed by the Committee in May, after the revisit letter had been read by members and officers had explained how the service compares with the service the inspectors visited.",
        'Members asked for the table to be kept as it appears on the web page, so that it can be compared with the published letter line by line when the Committee next meets in the autumn.',
        '',
        'Recommendation',
        'Response',
        'Date',
        'Within 28 days, the service should provide an action plan for its fire safety audits.',
        'Our audit plan was rebuilt in 2023 and ranks premises by sleeping risk.',
        '30/05/2024',
        'Within 28 days, the service should brief all staff on the audit programme.',
        'Station managers will be briefed at the July leadership day.',
        '30/05/2024',
      ),
    );
    expect(e.recommendations.map((i) => [i.text.slice(0, 40), i.forceResponse?.slice(0, 20)])).toEqual([
      ['Within 28 days, the service should provi', 'Our audit plan was r'],
      ['Within 28 days, the service should brief', 'Station managers wil'],
    ]);
  });

  it('reads a table pasted one cell a line keyed by its refs, a cell of a stem and bullets kept whole', () => {
    const e = extractReport(
      lines(
        'APPENDIX B - LEARNING FROM OTHER SERVICES',
        '',
        'Ref',
        'Service and report',
        'Area for improvement (inspectorate wording)',
        'Our position',
        'Lead',
        'LX-1',
        'Northshire FRS 2022',
        'The service should make sure its fire safety audits target the highest risk premises.',
        'Partly met. The audit plan now ranks premises by sleeping risk.',
        'Head of Protection',
        'LX-2',
        'Southshire FRS 2022',
        'The service should make sure that, for its on-call staff:',
        '• training records are complete;',
        '• competence is checked every year.',
        'Not met. On-call records are kept on paper at each station.',
        'Head of Training',
        '',
        'Page 4 of 9',
      ),
    );
    expect(
      e.areasForImprovement.map((i) => [i.label, i.text.slice(-33), i.forceResponse?.slice(0, 12)]),
    ).toEqual([
      ['LX-1', 'target the highest risk premises.', 'Partly met. '],
      ['LX-2', 'competence is checked every year.', 'Not met. On-'],
    ]);
  });

  it('reads a cause of concern stated as a need under its own heading, without a full stop', () => {
    const e = extractReport(
      lines(
        'Northshire Police: revisit letter',
        '',
        '**Cause of concern: answering the public**',
        '',
        'The force needs to improve how quickly it answers emergency and non-emergency calls from the public',
        '',
        'This cause of concern came with two recommendations, which are not repeated here.',
      ),
    );
    expect(e.causesOfConcern.map((i) => i.text)).toEqual([
      'The force needs to improve how quickly it answers emergency and non-emergency calls from the public',
    ]);
  });

  it("takes a committee's numbered conclusions as items where, and only where, they recommend or direct", () => {
    const e = extractReport(
      lines(
        'Justice Committee - Fourth Report',
        '',
        'Conclusions and recommendations',
        '',
        '1. It is too soon to judge whether the new probation contracts have improved supervision of offenders. (Paragraph 8)',
        '',
        '2. We are concerned that victims are still not told when an offender is released. We recommend that the Ministry of Justice publishes a timetable for fixing this. (Paragraph 12)',
        '',
        '3. We note the progress made on electronic monitoring, and recommend that the Ministry of Justice reports to us on it every six months. (Paragraph 15)',
        '',
        'Victims and the courts in every part of the country',
        '',
        '4. We are disappointed that court waiting times have risen again. In its response to this report, the Ministry of Justice should set out how it will bring them down. (Paragraph 19)',
      ),
    );
    expect(e.recommendations.map((i) => i.number)).toEqual([2, 3, 4]);
  });

  it("leaves out a meeting's action log and reads the committee's paragraphs tabled under a run-on title", () => {
    const e = extractReport(
      lines(
        'WESSEX FIRE AUTHORITY - AUDIT COMMITTEE MINUTES',
        '',
        'ANNEX A - extract tabled under minute 14/22',
        '',
        'Committee of Public Accounts, Fire and rescue services',
        'Conclusions and Recommendations (paragraphs 1 to 2)',
        '1.  The Department has not assessed whether fire authorities can keep',
        '    their services running. The Department should set out how it will',
        '    do so by the end of the year.',
        '2.  We are not convinced the Department knows what it costs to run a',
        '    fire service. We recommend that the Department publishes those costs.',
        '',
        'ACTION LOG (extract)',
        '',
        'Ref      Minute     Action                                         Owner   Due',
        '22/05    14/22      Report costs of the on-call service            DoF     30/06/2022',
        '22/06    14/22      Add PAC recommendations to the tracker         BS      31/03/2022',
      ),
    );
    expect(e.recommendations.map((i) => [i.number, i.text.slice(0, 28)])).toEqual([
      [1, 'The Department has not asses'],
      [2, 'We are not convinced the Dep'],
    ]);
  });

  it("reads a coroner's concerns grouped under 'Re: <addressee>', numbered themes with lettered points", () => {
    const e = extractReport(
      lines(
        'REGULATION 28: REPORT TO PREVENT FUTURE DEATHS',
        '',
        'THIS REPORT IS BEING SENT TO:',
        '1.\tNorthshire Council',
        '2.\tGovernor HMP Southgate',
        '',
        '4\tCIRCUMSTANCES OF THE DEATH',
        'He was found in his cell on the morning of 2 March 2020.',
        "5\tCORONER'S CONCERNS",
        'The MATTERS OF CONCERN are as follows:',
        '',
        'Re: Northshire Council',
        '',
        'The council did not tell the prison that he had been assessed as at risk of self-harm before his arrest.',
        '',
        'Re: Governor HMP Southgate',
        '',
        '1. Night checks',
        'a) Officers did not always look into the cell during night checks.',
        '2. ACCT',
        'a) Reviews were held without the people who knew him best.',
        'b) Entries in the record were not read by the next shift.',
        '6\tACTION SHOULD BE TAKEN',
        'In my opinion action should be taken to prevent future deaths.',
      ),
    );
    expect(e.recommendations.map((i) => [i.text.slice(0, 24), i.addressees])).toEqual([
      ['The council did not tell', ['Northshire Council']],
      ['Night checks a) Officers', ['Governor HMP Southgate']],
      ['ACCT a) Reviews were hel', ['Governor HMP Southgate']],
    ]);
  });

  it("reads a register's 'Item' column and whom each item was given to, leaving out a withdrawn row", () => {
    const tsv = (...cells: string[]) => cells.join('\t');
    const e = extractReport(
      lines(
        'Read-across register',
        '',
        tsv('Ref', 'Type', 'Source force', 'Item (as published)', 'Wessex target', 'Status', 'Update'),
        tsv(
          'RX-1',
          'AFI',
          'Northshire Police',
          'The force needs to improve how it records crime reported online.',
          '30/06/2025',
          'Open',
          'Audit booked.',
        ),
        tsv('RX-2', 'Withdrawn', 'Northshire Police', '(withdrawn - duplicates RX-1)', '', 'Withdrawn', ''),
        tsv(
          'RX-3',
          'AFI',
          'Southshire Police',
          'The force should make sure victims are kept informed of progress.',
          '31/03/2026',
          'Open',
          'Survey due.',
        ),
      ),
    );
    // The office's own target date is not a deadline the inspectorate set.
    expect(e.areasForImprovement.map((i) => [i.label, i.addressees, i.due.kind])).toEqual([
      ['RX-1', ['Northshire Police'], 'none'],
      ['RX-3', ['Southshire Police'], 'none'],
    ]);
  });

  it("reads 'Our position' under each concern of a reply letter as the reply, not the concern's text", () => {
    const e = extractReport(
      lines(
        'Dear Ms Smith',
        '',
        'Regulation 28 report - assurance for Wessex',
        '',
        'Concern 1',
        'Care plans were not robust enough and failed to contain sufficient information.',
        '',
        'Our position',
        'All care plans now use one template with mandatory risk and crisis sections,',
        'introduced in April 2018.',
        '',
        'Concern 2',
        'Staff did not know how to use the electronic record to find earlier risk assessments.',
        '',
        'Our position',
        'Every clinician now completes a record-navigation module at induction.',
      ),
    );
    expect(e.recommendations.map((i) => [i.text.slice(0, 20), i.forceResponse?.slice(0, 20)])).toEqual([
      ['Care plans were not ', 'All care plans now u'],
      ['Staff did not know h', 'Every clinician now '],
    ]);
  });

  it('reads an action plan pasted a cell a line whose refs are bracketed and whose action answers the concern', () => {
    const e = extractReport(
      lines(
        "ACTION PLAN - learning from a coroner's report",
        '',
        'Concern',
        "Coroner's concern (verbatim)",
        'Wessex action',
        'Owner',
        'Status',
        '(1)',
        'There is no system which alerts a prescriber to medicines dispensed by other online pharmacies.',
        'Pharmacy team to ask patients about online purchases on admission.',
        'Chief Pharmacist',
        'Not started',
        '(2)',
        'Searches of the room after each overdose were not recorded in the notes.',
        'Search record added to the ward checklist.',
        'Matron',
        'Done',
      ),
    );
    expect(e.recommendations.map((i) => [i.label, i.forceResponse?.slice(0, 20)])).toEqual([
      ['(1)', 'Pharmacy team to ask'],
      ['(2)', 'Search record added '],
    ]);
  });

  it("reads an ombudsman's remedies pasted as a table: the council as addressee, the decision date no deadline", () => {
    const tsv = (...cells: string[]) => cells.join('\t');
    const e = extractReport(
      lines(
        'Subject: FW: Ombudsman decisions - learning for our services',
        '',
        tsv('Council', 'Ref', 'Decision date', 'Remedy (as worded in the summary)'),
        tsv(
          'Northshire County Council',
          '22 000 114',
          '13 Dec 2022',
          'The Council agreed to apologise and review how it assesses carers.',
        ),
        tsv(
          'Southshire District Council',
          '21 000 016',
          '22 Mar 2023',
          'The Council has already apologised so no further remedy is required.',
        ),
      ),
    );
    expect(e.recommendations.map((i) => [i.addressees, i.due.kind])).toEqual([
      [['Northshire County Council'], 'none'],
    ]);
  });

  it("reads a wiki page's 'What the Committee recommended', its first group titled 'Introduction'", () => {
    const e = extractReport(
      lines(
        '# Courts backlog: what Parliament asked for',
        '',
        '## What the Committee recommended',
        '',
        "Copied from the report's conclusions page.",
        '',
        '### Introduction',
        '',
        '**1.** Waiting times have doubled since 2019. **We recommend that the Ministry publish a recovery plan for every region.** (Paragraph 7)',
        '',
        '### Listing',
        '',
        '**2.** Listing practice differs between courts. **We recommend that HMCTS set one listing standard.** (Paragraph 12)',
      ),
    );
    expect(e.recommendations.map((i) => i.number)).toEqual([1, 2]);
  });

  it("reads a committee's summary of recommendations grouped by timeframe, across a page's running head", () => {
    const e = extractReport(
      lines(
        '                                          Courts Recovery  41',
        '',
        'Annex 1: Summary of recommendations',
        'with a specific timeframe',
        '',
        'In response to this Report (usually two months)',
        '',
        'In response to this Report the Ministry should set out how it will measure the',
        'recovery of the Crown Court backlog. If the Ministry believes that the measures it',
        'uses today remain the right ones, it should set out its reasons, with the figures',
        'for each region and each year since 2019. (Paragraph 20)',
        '',
        'We recommend that the Ministry of Justice should publish, in response to this',
        '42     Courts Recovery',
        '',
        'Report, the number of sitting days it has funded. (Paragraph 31)',
        '',
        'By January 2026',
        '',
        'By January 2026, the Ministry should publish quarterly figures on waiting times. (Paragraph 52)',
      ),
    );
    expect(e.recommendations.map((i) => [i.text.slice(0, 30), i.addressees])).toEqual([
      ['In response to this Report the', ['Ministry']],
      ['We recommend that the Ministry', ['Ministry of Justice']],
      ['By January 2026, the Ministry ', ['Ministry']],
    ]);
    expect(e.recommendations[1]?.text).toBe(
      'We recommend that the Ministry of Justice should publish, in response to this Report, the number of sitting days it has funded. (Paragraph 31)',
    );
  });

  it('reads a Word table saved with tabs whose cells hold several paragraphs, each break a new line', () => {
    const tsv = (...cells: string[]) => cells.join('\t');
    const e = extractReport(
      lines(
        "Table 1 - Coroner's concerns and our position",
        '',
        tsv('No.', "Coroner's concern", 'Our position / action', 'Lead', 'Target'),
        tsv(
          '(1)',
          'The inspector did not photograph or measure the defect when he inspected the road in January.',
        ),
        'This prevented the authority from assessing how fast the defect was growing.',
        tsv(
          'Also, no measurements were taken at later inspections.',
          'Our code already requires a photograph of every defect.',
        ),
        tsv(
          "Audits of inspectors' records will be reported each quarter.",
          'Inspection Manager',
          '31/12/2017',
        ),
        tsv(
          '(2)',
          'There were no paint markings around the potholes to warn cyclists.',
          'Paint markings are now used.',
          'Network Manager',
          '31/03/2018',
        ),
      ),
    );
    expect(e.recommendations.map((i) => [i.label, i.forceResponse])).toEqual([
      [
        '(1)',
        "Our code already requires a photograph of every defect. Audits of inspectors' records will be reported each quarter.",
      ],
      ['(2)', 'Paint markings are now used.'],
    ]);
    expect(e.recommendations[0]?.text).toBe(
      'The inspector did not photograph or measure the defect when he inspected the road in January. This prevented the authority from assessing how fast the defect was growing. Also, no measurements were taken at later inspections.',
    );
  });

  it("keeps a coroner's bulleted concerns going under two group titles, one inside the other", () => {
    const e = extractReport(
      lines(
        'MATTERS OF CONCERN',
        '',
        '•   The Court heard that the ward phones could not call an ambulance directly,',
        '    which delayed the call for help by twenty minutes.',
        '',
        'All three agencies',
        '',
        'Northshire Police',
        '',
        '•   The call was graded as a Grade 3 although the triage questions had been',
        '    answered wrongly when the call was taken.',
        '',
        '•   Officers were not told that the patient had been detained under section 136',
        '    from his own home the week before.',
      ),
    );
    expect(e.recommendations.map((i) => i.text.slice(0, 24))).toEqual([
      'The Court heard that the',
      'The call was graded as a',
      'Officers were not told t',
    ]);
  });

  it("dates a table's items by the stem above it, not by the office's target for its own action", () => {
    const e = extractReport(
      lines(
        "Read-across of the inspectorate's recommendations",
        '',
        'HMICFRS: "by 30 June 2019, the service should:"',
        '',
        '  Ref   HMICFRS recommendation                     Our self-assessment and action               Target',
        '  ---------------------------------------------------------------------------------------------------------',
        '  A1    put in place a programme to make           Partly met. A plan is in place but is not    31/03/2022',
        '        fairness a priority for the service;       yet owned by the leadership team.',
        '',
        '  A2    ensure that recruitment is open and        Met. Open days ran in 2020.                  30/11/2021',
        '        accessible to all;',
      ),
    );
    expect(e.recommendations.map((i) => [i.label, i.due.kind, i.due.date])).toEqual([
      ['A1', 'date', '2019-06-30'],
      ['A2', 'date', '2019-06-30'],
    ]);
  });

  it("reads a deadline in a table item's own words where the table has no deadline column", () => {
    const e = extractReport(
      lines(
        'Parliamentary recommendations register',
        '',
        'Ref,Committee,Report date,Recommendation,Government response',
        'PR-1,Home Affairs,10/06/2025,"We support the review, and the Home Office should publish it by 31 March 2026.",Accepted.',
        'PR-2,Justice,12/06/2025,"The Ministry should report to us on the courts backlog.",Accepted in part.',
      ),
    );
    expect(e.recommendations.map((i) => [i.label, i.due.kind, i.due.date])).toEqual([
      ['PR-1', 'date', '2026-03-31'],
      ['PR-2', 'none', null],
    ]);
  });

  it("reads a coroner's recipients from a pandoc Markdown list whose numbers are escaped ('1\\.')", () => {
    const e = extractReport(
      lines(
        '**REGULATION 28 REPORT TO PREVENT FUTURE DEATHS**',
        '',
        '**THIS REPORT IS BEING SENT TO:**',
        '',
        '1\\. The Chief Constable Northshire Police',
        '',
        '2\\. Chief Executive Northshire Council',
        '',
        "**5 CORONER'S CONCERNS**",
        '',
        'The MATTERS OF CONCERN are as follows:',
        '',
        '(1) The crossing had no lights although residents had reported near misses for two years.',
      ),
    );
    expect(e.recommendations.map((i) => i.addressees)).toEqual([
      ['The Chief Constable Northshire Police', 'Chief Executive Northshire Council'],
    ]);
  });

  it("keeps an audit's agreed target as the deadline, but not a partnership's target for its own response", () => {
    const tsv = (...cells: string[]) => cells.join('\t');
    const table = (response: string) =>
      extractReport(
        lines(
          'Recommendations tracker',
          '',
          tsv('Ref', 'Recommendation', response, 'Target'),
          tsv(
            '1',
            'The service should reconcile the payroll every month.',
            'Agreed; monthly checks from April.',
            '30/04/2024',
          ),
          tsv('2', 'The service should review overtime claims above 20 hours.', 'Agreed.', '31/05/2024'),
        ),
      ).recommendations.map((i) => i.due.date);
    expect(table('Management response')).toEqual(['2024-04-30', '2024-05-31']);
    expect(table('Partnership response')).toEqual([null, null]);
  });

  it("keeps a learning log's unnumbered concern as a row of its own when its first column names a new report", () => {
    const tsv = (...cells: string[]) => cells.join('\t');
    const e = extractReport(
      lines(
        'Learning log',
        '',
        tsv('PFD ref', 'Report date', 'Sent to', 'No.', 'Matter of concern'),
        tsv(
          '2014-0372',
          '06/08/2014',
          'Chief Constable of Northshire Police',
          '1',
          'There was no policy on when officers should close a road.',
        ),
        tsv('', '', '', '2', 'Calls from the public about the lights were not passed to the council.'),
        tsv(
          '2016-0043',
          '09/02/2016',
          'Chief Constable of Southshire Police',
          '',
          'The video footage from the scene was not reviewed before the road reopened.',
        ),
      ),
    );
    expect(e.recommendations.map((i) => i.text.slice(0, 20))).toEqual([
      'There was no policy ',
      'Calls from the publi',
      'The video footage fr',
    ]);
  });

  it("reads the items under a heading whose note in brackets names them ('(matters of concern, verbatim)')", () => {
    const e = extractReport(
      lines(
        '# External PFD: learning page',
        '',
        '## 3. What the coroner said (matters of concern, verbatim)',
        '',
        '1. The observations taken every 15 minutes by the monitor were not documented in the notes.',
        '2. I am concerned that there were not enough doctors in the department overnight.',
        '',
        '## 4. Our position',
        '',
        'Only concern 2 asks something of us.',
      ),
    );
    expect(e.recommendations.map((i) => i.number)).toEqual([1, 2]);
  });

  it("takes the entries after a stem whose subject is the matters of concern ('... were:')", () => {
    const e = extractReport(
      lines(
        "HSC/14/34  LEARNING FROM A CORONER'S REPORT",
        '',
        "           The coroner's matters of concern were set out in full in the appendix to",
        '           the report and were:',
        '',
        '           (1)   The referral system was not working and the referral was not followed up.',
        '',
        '           (2)   Staffing levels at the service were inadequate in numbers and experience.',
      ),
    );
    expect(e.recommendations.map((i) => i.label)).toEqual(['(1)', '(2)']);
  });

  it("reads a Treasury Minute: '4: PAC recommendation:', the government's answer and its target date", () => {
    const e = extractReport(
      lines(
        '4: PAC conclusion: The Department does not know what its programme will cost.',
        '',
        '4: PAC recommendation: By the time the new contract is let, the Department should publish a',
        'full cost estimate for the programme.',
        '',
        "4.1 The government agrees with the Committee's recommendation.",
        '',
        'Target implementation date: July 2024',
        '',
        '4.2 The department will publish the estimate alongside the contract award.',
      ),
    );
    const [item] = e.recommendations;
    expect(e.recommendations).toHaveLength(1);
    expect([item?.label, item?.number, item?.due.date]).toEqual(['4', 4, '2024-07-31']);
    expect(item?.forceResponse).toContain('The government agrees');
  });

  it("attaches replies under their own titles to the unlabelled item above (force's, then commissioner's)", () => {
    const e = extractReport(
      lines(
        '## Area for improvement for chief constables',
        '',
        '> "Forces should track the benefits of their collaborations with a common method."',
        '',
        "**Chief Constable's response:**",
        'Wessex Police tracks costs for its three main collaborations and will adopt the common method.',
        '',
        "**Commissioner's response:**",
        'I will publish a summary of the benefits in my annual report.',
      ),
    );
    const [item] = e.areasForImprovement;
    expect(item?.text).toBe('Forces should track the benefits of their collaborations with a common method.');
    expect(item?.forceResponse).toMatch(/^Wessex Police tracks/);
    expect(item?.pccResponse).toMatch(/^I will publish/);
  });

  it('labels each concern a reply letter quotes after "The coroner\'s concern:"', () => {
    const e = extractReport(
      lines(
        'REGULATION 28 REPORT TO PREVENT FUTURE DEATHS: MR A PERSON (DECEASED)',
        '',
        'I write in response to your report to prevent future deaths dated 3 March 2020.',
        '',
        'The coroner\'s concern: "The custody record did not travel with the detained person to the',
        'prison, so staff there did not know of his behaviour."',
        '',
        'Our response: Custody staff now print a summary of the record for every transfer.',
      ),
    );
    const [item] = e.recommendations;
    expect(item?.text).toBe(
      'The custody record did not travel with the detained person to the prison, so staff there did not know of his behaviour.',
    );
    expect(item?.forceResponse).toBe('Custody staff now print a summary of the record for every transfer.');
    expect(e.publishedOn).toBe('2020-03-03');
  });

  it("dates a coroner's report by its form, not the web page that published it weeks later", () => {
    const e = extractReport(
      lines(
        'Jo Bloggs: Prevention of future deaths report',
        'Published: 30 May 2024',
        'Date of report: 02/04/2024',
        'This report is being sent to: Chief Constable, Wessex Police',
        '',
        "CORONER'S CONCERNS",
        '',
        '1. Officers were not told that the call handler had graded the call as urgent.',
        '',
        'ACTION SHOULD BE TAKEN',
        'You are under a duty to respond to this report within 56 days of the date of this report.',
      ),
    );
    expect(e.publishedOn).toBe('2024-04-02');
    expect(e.recommendations[0]?.due).toMatchObject({ kind: 'relative', date: '2024-05-28' });
  });

  it('takes the day a document names for the reply over counting from a date it may not print', () => {
    const e = extractReport(
      lines(
        'Regulation 28 report to prevent future deaths - extract',
        '',
        "CORONER'S CONCERNS",
        '',
        '1. The ward had no ligature risk assessment for its garden.',
        '',
        'You are under a duty to respond to this report within 56 days of the date of this report, namely by 9 November 2018.',
      ),
    );
    expect(e.publishedOn).toBeNull();
    expect(e.recommendations[0]?.due).toMatchObject({ kind: 'relative', date: '2018-11-09' });
  });

  it('reads "Response due" from a page\'s table of details as the day every recommendation is due', () => {
    const e = extractReport(
      lines(
        '# IOPC learning: Wessex Police',
        '',
        '| Field | Value |',
        '|---|---|',
        '| Recommended | 1 May 2025 |',
        '| Response due | 26 Jun 2025 |',
        '',
        '## Recommendation',
        '',
        'The IOPC recommends that Wessex Police reviews how custody staff record welfare checks.',
      ),
    );
    expect(e.recommendations[0]?.due).toMatchObject({ kind: 'date', date: '2025-06-26' });
  });

  it("gives a coroner's concerns to whom the report was sent, however the carrying paper says so", () => {
    const concerns = [
      '',
      "CORONER'S CONCERNS",
      '',
      '1. The siren was not used and the Trust has no policy on it.',
    ];
    const paper = extractReport(
      lines(
        'Read-across paper',
        '',
        'On 3 May 2024 the coroner sent a report to prevent future deaths to the Chief Executive of Wessex County Council after the inquest into the death of A. Person. It was not sent to us.',
        ...concerns,
      ),
    );
    expect(paper.recommendations[0]?.addressees.join(' ')).toContain('Wessex County Council');
    const form = extractReport(
      lines(
        'Regulation 28 report',
        'Coroner',
        'A. Coroner, Wessex',
        'Sent to',
        'Marchshire Police',
        ...concerns,
      ),
    );
    expect(form.recommendations[0]?.addressees).toEqual(['Marchshire Police']);
    const page = extractReport(
      lines(
        'Regulation 28 report',
        '',
        '| Field | Value |',
        '|---|---|',
        '| Sent to | Thamesmere NHS Trust |',
        ...concerns,
      ),
    );
    expect(page.recommendations[0]?.addressees).toEqual(['Thamesmere NHS Trust']);
  });

  it("reads a coroner's numbered themes as one concern each, title and paragraphs, and whom a theme names", () => {
    const e = extractReport(
      lines(
        'PFD report - Jo Bloggs',
        'This report is being sent to: Chief Constable, Wessex Police; Wessex County Council',
        '',
        'The MATTERS OF CONCERN are as follows:',
        '',
        '1. Training on mental health',
        '',
        'Officers told the inquest they had received very little mental health training.',
        '',
        'Some could not recall any training since they joined.',
        '',
        '2. For the attention of Wessex County Council:',
        '',
        'The youth scheme stops at 17, so older teenagers fall through the gap.',
        '',
        'ACTION SHOULD BE TAKEN',
        '',
        'In my opinion action should be taken to prevent future deaths.',
      ),
    );
    expect(e.recommendations.map((r) => [r.label, r.text])).toEqual([
      [
        '1',
        'Training on mental health Officers told the inquest they had received very little mental health training. Some could not recall any training since they joined.',
      ],
      ['2', 'The youth scheme stops at 17, so older teenagers fall through the gap.'],
    ]);
    expect(e.recommendations[0]?.addressees).toEqual([
      'Chief Constable, Wessex Police',
      'Wessex County Council',
    ]);
    expect(e.recommendations[1]?.addressees).toEqual(['Wessex County Council']);
    expect(e.recommendations[0]?.due.kind).toBe('relative');
  });

  it("reads a committee's timing words: with its response to the report, urgently, by a financial year's end", () => {
    const e = extractReport(
      lines(
        'Conclusions and recommendations',
        '',
        '1. In response to this Report the Ministry should set out how it will fund the scheme.',
        '',
        '2. The Home Office should urgently review its guidance on vetting.',
        '',
        '3. The Department should publish its workforce plan by the end of 2026-27.',
      ),
    );
    expect(e.recommendations.map((r) => [r.due.kind, r.due.date])).toEqual([
      ['conditional', null],
      ['immediate', null],
      ['date', '2027-03-31'],
    ]);
  });

  it('numbers an area for improvement by the title above it and keeps a short finding whole', () => {
    const e = extractReport(
      lines(
        '## The areas for improvement we looked at',
        '',
        '### 1. Crime recording',
        '',
        '**Area for improvement:** The force needs to improve how it records antisocial behaviour crimes.',
        '',
        '### 2. Outcomes for victims',
        '',
        "**Area for improvement:** The force doesn't consistently achieve appropriate outcomes for victims",
        '',
        '**Force response:** The outcomes board meets monthly.',
      ),
    );
    expect(e.areasForImprovement.map((a) => [a.label, a.number, a.text])).toEqual([
      ['1', 1, 'The force needs to improve how it records antisocial behaviour crimes.'],
      ['2', 2, "The force doesn't consistently achieve appropriate outcomes for victims"],
    ]);
    expect(e.areasForImprovement[1]?.forceResponse).toBe('The outcomes board meets monthly.');
  });

  it("reads a revisit letter's causes of concern from the bullets its stem names, not the letter's later lists", () => {
    const e = extractReport(
      lines(
        'Wessex Fire and Rescue Service revisit',
        '',
        'We inspected the service in November 2018. We shared the following causes of concern with the service:',
        '',
        '  * The inspection team identified the lack of oversight of home safety visits.',
        '  * The inspection team identified concerns about the risk-based inspection programme.',
        '',
        '2. You submitted an action plan setting out how you plan to address our areas of concern.',
        '',
        '3. We revisited the service in February 2019. We explored the following areas of the action plan:',
        '',
        '  * Objective 1: Develop a revised process for home safety visits.',
      ),
    );
    expect(e.causesOfConcern.map((c) => c.text)).toEqual([
      'The inspection team identified the lack of oversight of home safety visits.',
      'The inspection team identified concerns about the risk-based inspection programme.',
    ]);
    expect(e.recommendations).toEqual([]);
  });

  it('reads each cause of concern with the plain recommendation under it, the next cause label following', () => {
    const e = extractReport(
      lines(
        'Cause of concern',
        '',
        'At the time of our inspection, the service had not clarified its financial position.',
        '',
        'Recommendations',
        '',
        'By March 2023, the service should provide an update that sets out its financial position.',
        '',
        'Cause of concern',
        '',
        "At the time of our inspection, the service couldn't assure us that staff kept their skills.",
        '',
        'Recommendations',
        '',
        'By 31 October 2022, the service must ensure it records risk-critical training.',
      ),
    );
    expect(e.recommendations.map((r) => r.due.date)).toEqual(['2023-03-31', '2022-10-31']);
    expect(e.causesOfConcern).toHaveLength(2);
  });

  it('keeps a reply title printed over every recommendation, which a running-header rule would drop', () => {
    const replies = [
      'A sergeant now checks every file.',
      'Training was given in May.',
      'The policy was rewritten.',
      'An audit found no gaps.',
    ];
    const entry = (reply: string, n: number) => [
      `### Recommendation ${n + 1}`,
      '',
      `> The force should immediately review case file ${n + 1}.`,
      '',
      "**Chief Constable's response:**",
      reply,
      '',
    ];
    const e = extractReport(lines(...replies.flatMap(entry)));
    expect(e.recommendations.map((r) => r.forceResponse)).toEqual(replies);
  });

  it('reads a reply letter\'s "First concern", "Second concern", each quoted whole with its answers', () => {
    const e = extractReport(
      lines(
        'Joint response to your Regulation 28 report dated 3 March 2020',
        '',
        'Thank you for your report of 3 March 2020, sent to the Chief Constable of Wessex Police following the inquest.',
        '',
        '   First concern',
        '',
        '     "The search was mapped on two systems.',
        '',
        '     A single system would have been quicker."',
        '',
        "   Chief Constable's response:",
        '   One mapping system is now used.',
        '',
        '   Second concern',
        '',
        '     "Searchers had no tracking devices."',
        '',
        "   Chief Constable's response:",
        '   Twenty devices are on trial.',
      ),
    );
    expect(e.recommendations.map((r) => [r.label, r.text, r.forceResponse])).toEqual([
      [
        null,
        'The search was mapped on two systems. A single system would have been quicker.',
        'One mapping system is now used.',
      ],
      [null, 'Searchers had no tracking devices.', 'Twenty devices are on trial.'],
    ]);
    expect(e.recommendations[0]?.addressees).toEqual(['Chief Constable of Wessex Police']);
  });

  it("leaves out a meeting's own actions and a page's contents links, keeping the coroner's 'Failure to ...'", () => {
    const e = extractReport(
      lines(
        'Recommendations',
        '',
        '[Recommendation 1](#recommendation-1) [Recommendation 2](#recommendation-2)',
        '',
        '1. The force should review its vetting appeals process.',
        '',
        '2. Clerk to circulate the revised terms of reference to members.',
        '',
        '3. Head of Governance to bring a paper on tracker software to the September meeting.',
        '',
        '4. That the Board should receive a further update at its December meeting.',
        '',
        '5. Failure to update the records with the outcome of referrals should be addressed.',
        '',
        '6. Members asked whether the force should introduce a supervisory review before closure.',
        '',
        '8. The recommendations the force should act on are reproduced in full in Table 1.',
        '',
        '7. The Chief Constable should report progress on collaboration to my Performance Board by May.',
      ),
    );
    expect(e.recommendations.map((r) => r.text)).toEqual([
      'The force should review its vetting appeals process.',
      'Failure to update the records with the outcome of referrals should be addressed.',
    ]);
  });

  it("reads a coroner's lead-in paragraphs before 'I therefore remain concerned as follows:' as no concerns", () => {
    const e = extractReport(
      lines(
        'Regulation 28: Report to prevent future deaths',
        '',
        'The MATTERS OF CONCERN are as follows:',
        '',
        'The prison is putting in place protocols and training to ensure staff are better informed.',
        '',
        'I therefore remain concerned as follows:',
        '',
        'In relation to HMP Wessex:',
        '',
        "1. There is no system to record telephone calls about a prisoner's welfare.",
      ),
    );
    expect(e.recommendations.map((r) => r.text)).toEqual([
      "There is no system to record telephone calls about a prisoner's welfare.",
    ]);
  });

  it("ends a coroner's quoted concern where the minutes go on ('The Head of Commissioning said ...')", () => {
    const e = extractReport(
      lines(
        'Health Scrutiny Committee - minutes',
        '',
        'The coroner sent a Regulation 28 report. The MATTERS OF CONCERN are as follows:',
        '',
        '(1) The counsellor had no proof of her qualifications.',
        '',
        '    The County Council needs to be more thorough with checking credentials.',
        '',
        "The Head of Children's Commissioning said that caseloads were comparable.",
      ),
    );
    expect(e.recommendations.map((r) => r.text)).toEqual([
      'The counsellor had no proof of her qualifications. The County Council needs to be more thorough with checking credentials.',
    ]);
  });

  it("numbers a list export's rows by their 'Concern no.', not the list's system 'ID'", () => {
    const e = extractReport(
      lines(
        'ID;Sent to;Concern no.;Matter of concern;Status',
        '112;"College of Policing";"(1)";"There is no guidance on obtaining communications data for missing people.";Open',
        '113;"College of Policing";"(2)";"Requests for data are graded inconsistently between forces.";Open',
      ),
    );
    expect(e.recommendations.map((r) => [r.label, r.number])).toEqual([
      ['(1)', 1],
      ['(2)', 2],
    ]);
  });

  it('labels a cause of concern printed before its text ("Cause of concern: The force is failing ...")', () => {
    const e = extractReport(
      lines(
        '## Causes of concern',
        '',
        '**Cause of concern:** The force is failing to make sure it records all reported crimes.',
        '',
        '**Cause of concern:** The force is failing to supervise investigations adequately.',
      ),
    );
    expect(e.causesOfConcern.map((c) => [c.label, c.text])).toEqual([
      ['Cause of concern', 'The force is failing to make sure it records all reported crimes.'],
      ['Cause of concern', 'The force is failing to supervise investigations adequately.'],
    ]);
  });

  it('closes a list of one-paragraph concerns at the paragraph after its last entry, but not mid-list', () => {
    const e = extractReport(
      lines(
        'Regulation 28 report. The MATTERS OF CONCERN are as follows:',
        '',
        'a) No enquiry was made of where she was.',
        'b) No further enquiries were made of her family.',
        'c) No protocol exists to start a response other than an ambulance.',
        'd) No arrangement exists to enlist the aid of other agencies.',
        '',
        'There appears to be a need for a closer working relationship between the emergency services.',
      ),
    );
    expect(e.recommendations.map((r) => r.text)).toEqual([
      'No enquiry was made of where she was.',
      'No further enquiries were made of her family.',
      'No protocol exists to start a response other than an ambulance.',
      'No arrangement exists to enlist the aid of other agencies.',
    ]);
    const resumed = extractReport(
      lines(
        'Regulation 28 report. The MATTERS OF CONCERN are as follows:',
        '',
        '1. There was no training on risk assessment.',
        '',
        '2. The force has no set minimum staffing levels.',
        '',
        '3. The log went unallocated for an hour.',
        '',
        'It was clear from the log that he was vulnerable.',
        '',
        '4. No call was made to the family.',
      ),
    );
    expect(resumed.recommendations[2]?.text).toBe(
      'The log went unallocated for an hour. It was clear from the log that he was vulnerable.',
    );
  });

  it('reads "Our position:" after a quoted concern as the reply to it, not more of the concern', () => {
    const e = extractReport(
      lines(
        "CORONER'S CONCERNS",
        '',
        '(1) Fire units do not carry equipment to close a flooded road.',
        '',
        'Our position: our appliances carry signs and cones but not closure barriers.',
      ),
    );
    expect(e.recommendations[0]?.text).toBe('Fire units do not carry equipment to close a flooded road.');
    expect(e.recommendations[0]?.forceResponse).toBe(
      'our appliances carry signs and cones but not closure barriers.',
    );
  });

  it("reads each plain paragraph under a heading naming a coroner's matters of concern as one concern", () => {
    const e = extractReport(
      lines(
        'Partnership briefing note',
        '',
        "The coroner's matters of concern (as published)",
        '',
        'The inquest heard that he had switched to ketamine because he thought it less harmful than cocaine.',
        '',
        'The evidence was that ketamine causes long-term and life-changing health problems.',
        '',
        'The Home Office reply',
        '',
        'The Home Office will ask its advisers to review the harms of ketamine.',
      ),
    );
    expect(e.recommendations.map((r) => r.text)).toEqual([
      'The inquest heard that he had switched to ketamine because he thought it less harmful than cocaine.',
      'The evidence was that ketamine causes long-term and life-changing health problems.',
    ]);
  });

  it('keeps a two-word concern from a log: only a line of links is a contents line', () => {
    const e = extractReport(
      lines(
        '"No.","PFD ref","Matter of concern","Sent to"',
        '1,2018-0368,"Police under-resourcing.","Commissioner of Police for the Metropolis"',
        '2,2018-0368,"Inadequate police terminology to describe the urgency of the call.","Commissioner of Police for the Metropolis"',
      ),
    );
    expect(e.recommendations.map((r) => r.text)).toEqual([
      'Police under-resourcing.',
      'Inadequate police terminology to describe the urgency of the call.',
    ]);
  });

  it("labels a log's rows by its own 'Log ref' before the report's 'Concern no.'", () => {
    const e = extractReport(
      lines(
        'Log ref,PFD ref,Sent to,Concern no.,Concern (as written in the report),Status',
        'ML-01,2019-0025,Chief Executive - Wessex Partnership Trust,(1),Failure of any oversight of decisions made by duty workers.,Open',
        'ML-02,2019-0025,Chief Executive - Wessex Partnership Trust,(2),Failure to manage waiting lists.,Open',
      ),
    );
    expect(e.recommendations.map((r) => [r.label, r.number])).toEqual([
      ['ML-01', 1],
      ['ML-02', 2],
    ]);
  });

  it("reads a spreadsheet's group title in any column as a group row, not more of the row above", () => {
    const e = extractReport(
      lines(
        'Ref;Source para;Recommendation (as published);Status',
        ';;HOME AFFAIRS COMMITTEE - Policing (HC 511, Session 2010-11);',
        'PRM-01;14;We recommend that commissioners take the workload of their team into account.;Open',
        ';;HOME AFFAIRS COMMITTEE - Progress to date (HC 757, Session 2013-14);',
        'PRM-02;22;We recommend that the appointment of the chair is confirmed by the House.;Open',
      ),
    );
    expect(e.recommendations.map((r) => [r.label, r.text])).toEqual([
      ['PRM-01', 'We recommend that commissioners take the workload of their team into account.'],
      ['PRM-02', 'We recommend that the appointment of the chair is confirmed by the House.'],
    ]);
  });

  it('reads "What HMICFRS recommended" as naming the recommendations, a list under one of them its own', () => {
    const e = extractReport(
      lines(
        'What HMICFRS recommended',
        '',
        'Within six months, the force should provide training for officers who make crime-recording decisions. This should include training in regard to:',
        '',
        '  • the information required for a crime-recording decision;',
        '  • how to record crimes reported by third parties.',
      ),
    );
    expect(e.recommendations).toHaveLength(1);
    expect(e.recommendations[0]?.text).toMatch(
      /^Within six months, the force should provide training .* third parties\.$/,
    );
  });

  it("keeps a coroner's concern whole when it lists its factors ('This included:') and goes on after them", () => {
    const e = extractReport(
      lines(
        'Regulation 28 report to prevent future deaths',
        '',
        'The MATTERS OF CONCERN are as follows. -',
        '',
        'The risk was not recognised as high. A number of factors were key in this failure. This included:',
        '1. Poor understanding of the risk when a patient fails to return;',
        '2. Poor documentation between officers and supervisors.',
        'Further training was given, but its effect was unclear.',
        '',
        '7 YOUR RESPONSE',
        'You are under a duty to respond to this report within 56 days of the date of this report.',
      ),
    );
    expect(e.recommendations).toHaveLength(1);
    expect(e.recommendations[0]?.text).toMatch(/^The risk was not recognised .* its effect was unclear\.$/);
  });

  it('keeps a bullet that is a whole sentence apart from the stem above it, and completes one that is not', () => {
    const e = extractReport(
      lines(
        'The brigade is good at making best use of resources. But we',
        'found the following areas in which it needs to improve:',
        '',
        'Areas for improvement',
        '',
        '  * The brigade should ensure it monitors the benefits of any collaboration.',
      ),
    );
    expect(e.areasForImprovement.map((a) => a.text)).toEqual([
      'The brigade should ensure it monitors the benefits of any collaboration.',
    ]);
    const stem = extractReport(
      lines('Recommendations', '', 'The force should:', '', '  * review its vetting appeals;'),
    );
    expect(stem.recommendations.map((r) => r.text)).toEqual([
      'The force should: review its vetting appeals.',
    ]);
  });

  it("reads a register's own reference with its source in brackets ('RA-07 (Met - child protection, 2016)') as the item's label", () => {
    const e = extractReport(
      lines(
        'Here are the two recommendations we checked ourselves against.',
        '',
        '> RA-07 (Metropolitan Police Service - National child protection inspection, Nov 2016)',
        '> Immediately the force should put in place clear governance of child protection practice.',
        '>',
        '> Wessex: partly met. A governance board has met since October 2018.',
      ),
    );
    expect(e.recommendations.map((r) => [r.label, r.number, r.text])).toEqual([
      [
        'RA-07',
        7,
        'Immediately the force should put in place clear governance of child protection practice.',
      ],
    ]);
  });

  it('labels a recommendation by a tracker page\'s reference heading ("### NR2") over it', () => {
    const e = extractReport(
      lines(
        '## Recommendations tracked',
        '',
        '### NR1',
        '',
        'Within six months chief constables should ensure that forces record stalking crimes.',
        '',
        '- **Force update:** Complete - classification rules changed in August 2019.',
        '',
        '### NR2',
        '',
        'Within six months chief constables should ensure that officers treat breaches of orders as a pattern.',
      ),
    );
    expect(e.recommendations.map((r) => [r.label, r.number])).toEqual([
      ['NR1', 1],
      ['NR2', 2],
    ]);
    expect(e.recommendations[0]?.forceResponse).toBe(
      'Complete - classification rules changed in August 2019.',
    );
  });

  it("leaves a meeting's numbered action log out ('Action No. | Action | Owner | Due')", () => {
    const e = extractReport(
      lines(
        'Recommendations',
        '',
        'The force should review its vetting appeals process.',
        '',
        'ACTION LOG',
        'Action No.\tAction\tOwner\tDue',
        '44\tProvide September investigation standards audit (item 5.4)\tChief Constable\t22/10/2024',
        '45\tCirculate internal audit scope for performance governance\tChief Executive, OPCC\t31/05/2024',
      ),
    );
    expect(e.recommendations.map((r) => r.text)).toEqual([
      'The force should review its vetting appeals process.',
    ]);
    const page = extractReport(
      lines(
        '## Areas for improvement',
        '',
        'The service needs to prioritise testing business continuity plans.',
        '',
        '## Actions',
        '',
        '| # | Action | Owner | Due | Status |',
        '|---|--------|-------|-----|--------|',
        '| 1 | Exercise fleet and estates continuity plans | Business Continuity Manager | 31/03/2025 | In progress |',
      ),
    );
    expect(page.recommendations).toEqual([]);
  });

  it("reads 'Cause 1', 'Cause 2' under a heading of the force's comments as the causes, each with its comment", () => {
    const e = extractReport(
      lines(
        "The causes of concern and the force's comments",
        '',
        'Cause 1',
        '',
        'the force needs to improve how it supervises investigations',
        '',
        'Force comment: Supervisory reviews were recorded in 81 percent of files.',
        '',
        'Cause 2',
        '',
        "the force doesn't have adequate processes to monitor performance.",
        '',
        'Force comment: The performance framework has been in place since April 2023.',
      ),
    );
    expect(e.causesOfConcern.map((c) => [c.label, c.number, c.text, c.forceResponse])).toEqual([
      [
        'Cause 1',
        1,
        'the force needs to improve how it supervises investigations',
        'Supervisory reviews were recorded in 81 percent of files.',
      ],
      [
        'Cause 2',
        2,
        "the force doesn't have adequate processes to monitor performance.",
        'The performance framework has been in place since April 2023.',
      ],
    ]);
  });

  it('reads a text box drawn with box-drawing characters as its lines, not as one item of borders', () => {
    const e = extractReport(
      lines(
        'Areas for improvement',
        '',
        '┌──────────────────────────────────────────────────────────────┐',
        '│ The service needs to prioritise testing continuity plans.    │',
        '│                                                              │',
        '│ Marchshire position: partly met.                             │',
        '└──────────────────────────────────────────────────────────────┘',
      ),
    );
    expect(e.areasForImprovement.map((a) => a.text)).toEqual([
      'The service needs to prioritise testing continuity plans.',
    ]);
  });

  it("reads a letter that quotes a coroner's 'Concern (1)', 'Concern (2)': the report's date and recipients, not the letter's", () => {
    const e = extractReport(
      lines(
        'Marchshire Police',
        '',
        '3 March 2025',
        '',
        'Dear Commissioner,',
        '',
        '1. The report was made on 14 January 2025 by the coroner for the area of Wessex, and sent to:',
        '',
        '   - Chief Constable Wessex Police',
        '   - Chief Executive Wessex Ambulance Service',
        '',
        '2. The recipients had to reply within 56 days; we were not sent it.',
        '',
        'Concern (1)',
        '   "Calls about the same person were not linked by the control room."',
        '',
        'Our response: Linking is now automatic.',
        '',
        'Concern (2)',
        '   "No welfare check was made for six hours."',
        '',
        'Our response: A one-hour check is now set.',
      ),
    );
    expect(e.publishedOn).toBe('2025-01-14');
    expect(e.recommendations.map((r) => [r.label, r.number, r.addressees])).toEqual([
      ['(1)', 1, ['Chief Constable Wessex Police', 'Chief Executive Wessex Ambulance Service']],
      ['(2)', 2, ['Chief Constable Wessex Police', 'Chief Executive Wessex Ambulance Service']],
    ]);
  });

  it("dates a quoted coroner's report by 'The report was made by <coroner>, on <date>', not by the paper's meeting", () => {
    const e = extractReport(
      lines(
        'Wessex Police Board: Regulation 28 report to prevent future deaths',
        'Date of meeting: 15 April 2025',
        '',
        '1. The report was made by A. B. Coroner, Senior Coroner for Wessex, on 25 March 2025 and sent to the',
        'Chief Constable of Wessex Police.',
        '',
        'Matters of concern',
        '',
        '1. That call handlers do not record what callers say about mental health.',
      ),
    );
    expect([e.publishedOn, e.recommendations.map((r) => r.due?.date)]).toEqual([
      '2025-03-25',
      ['2025-05-20'],
    ]);
  });

  it("dates a quoted coroner's report by '... was written by <coroner>, and is dated <date>', not by the letter", () => {
    const e = extractReport(
      lines(
        'Date:      3 March 2020',
        '',
        'Dear Councillor Pryce',
        '',
        'Regulation 28 report: A. Person - read-across for Thamesmere',
        '',
        '2.  The report was written by C. Wilkinson, coroner for the area of Hampshire, and is dated 23 December 2019.',
        '',
        "3.  The coroner's matters of concern are quoted below.",
        '',
        '    Concern 1',
        '',
        '    "(1) The road does not provide any form of safe pedestrian crossing along its length."',
      ),
    );
    expect([e.publishedOn, e.recommendations.map((r) => r.due?.date)]).toEqual([
      '2019-12-23',
      ['2020-02-17'],
    ]);
  });

  it("reads a log's 'Response due (recipient)' column as each row's deadline, not as one more recipient", () => {
    const e = extractReport(
      lines(
        'Case,Report date,Sent to,Concern no.,Matter of concern,Response due (recipient),Status',
        'A Person,02/01/2024,Chief Constable Wessex Police,(1),The control room did not pass the address to the patrol.,27/02/2024,Open',
      ),
    );
    expect(e.recommendations.map((r) => [r.addressees, r.due?.date])).toEqual([
      [['Chief Constable Wessex Police'], '2024-02-27'],
    ]);
  });

  it("reads a revisit letter's 'causes of concern, which were that the force:' bullets, and stops them at the next paragraph", () => {
    const e = extractReport(
      lines(
        'Skip to main content',
        'Search this site',
        '',
        'Wessex Police: cause of concern revisit letter',
        '',
        'In 2022 we identified two causes of concern, which were that the force:',
        '',
        '  • is not answering emergency calls quickly enough; and',
        '  • does not record crime accurately.',
        '',
        'In November 2022, we revisited the force to review its progress.',
        '',
        'A brief summary of our findings is as follows:',
        '',
        '  • The force answers more calls within ten seconds.',
      ),
    );
    expect([e.title, e.causesOfConcern.map((c) => c.text)]).toEqual([
      'Wessex Police: cause of concern revisit letter',
      ['is not answering emergency calls quickly enough; and', 'does not record crime accurately.'],
    ]);
  });

  it("reads a paper's numbered paragraph naming 'broad areas for improvement (AFIs) rather than recommendations:' over plain paragraphs, and leaves 'The Committee is requested to note this report' out", () => {
    const e = extractReport(
      lines(
        'RECOMMENDATION',
        'The Committee is requested to note this report.',
        '',
        '2 HMIC SUMMARY UPDATE',
        '2.3 The efficiency report was published in October. The text included a small number of',
        "broad 'Areas for Improvement' (AFIs) rather than a host of detailed recommendations:",
        '',
        'The force should understand current demand for its services.',
        '',
        'The force should develop a future workforce plan.',
      ),
    );
    expect([e.recommendations.length, e.areasForImprovement.map((a) => a.text)]).toEqual([
      0,
      [
        'The force should understand current demand for its services.',
        'The force should develop a future workforce plan.',
      ],
    ]);
  });

  it("drops the coroner's form footer ('Regulation 28 - After Inquest Document Template ...') even where it is printed once", () => {
    const e = extractReport(
      lines(
        'REGULATION 28 REPORT TO PREVENT FUTURE DEATHS',
        '',
        "5 CORONER'S CONCERNS",
        '',
        'The MATTERS OF CONCERN are as follows:',
        '',
        '(1) I heard that no protocol sets a time for telling a suspect',
        '',
        'Regulation 28 - After Inquest Document Template Updated 30/07/2021',
        '',
        'that no further action will be taken.',
        '',
        '(2) I heard that victims are told within five days.',
      ),
    );
    expect(e.recommendations.map((r) => r.text)).toEqual([
      'I heard that no protocol sets a time for telling a suspect that no further action will be taken.',
      'I heard that victims are told within five days.',
    ]);
  });

  it("reads a scanned coroner's form: letters spaced out, zeros for O, '8 th August', recipients '(in respect of ...)' wrapped", () => {
    const e = extractReport(
      lines(
        'R E G U L A T I O N  28  R E P O R T  T0  P R E V E N T  F U T U R E  D E A T H S',
        '',
        ' THIS REP0RT IS BEING SENT T0 :',
        '',
        ' 1. The Chief Constable of Wessex Police, (in respect of paragraphs 5.1 & 2)',
        ' 2. The Rt Hon MP, The Secretary of State for the Home Department (in respect of paragraphs',
        ' 5.1 & 2)',
        '',
        " 5   C 0 R 0 N E R ' S   C 0 N C E R N S",
        '',
        ' The MATTERS 0F C0NCERN are as follows . -',
        '',
        ' 1.  An applicant for a licence can see an on-line doctor without their GP knowing.',
        '',
        ' 2.  Consideration should be given to how the police learn of coercive behaviour.',
        '',
        ' 7   Y 0 U R   R E S P 0 N S E',
        '',
        'You are under a duty to respond to this report within 56 days of the date of',
        'this report.',
        '',
        ' 9   8 th August 2024                     Richard Roe',
      ),
    );
    expect([e.publishedOn, e.recommendations.map((r) => [r.number, r.due?.date, r.addressees])]).toEqual([
      '2024-08-08',
      [1, 2].map((n) => [
        n,
        '2024-10-03',
        [
          'The Chief Constable of Wessex Police',
          'The Rt Hon MP, The Secretary of State for the Home Department',
        ],
      ]),
    ]);
  });

  it("reads a table exported a cell a line whose refs carry a prefix and a series ('WX-LA-01')", () => {
    const e = extractReport(
      lines(
        'Ref',
        'Source',
        'Area for improvement',
        'Force self-assessment',
        'Status',
        '',
        'WX-LA-01',
        'Hertfordshire PEEL 2018',
        'The force should take steps to involve its staff in raising ethical issues.',
        'An ethics line now runs and is reported every quarter.',
        'Met',
        '',
        'WX-LA-02',
        'South Wales PEEL 2019',
        'The force should monitor a full set of data on its use of force.',
        'Use of force data is published every quarter.',
        'Partly met',
      ),
    );
    expect(e.areasForImprovement.map((a) => [a.label, a.text, a.forceResponse])).toEqual([
      [
        'WX-LA-01',
        'The force should take steps to involve its staff in raising ethical issues.',
        'An ethics line now runs and is reported every quarter.',
      ],
      [
        'WX-LA-02',
        'The force should monitor a full set of data on its use of force.',
        'Use of force data is published every quarter.',
      ],
    ]);
  });

  it("leaves a paper's Markdown table of dates ('| Item | Date |') out, every line of it a row", () => {
    const e = extractReport(
      lines(
        '## Recommendations',
        '',
        '1. The force should publish its use of force data every quarter.',
        '',
        '## Dates',
        '',
        '| Item | Date |',
        '|---|---|',
        '| Report released | 19 July 2007 |',
        '| Committee meeting | 12 September 2007 |',
      ),
    );
    expect(e.recommendations.map((r) => r.text)).toEqual([
      'The force should publish its use of force data every quarter.',
    ]);
  });

  it("reads 'Recommendation 3' whose stem ends 'should:' and whose words go on below in lower case, with their deadline", () => {
    const e = extractReport(
      lines(
        'Recommendation 3',
        '',
        'Each force that uses this outcome type more than other forces should:',
        '',
        'by 30 June 2017, submit to HMIC a report on its use of this outcome type.',
        '',
        'Force position: we are not one of the forces named.',
      ),
    );
    expect(e.recommendations.map((r) => [r.text, r.due?.date])).toEqual([
      [
        'Each force that uses this outcome type more than other forces should: by 30 June 2017, submit to HMIC a report on its use of this outcome type.',
        '2017-06-30',
      ],
    ]);
  });

  it("reads a tracker's 'Ref' over its row counter, each row's 'Report published' as its anchor, 'OPCC assurance' as the PCC's reply and a comma list of forces", () => {
    const e = extractReport(
      lines(
        'Wessex OPCC read-across tracker - issued 6 March 2025',
        'No.,Ref,Report published,HMICFRS text,Addressed to,Wessex Police position,OPCC assurance',
        '1,RA-01,02/03/2017,"Immediately, all forces should review how they find wanted suspects.",All forces,Done.,Assured.',
        '2,RA-02,02/03/2017,"Each force named should report on its use of the outcome type.","Kent Police, Hampshire Constabulary and West Mercia Police",Not named.,Noted.',
      ),
    );
    expect(e.recommendations.map((r) => [r.label, r.due?.date, r.addressees, r.pccResponse])).toEqual([
      ['RA-01', '2017-03-02', ['All forces'], 'Assured.'],
      ['RA-02', null, ['Kent Police', 'Hampshire Constabulary', 'West Mercia Police'], 'Noted.'],
    ]);
  });

  it("reads a coroner's numbered concerns that run on under a group title, one with its own '(1)', '(2)' points, sent to recipients named with their officers", () => {
    const e = extractReport(
      lines(
        'REGULATION 28 REPORT TO PREVENT FUTURE DEATHS',
        'THIS REPORT IS BEING SENT TO:',
        "1. The National Police Chiefs' Council, (Deputy Chief Constable A. Person QPM, National Armed Policing Working Group)",
        '2. The Chief Constable of Wessex Police (Chief Constable B. Person QPM) as the responsible officer for the joint Armed Policing Unit.',
        '',
        "5 CORONER'S CONCERNS",
        'The MATTERS OF CONCERN are as follows:',
        '',
        '1. The unit issued ammunition that was not bonded.',
        '',
        'The Local Police Force Position',
        '',
        '2. Of concern were the following matters:',
        '(1) A report for the inquest left out the national guidance.',
        '(2) The report relied on a tender from 2005.',
        '',
        '3. I am concerned that the unit keeps no record of its decisions.',
      ),
    );
    expect(e.recommendations.map((r) => [r.number, r.text, r.addressees])).toEqual(
      [
        [1, 'The unit issued ammunition that was not bonded.'],
        [
          2,
          'Of concern were the following matters: (1) A report for the inquest left out the national guidance. (2) The report relied on a tender from 2005.',
        ],
        [3, 'I am concerned that the unit keeps no record of its decisions.'],
      ].map((r) => [...r, ["The National Police Chiefs' Council", 'The Chief Constable of Wessex Police']]),
    );
  });

  it("reads a coroner's numbered account of letters before 'The MATTERS OF CONCERN are as follows' as narrative", () => {
    const e = extractReport(
      lines(
        'REGULATION 28 REPORT TO PREVENT FUTURE DEATHS',
        '',
        "5 CORONER'S CONCERNS",
        '',
        'All relevant correspondence can be provided, but in summary:',
        '',
        '1. I wrote to the National Trust on 29 January 2025.',
        '',
        '2. By return letter I was told the wreck was not theirs.',
        '',
        'The MATTERS OF CONCERN are as follows:',
        '',
        '1. I am concerned that no one is responsible for the safety of such wrecks.',
        '',
        '2. There are no warnings at the location.',
      ),
    );
    expect(e.recommendations.map((r) => r.text)).toEqual([
      'I am concerned that no one is responsible for the safety of such wrecks.',
      'There are no warnings at the location.',
    ]);
  });

  it("reads 'However:' after a quoted 'must' as no stem for the indented paragraphs below it", () => {
    const e = extractReport(
      lines(
        'Findings',
        '',
        'Guidance says officers "must treat the person as in need of urgent medical attention". However:',
        '',
        '  The upshot is that detainees are managed differently.',
        '',
        '  Officers said they simply monitor the person.',
      ),
    );
    expect(e.recommendations).toEqual([]);
  });

  it("reads an entry pasted from the inspectorate's register: the report's title with its number, one recommendation, its history", () => {
    const e = extractReport(
      lines(
        'Tom - copied from the register page this afternoon.',
        '',
        '> Wessex Police: Crime Data Integrity inspection 2016 (7319)',
        '>',
        '> Within six months, the force should review its crime-recording audits.',
        '>',
        '> 9th February 2017    awaiting-review',
        '> 17th May 2018        complete',
        '',
        "I'd treat it as read-across only. Reviewer should confirm by 28 February 2025.",
      ),
    );
    expect(e.recommendations.map((r) => r.text)).toEqual([
      'Within six months, the force should review its crime-recording audits.',
    ]);
  });

  it('reads a recommendation that minutes quote whole, in quotation marks, after the line that introduces it', () => {
    const e = extractReport(
      lines(
        '6. CRIME DATA INTEGRITY',
        '',
        '6.2 She drew attention to a recommendation made to Merseyside Police in February 2017:',
        '',
        '"Within six months, the force should review the extent of its crime-recording audits."',
        '',
        '6.3 Councillor Kaur asked whether the force should publish its audit results.',
      ),
    );
    expect(e.recommendations.map((r) => r.text)).toEqual([
      'Within six months, the force should review the extent of its crime-recording audits.',
    ]);
  });

  it("dates a force's reply by the coroner's report it answers: its subject line '(Cumbria, 8 January 2025)', not the letter's date or a later meeting", () => {
    const reply = (subject: string, opening: string) =>
      extractReport(
        lines(
          'Date: 3 February 2025',
          '',
          'Dear Commissioner,',
          '',
          subject,
          '',
          opening,
          '',
          'Concern 1',
          'Officers were not told of the bail decision.',
          '',
          'I suggest your office asks for the reply when it is published, and that the Panel is briefed at its meeting on 21 June 2025.',
        ),
      ).publishedOn;
    expect([
      reply(
        'Regulation 28 report: A. Person (Cumbria, 8 January 2025) - Marchshire Police position',
        '1. You asked how we have considered the report.',
      ),
      reply(
        'Regulation 28 report: A. Person - read-across',
        '1. You asked about the report made by the coroner for Cumbria (L. Bower) on 8 January 2025.',
      ),
    ]).toEqual(['2025-01-08', '2025-01-08']);
  });

  it("reads a coroner's recipients without their postal addresses, up to the form's first numbered section", () => {
    const e = extractReport(
      lines(
        'REGULATION 28 REPORT TO PREVENT FUTURE DEATHS',
        'THIS REPORT IS BEING SENT TO:',
        '1.\tThe Head of Healthcare (Practice Plus Group) at HMP Wessex, Western Way, Thamesmead, London, SE28 0EB.',
        '2.\tRt Hon A. Person KC, MP, Lord Chancellor and Secretary of State for the Ministry of Justice, 102 Petty France, London SW1H 9AJ',
        '1',
        'CORONER',
        'I am A. Coroner, coroner for the area of Wessex.',
        '5',
        "CORONER'S CONCERNS",
        'The MATTERS OF CONCERN are as follows:',
        '1.\tI am concerned as to how access to legal advice is signposted.',
      ),
    );
    expect(e.recommendations.map((r) => r.addressees)).toEqual([
      [
        'The Head of Healthcare (Practice Plus Group) at HMP Wessex',
        'Rt Hon A. Person KC, MP, Lord Chancellor and Secretary of State for the Ministry of Justice',
      ],
    ]);
  });

  it('names no one where a sentence\'s subject is not an actor ("sources for any data used should be", "that will be provided by")', () => {
    const e = extractReport(
      lines(
        'Recommendations',
        '',
        '1. We recommend that the Government set a baseline, and that sources for any data used should be published.',
        '',
        '2. The new technology that will be provided by FiReControl should allow operators to mobilise crews.',
      ),
    );
    expect(e.recommendations.map((r) => r.addressees)).toEqual([['Government'], []]);
  });

  it("reads the IOPC's page of a force's answer ('Do you accept the recommendation? Yes', 'Accepted action: ...') as its response, and the office's own note as no item", () => {
    const e = extractReport(
      lines(
        '### Recommendations',
        '',
        'The IOPC recommends that Wessex Police review what it means by an incident to be treated as urgent.',
        '',
        '**Do you accept the recommendation?** Yes',
        '',
        '**Accepted action (Wessex Police, first part):** Guidance will be issued to the Force Control Room.',
        '',
        '*Marchshire note:* control room supervisors should check the marker is never removed.',
      ),
    );
    expect(e.recommendations.map((r) => [r.text, r.forceResponse])).toEqual([
      [
        'The IOPC recommends that Wessex Police review what it means by an incident to be treated as urgent.',
        'Yes Guidance will be issued to the Force Control Room.',
      ],
    ]);
  });

  it("leaves the office's own asks ('Three asks please:') and its position under the coroner's concerns ('## Wessex position') out", () => {
    const e = extractReport(
      lines(
        'The concerns are for Herts to answer, but the group should look at them. Three asks please:',
        '',
        "1. The DA co-ordinator should pull the last quarter's DVPN applications.",
        '2. Learning & Development to tell me what our coercive control input is.',
        '',
        '## Matters of concern',
        '',
        '1. There was a lack of understanding of controlling and coercive behaviour.',
        '',
        '## Wessex position',
        '',
        '- **Local timescales.** The Mental Health Lead should obtain actual figures by 30 April 2025.',
      ),
    );
    expect(e.recommendations.map((r) => r.text)).toEqual([
      'There was a lack of understanding of controlling and coercive behaviour.',
    ]);
  });

  it("reads a coroner's first list of concerns, answered since the inquest, as the account when 'The MATTERS OF CONCERN are as follows.' lists them again", () => {
    const e = extractReport(
      lines(
        "5 CORONER'S CONCERNS",
        'The concerns raised were as follows:',
        '',
        'a. Passage of information between NHS and private healthcare providers.',
        '',
        'b. The handling of the incident in the Force Control Room.',
        '',
        'I received further evidence on these concerns after the inquest.',
        '',
        'The MATTERS OF CONCERN are as follows.',
        '',
        '1. The effectiveness of the supervision of control room operators.',
        '',
        '2. The passage of information between NHS and private healthcare providers is hindered.',
      ),
    );
    expect(e.recommendations.map((r) => r.text)).toEqual([
      'The effectiveness of the supervision of control room operators.',
      'The passage of information between NHS and private healthcare providers is hindered.',
    ]);
  });

  it("reads a coroner's concerns under headings that do not name them ('Section A', 'To the Secretary of State'), each with the office's read-across", () => {
    const e = extractReport(
      lines(
        '# A. Person - Regulation 28 report (HM YOI Wessex)',
        '',
        '## Contents',
        '',
        '1. Background',
        '2. Section A',
        '',
        '## Section A',
        '',
        '**A. To (i) the Secretary of State for Justice (ii) the Youth Justice Board**',
        '',
        '1. It was apparent from the evidence I heard that many young people placed in the institution are vulnerable.',
        '',
        '   > **Marchfield read-across:** Our admissions panel now records whether a secure home was considered.',
        '',
        '2. Cells containing ligature points such as window bars are still in use at the institution today.',
        '',
        '## What we will do next',
        '',
        '1. Report to the Safer Custody meeting in October with the figures for every wing and house block.',
      ),
    );
    expect(e.recommendations.map((r) => [r.text, r.forceResponse])).toEqual([
      [
        'It was apparent from the evidence I heard that many young people placed in the institution are vulnerable.',
        'Our admissions panel now records whether a secure home was considered.',
      ],
      [
        'Cells containing ligature points such as window bars are still in use at the institution today.',
        null,
      ],
    ]);
  });

  it("reads a 'Sent to:' field whose value wraps onto indented lines below it", () => {
    const e = extractReport(
      lines(
        'Regulation 28 report to prevent future deaths - summary for the Committee',
        '',
        'Sent to:          Secretary of State for Health; Secretary of State for',
        '                  Education; the Chief Executive of Wessex Partnership NHS',
        '                  Foundation Trust.',
        'Report date:      24 July 2019',
        '',
        'Matters of concern',
        '',
        '1. Young adults were placed in adult beds far from home.',
      ),
    );
    expect(e.recommendations.map((r) => r.addressees)).toEqual([
      [
        'Secretary of State for Health',
        'Secretary of State for Education',
        'the Chief Executive of Wessex Partnership NHS Foundation Trust',
      ],
    ]);
  });

  it("reads the form's '9  DATED: 4th April 2017' above the page number as its date, not as a footnote", () => {
    const e = extractReport(
      lines(
        'Sent: 11 April 2017 16:02',
        '',
        '> REGULATION 28: REPORT TO PREVENT FUTURE DEATHS',
        '>',
        "> 5  CORONER'S CONCERNS",
        '>',
        '> (1) The road floods and no warning signs are put out.',
        '>',
        '> 9  DATED: 4th April 2017          SIGNED: C. Dorries',
        '>',
        '> Page 3 of 3',
      ),
    );
    expect(e.publishedOn).toBe('2017-04-04');
  });

  it("reads a trust's 'Due' beside its own action on a coroner's concern as its own date, not the concern's deadline", () => {
    const e = extractReport(
      lines(
        'Learning from a Regulation 28 Report to Prevent Future Deaths issued to another provider',
        'Date of report:\t7 February 2023',
        '',
        'Concern',
        "Coroner's concern (verbatim)",
        'Thamesmere action',
        'Owner',
        'Due',
        '(1)',
        'There is no requirement for online pharmacies to share information with the GP.',
        'Pharmacy team to write to the three online pharmacies used by our patients.',
        'Chief Pharmacist',
        '30/06/2023',
        '(2)',
        'Patients on home leave are not searched on return to the ward.',
        'Ward managers to audit searches on return from leave.',
        'Matron',
        '31/03/2023',
      ),
    );
    expect(e.recommendations.map((r) => [r.due?.kind, r.due?.date])).toEqual([
      ['relative', '2023-04-04'],
      ['relative', '2023-04-04'],
    ]);
  });

  it('reads a list of directing points under the line that introduces them, where nothing else names the items', () => {
    const e = extractReport(
      lines(
        'WESSEX OPCC POLICY DIGEST',
        '',
        'The Home Affairs Committee published Gangs and youth crime on 27 February 2015.',
        'The points in the summary that bear on the Commissioner are:',
        '',
        '  • It is vital that a unified gang definition is used across the Home Office and police forces.',
        '',
        '  • Every Chief Constable should appoint a lead officer responsible for combating gangs.',
        '',
        'The Chief Executive read out the two areas for improvement in the Essex report:',
        '',
        '  (a) The force should improve how it allocates crime.',
        '  (b) The force should review how it closes investigations.',
        '',
        'Next steps for us:',
        '',
        '  • We should brief the Board in March.',
        '  • We will publish the digest monthly.',
      ),
    );
    expect([e.recommendations.map((r) => r.text), e.areasForImprovement.map((a) => a.text)]).toEqual([
      [
        'It is vital that a unified gang definition is used across the Home Office and police forces.',
        'Every Chief Constable should appoint a lead officer responsible for combating gangs.',
      ],
      [
        'The force should improve how it allocates crime.',
        'The force should review how it closes investigations.',
      ],
    ]);
  });

  it("reads a cause of concern quoted under a paper's numbered paragraph that names it, and one under 'The cause of concern', not the paper's next paragraphs", () => {
    const paper = extractReport(
      lines(
        '3.    BACKGROUND',
        '',
        '3.2   In its effectiveness findings HMICFRS set out the following, which it',
        '      identifies as a cause of concern:',
        '',
        '         "The service needs to adequately identify those who are most at',
        '         risk from fire. This is a cause of concern."',
        '',
        '3.3   HMICFRS also said that the service needs to improve its risk information.',
        '',
        '3.4   Marchshire has no cause of concern on prevention from its own inspection.',
      ),
    );
    const page = extractReport(
      lines(
        'The cause of concern',
        '',
        "    Cleveland Police doesn't adequately engage with local communities. The public has a limited role.",
        '',
        'What it means for Thamesmere',
        '',
        'Thamesmere Police is not the subject of this report.',
      ),
    );
    expect([paper.causesOfConcern.map((c) => c.text), page.causesOfConcern.map((c) => c.text)]).toEqual([
      [
        'The service needs to adequately identify those who are most at risk from fire. This is a cause of concern.',
      ],
      ["Cleveland Police doesn't adequately engage with local communities. The public has a limited role."],
    ]);
  });

  it("reads a force's reply that quotes each lettered concern in quotation marks under 'Paragraph A of the report', with its position", () => {
    const e = extractReport(
      lines(
        'Dear Commissioner,',
        '',
        'Regulation 28 report: A. Person (Hampshire, 16 July 2024) - automated crash alerts',
        '',
        "1. Thank you for your letter asking how we would have handled the call described in the coroner's report on the death",
        "of A. Person, and whether the coroner's concerns apply to us.",
        '',
        '2. The report was sent by H. Charles, coroner for the area of Hampshire, to Hampshire Constabulary and the',
        "National Police Chiefs' Council (NPCC). A separate report was sent to the county council about the road.",
        '',
        'Paragraph A of the report',
        '',
        '    "A. The control room received an automated call from the deceased\'s phone."',
        '',
        'Wessex Police position',
        'Our control room receives such calls twice a week.',
        '',
        'Paragraph B of the report',
        '',
        '    "B. The phone was called back, but the call went to voicemail."',
        '',
        'Wessex Police position',
        'We now call back twice.',
      ),
    );
    expect(e.recommendations.map((r) => [r.label, r.text, r.forceResponse, r.addressees])).toEqual(
      [
        [
          'A.',
          "The control room received an automated call from the deceased's phone.",
          'Our control room receives such calls twice a week.',
        ],
        ['B.', 'The phone was called back, but the call went to voicemail.', 'We now call back twice.'],
      ].map((r) => [...r, ['Hampshire Constabulary', "National Police Chiefs' Council (NPCC)"]]),
    );
  });

  it("reads 'Recommendation 1 - To Chief Constables' as a title naming whom, the item's words below it, then 'Force position:' and 'OPFCC view:'", () => {
    const e = extractReport(
      lines(
        '**Recommendation 1 - To Chief Constables**',
        '',
        '> Chief Constables should audit all live police perpetrated domestic abuse cases.',
        '',
        '**Force position:** Audit completed on 30 September 2022.',
        '',
        '**OPFCC view:** Partly assured.',
      ),
    );
    expect(e.recommendations.map((r) => [r.label, r.text, r.forceResponse, r.pccResponse])).toEqual([
      [
        'Recommendation 1',
        'Chief Constables should audit all live police perpetrated domestic abuse cases.',
        'Audit completed on 30 September 2022.',
        'Partly assured.',
      ],
    ]);
  });

  it("reads a scanned form printed beside a left rule ('  |  5   CORONER'S CONCERNS')", () => {
    const e = extractReport(
      lines(
        '  REGULATION 28 : REPORT TO PREVENT FUTURE DEATHS',
        '  |',
        "  |  5   CORONER'S CONCERNS",
        '  |',
        '  |        The MATTERS OF CONCERN are as follows. -',
        '  |',
        '  |        1. The welfare check result was not passed to the mental health team.',
        '  |',
        '  |        2. No policy exists for patients who do not respond to calls.',
        '  |',
      ),
    );
    expect(e.recommendations.map((r) => r.text)).toEqual([
      'The welfare check result was not passed to the mental health team.',
      'No policy exists for patients who do not respond to calls.',
    ]);
  });

  it("reads an inquiry's lettered recommendations ('Rec 33.14a', 'Recommendation 33.12a - Building plans') worded 'That the ... be required ...'", () => {
    const e = extractReport(
      lines(
        'Rec 33.14a    Responsible for completion: London Fire Brigade',
        '',
        'That the London Fire Brigade review its policies on communications between the control room and the incident commander.',
        '',
        '------------------------------------------------------------',
        'Recommendation 33.12a - Building plans',
        '',
        'That the owner and manager of every high-rise residential building be required by law to provide up-to-date plans.',
        '',
        'Who is responsible: Government',
      ),
    );
    expect(e.recommendations.map((r) => [r.label, r.number, r.text])).toEqual([
      [
        'Rec 33.14a',
        null,
        'That the London Fire Brigade review its policies on communications between the control room and the incident commander.',
      ],
      [
        'Recommendation 33.12a',
        null,
        'That the owner and manager of every high-rise residential building be required by law to provide up-to-date plans.',
      ],
    ]);
  });

  it("reads a coroner's '(1) ... gave evidence as follows:' with its numbered points '1.', '2.' as one concern", () => {
    const e = extractReport(
      lines(
        "5 CORONER'S CONCERNS",
        'The MATTERS OF CONCERN are as follows:',
        '',
        '(1) Acting Police Inspector A gave evidence to the inquest as follows:',
        '1. The driver could not have seen the pedestrian in the low sun.',
        '2. Double yellow lines would not prevent a further accident.',
        '',
        '6 ACTION SHOULD BE TAKEN',
      ),
    );
    expect(e.recommendations.map((r) => r.text)).toEqual([
      'Acting Police Inspector A gave evidence to the inquest as follows: 1. The driver could not have seen the pedestrian in the low sun. 2. Double yellow lines would not prevent a further accident.',
    ]);
  });

  it("reads a concern's own numbered questions ('in particular:' then '1.' to '3.') as part of it, and the paper's pointer to them as no item", () => {
    const e = extractReport(
      lines(
        "4.      THE CORONER'S CONCERNS",
        '',
        "4.1     The matters of concern are reproduced below exactly as set out in section 5 of the coroner's report.",
        '',
        '    1.  A lack of reflection by the council following the death.',
        '',
        '    2.  A lack of change to the management of potholes, in particular:',
        '            1. What steps have been taken to inform inspectors of complaints.',
        '            2. What steps have been taken to assess risk.',
        '            3. What steps have been taken to train inspectors.',
        '',
        '    3.  Repairs are not completed in good time after serious injuries.',
      ),
    );
    expect(e.recommendations.map((r) => r.text)).toEqual([
      'A lack of reflection by the council following the death.',
      'A lack of change to the management of potholes, in particular: 1. What steps have been taken to inform inspectors of complaints. 2. What steps have been taken to assess risk. 3. What steps have been taken to train inspectors.',
      'Repairs are not completed in good time after serious injuries.',
    ]);
  });

  it("reads a coroner's concerns pasted into a chat whose speakers carry the date ('Sgt A Person  05/04/2022 08:47')", () => {
    const e = extractReport(
      lines(
        'Wessex Police > Roads Policing Unit > General',
        '',
        'Sgt Dan Person  05/04/2022 08:47',
        "Morning all. Coroner's PFD from Berkshire on the M4 works. Concerns copied below:",
        '',
        '(1) On the date of the death the section of the motorway was not completed as a smart motorway.',
        '(2) The hazard for moving traffic was made worse by the occupants standing near the stranded vehicle.',
        '',
        'PC Amira Person  05/04/2022 09:02',
        'Noted, thanks.',
        '',
        'Insp Rachel Person  05/04/2022 09:31',
        'Actions for us:',
        '1. Can the Roads Crime team pull our live-lane breakdown stats by Friday 15 April.',
      ),
    );
    // The next speaker's "Noted, thanks." still runs on into the last concern: a chat's message boundary is
    // gone once its speaker lines are dropped (docs/import-accuracy.md, "What it still gets wrong").
    expect(e.recommendations.map((r) => r.text.slice(0, 40))).toEqual([
      'On the date of the death the section of ',
      'The hazard for moving traffic was made w',
    ]);
  });

  it("reads 'MATTERS OF CONCERN AND WESSEX RESPONSES' as the concerns, each with the force's position and the PCC's comment", () => {
    const e = extractReport(
      lines(
        'Regulation 28 report to prevent future deaths - Police and Crime Panel',
        '',
        '4.\tMATTERS OF CONCERN AND WESSEX RESPONSES',
        '',
        'Concern (1)',
        "During the period of remand he assaulted four people. There is no process for a prison to share a remand prisoner's behaviour with the sentencing court, and I am concerned that this could lead to future deaths.",
        'Wessex Police position',
        'The Offender Management Unit receives a release notification for every registered offender, and since April 2025 it asks the prison for a behaviour summary at the first meeting after release.',
        'PCC comment',
        'I will raise the sharing of custody behaviour with the Local Criminal Justice Board at its meeting on 31 July 2025.',
      ),
    );
    expect(e.recommendations.map((r) => [r.label, r.forceResponse, r.pccResponse])).toEqual([
      [
        '(1)',
        'The Offender Management Unit receives a release notification for every registered offender, and since April 2025 it asks the prison for a behaviour summary at the first meeting after release.',
        'I will raise the sharing of custody behaviour with the Local Criminal Justice Board at its meeting on 31 July 2025.',
      ],
    ]);
  });

  it("keeps every paragraph under 'Concern (2)' alone on its line as the concern, up to the reply's title", () => {
    const e = extractReport(
      lines(
        'Dear Commissioner,',
        '',
        'Regulation 28 report to prevent future deaths: A. Person (Wessex, 3 March 2025)',
        '',
        'Concern (1)',
        '',
        'There is no national record of where a shotgun certificate holder keeps guns at a second home.',
        '',
        'Evidence was given that the regulation of shotguns differs from that of other firearms.',
        '',
        'I am concerned that this could lead to future deaths.',
        '',
        'Response of the Firearms Licensing Unit',
        '',
        'We now record a second address whenever a holder declares one.',
        '',
        'Concern (2)',
        '',
        'Forces cannot see the medical records of other people living at the address.',
      ),
    );
    expect(e.recommendations.map((r) => [r.label, r.text.split('. ').length])).toEqual([
      ['(1)', 3],
      ['(2)', 1],
    ]);
  });

  it("ends an item's text at a tracker's status standing alone on the next line ('AMBER')", () => {
    const e = extractReport(
      lines(
        'HMICFRS Report Recommendations',
        '',
        'Area for Improvement',
        'The force should improve its use of its crime-recording and management system to better manage its case files and investigative processes.',
        'AMBER',
        'No deadline set by HMICFRS',
        'Improvements are required in the way the force allocates some crimes and records supervision.',
      ),
    );
    expect(items(e).map((i) => i.text)).toEqual([
      'The force should improve its use of its crime-recording and management system to better manage its case files and investigative processes.',
    ]);
  });

  it("reads a 'Committee conclusion' column of a table pasted a cell a line as its items", () => {
    const e = extractReport(
      lines(
        'JOINT AUDIT COMMITTEE',
        '',
        '4.\tTABLE OF CONCLUSIONS',
        'No.',
        'Committee conclusion',
        'Force response',
        'Owner',
        '1',
        'Out-of-court disposals must not be used by police merely as a time-saving tool, allowing officers to spend more time on the frontline, but they must not replace prosecution where it is right. (Paragraph 13)',
        'The force accepts the view.',
        'Head of Criminal Justice',
        '2',
        'The way in which disposals are recorded does not help to instil public confidence in the system. (Paragraph 21)',
        'Recording has been audited.',
        'Head of Crime Recording',
      ),
    );
    expect(e.recommendations.map((r) => [r.number, r.forceResponse, r.addressees])).toEqual([
      [1, 'The force accepts the view.', []],
      [2, 'Recording has been audited.', []],
    ]);
  });

  it("takes no addressee from a sentence's narrative ('an offence committed in Cumbria', ', but they must')", () => {
    const e = extractReport(
      lines(
        'Recommendations',
        '',
        'Recommendation 1: It is wrong that an offence committed in Cumbria should go to court, while the same offence elsewhere does not.',
        '',
        'Recommendation 2: Disposals save officers time, allowing officers to spend more time on the frontline, but they must not replace prosecution. Chief constables should review their use.',
      ),
    );
    expect(e.recommendations.map((r) => r.addressees)).toEqual([[], ['Chief constables']]);
  });

  it('reads a document with a margin on every line (a printed page, a mail client) as it reads it without', () => {
    const page = [
      'Recommendations',
      '',
      'By 19 September 2023, the service should develop an action plan to make sure:',
      "  * its mobilisation system is effective and it doesn't result in the public",
      '    receiving a slower response to emergencies;',
      '  * fire control staff are provided with regular updates and welfare support',
      '    is put in place.',
      '',
      'On 19 September 2023, you submitted an action plan.',
    ];
    const texts = (e: Extraction) => items(e).map((i) => i.text);
    const flush = texts(extractReport(lines(...page)));
    expect(flush).toHaveLength(2);
    expect(texts(extractReport(lines(...page.map((l) => (l === '' ? l : `    ${l}`)))))).toEqual(flush);
  });

  it("reads an 'AFI' headline without a full stop as the whole item, its label 'AFI', the inspectors' reasons below it not", () => {
    const reasons =
      'During our inspection, we reviewed a sample of 194 stop and search records. Supervisors who review records should be trained to assess whether the record is reasonable. '.repeat(
        3,
      );
    const e = extractReport(
      lines(
        'Areas for improvement',
        '',
        'AFI',
        'The force needs to improve the effectiveness of its personal development reviews, which should be consistent across the workforce and valued by all',
        reasons,
        'Greater Manchester Police',
        '',
        'AFI',
        'The force needs to improve its training to make sure officers understand and record the use of stop and search powers',
        reasons,
      ),
    );
    expect(e.areasForImprovement.map((i) => [i.label, i.text])).toEqual([
      [
        'AFI',
        'The force needs to improve the effectiveness of its personal development reviews, which should be consistent across the workforce and valued by all',
      ],
      [
        'AFI',
        'The force needs to improve its training to make sure officers understand and record the use of stop and search powers',
      ],
    ]);
  });

  it("reads a committee's numbered conclusion that directs and cites '(Paragraph N)' as an item, in minutes or under a reply's heading", () => {
    const minutes = extractReport(
      lines(
        'RESOURCES COMMITTEE - MINUTES',
        '',
        '42/25  LEARNING FROM PARLIAMENTARY SCRUTINY',
        '',
        '       The Treasurer drew attention to two conclusions of the Select Committee:',
        '',
        '      "5.  We consider that the arrangement is unsatisfactory, and we recommend that it cease.',
        '      (Paragraph 15)"',
        '',
        '      "6.  We note the Department\'s figures for the year. (Paragraph 16)"',
      ),
    );
    expect(minutes.recommendations.map((r) => [r.label, r.text])).toEqual([
      [
        '5',
        'We consider that the arrangement is unsatisfactory, and we recommend that it cease. (Paragraph 15)',
      ],
    ]);
    const response = extractReport(
      lines(
        'Letter from the Home Secretary, 18 June 2014',
        '',
        'Government Response',
        '',
        '1. We note that the IPCC has again been unable to investigate in time. We urge the Government to ensure that its resourcing is robust. (Paragraph 9)',
        '',
        'The Government is transferring resources from police forces to the IPCC.',
        '',
        '[... copied to here; the rest of the response was not copied ...]',
      ),
    );
    expect(response.recommendations.map((r) => [r.label, r.forceResponse])).toEqual([
      ['1', 'The Government is transferring resources from police forces to the IPCC.'],
    ]);
  });

  it("reads a forwarder's '[HM: ...]' note under a quoted concern as the answer to it, not the concern's words", () => {
    const e = extractReport(
      lines(
        'Subject: FW: PFD report - A. Person',
        '',
        '> Regulation 28: report to prevent future deaths',
        '> Date of report: 24/07/2024',
        '>',
        "> CORONER'S CONCERNS",
        '> I am concerned that there is nothing to:',
        '>',
        '> 1. Warn drivers about the prospect of pedestrians crossing',
        '[HM: We have 23 places where a footpath meets a fast A-road. Costing the other 14 now.]',
        '> 2. Warn pedestrians about the road ahead',
        "[HM: None of our sites has a 'road ahead' marking.]",
        '>',
        '> You are under a duty to respond to this report within 56 days of the date of this report.',
      ),
    );
    expect(e.recommendations.map((r) => [r.text, r.forceResponse])).toEqual([
      [
        'Warn drivers about the prospect of pedestrians crossing',
        'We have 23 places where a footpath meets a fast A-road. Costing the other 14 now.',
      ],
      ['Warn pedestrians about the road ahead', "None of our sites has a 'road ahead' marking."],
    ]);
  });

  it("reads 'Area for improvement B' lettered titles, a two-line headline without a full stop, across a running head parted with bars", () => {
    const head = ['OFFICIAL', 'Wessex Police and Crime Panel  |  8 February 2024  |  Agenda item 9', ''];
    const e = extractReport(
      lines(
        ...head,
        '4.   The areas for improvement',
        '',
        '     Area for improvement A',
        '     The force needs to improve its training to make sure officers understand and record the use',
        '     of stop and search powers',
        '',
        '     HMICFRS found that an estimated 75.3 percent of searches had grounds recorded. Supervisors',
        '     should be trained to assess whether the record is reasonable.',
        '',
        '     Area for improvement B',
        '     The force needs to improve the effectiveness of its personal develop-',
        '',
        '                                         - 1 -',
        `\f${head[0]}`,
        ...head.slice(1),
        '     ment reviews, which should be consistent across the workforce and valued by all',
        '',
        '     HMICFRS noted that reviews had only recently been mandated for police staff.',
        '',
        '                                         - 2 -',
        `\f${head[0]}`,
        ...head.slice(1),
        '5.   Background papers',
      ),
    );
    expect(e.areasForImprovement.map((i) => [i.label, i.text])).toEqual([
      [
        'Area for improvement A',
        'The force needs to improve its training to make sure officers understand and record the use of stop and search powers',
      ],
      [
        'Area for improvement B',
        'The force needs to improve the effectiveness of its personal development reviews, which should be consistent across the workforce and valued by all',
      ],
    ]);
  });

  it("reads a paper's 'Concern A' and 'Concern B' titles over a coroner's concerns, each with the force's response", () => {
    const e = extractReport(
      lines(
        "Progress report: learning from coroners' reports (Regulation 28)",
        '',
        "4. Concerns, force response and Commissioner's comments",
        '',
        'Concern A',
        'Whilst the details of the offences were not disclosed to the jury, it is clear that there may',
        'have been good reason to restrict contact between members of the family.',
        '',
        'Wessex Police response: Custody officers record the reasons for any condition on the bail record.',
        '',
        'Concern B',
        'It is of great public concern that the needs of prospective defendants are taken into account.',
        '',
        'Wessex Police response: Bail procedures were updated in January 2016.',
      ),
    );
    expect(e.recommendations.map((r) => [r.label, r.text.slice(0, 20), r.forceResponse])).toEqual([
      [
        'Concern A',
        'Whilst the details o',
        'Custody officers record the reasons for any condition on the bail record.',
      ],
      ['Concern B', 'It is of great publi', 'Bail procedures were updated in January 2016.'],
    ]);
  });

  it("reads bullets under 'The following AFIs are linked to ...:' as areas for improvement, up to a title at the margin", () => {
    const e = extractReport(
      lines(
        'Home > Performance and Delivery Board > PEEL Improvement Plan AFIs 1 - 3',
        '',
        'The following AFIs are linked to capacity, capability and demand management therefore are grouped due to the overlap of activity:',
        '- The force needs to improve the capacity and capability of its response teams (Response)',
        '- The force needs to review how it allocates resources to ensure it can meet demand (Strategic Planning)',
        'Action Taken and Ongoing Activity (Anticipated Completion February 2023)',
        '- Additional sixty-nine officers posted to Local Policing',
        '- Three day supervisory investigative improvement course developed, delivered and now mandated',
      ),
    );
    expect(e.areasForImprovement.map((i) => i.text)).toEqual([
      'The force needs to improve the capacity and capability of its response teams (Response)',
      'The force needs to review how it allocates resources to ensure it can meet demand (Strategic Planning)',
    ]);
    expect(e.recommendations).toEqual([]);
  });

  it("reads lettered labels with their text on the line ('Cause of concern C: ...', 'Recommendation C1: ...')", () => {
    const e = extractReport(
      lines(
        'Dear Chief Constable,',
        '',
        "Cause of concern C: the constabulary didn't have adequate financial plans in place and it",
        "wasn't managing its resources effectively",
        '',
        "Chief Constable's reply: The medium-term financial plan was last refreshed in February 2025.",
        '',
        'Recommendation C1: make sure it has enough capacity to manage its finances effectively',
        '',
        "Chief Constable's reply: Finance capacity is shared with the OPCC.",
      ),
    );
    expect(items(e).map((i) => [i.kind, i.label, i.forceResponse])).toEqual([
      ['recommendation', 'Recommendation C1', 'Finance capacity is shared with the OPCC.'],
      [
        'cause_of_concern',
        'Cause of concern C',
        'The medium-term financial plan was last refreshed in February 2025.',
      ],
    ]);
  });

  it("reads a table pasted a cell a line whose first title ('No.') runs on from the appendix title above it", () => {
    const e = extractReport(
      lines(
        'The meeting closed at 11.42am.',
        '',
        'Appendix A - Kent Police PEEL 2021/22 areas for improvement: Thamesmere position',
        'No.',
        'Area for improvement (HMICFRS wording)',
        'Thamesmere Police position',
        'Lead',
        '1',
        'The force needs to improve the capacity and capability of its response teams',
        'Response team establishment is 96% filled.',
        'ACC Local Policing',
        '2',
        'The force is failing to properly resource the teams that investigate domestic abuse',
        'Domestic abuse teams were restructured in May 2025.',
        'Det Supt Public Protection',
      ),
    );
    expect(e.areasForImprovement.map((i) => [i.number, i.forceResponse])).toEqual([
      [1, 'Response team establishment is 96% filled.'],
      [2, 'Domestic abuse teams were restructured in May 2025.'],
    ]);
  });

  it("reads 'Our position at HMP Thamesmere:' after a quoted concern as the office's answer to it", () => {
    const e = extractReport(
      lines(
        'Regulation 28 report: A. Person - read-across',
        '',
        '3. The matters of concern',
        '',
        '    Concern 1: "Prison staff have not read and understood the July 2021 annex. There was a failure to',
        '    share risk pertinent information about him to all staff caring for him that day."',
        '',
        '    Our position at HMP Thamesmere: The annex has been issued to all staff, but issue is not the',
        '    same as understanding.',
      ),
    );
    expect(e.recommendations.map((r) => [r.text.slice(-20), r.forceResponse])).toEqual([
      [
        'ng for him that day.',
        'The annex has been issued to all staff, but issue is not the same as understanding.',
      ],
    ]);
  });

  it("keeps 'As a minimum it should:' and its bullets with the recommendation before it, as one item, outside a recommendations section", () => {
    const e = extractReport(
      lines(
        '# Children in custody: learning from other forces',
        '',
        '## 1. Bedfordshire - child protection inspection (November 2017)',
        '',
        'One of its recommendations concerned children in custody:',
        '',
        "> Within six months Bedfordshire Police should, in conjunction with children's social care services, review how it manages the detention of children. As a minimum it should:",
        '>',
        '> * ensure that all children are only detained when absolutely necessary; and',
        '> * improve the timeliness of adequate appropriate adult support for children who are arrested.',
        '',
        '**Wessex Police response:** Custody sergeants now request local authority accommodation at charge.',
      ),
    );
    expect(e.recommendations.map((r) => [r.text.slice(0, 40), r.text.slice(-30), r.forceResponse])).toEqual([
      [
        'Within six months Bedfordshire Police sh',
        'for children who are arrested.',
        'Custody sergeants now request local authority accommodation at charge.',
      ],
    ]);
  });

  it("reads a register's list view printed record by record ('Entry ID: 1183' over indented 'Key: value' fields)", () => {
    const record = (id: number, concern: string, update: string) => [
      `Entry ID: ${id}`,
      '  Concern no.: 1',
      '  Recipient(s): Chief Executive, West Sussex County Council',
      '  Concern text:',
      `    ${concern}`,
      '  Recipient response due: 30/08/2019',
      `  Wessex action / update: ${update}`,
      '  Item status: Open',
      '',
    ];
    const e = extractReport(
      lines(
        'Wessex County Council  |  Highways Risk & Learning Register  |  List view',
        '',
        '-'.repeat(60),
        'Source: PFD 2019-0231  A. Person   Report date: 05/07/2019',
        '',
        ...record(
          1183,
          'I am concerned that the number of chevrons outside the college is insufficient.',
          'Chevron audit completed.',
        ),
        ...record(
          1184,
          'There are two "Slow" markings on the road but I am concerned that these are faded.',
          'In the lining programme.',
        ),
      ),
    );
    expect(
      e.recommendations.map((r) => [r.label, r.text.slice(0, 30), r.forceResponse, r.addressees]),
    ).toEqual([
      [
        '1183',
        'I am concerned that the number',
        'Chevron audit completed.',
        ['Chief Executive, West Sussex County Council'],
      ],
      [
        '1184',
        'There are two "Slow" markings ',
        'In the lining programme.',
        ['Chief Executive, West Sussex County Council'],
      ],
    ]);
  });

  it("lists the entries under a stem that names them ('the four recommendations which ... should carry out immediately:') whole, the stem's deadline on each", () => {
    const e = extractReport(
      lines(
        '41/26  HMICFRS: REVISIT LETTER - READ-ACROSS',
        '',
        'Mr Barnard explained that HMICFRS had issued the force with a cause of concern. The report set out the four recommendations which the letter says the force should carry out immediately:',
        '',
        '(a)  review how it manages crimes and make sure that supervisors understand how to use its crime management systems;',
        '',
        "(b)  review all crimes where victims haven't received a regular update to assess their needs; and",
        '',
        'The remaining recommendations were not discussed.',
      ),
    );
    expect(e.recommendations.map((r) => [r.label, r.text.slice(0, 30), r.due?.kind])).toEqual([
      ['(a)', 'review how it manages crimes a', 'immediate'],
      ['(b)', 'review all crimes where victim', 'immediate'],
    ]);
  });

  it("reads HMICFRS's reasons for moving a force 'into the Engage phase because:' as causes of concern, not the forwarder's own to-do list", () => {
    const e = extractReport(
      lines(
        'Subject: FW: Engage reasons - for the assurance log',
        '',
        'Two things I think we should do before the December board:',
        '1. ask Wessex Police for a short position on each of the three - by 4 December please; and',
        '2. check whether the 2025 crime data integrity audit should be repeated.',
        '',
        '> The body said it has decided to move Devon and Cornwall Police into the Engage',
        '> phase because:',
        '>',
        "> * The force's crime recording has deteriorated since the last inspection.",
        '>',
        '> * The force does not answer, or respond to, emergency calls within adequate timeframes.',
      ),
    );
    expect([e.recommendations.length, e.causesOfConcern.map((c) => c.text)]).toEqual([
      0,
      [
        "The force's crime recording has deteriorated since the last inspection.",
        'The force does not answer, or respond to, emergency calls within adequate timeframes.',
      ],
    ]);
  });

  it("reads a read-across plan pasted a cell a line: the finding with its stem and bullets is the item, 'Our action' the office's answer", () => {
    const e = extractReport(
      lines(
        'HMICFRS read-across action plan',
        '',
        'No.',
        'Finding',
        'Type',
        'Our action',
        'Owner',
        '',
        '1',
        'The service should develop a system that brings together workforce and training plans and:',
        '• will account for the people, skills and capabilities it needs; and',
        '• makes sure there is central oversight of all recruitment activity.',
        'Cause of concern',
        'Create one Strategic Workforce Plan linked to the CRMP.',
        'Director of People',
        '',
        '2',
        'The service should make sure it participates in a programme of cross-border exercises.',
        'Area for improvement',
        'Enter all cross-border exercises on the regional exercise register.',
        'Group Manager, Operational Assurance',
      ),
    );
    expect(
      items(e)
        .sort((a, b) => (a.number ?? 0) - (b.number ?? 0))
        .map((i) => [i.kind, i.text.slice(-30), i.forceResponse]),
    ).toEqual([
      [
        'cause_of_concern',
        't of all recruitment activity.',
        'Create one Strategic Workforce Plan linked to the CRMP.',
      ],
      [
        'area_for_improvement',
        'mme of cross-border exercises.',
        'Enter all cross-border exercises on the regional exercise register.',
      ],
    ]);
  });

  it("ends a quoted report's section where the quote ends: the thread's own messages after it are no concerns", () => {
    const e = extractReport(
      lines(
        'Microsoft Teams',
        '',
        '    Dr A. Varma (Medical Director)   09/12/2024 09:10',
        '    Box 5 in full:',
        '    > The MATTERS OF CONCERN are as follows:',
        '    >',
        '    > The category of this type of case for transfer should be raised to category 1. In my opinion there is a risk that future deaths could occur.',
        '    The recipients are listed as: the family, the hospital trust and the ambulance service. Report dated 2 December 2024.',
        '',
        '    P. Nandakumar (Clinical Hub Manager)   09/12/2024 09:16',
        '    Our SOP says a time-critical transfer should be upgraded to Cat 1 only when the surgeon asks for it.',
        '',
        '    T. Haskins (Emergency Operations Centre)   09/12/2024 09:31',
        '    For info the EOC can see 3 such transfers coded Cat 2 in the last 12 months.',
      ),
    );
    expect(e.recommendations.map((r) => r.text.slice(0, 40))).toEqual([
      'The category of this type of case for tr',
    ]);
  });

  it("keeps a quoted line wrapped without its '> ' in the quote, and reads 'Wessex Police position (October 2025):' as the answer", () => {
    const e = extractReport(
      lines(
        '## Areas for improvement',
        '',
        '### Area for improvement 1',
        '',
        '> The force should improve how it manages the vetting of its workforce, to make sure that post holders',
        'have valid vetting clearance for the role undertaken.',
        '',
        '**Wessex Police position (October 2025):** The vetting system was linked to the HR system in March 2025.',
      ),
    );
    expect(e.areasForImprovement.map((i) => [i.text.slice(-30), i.forceResponse])).toEqual([
      ['rance for the role undertaken.', 'The vetting system was linked to the HR system in March 2025.'],
    ]);
  });

  it("reads an area for improvement set in bold under its label as the item, not a title over the inspectors' explanation", () => {
    const e = extractReport(
      lines(
        '# PEEL read-across: Dorset Police',
        '',
        '### Area for improvement',
        '',
        '**The force needs to improve how it records crime when antisocial behaviour personal is reported**',
        '',
        "HMICFRS's explanation:",
        '',
        '> The force is failing to record most crimes when victims report antisocial behaviour.',
      ),
    );
    expect(e.areasForImprovement.map((i) => i.text)).toEqual([
      'The force needs to improve how it records crime when antisocial behaviour personal is reported',
    ]);
  });

  it("reads '### PAC recommendation 4' as the committee's item 4, the Treasury Minute's reply under its own title", () => {
    const e = extractReport(
      lines(
        '# Treasury Minute watch: The Emergency Services Network',
        '',
        "## Recommendations and the Government's replies",
        '',
        '### PAC recommendation 4',
        '',
        '> By the time the new user services contract is in place, the Department should obtain an independent opinion on the integration plan.',
        '',
        '**Government reply (Treasury Minute)**',
        '',
        "4.1 The government agrees with the Committee's recommendation.",
      ),
    );
    expect(e.recommendations.map((r) => [r.label, r.number, r.forceResponse])).toEqual([
      ['4', 4, "4.1 The government agrees with the Committee's recommendation."],
    ]);
  });

  it("reads a log's 'Finding type' column as each row's kind, and leaves out a row typed 'Context only'", () => {
    const e = extractReport(
      lines(
        'Wessex Police - HMICFRS learning log (peer forces)\texport 19/11/2025',
        'Ref\tSource\tFinding type\tText (as published)\tOwner\tUpdate (Nov 2025)',
        'WX-RA-31\tStaffordshire Police: revisit letter\tCause of concern\twas failing to identify and assess vulnerability at first point of contact\tSupt Contact\tVulnerability screen completed on 97% of logs.',
        'WX-RA-33\tStaffordshire Police: revisit letter\tContext only\tOn 6 July 2022, we moved Staffordshire Police to the engage phase of our monitoring process.\t-\tBackground; not tracked.',
      ),
    );
    expect([e.recommendations.length, e.causesOfConcern.map((c) => [c.label, c.forceResponse])]).toEqual([
      0,
      [['WX-RA-31', 'Vulnerability screen completed on 97% of logs.']],
    ]);
  });

  it("reads a reply's concerns quoted after their numbers ('(1) \"...\"'), each with the 'Wessex response:' below it", () => {
    const e = extractReport(
      lines(
        'Dear Rachel',
        '',
        'Regulation 28 report: A. Person - read-across',
        '',
        "1. Thank you for your letter asking each provider how it would answer the coroner's concerns in the Regulation 28 report on the death of A. Person, made on 19 July 2023 and sent to the Chief Executive of the trust and to the Care Quality Commission, who must respond within 56 days of the date of the report. We are not a recipient and have no duty to respond to the coroner, but we have considered each concern.",
        '',
        '(1) "The serious incident investigation report in this case was not available until 24.03.2023, over 10',
        'months since the death and around 8 months outside the',
        'NHS framework guidance of 60 days."',
        '',
        'Wessex response: Our own serious incident reports are not meeting the standard either.',
        '',
        '(2) "The NHS framework sets out clearly a timescale of 60 working days for the completion of reports."',
        '',
        'Wessex response: We accept the principle.',
      ),
    );
    expect(e.recommendations.map((r) => [r.label, r.number, r.text.slice(-20), r.forceResponse])).toEqual([
      [
        '(1)',
        1,
        'guidance of 60 days.',
        'Our own serious incident reports are not meeting the standard either.',
      ],
      ['(2)', 2, 'mpletion of reports.', 'We accept the principle.'],
    ]);
  });

  it("reads a section 55 table pasted a cell a line whose rows open 'CoC' or 'R1' then 'Recommendation 1' on a line of its own", () => {
    const e = extractReport(
      lines(
        'Section 55 response',
        '',
        'Ref',
        'HMICFRS finding',
        'Thamesmere Police response',
        'PCC comment',
        'Status',
        'CoC',
        'Cause of concern',
        'We are concerned that police forces are dealing with breaches of orders in isolation.',
        'Breaches are now reviewed by the Stalking Clinic.',
        'I share the concern.',
        'Open',
        'R1',
        'Recommendation 1',
        'Within six months chief constables should ensure that forces record stalking crimes when victims report breaches of orders.',
        'Accepted. Crime recording guidance was updated in May 2019.',
        'I will receive the audit at my Performance Board.',
        'Open',
      ),
    );
    expect(items(e).map((i) => [i.kind, i.label, i.forceResponse, i.pccResponse])).toEqual([
      [
        'recommendation',
        'Recommendation 1',
        'Accepted. Crime recording guidance was updated in May 2019.',
        'I will receive the audit at my Performance Board.',
      ],
      [
        'cause_of_concern',
        'CoC',
        'Breaches are now reviewed by the Stalking Clinic.',
        'I share the concern.',
      ],
    ]);
  });

  it("reads an audit action plan's 'Recommendation 1   Priority: High' as the label, and 'Area for improvement adopted in the plan:' as a field under it", () => {
    const e = extractReport(
      lines(
        'APPENDIX A - MANAGEMENT ACTION PLAN',
        '',
        '    Recommendation 1                                              Priority: High',
        '',
        '        Area for improvement adopted in the Investigation Improvement Plan:',
        '            The force should improve the scrutiny and governance of outstanding',
        '            suspects and persons released under investigation.',
        '',
        '    Recommendation 2                                              Priority: Medium',
        '',
        '        Area for improvement adopted in the Investigation Improvement Plan:',
        '            The force should ensure that it puts in place regular and active',
        '            supervision consistently.',
      ),
    );
    expect([
      e.areasForImprovement.length,
      e.recommendations.map((r) => [r.label, r.text.slice(0, 30)]),
    ]).toEqual([
      0,
      [
        ['Recommendation 1', 'The force should improve the s'],
        ['Recommendation 2', 'The force should ensure that i'],
      ],
    ]);
  });

  it("reads 'Recommendations - immediate' right above its dash bullets as a title naming them, each bullet an item", () => {
    const e = extractReport(
      lines(
        'Subject: Inspection summary - service to victims',
        '',
        'Recommendations - immediate',
        '  - The force should immediately put in place arrangements to make sure that adequate',
        '    supervision is applied to crime-recording decisions made by officers and staff.',
        '  - The force should immediately reinforce the requirement for the use of investigation plans.',
        '',
        'Recommendations - within six months',
        '  - Within six months the force should complete a review of its operational governance arrangements.',
      ),
    );
    expect(e.recommendations.map((r) => r.due?.kind)).toEqual(['immediate', 'immediate', 'relative']);
  });

  it("keeps the bullets under '... to ensure that:' or '... to ensure it includes:' as one recommendation, whatever the bullet", () => {
    for (const [stem, bullet] of [
      ['Within six months the force should put in place arrangements to ensure that:', '  •'],
      [
        'The IOPC recommends the College of Policing update its guidance on safe and well checks to ensure it includes:',
        '  -',
      ],
    ]) {
      const e = extractReport(
        lines(
          'Recommendations',
          '',
          stem ?? '',
          '',
          `${bullet} at the point of report, victims are believed;`,
          `${bullet} online reports of crime are triaged at the point of receipt.`,
        ),
      );
      expect(e.recommendations).toHaveLength(1);
      expect(e.recommendations[0]?.text).toMatch(
        /victims are believed; .* triaged at the point of receipt\.$/,
      );
    }
  });

  it("reads a revisit letter's quoted finding after 'Our inspection found:' as the cause of concern its recommendations answer", () => {
    const e = extractReport(
      lines(
        'Greater Manchester Police: PEEL Cause of concern revisit letter',
        '',
        'Responding to the public',
        '',
        'Our inspection found:',
        '',
        '"Greater Manchester Police is failing to respond appropriately to some people who are vulnerable and at risk."',
        '',
        'We made the following recommendations:',
        '',
        '\tThe force should immediately develop a plan to improve its capacity to deploy resources to incidents.',
        '',
        '\tWithin three months, the force should review its graded response policy.',
      ),
    );
    expect(e.causesOfConcern.map((c) => c.text.slice(0, 40))).toEqual([
      'Greater Manchester Police is failing to ',
    ]);
    expect(e.recommendations).toHaveLength(2);
  });

  it("reads an audit action plan's record: the auditor's finding is set aside, the agreed management action answers, the target date is the deadline", () => {
    const e = extractReport(
      lines(
        'APPENDIX A - MANAGEMENT ACTION PLAN',
        '',
        '    Recommendation 1                                              Priority: High',
        '',
        '        Area for improvement adopted in the Investigation Improvement Plan:',
        '            The force should improve the scrutiny and governance of outstanding suspects.',
        '',
        '        Audit finding:',
        '            On 30 September 2025 there were 1,184 named suspects shown as outstanding.',
        '',
        '        Agreed management action:',
        '            Agreed. A monthly outstanding suspects review will start in January 2026.',
        '',
        '        Responsible officer:  Head of Crime',
        '        Target date:          31/01/2026',
      ),
    );
    expect(e.recommendations.map((r) => [r.text, r.forceResponse, r.due?.date])).toEqual([
      [
        'The force should improve the scrutiny and governance of outstanding suspects.',
        'Agreed. A monthly outstanding suspects review will start in January 2026.',
        '2026-01-31',
      ],
    ]);
  });

  it("reads a coroner's concerns each under a lettered title ('A.  Speed limit'), grouped by recipient, as one concern a title", () => {
    const e = extractReport(
      lines(
        'REGULATION 28: REPORT TO PREVENT FUTURE DEATHS',
        '',
        " 5      CORONER'S CONCERNS",
        '',
        '        The MATTERS OF CONCERN are as follows. -',
        '',
        '        CAMBRIDGESHIRE COUNTY COUNCIL',
        '',
        '        A.  Speed limit',
        '',
        '        The designated speed for this section of road was 60 mph.',
        '',
        '        The need for a reduction in the limit does not appear to have been raised during inspections.',
        '',
        '        B.  Inspections of the road',
        '',
        '        I have a concern that inspections of the road have not been sufficiently rigorous.',
        '',
        ' 6      ACTION SHOULD BE TAKEN',
        '',
        '        In my opinion action should be taken to prevent future deaths.',
      ),
    );
    expect(e.recommendations.map((r) => [r.label, r.text.slice(0, 30)])).toEqual([
      ['A', 'The designated speed for this '],
      ['B', 'I have a concern that inspecti'],
    ]);
  });

  it("reads a table pasted a cell a line with only a ref, the items and a comment column ('Number', 'Recommendation', 'Relevance')", () => {
    const e = extractReport(
      lines(
        '3. Recommendations of the 2007 review (table exported from the Word version of this paper)',
        'Number',
        'Recommendation',
        'Relevance to Thamesmere',
        '',
        '1',
        'Recommendations made by HMCIC in inspection reports are often too ill defined. Future inspection procedures should result in SMART recommendations.',
        'Agreed principle.',
        '',
        '2',
        'Some HMCIC Recommendations are directed at other agencies. HMCIC should address them to the bodies that can act.',
        'Relevant where recommendations are addressed to the NPCC.',
      ),
    );
    expect(e.recommendations.map((r) => [r.number, r.text.slice(0, 20)])).toEqual([
      [1, 'Recommendations made'],
      [2, 'Some HMCIC Recommend'],
    ]);
  });

  it("reads a digest's 'What the committee said' column as its items", () => {
    const e = extractReport(
      lines(
        '2.\tDIGEST',
        '',
        'No.',
        'Source',
        'What the committee said',
        'Addressed to',
        'Wessex OPCC comment',
        '1',
        'Select Committee on Defence Fourth Report, conclusion 3',
        "We recommend that in future MoD's Annual Report and Accounts contain more detailed information on the cost of operations. (Paragraph 10)",
        'Ministry of Defence',
        'Partly relevant. We will ask the force to add a note for 2025/26.',
        '2',
        'Select Committee on Defence Fourth Report, conclusion 6',
        'We also recommend that in future MoD provide to this Committee regular updates of the cost of operations. (Paragraph 16)',
        'Ministry of Defence',
        'Relevant. Quarterly reporting will start with the Q4 pack.',
      ),
    );
    expect(e.recommendations.map((r) => [r.number, r.addressees, r.pccResponse])).toEqual([
      [1, ['Ministry of Defence'], 'Partly relevant. We will ask the force to add a note for 2025/26.'],
      [2, ['Ministry of Defence'], 'Relevant. Quarterly reporting will start with the Q4 pack.'],
    ]);
  });

  it('keeps items of two reports quoted under their own headings apart when they share a number', () => {
    const e = extractReport(
      lines(
        "# Select committee recommendations on policing: the Government's responses",
        '',
        '## A. Leadership and standards in the police',
        '',
        'Recommendation 1',
        '',
        'We urge the Government to ensure that the resourcing for the IPCC is robust and enables it to take on more independent investigations.',
        '',
        '## C. Policing for the future',
        '',
        'Recommendation 1',
        '',
        'We welcome efforts to integrate policing with other public services, including through multi-agency teams based in the same location.',
      ),
    );
    expect(e.recommendations.map((r) => r.text.slice(0, 20))).toEqual([
      'We urge the Governme',
      'We welcome efforts t',
    ]);
  });

  it("numbers a tracker's rows by their refs' last digits ('A10' is 10, 'WX-AFI-21' is 21)", () => {
    const e = extractReport(
      lines(
        'Ref,Recommendation,Update',
        'A10,"The CPS and NPCC should work together to review their service level agreements.","National recommendation, monitored."',
        'WX-AFI-21,"The force should improve how it records crime when antisocial behaviour is reported.","Audit in April."',
      ),
    );
    expect(items(e).map((i) => [i.label, i.number])).toEqual([
      ['A10', 10],
      ['WX-AFI-21', 21],
    ]);
  });

  it("reads a reply letter's 'IOPC Recommendation 1' titles, not its own numbered paragraph about the recommendations", () => {
    const e = extractReport(
      lines(
        'IOPC learning recommendations to Sussex Police (29 August 2025)',
        '',
        '2.  The recommendations were made to Sussex Police, not to us, and it is',
        '    Sussex Police that must reply to the IOPC.',
        '',
        '    IOPC Recommendation 1',
        '',
        '        The IOPC recommends that Sussex Police should create a policy',
        '        which determines the offences for which a suicide risk',
        '        assessment must be completed.',
        '',
        '    Thamesmere Police position',
        '',
        '        Partly in place. The standard will be extended by 31 January 2026.',
      ),
    );
    expect(e.recommendations.map((r) => [r.label, r.text.slice(0, 30), r.forceResponse])).toEqual([
      [
        'Recommendation 1',
        'The IOPC recommends that Susse',
        'Partly in place. The standard will be extended by 31 January 2026.',
      ],
    ]);
  });

  it("leaves a SharePoint export's 'ID' column (beside 'Item Type' and 'Path') out of the items' labels", () => {
    const e = extractReport(
      lines(
        'ID,Title,Report date,Finding type,Inspectorate wording,Status,Item Type,Path',
        '420,Gwent - bias training,,Area for improvement,"The force should ensure that appropriate members of its workforce receive training in unconscious bias.",Open,Item,Lists/ReadAcross',
        '423,Gwent - use of force,,Area for improvement,"The force should ensure it monitors a comprehensive set of data on its use of force.",Open,Item,Lists/ReadAcross',
      ),
    );
    expect(e.areasForImprovement.map((i) => [i.label, i.number])).toEqual([
      [null, null],
      [null, null],
    ]);
  });

  it("reads a reply's 'Coroner's concern 2 (to all recipients)' title over the quoted concern", () => {
    const e = extractReport(
      lines(
        'Regulation 28 report: A. Person (Surrey) - read-across',
        '',
        "Coroner's concern 1 (to all five recipients)",
        '',
        '    "An applicant is able to obtain medication from an on-line doctor without the knowledge of their GP."',
        '',
        'Thamesmere position: We do not ask applicants about online consultations.',
        '',
        "Coroner's concern 2 (to recipients 1 to 3 only)",
        '',
        '    "Consideration should be given as to how a licensing authority can obtain full disclosure."',
        '',
        'Thamesmere position: The unit already checks domestic abuse records.',
      ),
    );
    expect(e.recommendations.map((r) => [r.number, r.text.slice(0, 30), r.forceResponse])).toEqual([
      [1, 'An applicant is able to obtain', 'We do not ask applicants about online consultations.'],
      [2, 'Consideration should be given ', 'The unit already checks domestic abuse records.'],
    ]);
  });

  it("reads a committee's numbered conclusions under a title whose bracket runs on to the next line", () => {
    const e = extractReport(
      lines(
        'APPENDIX A',
        '',
        'Conclusions and recommendations (paragraphs 1 to 2; the remaining',
        'paragraphs are not reproduced)',
        '',
        '1.   The Ministry of Justice (the Ministry) has much to do. The Ministry',
        '     should produce a report on progress to this Committee by September 2011.',
        '',
        '2.   It is simply not acceptable that the Ministry still has no figures. We look',
        '     to the Ministry to bring forward the work it is doing on its costs.',
      ),
    );
    expect(e.recommendations.map((r) => [r.number, r.text.slice(0, 24), r.addressees])).toEqual([
      [1, 'The Ministry of Justice ', ['Ministry of Justice']],
      [2, 'It is simply not accepta', ['Ministry of Justice']],
    ]);
  });

  it("takes 'should make sure that:' bullets that are each a sentence as separate recommendations", () => {
    const e = extractReport(
      lines(
        'Recommendations',
        '',
        'Within three months, Staffordshire Police should make sure that:',
        '',
        '  •  call handlers use and correctly record structured initial triage and risk assessments.',
        '',
        '  •  vulnerable and repeat callers are routinely identified.',
        '',
        'Within six months, the force should put in place arrangements to ensure that:',
        '',
        '  •  at the point of report, victims are believed; and',
        '  •  conversations with callers are summarised accurately in the incident log.',
      ),
    );
    expect(e.recommendations.map((r) => r.text.replace(/^.*?that: /, '').slice(0, 30))).toEqual([
      'call handlers use and correctl',
      'vulnerable and repeat callers ',
      '• at the point of report, vict',
    ]);
  });

  it("reads a board's minutes quoting IOPC recommendations, each with its own reply due, position and decision", () => {
    const e = extractReport(
      lines(
        'ORGANISATIONAL LEARNING BOARD',
        '',
        "5. Coroners' reports",
        'The Regulation 28 read-across for the highway report has been passed to the council.',
        '',
        '6. IOPC learning recommendations to other forces',
        '',
        '6.1  Essex Police, May 2025',
        'Addressed to: Essex Police',
        'IOPC recommendation:',
        'The IOPC recommends that Essex Police take steps to ensure newly appointed officers or',
        'staff members in the investigation team are fully equipped to perform their roles well.',
        'Essex response due 26 June 2025',
        'Thamesmere position (Head of Professional Standards):',
        'Partly in place. Every new joiner has a named mentor.',
        'Board decision: Adopt. Induction course to be designed.',
        '',
        '6.2  Metropolitan Police, November 2023',
        'Addressed to: Metropolitan Police Service',
        'IOPC recommendation:',
        'The IOPC recommends that the Metropolitan Police Service include a clarifying prompt',
        'in the Informant Engagement Guidance.',
        'Thamesmere position (Head of Professional Standards):',
        'Our guidance already tells the handler to agree a route.',
        'Board decision: Adopt.',
      ),
    );
    expect(e.recommendations.map((r) => [r.addressees, r.due.kind, r.due.date, r.forceResponse])).toEqual([
      [['Essex Police'], 'date', '2025-06-26', 'Partly in place. Every new joiner has a named mentor.'],
      [
        ['Metropolitan Police Service'],
        'none',
        null,
        'Our guidance already tells the handler to agree a route.',
      ],
    ]);
  });

  it("reads a register's list page: a details line over each entry's words, filter controls, no date of its own", () => {
    const entry = (title: string, published: string, ref: number, words: string[]) => [
      title,
      `Published on: ${published}    Applies to: All forces    Reference: ${ref}`,
      ...words,
      'Status: Open    Status last reviewed: 12/09/2024',
      '',
    ];
    const e = extractReport(
      lines(
        'National recommendations',
        '',
        'Filter results',
        'Sort by: Newest first',
        'Showing 1 to 3 of 3 results',
        '',
        ...entry('Police performance: Getting a grip', '7 July 2023', 10412, [
          'By January 2024, forces should review whether they have effective processes in place to',
          'reduce the risk of skilled personnel leaving the organisation',
        ]),
        ...entry('PEEL: Police effectiveness 2017', '22 March 2018', 10370, [
          'By September 2018, all forces with a shortage in detectives should develop an action plan.',
          'This plan should draw on the information in the force management statement about:',
          '   - the investigative demand the force expects to face; and',
          '   - how the force will change its workforce to cope with that demand.',
        ]),
        ...entry('Roads policing', '8 March 2023', 10391, [
          'Chief constables should make sure that roads policing is in their strategic assessments.',
        ]),
      ),
    );
    expect([
      e.publishedOn,
      e.recommendations.map((r) => [r.text.slice(0, 24), r.text.includes('demand')]),
    ]).toEqual([
      null,
      [
        ['By January 2024, forces ', false],
        ['By September 2018, all f', true],
        ['Chief constables should ', false],
      ],
    ]);
  });

  it("reads an email's lists titled by whom they are for, a 'forces should:' entry keeping its points, not the writer's own", () => {
    const e = extractReport(
      lines(
        'Subject: HMICFRS spotlight report - recommendations',
        '',
        'HMICFRS published "Disproportionate use of police powers - A spotlight on stop',
        'and search and the use of force" on Friday 26 February 2021. I have set out the',
        'recommendations below.',
        '',
        'For forces (so Marchshire Police):',
        '',
        '*  By July 2022, forces should ensure that officers and staff have effective',
        '   communication skills.',
        '*  By September 2021, forces should:',
        '     - ensure that officers record stop and search encounters on body-worn video.',
        '     - have a structured process for reviewing a sample of the footage.',
        '',
        'For the Home Office and the NPCC (not for the force, but we will want the data):',
        '',
        '*  The Home Office and the NPCC should take steps to ensure that the data is of',
        '   sufficient quality for publication.',
        '',
        'My suggestions:',
        '(a) I think we should ask for the review sample to be shared with the panel.',
        '(b) The Chief Constable should be asked to bring the data to the board.',
      ),
    );
    expect([e.publishedOn, e.recommendations.map((r) => r.text.slice(0, 40))]).toEqual([
      '2021-02-26',
      [
        'By July 2022, forces should ensure that ',
        'By September 2021, forces should: • ensu',
        'The Home Office and the NPCC should take',
      ],
    ]);
    expect(e.recommendations[1]?.text).toContain('• have a structured process');
  });

  it("reads a table whose 'Recommendation' column holds the labels and 'HMIC text' the words", () => {
    const e = extractReport(
      lines(
        '## Recommendations',
        '',
        "| Recommendation | HMIC text | Marchshire Police response | Commissioner's comment |",
        '|---|---|---|---|',
        '| Recommendation 1 | By 31 August 2015, all chief constables should satisfy themselves that misconduct outcomes are fair. | The Deputy Chief Constable reviewed every case. | I am satisfied. |',
        '| Recommendation 2 | By 31 August 2015, all forces should ensure that there is sufficient analytical capability. | One analyst post was funded. | I funded the post. |',
      ),
    );
    expect(
      e.recommendations.map((r) => [r.label, r.text.slice(0, 20), r.forceResponse, r.pccResponse]),
    ).toEqual([
      [
        'Recommendation 1',
        'By 31 August 2015, a',
        'The Deputy Chief Constable reviewed every case.',
        'I am satisfied.',
      ],
      ['Recommendation 2', 'By 31 August 2015, a', 'One analyst post was funded.', 'I funded the post.'],
    ]);
  });

  it("reads a reply quoting 'Concern 1' ... 'Concern 3' (titles alike but for the number, not running heads)", () => {
    const e = extractReport(
      lines(
        'Dear Councillor Adeyemi',
        '',
        'Thank you for sending us the Regulation 28 report that J. Lees, coroner for The Black Country',
        'Jurisdiction, issued on 25 April 2024. The report was sent to Walsall MBC, not to us or to the',
        "Council, and Walsall's response was due within 56 days of the report.",
        '',
        'Concern 1',
        '"There is no footway for pedestrians on the service road. In my view this presents a risk of future deaths."',
        '',
        'Thamesmere Homes position: Albion Parade has the same layout.',
        '',
        'Concern 2',
        '"The road has no markings for a walking route to the flats. In my view this presents a risk of future deaths."',
        '',
        'Thamesmere Homes position: None of our roads is marked.',
        '',
        'Concern 3',
        '"Bins and skips stand in the carriageway and block the view. In my view this presents a risk of future deaths."',
        '',
        'Thamesmere Homes position: Caretakers now move the bins back.',
        '',
      ),
    );
    expect([
      e.publishedOn,
      e.recommendations.map((r) => [
        r.number,
        r.text.slice(0, 20),
        r.addressees,
        r.due.date,
        r.forceResponse,
      ]),
    ]).toEqual([
      '2024-04-25',
      [
        [1, 'There is no footway ', ['Walsall MBC'], '2024-06-20', 'Albion Parade has the same layout.'],
        [2, 'The road has no mark', ['Walsall MBC'], '2024-06-20', 'None of our roads is marked.'],
        [3, 'Bins and skips stand', ['Walsall MBC'], '2024-06-20', 'Caretakers now move the bins back.'],
      ],
    ]);
  });

  it("reads a panel annex's 'Progress reported by Wessex Police' and 'Commissioner's assessment' as the two replies", () => {
    const e = extractReport(
      lines(
        'ANNEX B - NATIONAL RECOMMENDATIONS',
        '',
        'B2\tPolice performance: Getting a grip',
        '\tHMICFRS, published 7 July 2023',
        '',
        '\tRecommendation 2',
        'By January 2024, forces should review whether they have effective processes in',
        'place to reduce the risk of skilled personnel leaving the organisation',
        '',
        '\tProgress reported by Wessex Police:',
        'Review completed in January 2024.',
        '',
        "\tCommissioner's assessment:",
        'Amber. Leaver numbers have not yet fallen.',
        '',
        '5.   THAMESMERE READ-ACROSS',
        '',
        '5.1  The Chief Constable has confirmed that the template was revised.',
      ),
    );
    expect(e.recommendations.map((r) => [r.label, r.forceResponse, r.pccResponse])).toEqual([
      ['Recommendation 2', 'Review completed in January 2024.', 'Amber. Leaver numbers have not yet fallen.'],
    ]);
  });

  it("reads a Word table a cell a line keyed by 'Rec 1', 'Rec 2' refs, a stem's bullets kept in its cell", () => {
    const e = extractReport(
      lines(
        'The table sets out the Wessex position against each recommendation.',
        '',
        'Ref',
        'Recommendation to Lancashire Constabulary',
        'Wessex Police position',
        "Commissioner's comment",
        'Review date',
        'Rec 1',
        'Within three months, Lancashire constabulary should ensure that officers always check on the welfare of children',
        'Partly in place. Guidance asks officers to describe any child present.',
        'Assured in part.',
        '30/09/2018',
        'Rec 2',
        'HMICFRS recommends that, within three months, Lancashire constabulary should review its approach to children exposed to domestic abuse as a minimum this should include:',
        '• the referral criteria to MARAC.',
        'In place. The criteria were revised in 2017.',
        'Assured. No further OPCC action.',
        'n/a',
      ),
    );
    expect(
      e.recommendations.map((r) => [
        r.label,
        r.text.slice(-23),
        r.addressees,
        r.forceResponse,
        r.pccResponse,
      ]),
    ).toEqual([
      [
        'Rec 1',
        'the welfare of children',
        ['Lancashire constabulary'],
        'Partly in place. Guidance asks officers to describe any child present.',
        'Assured in part.',
      ],
      [
        'Rec 2',
        'e referral criteria to MARAC.'.slice(-23),
        ['Lancashire constabulary'],
        'In place. The criteria were revised in 2017.',
        'Assured. No further OPCC action.',
      ],
    ]);
  });

  it("keeps the points of 'paying particular attention to:' and 'Guidance to staff should include:' in their item", () => {
    const e = extractReport(
      lines(
        'Recommendations',
        '',
        'Within three months, Lancashire constabulary should take action to improve the investigation of child sexual exploitation, paying particular attention to:',
        '    ◦ improving investigation and proactive responses in dealing with perpetrators;',
        '    ◦ improving the oversight and management of cases.',
        '',
        'Within three months, Lancashire constabulary should take steps to ensure that all information is properly recorded. Guidance to staff should include:',
        '    ◦ what information should be recorded on systems to enable good quality decisions;',
        '    ◦ the importance of ensuring that records are made promptly',
      ),
    );
    expect(
      e.recommendations.map((r) => [r.text.slice(0, 40), r.text.split('•').length - 1, r.addressees]),
    ).toEqual([
      ['Within three months, Lancashire constabu', 2, ['Lancashire constabulary']],
      ['Within three months, Lancashire constabu', 2, ['Lancashire constabulary']],
    ]);
  });

  it("reads a coroner's concerns numbered i. to vi., 'v.' a numeral in the run, not a letter", () => {
    const e = extractReport(
      lines(
        'REGULATION 28 REPORT TO PREVENT FUTURE DEATHS',
        '',
        "CORONER'S CONCERNS",
        '',
        'The MATTERS OF CONCERN are as follows:',
        '',
        'i. The trust has no written policy on matter number 1 and staff were unsure what to do.',
        '',
        'ii. The trust has no written policy on matter number 2 and staff were unsure what to do.',
        '',
        'iii. The trust has no written policy on matter number 3 and staff were unsure what to do.',
        '',
        'iv. The trust has no written policy on matter number 4 and staff were unsure what to do.',
        '',
        'v. The trust has no written policy on matter number 5 and staff were unsure what to do.',
        '',
        'vi. The trust has no written policy on matter number 6 and staff were unsure what to do.',
        '',
      ),
    );
    expect(e.recommendations.map((r) => r.text.slice(-40))).toEqual(
      [1, 2, 3, 4, 5, 6].map((n) => `matter number ${n} and staff were unsure what to do.`.slice(-40)),
    );
  });

  it("reads an appendix keyed 'LC1   Cause of concern (...)', 'L1   Recommendation (...) - linked to LC1'", () => {
    const e = extractReport(
      lines(
        'Appendix A - Assessment of Marchshire Fire and Rescue Service',
        '',
        'LC1   Cause of concern (Lincolnshire Fire and Rescue Service)',
        '',
        "      The service hasn't taken enough action to resource its protection function.",
        '',
        '      Marchshire FRS position (RAG: Amber)',
        '      Our protection team has 19 of its 24 posts filled.',
        '',
        'L1    Recommendation (Lincolnshire Fire and Rescue Service) - linked to LC1',
        '',
        '      By 30 September 2021, the service should: produce a clear plan for how',
        '      it will audit all high-risk premises.',
        '',
        '      Marchshire FRS position (RAG: Green)',
        '      Our high-risk premises are audited on a 12-month cycle.',
      ),
    );
    expect([
      e.causesOfConcern.map((c) => [c.label, c.number, c.forceResponse]),
      e.recommendations.map((r) => [r.label, r.number, r.causeOfConcern, r.forceResponse]),
    ]).toEqual([
      [['LC1', 1, 'Our protection team has 19 of its 24 posts filled.']],
      [['L1', 1, 'LC1', 'Our high-risk premises are audited on a 12-month cycle.']],
    ]);
  });

  it("reads a digest's 'Cause of concern' / 'Recommendations' lines under numbered service titles, no blank lines between", () => {
    const e = extractReport(
      lines(
        'REGIONAL FIRE ASSURANCE DIGEST',
        '',
        '1. Cumbria Fire and Rescue Service',
        'Published\t24 May 2023',
        '',
        'Cause of concern',
        "At the time of our inspection, the service couldn't assure us that staff were maintaining risk-critical skills and it had no plan to do so.",
        'Recommendations',
        'By 31 October 2022, the service must ensure it provides, assesses and accurately records suitable operational training.',
        '',
        '2. Surrey Fire and Rescue Service',
        'Published\t12 April 2024',
        '',
        'Cause of concern',
        "The service can't assure itself that its risk-based inspection programme prioritises the highest risks and includes proportionate activity.",
        'Recommendations',
        'By 31 August 2024, the service should review its risk-based inspection programme to make sure it identifies its highest-risk premises.',
      ),
    );
    expect([
      e.causesOfConcern.map((c) => [c.label, c.number, c.text.slice(0, 20)]),
      e.recommendations.map((r) => [r.text.slice(0, 20), r.causeOfConcern]),
    ]).toEqual([
      [
        ['Cause of concern', null, 'At the time of our i'],
        ['Cause of concern', null, "The service can't as"],
      ],
      [
        ['By 31 October 2022, ', 'Cause of concern'],
        ['By 31 August 2024, t', 'Cause of concern'],
      ],
    ]);
  });

  it("keeps a title repeated near each page's foot ('Main findings' over a paragraph) out of the running lines", () => {
    const page = (n: number, theme: string, afi: string[], finding: string) => [
      `PEEL 2023-25: Greater Manchester Police                                          ${n}`,
      '',
      theme,
      '',
      '  Area for improvement',
      '',
      ...afi.map((l) => `  ${l}`),
      '',
      'Main findings',
      '',
      finding,
      'We set out our detailed findings in the rest of this section.',
      '\f',
    ];
    const e = extractReport(
      lines(
        'An inspection of Greater Manchester Police',
        '\f',
        ...page(
          14,
          'Police powers',
          [
            'The force needs to improve its training to make sure officers understand',
            'and record the use of stop and search powers',
          ],
          'Forces should use their powers fairly.',
        ),
        ...page(
          22,
          'Workplace',
          [
            'The force needs to improve the effectiveness of its personal development',
            'reviews, which should be valued by all',
          ],
          'Forces should support their workforce.',
        ),
      ),
    );
    expect(e.areasForImprovement.map((a) => a.text.slice(-30))).toEqual([
      'record the use of stop and search powers'.slice(-30),
      'reviews, which should be valued by all'.slice(-30),
    ]);
  });

  it("carries a list on across a page whose head repeats the letter's title, and dates a letter 'Sent on ...'", () => {
    const e = extractReport(
      lines(
        'Avon Fire and Rescue Service',
        '',
        '                                                            Sent on 19 January 2024',
        '',
        'Dear Simon,',
        '',
        'Avon Fire and Rescue Service: Causes of concern revisit letter',
        '',
        'By 19 September 2023, the service should have an effective risk',
        'information process in place. The service should make sure:',
        '',
        '    •   it has identified all those premises that require a site-specific risk',
        '        visit;',
        '',
        '    •   staff are trained in how to carry out a site-specific risk visit;',
        '',
        '                                                                      Page 1 of 6',
        '\fAvon Fire and Rescue Service: Causes of concern revisit letter',
        '',
        '    •   risk information is uploaded in a timely manner; and',
        '',
        '    •   fire control has access to up-to-date risk information.',
      ),
    );
    expect([
      e.publishedOn,
      e.recommendations.map((r) => r.text.replace(/^.*make sure: /, '').slice(0, 20)),
    ]).toEqual([
      '2024-01-19',
      [
        'it has identified all',
        'staff are trained in ',
        'risk information is u',
        'fire control has acce',
      ].map((t) => t.slice(0, 20)),
    ]);
  });

  it("keeps another report's paragraphs '6.11' ... quoted under a concern in that concern; dates a forwarded form by its section 9", () => {
    const e = extractReport(
      lines(
        'From: Gareth Pryce <g.pryce@example.org>',
        'Date: 3 February 2026 at 11:02:41 GMT',
        'Subject: Fwd: Clipston crossroads PFD',
        '',
        'REGULATION 28 REPORT TO PREVENT FUTURE DEATHS',
        '',
        'THIS REPORT IS BEING SENT TO:',
        'Northamptonshire Highways',
        '',
        "5  CORONER'S CONCERNS",
        'The MATTERS OF CONCERN are as follows:',
        '',
        "1. Paragraphs 6.11 - 6.12 of the Forensic Collision Investigator's report are set out below.",
        '',
        '6.11 There is no doubt that the visibility at this junction is compromised by the road geography.',
        '',
        '6.12 At the time of writing this report, there is no time frame for the improvements.',
        '',
        '2. Additionally, the Collision Investigator recommended the installation of "Stop" signs.',
        '',
        '7  YOUR RESPONSE',
        'You are under a duty to respond to this report within 56 days of the date of this report.',
        '',
        '9  09/04/2018   H. Shah',
      ),
    );
    expect([
      e.publishedOn,
      e.recommendations.map((r) => [r.number, r.text.includes('6.12 At the time')]),
    ]).toEqual([
      '2018-04-09',
      [
        [1, true],
        [2, false],
      ],
    ]);
  });

  it.each([
    ['Rec', 'Rec 1', 'Rec 2', 1, 2],
    ['PAC rec', '4', '5', 4, 5],
  ])("reads a '%s' column as the rows' own numbers", (title, first, second, one, two) => {
    const e = extractReport(
      lines(
        `${title}\tCommittee recommendation\tGovernment reply\tOfficer note`,
        `${first}\tBy the time the new contract is in place, the Department should obtain an opinion.\tAgreed.\tNoted`,
        `${second}\tAs part of the new business case, the Department should create a plan.\tAgreed in part.\tNoted`,
      ),
    );
    expect(e.recommendations.map((r) => [r.label, r.number, r.forceResponse])).toEqual([
      [first, one, 'Agreed.'],
      [second, two, 'Agreed in part.'],
    ]);
  });

  it("reads a revisit letter's cause printed without its title, right above 'By <date>, the service should:'", () => {
    const e = extractReport(
      lines(
        'During the inspection, we identified two causes of concern. In July 2021, we',
        'issued both of these causes of concern and made the following two',
        'recommendations:',
        "The service hasn't taken enough action since the last inspection to",
        'appropriately resource its protection function.',
        'By 30 September 2021, the service should:',
        '•',
        'produce a clear plan for how it will audit all high-risk premises; and',
        '•',
        'review its administration of the protection function.',
        "The service hasn't done enough since the last inspection to improve equality,",
        'diversity and inclusion (EDI) in the service.',
        'By 30 September 2021, the service should:',
        '•',
        'make sure that all staff get appropriate EDI training.',
      ),
    );
    expect([e.causesOfConcern.map((c) => c.text.slice(0, 40)), e.recommendations.length]).toEqual([
      ["The service hasn't taken enough action s", "The service hasn't done enough since the"],
      3,
    ]);
  });

  it("reads a list view printed a field a line ('Ref' / 'L01' / 'Type' / ...), record after record", () => {
    const e = extractReport(
      lines(
        'HMICFRS learning actions',
        'All items  |  Grouped by Source  |  Sorted by Ref',
        '',
        'Ref',
        'L01',
        'Type',
        'Cause of concern',
        'Made to',
        'Hereford and Worcester Fire and Rescue Service',
        'HMICFRS text',
        'Prevention activity is not a sufficiently high priority for the service.',
        'HMICFRS deadline',
        'Marchshire position',
        'Our strategy targets the households most at risk.',
        'Status',
        'Open',
        '',
        'Ref',
        'L02',
        'Type',
        'Recommendation',
        'Made to',
        'Hereford and Worcester Fire and Rescue Service',
        'HMICFRS text',
        'By 31 August 2021, the service should have plans in place for an effective system to define the levels of risk.',
        'HMICFRS deadline',
        '31/08/2021',
        'Marchshire position',
        'Community risk profile refreshed in 2025.',
        'Status',
        'Open',
        '',
        'Ref',
        'L03',
        'Type',
        'Area for improvement',
        'Made to',
        'Hampshire and Isle of Wight Fire and Rescue Service',
        'HMICFRS text',
        'The service should make sure it understands what resource is needed to mitigate risk.',
        'HMICFRS deadline',
        'Marchshire position',
        'Resourcing model agreed.',
        'Status',
        'Open',
        '',
      ),
    );
    expect([
      e.causesOfConcern.map((c) => [c.label, c.addressees, c.forceResponse]),
      e.recommendations.map((r) => [r.label, r.number, r.due.date, r.addressees]),
      e.areasForImprovement.map((a) => [a.label, a.forceResponse]),
    ]).toEqual([
      [
        [
          'L01',
          ['Hereford and Worcester Fire and Rescue Service'],
          'Our strategy targets the households most at risk.',
        ],
      ],
      [['L02', 2, '2021-08-31', ['Hereford and Worcester Fire and Rescue Service']]],
      [['L03', 'Resourcing model agreed.']],
    ]);
  });

  it("reads 'Concern a) - as written by the coroner:' and an unnumbered 'The coroner's concern (quoted in full):' over its quotes", () => {
    const e = extractReport(
      lines(
        'Regulation 28 reports - read-across',
        '',
        'Concern a) - as written by the coroner:',
        '',
        '"The discharge arrangements did not include the lead practitioner."',
        '',
        'Marchshire position:',
        'Our protocol already requires the co-ordinator to attend.',
        '',
        "The coroner's concern (quoted in full; the report does not number it):",
        '',
        '"Max tried to contact his personal advisor on several occasions, but found her phone always switched off."',
        '',
        '"This arrangement does not seem adequate for a vulnerable person in need."',
        '',
        'Marchshire position:',
        'Every adviser phone diverts to the duty line.',
      ),
    );
    expect(e.recommendations.map((r) => [r.label, r.text.slice(-30), r.forceResponse])).toEqual([
      [
        'Concern a)',
        'include the lead practitioner.',
        'Our protocol already requires the co-ordinator to attend.',
      ],
      [null, 'for a vulnerable person in need.'.slice(-30), 'Every adviser phone diverts to the duty line.'],
    ]);
  });

  it("reads an e-mail's 'IOPC learning recommendation: <force> (<month year>)' titles, a 'Subject:' field under each", () => {
    const e = extractReport(
      lines(
        'Hi Tom,',
        '',
        'IOPC learning recommendation: Derbyshire Constabulary (October 2020)',
        'Subject: body worn video',
        'The IOPC recommends that Derbyshire Police should ensure that at least one officer',
        'will be recording the event using Body Worn Video at all times.',
        '',
        'Thamesmere position: Covered by our premises search SOP.',
        '------------------------------------------------------------',
        'IOPC learning recommendation: Merseyside Police (March 2021)',
        'Subject: body worn video',
        'The IOPC recommends that Merseyside Police should review and update their body',
        'worn video policy so that it better reflects national guidance.',
        '',
        'Thamesmere position: Checked in September 2025.',
      ),
    );
    expect(e.recommendations.map((r) => [r.text.slice(0, 30), r.addressees, r.forceResponse])).toEqual([
      ['The IOPC recommends that Derby', ['Derbyshire Police'], 'Covered by our premises search SOP.'],
      ['The IOPC recommends that Merse', ['Merseyside Police'], 'Checked in September 2025.'],
    ]);
  });

  it("reads items each printed as a small table of its own, a 'Key<TAB>value' row per field", () => {
    const e = extractReport(
      lines(
        'Each recommendation is shown in its own table.',
        'Ref\tSC-01',
        'Made to\tChief constables',
        'Recommendation\tBy 22 November 2024, publish on their force website an action plan.',
        "Chief Constable's response\tPublished on 19 November 2024.",
        "Commissioner's comment\tI have read the plan.",
        '',
        'Ref\tSC-02',
        'Made to\tChief constables',
        'Recommendation\t"By 27 March 2025, seek changes to their crime recording systems.',
        'Processes should be put in place to make sure this capability is used."',
        "Chief Constable's response\tA change request was raised.",
        "Commissioner's comment\tI want a date for the change.",
      ),
    );
    expect(
      e.recommendations.map((r) => [
        r.label,
        r.text.slice(-23),
        r.addressees,
        r.forceResponse,
        r.pccResponse,
      ]),
    ).toEqual([
      [
        'SC-01',
        'website an action plan.',
        ['Chief constables'],
        'Published on 19 November 2024.',
        'I have read the plan.',
      ],
      [
        'SC-02',
        'his capability is used.',
        ['Chief constables'],
        'A change request was raised.',
        'I want a date for the change.',
      ],
    ]);
  });

  it("reads a page pasted a line a paragraph: a stem's list on the lines after it, entries opening alike", () => {
    const e = extractReport(
      lines(
        'Vetting and counter-corruption',
        'Areas for improvement',
        'We identified two areas for improvement:',
        'The force should improve how it manages the vetting of its workforce, to make sure that post holders have valid vetting clearance for the role undertaken.',
        'The force should further develop its system to monitor and respond to disproportionality in its vetting decisions.',
        'Vetting',
        '[Section text not reproduced in this paste]',
      ),
    );
    expect(e.areasForImprovement.map((a) => a.text.slice(0, 30))).toEqual([
      'The force should improve how i',
      'The force should further devel',
    ]);
  });

  it("reads a grid a cell a line whose number column prints '-' for rows the source did not number", () => {
    const e = extractReport(
      lines(
        'Rec no.',
        'Report (published)',
        'Addressed to',
        'Deadline',
        'Recommendation',
        '1',
        'Police performance: Getting a grip (7 July 2023)',
        'Forces',
        '31/01/2024',
        'By January 2024, forces should review whether they have effective processes in place.',
        '-',
        'The police response to stalking (27 September 2024)',
        'Chief constables',
        '22/11/2024',
        'By 22 November 2024, chief constables should publish on their force website an action plan.',
      ),
    );
    expect(e.recommendations.map((r) => [r.label, r.number, r.due.date, r.addressees])).toEqual([
      ['1', 1, '2024-01-31', ['Forces']],
      [null, null, '2024-11-22', ['Chief constables']],
    ]);
  });

  it("reads an audit plan's 'Recommendation R1   Priority: High' titles with their responses and target dates", () => {
    const e = extractReport(
      lines(
        '3   MANAGEMENT ACTION PLAN',
        '',
        '    Recommendation R1                                              Priority: High',
        '',
        '    The force should ensure all staff have received at least the lowest level of vetting',
        '    clearance for their roles.',
        '',
        '    Management response:',
        '    Agreed. The Vetting Unit will clear the outstanding renewals.',
        '',
        '    Responsible officer:  Head of Vetting',
        '    Target date:          31/05/2026',
        '',
        '    Recommendation R2                                              Priority: Medium',
        '',
        '    The force should improve how it manages the vetting of its workforce.',
        '',
        '    Management response:',
        '    Agreed. The HR system will be linked to the vetting database.',
        '',
        '    Responsible officer:  Head of HR Operations',
        '    Target date:          30 April 2026',
      ),
    );
    // The R says again what the word says: the items are R1 and R2, numbered 1 and 2.
    expect(e.recommendations.map((r) => [r.label, r.number, r.forceResponse, r.due.date])).toEqual([
      ['R1', 1, 'Agreed. The Vetting Unit will clear the outstanding renewals.', '2026-05-31'],
      ['R2', 2, 'Agreed. The HR system will be linked to the vetting database.', '2026-04-30'],
    ]);
  });

  it("keeps a record's 'Addressed to   Home Office' field between its words and its 'Government reply'", () => {
    const e = extractReport(
      lines(
        'Parliamentary recommendations > Item 31',
        '',
        'Committee              Committee of Public Accounts',
        'Rec no.                1',
        'Recommendation',
        'By July 2026, the Home Office should write to us setting out the key metrics it will use to',
        'measure the financial resilience, productivity and performance of police forces. In doing so, it',
        'should set out how it will support greater transparency and strengthen accountability by',
        'publishing data on the performance of police forces.',
        'Addressed to           Home Office',
        'Government reply',
        "The government agrees with the Committee's recommendation.",
      ),
    );
    expect(e.recommendations.map((r) => [r.addressees, r.forceResponse])).toEqual([
      [['Home Office'], "The government agrees with the Committee's recommendation."],
    ]);
  });

  it("reads a fire authority's 'Authority comment:' as the governing body's answer beside the service's", () => {
    const e = extractReport(
      lines(
        'Recommendation 1',
        '',
        'By 1 February 2025, chief fire officers should, as a priority, make sure their',
        'staff are aware of, and follow the Core Code of Ethics.',
        '',
        'Service position: The Code of Ethics was relaunched at all 31 stations.',
        '',
        'Authority comment: The Authority accepts this recommendation and is content with progress.',
      ),
    );
    expect(e.recommendations.map((r) => [r.forceResponse, r.pccResponse])).toEqual([
      [
        'The Code of Ethics was relaunched at all 31 stations.',
        'The Authority accepts this recommendation and is content with progress.',
      ],
    ]);
  });

  it("reads 'Thamesmere Police update:' and 'OPCC assessment:' over the lines below them as the two answers", () => {
    const e = extractReport(
      lines(
        'Recommendation 2',
        'By January 2024, forces should review whether they have effective processes in place to reduce the risk of skilled personnel leaving the organisation',
        '',
        'Thamesmere Police update:',
        'A review of leaver data and exit interviews was completed in October 2023.',
        '',
        'OPCC assessment:',
        'On track. The OPCC has seen the review.',
      ),
    );
    expect(e.recommendations.map((r) => [r.forceResponse, r.pccResponse])).toEqual([
      [
        'A review of leaver data and exit interviews was completed in October 2023.',
        'On track. The OPCC has seen the review.',
      ],
    ]);
  });

  it("keeps bullets typed as a hyphen glued to the word ('-improving ...') in the item they follow", () => {
    const e = extractReport(
      lines(
        'Recommendation 3',
        'Within three months, the force should take action to improve the investigation of',
        'child sexual exploitation, paying particular attention to:',
        '-improving investigation and proactive responses in dealing with',
        'perpetrators involved in CSE;',
        '-improving the oversight and management of cases.',
        '',
        'FORCE RESPONSE: Accepted.',
      ),
    );
    expect(e.recommendations).toHaveLength(1);
    expect(e.recommendations[0]?.text).toMatch(
      /attention to: .*perpetrators involved in CSE; .*management of cases\.$/,
    );
  });

  it('reads a table printed a cell a line whose item cells open in lower case, beside a column saying where each was stated', () => {
    const e = extractReport(
      lines(
        'Table 1: Causes of concern in other forces',
        '',
        'No.',
        'Force',
        'Where the cause of concern is stated',
        'Cause of concern (wording as published)',
        'Read-across lead',
        '1',
        'Nottinghamshire Police',
        'PEEL: Nottinghamshire Police causes of concern (news release, 11 March 2024)',
        'the force needs to improve how it manages, supervises and carries out effective investigations',
        'Director of People',
        '2',
        'Nottinghamshire Police',
        'PEEL: Nottinghamshire Police causes of concern (news release, 11 March 2024)',
        "the force doesn't have adequate processes, planning or governance arrangements in place.",
        'Head of Performance',
      ),
    );
    expect(e.causesOfConcern.map((c) => [c.number, c.text])).toEqual([
      [1, 'the force needs to improve how it manages, supervises and carries out effective investigations'],
      [2, "the force doesn't have adequate processes, planning or governance arrangements in place."],
    ]);
  });

  it("reads 'The IOPC recommends that ...' under a heading that names only the force as a recommendation", () => {
    const e = extractReport(
      lines(
        '## Custody',
        '',
        '### Merseyside Police',
        '',
        'The IOPC recommends that Merseyside Police takes steps to ensure that custody staff understand when detained persons require an Appropriate Adult.',
        '',
        '- **Made to:** Merseyside Police',
        '- **Read-across status:** Gap found',
        '',
        '### College of Policing',
        '',
        "The IOPC recommends that the College of Policing amend the 'Detention and Custody' Authorised Professional Practice.",
      ),
    );
    expect(e.recommendations.map((r) => r.addressees)).toEqual([
      ['Merseyside Police'],
      ['College of Policing'],
    ]);
  });

  it("reads a 'finding (verbatim)' column as the items and a 'Wessex action' column beside it as their answer", () => {
    const e = extractReport(
      lines(
        '| Ref | Type | HMICFRS finding (verbatim) | HMICFRS deadline | Wessex action | Status |',
        '| --- | --- | --- | --- | --- | --- |',
        '| R1 | Recommendation | The service should make sure: risk information is uploaded in a timely manner. | By 19 September 2023 | Upload target of 10 working days set. | In progress |',
        '| R2 | Recommendation | The service should make sure: staff are trained in how to carry out a site-specific risk visit. | By 19 September 2023 | Training module added to the watch plan. | Done |',
      ),
    );
    expect(e.recommendations.map((r) => [r.label, r.text, r.forceResponse])).toEqual([
      [
        'R1',
        'The service should make sure: risk information is uploaded in a timely manner.',
        'Upload target of 10 working days set.',
      ],
      [
        'R2',
        'The service should make sure: staff are trained in how to carry out a site-specific risk visit.',
        'Training module added to the watch plan.',
      ],
    ]);
  });

  it('reads a table pasted a cell a line with a blank line between rows, a reply running over several lines', () => {
    const e = extractReport(
      lines(
        'Table 1: Recommendations and replies',
        'Report',
        'PAC rec.',
        'Recommendation',
        'Government reply (Treasury Minute)',
        'OPCC lead',
        'OPCC comment',
        '',
        'The Emergency Services Network (PAC, 14 July 2023)',
        '4',
        'The Department should obtain an independent opinion on whether ESN has a credible integration plan.',
        '4.1 The government agrees with the Committee’s recommendation.',
        'Target implementation date: July 2024',
        '4.2 The department has concentrated efforts on the integration required for success.',
        'OPCC Chief Finance Officer',
        'Both services remain on Airwave.',
        '',
        'The Emergency Services Network (PAC, 14 July 2023)',
        '5',
        'The Department should create a plan for how ESN will operate as a live service.',
        '5.1 The government agrees with the Committee’s recommendation.',
        'OPCC Chief Finance Officer',
        'Target date has passed.',
      ),
    );
    expect(
      e.recommendations.map((r) => [r.number, r.text, r.forceResponse?.slice(0, 20), r.pccResponse]),
    ).toEqual([
      [
        4,
        'The Department should obtain an independent opinion on whether ESN has a credible integration plan.',
        '4.1 The government a',
        'Both services remain on Airwave.',
      ],
      [
        5,
        'The Department should create a plan for how ESN will operate as a live service.',
        '5.1 The government a',
        'Target date has passed.',
      ],
    ]);
  });

  describe('a page answering several reports, each with its own date and items', () => {
    const page = lines(
      "Super-complaints: the Commissioner's responses",
      '',
      "Safe to share? Liberty and Southall Black Sisters' super-complaint",
      'Report published: 17 December 2020',
      '',
      'Recommendation 1 - To Chief Constables',
      'Chief Constables should immediately stop sharing information on domestic abuse victims with Immigration Enforcement.',
      '',
      'Marchshire Police response',
      'Sharing stopped on 21 December 2020.',
      '',
      "Commissioner's comment",
      'I have seen the force instruction.',
      '',
      'Status: Complete',
      '',
      "The hidden victims: Hestia's super-complaint",
      'Report published: 26 May 2021',
      '',
      'Action 1 - The College of Policing should:',
      'review and update its Authorised Professional Practice on modern slavery as soon as possible',
      '',
      'Marchshire Police response',
      'This action is for the College of Policing.',
      '',
      "Commissioner's comment",
      'I will write to the College.',
      '',
      'Status: Open - awaiting national action',
      '',
      "Police perpetrated domestic abuse: the Centre for Women's Justice super-complaint",
      'Report published: 30 June 2022',
      '',
      'Recommendation 1(a)',
      'Chief Constables should ensure that live police perpetrated domestic abuse cases are audited.',
      '',
      'Marchshire Police response',
      'The department audited 37 live cases.',
    );
    const e = extractReport(page);

    it('reads each item with its label, its own answers, and no page date of its own', () => {
      expect(e.recommendations.map((r) => [r.label, r.forceResponse, r.pccResponse])).toEqual([
        ['Recommendation 1', 'Sharing stopped on 21 December 2020.', 'I have seen the force instruction.'],
        ['Action 1', 'This action is for the College of Policing.', 'I will write to the College.'],
        ['Recommendation 1(a)', 'The department audited 37 live cases.', null],
      ]);
      expect(e.publishedOn).toBeNull();
    });

    it("counts each item's deadline from its own report's date", () => {
      expect(e.recommendations.map((r) => [r.due.kind, r.due.date])).toEqual([
        ['immediate', '2020-12-17'],
        ['immediate', '2021-05-26'],
        ['none', null],
      ]);
    });

    it("leaves an action log's 'Action 41 (...) - complete.' alone", () => {
      const log = extractReport(
        lines('Matters arising', '', 'Action 41 (stop and search panel terms of reference) - complete.'),
      );
      expect(log.recommendations).toEqual([]);
    });
  });

  it('reads a table printed a cell a paragraph, its rows numbered 1, 2, 3 on lines of their own, with a note under it', () => {
    const e = extractReport(
      lines(
        "Appendix 1 - Self-assessment against other forces' areas for improvement",
        '',
        'No.',
        '',
        'Force',
        '',
        'Area for improvement (HMICFRS wording)',
        '',
        'Thamesmere Police self-assessment',
        '',
        '1',
        '',
        'Gwent Police',
        '',
        'The force should ensure that appropriate members of its',
        'workforce receive training in, and understand, unconscious bias.',
        '',
        'Partly met. Unconscious bias training is in the probationer course.',
        '',
        '2',
        '',
        'Wiltshire Police',
        '',
        'The force should improve its engagement with the public, using',
        'digital methods for public contact.',
        '',
        'Not met. The force has no online chat.',
        '',
        'Key: Met = Thamesmere already does this. Not met = no work yet.',
      ),
    );
    expect(e.areasForImprovement.map((a) => [a.label, a.addressees, a.forceResponse])).toEqual([
      ['1', ['Gwent Police'], 'Partly met. Unconscious bias training is in the probationer course.'],
      ['2', ['Wiltshire Police'], 'Not met. The force has no online chat.'],
    ]);
  });

  it("reads a Word table's group rows ('CAUSE OF CONCERN', 'RECOMMENDATIONS') as the kind of the rows under them", () => {
    const e = extractReport(
      lines(
        'Ref\tHMIC finding\tMarchshire Police response\tPCC comment\tRAG',
        'CAUSE OF CONCERN',
        "CC1\tThe force's current approach to domestic abuse is unacceptable.\tAccepted as a read-across.\tAgreed.\tAmber",
        'RECOMMENDATIONS',
        'R1\tThe force should immediately consider ways of improving its arrest rate.\tArrest rate reviewed monthly.\tNoted.\tGreen',
        'R2\tThe force should immediately take steps to understand why victims withdraw.\tSurvey of 150 victims.\tGood.\tGreen',
      ),
    );
    expect(e.causesOfConcern.map((c) => [c.label, c.forceResponse])).toEqual([
      ['CC1', 'Accepted as a read-across.'],
    ]);
    expect(e.recommendations.map((r) => [r.label, r.number])).toEqual([
      ['R1', 1],
      ['R2', 2],
    ]);
  });

  it("drops a list page's filter panel and reads its entry's 'Date: March 2017' as a month without a day", () => {
    const e = extractReport(
      lines(
        'Home > Recommendations > Hampshire Constabulary',
        'Filter recommendations',
        'Police force',
        'Hampshire Constabulary',
        'Type',
        'Cause of concern',
        'Recommendation',
        'Area for improvement',
        'Year',
        '2017',
        'Apply filters',
        'Clear filters',
        'Showing 1 result',
        '',
        'Report: PEEL: Police effectiveness 2016 - An inspection of Hampshire Constabulary',
        'Date: March 2017',
        '',
        'Recommendations',
        'The force should immediately consider ways of increasing its arrest rate for domestic abuse.',
      ),
    );
    expect(e.areasForImprovement).toEqual([]);
    expect(e.causesOfConcern).toEqual([]);
    expect(e.recommendations.map((r) => [r.due.kind, r.due.date])).toEqual([['immediate', null]]);
    expect(e.publishedOn).toBeNull();
  });

  it("reads a bulletin's bullets under forces' names in capitals as items for those forces, each report's date its own", () => {
    const e = extractReport(
      lines(
        'INSPECTION & ASSURANCE BULLETIN',
        'Issue 14 | 4 December 2025',
        '',
        '1. WHAT OTHER FORCES WERE TOLD TO IMPROVE',
        '',
        'Each quarter we pick out areas for improvement that HMICFRS has given to other forces.',
        '',
        'DYFED-POWYS POLICE',
        'PEEL 2018/19, published 27 September 2019',
        '',
        '  - The force should review its investments, such as those into its buildings and infrastructure.',
        '',
        'SUFFOLK CONSTABULARY',
        'PEEL 2018/19, published 2 May 2019',
        '',
        '  - The force should develop clearer longer-term plans which are shared with the workforce.',
        '',
        'CLEVELAND POLICE',
        'PEEL 2023-25, published 1 December 2023',
        '',
        '  - The force should improve how it supervises investigations.',
      ),
    );
    expect(e.areasForImprovement.map((a) => a.addressees)).toEqual([
      ['Dyfed-Powys Police (the force)'],
      ['Suffolk Constabulary (the force)'],
      ['Cleveland Police (the force)'],
    ]);
    expect(e.publishedOn).toBeNull();
  });

  describe("coroners' concerns in shapes met on unseen reports", () => {
    it('reads titled concerns whose titles print now as headings, now as list entries ending in a full stop', () => {
      const e = extractReport(
        lines(
          'REGULATION 28: REPORT TO PREVENT FUTURE DEATHS',
          '',
          "5 CORONER'S CONCERNS",
          'The MATTERS OF CONCERN are as follows:',
          '',
          '1. The system of placements at transition',
          '',
          'The YOT worker said that it was a problem having a sudden change of duties aged 18.',
          '',
          '2. The adequacy of knowledge and interagency working between social care and the secure estate.',
          '',
          'Evidence pointed to a disconnection between pathway planning and Transition Planning.',
          '',
          '3. The adequacy of electronic communication systems between agencies',
          '',
          'The jury criticised the lack of access of the prison to the E Asset system.',
          '',
          '6 ACTION SHOULD BE TAKEN',
          'In my opinion action should be taken to prevent future deaths.',
        ),
      );
      expect(e.recommendations.map((r) => r.label)).toEqual(['1', '2', '3']);
      expect(e.recommendations[1]?.text).toMatch(/^The adequacy of knowledge .* Evidence pointed/);
    });

    it("reads concerns grouped under a recipient's name in capitals right under the concerns heading", () => {
      const e = extractReport(
        lines(
          'Subject: FW: Reg 28 report - for read-across',
          '',
          'Dear colleagues,',
          '',
          'The concerns from the report are below.',
          '',
          '> Regulation 28 report to prevent future deaths',
          '>',
          "> Section 5 - CORONER'S CONCERNS:",
          '>',
          '> GP SERVICES',
          '>',
          '> 1. There was a failure to undertake annual liver function tests in 2014 and 2015',
          '> 2. The CAF documentation was completely overlooked and simply placed in the medical records',
          '>',
          '> Tameside NHS FT and Pennine Care NHS FT',
          '>',
          '> 1. There was a lack of understanding between medical professionals as to the means of referral',
        ),
      );
      expect(e.recommendations.map((r) => [r.label, r.text])).toEqual([
        ['1', 'There was a failure to undertake annual liver function tests in 2014 and 2015'],
        ['2', 'The CAF documentation was completely overlooked and simply placed in the medical records'],
        ['1', 'There was a lack of understanding between medical professionals as to the means of referral'],
      ]);
    });

    it("reads the concerns a reply letter quotes after saying it sets them out below, each with the reply's answer", () => {
      const e = extractReport(
        lines(
          'Dear Councillor Morrow',
          '',
          'Regulation 28 report: Dr Jonathan Ball - read-across to the Marchshire fleet',
          '',
          "I set out below each of the coroner's matters of concern, as written in the report, followed by our response.",
          '',
          '    (1) The HGV was not equipped with a device (such as a warning triangle) which the driver could',
          '    have positioned some way before his stranded vehicle.',
          '',
          'Our response: All 41 front-line appliances already carry two collapsible warning triangles.',
          '',
          '    (2) The HGV driver had not been trained or instructed to contact the emergency services to report',
          '    the foreseeable hazard created by his stranded HGV.',
          '',
          'Our response: Fleet drivers will be told to call 999 when a vehicle is stranded.',
          '',
          'Yours sincerely',
        ),
      );
      expect(e.recommendations.map((r) => [r.label, r.forceResponse])).toEqual([
        ['(1)', 'All 41 front-line appliances already carry two collapsible warning triangles.'],
        ['(2)', 'Fleet drivers will be told to call 999 when a vehicle is stranded.'],
      ]);
    });
  });

  it("reads minutes that name a report, then quote its item after 'The recommendation reads:'; a resolution is no item", () => {
    const e = extractReport(
      lines(
        'WESSEX STRATEGIC POLICING BOARD',
        'Minutes of the meeting held on Tuesday 17 October 2023',
        '',
        '4.    HMICFRS national recommendations: annual review of open items',
        '',
        '4.2   An inspection of how well the police tackle serious youth violence',
        '      (HMICFRS, 8 March 2023). The recommendation reads: By 31 March 2024,',
        '      Chief Constables should make sure their officers are trained in the use',
        '      of outcome 22.',
        '',
        '4.4   Police performance: Getting a grip (HMICFRS, 7 July 2023).',
        '      Recommendation 2 reads: By January 2024, forces should review whether',
        '      they have effective processes in place to reduce the risk of skilled',
        '      personnel leaving the organisation.',
        '',
        '4.10  RESOLVED: That the Board notes the progress reported and that the fraud',
        '      recommendation is closed.',
      ),
    );
    expect(e.recommendations.map((r) => [r.label, r.number, r.text.slice(0, 40), r.due.date])).toEqual([
      [null, null, 'By 31 March 2024, Chief Constables shoul', '2024-03-31'],
      ['Recommendation 2', 2, 'By January 2024, forces should review wh', '2024-01-31'],
    ]);
  });

  it("reads an audit follow-up's 'A1   Audit: ...   Priority: High' over 'Recommendation:', its original target date and its response", () => {
    const e = extractReport(
      lines(
        'FOLLOW-UP OF AGREED ACTIONS 2025/26',
        '',
        'A1   Audit: Investigation Standards 2024/25 (IA24-06)        Original ref: IA24-06 R1        Priority: High',
        '',
        '     Recommendation:',
        '     The force should improve the scrutiny and governance of outstanding suspects',
        '     and persons released under investigation.',
        '',
        '     Management response:',
        '     Agreed. A weekly outstanding-suspects report will go to each district DI.',
        '',
        '     Original target date: 31/03/2025        Revised target date: 30/11/2025',
        '',
        '     Status at follow-up: Partly implemented',
        '     Weekly report in place since June 2025.',
        '',
        'A2   Audit: Investigation Standards 2024/25 (IA24-06)        Original ref: IA24-06 R2        Priority: High',
        '',
        '     Recommendation:',
        '     The force should ensure that it puts in place regular and active supervision.',
        '',
        '     Management response:',
        '     Agreed. Supervisors will record a review every 28 days.',
        '',
        '     Original target date: 31/03/2025        Revised target date: 31/12/2025',
      ),
    );
    expect(e.recommendations.map((r) => [r.label, r.number, r.due.date, r.forceResponse])).toEqual([
      ['A1', 1, '2025-03-31', 'Agreed. A weekly outstanding-suspects report will go to each district DI.'],
      ['A2', 2, '2025-03-31', 'Agreed. Supervisors will record a review every 28 days.'],
    ]);
  });

  it("reads a revisit letter page pasted a paragraph a line: its contents list, each cause's stem and the entries under it", () => {
    const e = extractReport(
      lines(
        'Home',
        'Publications',
        'Lincolnshire Fire and Rescue Service: Causes of concern revisit letter',
        'Published on: 22 April 2022',
        'Contents',
        'Background',
        'Cause of concern',
        'Cause of concern',
        'Background',
        'We inspected Lincolnshire Fire and Rescue Service during April and May 2021 and identified two causes of concern.',
        'Cause of concern',
        "The service hasn't taken enough action since the last inspection to appropriately resource its protection function.",
        'By 30 September 2021, the service should:',
        'produce a clear plan for how it will make sure all premises it has identified as high risk are audited;',
        'review its administration of the protection function to make sure it can record and review all work; and',
        'make sure it has an effective quality assurance process in place.',
        'Cause of concern',
        "The service hasn't done enough since the last inspection to improve equality, diversity and inclusion (EDI).",
        'By 30 September 2021, the service should:',
        'make sure that all staff get appropriate EDI training.',
      ),
    );
    expect(e.causesOfConcern.map((c) => c.text.slice(0, 40))).toEqual([
      "The service hasn't taken enough action s",
      "The service hasn't done enough since the",
    ]);
    const entry = (text: string) =>
      text.replace('By 30 September 2021, the service should: ', '').slice(0, 30);
    expect(e.recommendations.map((r) => [entry(r.text), r.due.date])).toEqual([
      ['produce a clear plan for how i', '2021-09-30'],
      ['review its administration of t', '2021-09-30'],
      ['make sure it has an effective ', '2021-09-30'],
      ['make sure that all staff get a', '2021-09-30'],
    ]);
  });

  it("reads a news page's 'The causes of concern' bullets (findings) and 'What the force has been told to do' bullets", () => {
    const e = extractReport(
      lines(
        'Greater Manchester Police "failing victims" - the inspectors\' findings in full',
        '',
        'Inspectors raised two causes of concern and made two recommendations.',
        '',
        'The causes of concern',
        '',
        '* The force is failing to make sure it correctly records all reported',
        '  crimes, particularly violent crime.',
        '',
        '* The force is failing to make sure investigation plans are always',
        '  completed to an acceptable standard.',
        '',
        'What the force has been told to do',
        '',
        '* The force should immediately put in place arrangements to make sure',
        '  that adequate supervision is applied to crime-recording decisions.',
        '',
        '* Within six months the force should complete a review of its',
        '  operational governance arrangements.',
      ),
    );
    expect(e.causesOfConcern.map((c) => c.text.slice(0, 40))).toEqual([
      'The force is failing to make sure it cor',
      'The force is failing to make sure invest',
    ]);
    expect(e.recommendations.map((r) => r.due.kind)).toEqual(['immediate', 'relative']);
  });

  it("reads minutes quoting a cause of concern, then 'HMICFRS recommended as follows:' over lettered recommendations", () => {
    const e = extractReport(
      lines(
        'MARCHSHIRE POLICE AND CRIME PANEL',
        '',
        '42/18  LEARNING FROM HMICFRS INSPECTIONS OF OTHER FORCES',
        '',
        '       The cause of concern reads:',
        '',
        '       Cause of concern',
        "       The quality of West Yorkshire Police's initial enquiries is a cause of concern.",
        '',
        '       HMICFRS recommended as follows:',
        '',
        '       (a) The force should develop a policy outlining minimum investigative standards.',
        '',
        '       (b) The force should ensure that all those carrying out investigations are provided with training.',
      ),
    );
    expect(e.causesOfConcern).toHaveLength(1);
    expect(e.recommendations.map((r) => r.label)).toEqual(['(a)', '(b)']);
  });

  it("reads 'What Wessex Police told us' over a force's answer and 'The Commissioner's comments' over the commissioner's", () => {
    const e = extractReport(
      lines(
        'Recommendation 1',
        '',
        'There should be an immediate and unequivocal commitment that the response to VAWG offences is an absolute priority.',
        '',
        'What Wessex Police told us',
        'Wessex Police has made violence against women and girls one of its three operational priorities.',
        '',
        "The Commissioner's comments",
        'I fully support this.',
      ),
    );
    expect(e.recommendations.map((r) => [r.forceResponse, r.pccResponse])).toEqual([
      [
        'Wessex Police has made violence against women and girls one of its three operational priorities.',
        'I fully support this.',
      ],
    ]);
  });

  it("reads 'By 27 March 2025, review ...' under 'Recommendations to police and crime commissioners' as theirs", () => {
    const e = extractReport(
      lines(
        'National recommendations',
        '',
        'Recommendations to police and crime commissioners',
        '',
        'By 27 March 2025, review whether the right specialist services have been commissioned to support victims of stalking.',
        '',
        'Progress: a needs assessment is under way.',
      ),
    );
    expect(e.recommendations.map((r) => [r.due.date, r.addressees])).toEqual([
      ['2025-03-27', ['police and crime commissioners']],
    ]);
  });

  it("reads a register printed a record a block of 'Key: value' lines, each record's Type giving its kind", () => {
    const record = (id: number, type: string, words: string, position: string) => [
      `Item ${id - 30} of 4`,
      '',
      `ID: ${id}`,
      `Type: ${type}`,
      'Source: Cornwall 2021/22 (HMICFRS inspection report, published 15/12/2021)',
      'Finding or recommendation:',
      words,
      'Owner: Area Manager, Protection',
      'Target date: 31/03/2026',
      'Status: In progress',
      'Marchshire position:',
      position,
      '',
    ];
    const e = extractReport(
      lines(
        'HMICFRS read-across register',
        '',
        ...record(
          31,
          'Cause of concern',
          'The service still does not have effective systems in place to manage risk-critical information.',
          'Marchshire holds risk information on CFRMIS.',
        ),
        ...record(
          32,
          'Recommendation',
          'By 31 August 2021, the service should: have a plan in place to manage the backlog of risk visits.',
          'There are 214 overdue visits.',
        ),
        ...record(
          33,
          'Recommendation',
          'By 31 August 2021, the service should: make sure that it regularly updates risk information.',
          'Mobile data terminals are updated daily.',
        ),
        ...record(
          34,
          'Recommendation',
          'By 31 August 2021, the service should: review the plans it has in place to undertake site visits.',
          'The visit plan was reviewed.',
        ),
      ),
    );
    expect(e.causesOfConcern.map((c) => [c.label, c.forceResponse])).toEqual([
      [null, 'Marchshire holds risk information on CFRMIS.'],
    ]);
    expect(e.recommendations.map((r) => [r.label, r.due.date, r.forceResponse])).toEqual([
      [null, '2021-08-31', 'There are 214 overdue visits.'],
      [null, '2021-08-31', 'Mobile data terminals are updated daily.'],
      [null, '2021-08-31', 'The visit plan was reviewed.'],
    ]);
  });

  it("reads a reply letter's 'Coroner's concern (1)' titles over the concerns it quotes, each with the force's position", () => {
    const e = extractReport(
      lines(
        'REGULATION 28: REPORT TO PREVENT FUTURE DEATHS - read-across',
        '',
        "Coroner's concern (1)",
        '',
        '    It was the expert opinion of the Road Traffic Collision Investigator that the collision resulted',
        '    from a loss of control by the driver.',
        '',
        'Force position:',
        'Noted. Collision investigators already record a suspected medical cause.',
        '',
        "Coroner's concern (2)",
        '',
        "    The Inquest learned that following the deceased's diagnosis no one told the DVLA.",
        '',
        'Force position:',
        'Officers will be briefed on reporting drivers to the DVLA.',
      ),
    );
    expect(e.recommendations.map((r) => [r.label, r.number, r.forceResponse])).toEqual([
      ['(1)', 1, 'Noted. Collision investigators already record a suspected medical cause.'],
      ['(2)', 2, 'Officers will be briefed on reporting drivers to the DVLA.'],
    ]);
  });

  it("reads a register's dotted print view whose records open with 'Item ..... 101', labelled by the HMICFRS ref", () => {
    const record = (item: number, rec: number, words: string[]) => [
      `Item ................... ${item}`,
      'Source report .......... Buckinghamshire Fire and Rescue Service: Cause of concern',
      '                         revisit letter',
      'Finding type ........... Recommendation',
      `HMICFRS ref ............ Recommendation ${rec}`,
      `Finding ................ ${words[0]}`,
      ...words.slice(1).map((w) => `                         ${w}`),
      'Marchshire position .... Refreshed in 2024.',
      '--------------------------------------------------------------------------------------',
    ];
    const e = extractReport(
      lines(
        'Sector Learning Register',
        '',
        '======================================================================================',
        ...record(101, 1, [
          'By 30 September 2021, the service should have the following',
          'in place: an effective system to define risk.',
        ]),
        ...record(102, 2, [
          'By 30 September 2021, the service should have the following',
          'in place: a revised prevention strategy.',
        ]),
      ),
    );
    expect(e.recommendations.map((r) => [r.label, r.number, r.due.date, r.forceResponse])).toEqual([
      ['Recommendation 1', 1, '2021-09-30', 'Refreshed in 2024.'],
      ['Recommendation 2', 2, '2021-09-30', 'Refreshed in 2024.'],
    ]);
  });

  it("gives entries finishing 'The service should make sure:' the date opening the stem's first sentence", () => {
    // The first 37 lines of development document ci02 (a revisit letter's page pasted from a browser).
    const e = extractReport(
      lines(
        'Skip to main content',
        'Cookies on HMICFRS',
        "We use some essential cookies to make this website work. We'd also like to set additional cookies to understand how you use the website.",
        'Accept additional cookies   Reject additional cookies   View cookies',
        'HM Inspectorate of Constabulary and Fire & Rescue Services',
        'Menu',
        'Search',
        'Home',
        'Police forces',
        'Fire & rescue services',
        'Publications',
        'About us',
        'Home  >  Publications  >  Avon Fire and Rescue Service: Causes of concern revisit letter',
        '',
        'Avon Fire and Rescue Service: Causes of concern revisit letter',
        '',
        'Published on: 19 January 2024',
        'Type: Letter',
        'Related services: Avon',
        '',
        'Letter information',
        'Sent on:',
        '19 January 2024',
        '',
        'Contents',
        'Cause of concern',
        'Progress',
        '',
        'Cause of concern',
        "The service still doesn't have an effective system to make sure it gathers and records relevant and up-to-date risk information to help protect firefighters, the public and property during an emergency. We found examples of risk information available not being effective, accurate or up to date. Concerningly, most operational staff haven't been given the support they need to collect risk information, and there is limited strategic oversight in place to improve the risk information process.",
        'By 19 September 2023, the service should provide an action plan to demonstrate how it will meet our recommendations, and it should have an effective risk information process in place. The service should make sure:',
        'it has identified all those premises that require a site-specific risk visit;',
        'staff are trained in how to carry out a site-specific risk visit and identify site-specific risk information;',
        'it has effective quality assurance and strategic oversight arrangements in place;',
        'temporary risks, including individual vulnerabilities that are added onto the risk information system, are managed appropriately;',
        'risk information is uploaded in a timely manner; and',
        'fire control has access to relevant and up-to-date risk information, including evacuation strategies, in high-rise residential buildings.',
      ),
    );
    expect(e.recommendations.map((r) => r.due.date)).toEqual(Array(6).fill('2023-09-19'));
  });

  it("reads a list printed record by record as 'Key     value' lines without leader dots, 'Concern' alone over its words", () => {
    const record = (id: string, no: number, concern: string, readAcross: string) => [
      '------------------------------------------------------------------------------------------',
      `Log ID          ${id}`,
      'Report date     14/03/2014',
      'Sent to         Highways Division, Rotherham Metropolitan Borough Council',
      `Concern no.     ${no}`,
      'Concern',
      concern,
      'Response due    09/05/2014',
      `Read-across     ${readAcross}`,
      'Status          Closed',
    ];
    const e = extractReport(
      lines(
        "Coroners' Prevention of Future Deaths (Regulation 28) Learning Log - highway reports",
        '',
        ...record(
          'RS-PFD-01',
          1,
          'The current speed restriction of 60 mph is higher than the maximum speed at which the bend can safely be negotiated.',
          'No 60 mph limit on a bend of that radius on our network.',
        ),
        ...record(
          'RS-PFD-02',
          2,
          'The speed restriction actually increases from 40 mph to 60 mph on the approach to the bridge.',
          'Checked in the 2025 route study.',
        ),
      ),
    );
    expect(e.recommendations.map((r) => [r.label, r.text.slice(0, 30), r.due.date, r.forceResponse])).toEqual(
      [
        [
          'RS-PFD-01',
          'The current speed restriction ',
          '2014-05-09',
          'No 60 mph limit on a bend of that radius on our network.',
        ],
        ['RS-PFD-02', 'The speed restriction actually', '2014-05-09', 'Checked in the 2025 route study.'],
      ],
    );
  });

  it("reads the concerns a letter quotes under its own numbered paragraph '3. I set out each of the coroner's concerns below', up to its paragraph 4", () => {
    const e = extractReport(
      lines(
        'Dear Councillor Okafor',
        '',
        "Coroner's Regulation 28 report following the death of Milan Dokic - read-across",
        '',
        '1. You asked me whether the prevention of future deaths report sent to Transport for London applies to us.',
        '',
        "3. I set out each of the coroner's concerns below exactly as written, followed by our position.",
        '',
        '      1. That the use of the road surface with reduced grip on the CSH',
        '      compared to the usual road surface represents a hazard to road users.',
        '',
        'Marchshire position: Our high-friction surfacing is tested on laying.',
        '',
        '      2. That the surface of the CSH with reduced grip may be widespread and',
        '      as such other dangerous areas may exist.',
        '',
        'Marchshire position: We do not know how much coloured surfacing we have.',
        '',
        '4. I should be grateful if you would agree that the survey work is funded from the road safety budget.',
        '',
        'Yours sincerely',
      ),
    );
    expect(e.recommendations.map((r) => [r.label, r.forceResponse])).toEqual([
      ['1', 'Our high-friction surfacing is tested on laying.'],
      ['2', 'We do not know how much coloured surfacing we have.'],
    ]);
  });

  it("reads items each in a small tab-separated table of its own under 'Table N', the committee first and its reference third", () => {
    const table = (n: number, ref: number, words: string, reply: string) => [
      `Table ${n}`,
      'Committee\tHome Affairs Committee',
      'Report\tLeadership and standards in the police: follow-up (HC 756-I)',
      `Committee reference\t${ref}`,
      `Recommendation\t${words}`,
      `Government response\t${reply}`,
      'OPCC lead\tHead of Policy and Partnerships',
      '',
    ];
    const e = extractReport(
      lines(
        '3.\tRecommendations and responses',
        '',
        ...table(
          1,
          1,
          'We recommend that the Government transfers resources to the IPCC so that it can investigate all serious cases.',
          'The Government is transferring resources from police forces to the IPCC.',
        ),
        ...table(
          2,
          3,
          'In addition, we recommend that key performance indicators and supporting data are routinely published.',
          'We already publish a range of information on KPIs.',
        ),
      ),
    );
    expect(e.recommendations.map((r) => [r.label, r.number, r.forceResponse])).toEqual([
      ['1', 1, 'The Government is transferring resources from police forces to the IPCC.'],
      ['3', 3, 'We already publish a range of information on KPIs.'],
    ]);
  });

  // The office's own answer sits in a column its title names; a status, a lead, or the recommending body's own
  // assessment is no answer.
  it.each([
    [
      "'Marchshire read-across' beside a 'Read-across lead'",
      'Log ID\tConcern (as written by the coroner)\tMarchshire read-across\tRead-across lead\tRAG',
    ],
    [
      "'Thamesmere assessment' beside 'Assurance status' and 'State Auditor assessment'",
      'Ref\tRecommendation\tThamesmere assessment\tAssurance status\tState Auditor assessment',
    ],
  ])("reads %s as the office's answer to each item", (_name, titles) => {
    const e = extractReport(
      lines(
        titles,
        'T1\tThe force should develop a future workforce plan aligned with its demand.\tA workforce plan was approved in 2023.\tHead of People\tFully implemented',
        'T2\tThe force should improve how it supervises investigations of domestic abuse.\tSupervision reviews are now recorded.\tHead of Crime\tPartially implemented',
      ),
    );
    expect(e.recommendations.map((r) => r.forceResponse)).toEqual([
      'A workforce plan was approved in 2023.',
      'Supervision reviews are now recorded.',
    ]);
  });
});

describe("a committee paper's closure proposals, a block of long-keyed fields each", () => {
  const proposal = (n: number, ref: string, text: string, deadline: string, evidence: string) => [
    `Closure proposal ${n} of 3`,
    `Tracker reference: ${ref}`,
    'Recommendation as published:',
    text,
    `Deadline set by the inspectorate: ${deadline}`,
    'Evidence submitted by Northmoor Police:',
    evidence,
    'OPCC view: The OPCC supports closure.',
    'Proposed status: Close - implemented',
    '',
  ];
  const paper = [
    'HMICFRS national recommendations: proposals for closure',
    '',
    ...proposal(
      1,
      'NR-009',
      'Chief Constables should publish how stop and search powers are used.',
      'None set',
      'Records are published every quarter.',
    ),
    ...proposal(
      2,
      'NR-014',
      'By 31 March 2015 all forces should record crime prevention activity.',
      '31 March 2015',
      'Activity is recorded on the tasking system.',
    ),
    ...proposal(
      3,
      'NR-040',
      'All forces should understand the demands they face locally.',
      'None set',
      'The demand model was refreshed in 2025.',
    ),
  ].join('\n');

  it("reads each proposal's words, ref, deadline and both answers, and no field as part of the words", () => {
    const e = extractReport(paper);
    expect(e.recommendations.map((r) => [r.label, r.text, r.forceResponse, r.pccResponse])).toEqual([
      [
        'NR-009',
        'Chief Constables should publish how stop and search powers are used.',
        'Records are published every quarter.',
        'The OPCC supports closure.',
      ],
      [
        'NR-014',
        'By 31 March 2015 all forces should record crime prevention activity.',
        'Activity is recorded on the tasking system.',
        'The OPCC supports closure.',
      ],
      [
        'NR-040',
        'All forces should understand the demands they face locally.',
        'The demand model was refreshed in 2025.',
        'The OPCC supports closure.',
      ],
    ]);
  });
});

describe("a workbook whose Type column mixes the inspectorate's recommendations with the board's own entries", () => {
  const csv = [
    'ID,Raised,Type,Source document,Para ref,Description,Accountable,Force target,Revised target,Progress narrative,OPCC scrutiny,BRAG,Closed on',
    'BA-112,16/09/2021,Board action,Board 16/09/2021,Min 21/58,"Head of Assurance to add the report to the workbook, and circulate it.",Head of Assurance,30/09/2021,,Done.,,B,24/09/2021',
    'VAWG-01,24/09/2021,HMICFRS recommendation,HMICFRS interim report,Rec 1,"The relentless pursuit of perpetrators should be a national priority, with the capacity to match.",ACC Crime,31/03/2022,,"Plan agreed, first review in May.",,G,',
    'RSK-019,24/09/2021,Risk,HMICFRS interim report,-,"Risk that the force cannot show perpetrators are being pursued, losing public confidence.",Chief Executive,,,Score 12.,,A,',
    'VAWG-02,24/09/2021,HMICFRS recommendation,HMICFRS interim report,Rec 2,"Structures and funding should be put in place to support victims, consistently.",OPCC Head of Commissioning,31/03/2022,,"Funding bid submitted, decision due.",,A,',
  ].join('\n');

  it("reads the Description of the inspectorate's rows and none of the board's actions or risks", () => {
    const e = extractReport(csv);
    expect(e.recommendations.map((r) => [r.label, r.forceResponse])).toEqual([
      ['VAWG-01', 'Plan agreed, first review in May.'],
      ['VAWG-02', 'Funding bid submitted, decision due.'],
    ]);
  });
});

describe('an action plan printed a field a line, the bare kind titling the words', () => {
  const plan = [
    'Management action plan',
    '',
    'Recommendation 1',
    'Priority',
    'Medium',
    'Finding',
    'See paragraph 4.1.',
    'Recommendation',
    'The force should further improve its analysis of crime-related demand.',
    'Management response',
    'Agreed. The Demand Hub will publish a monthly profile.',
    '',
    'Recommendation 2',
    'Priority',
    'Low',
    'Finding',
    'See paragraph 4.2.',
    'Recommendation',
    'The force should improve data sharing with partner organisations.',
    'Management response',
    'Agreed. Information sharing agreements will be refreshed.',
  ].join('\n');

  it('reads each item from its Recommendation field, not its finding, and makes no item of the bare titles', () => {
    const e = extractReport(plan);
    expect(e.recommendations.map((r) => [r.label, r.text])).toEqual([
      ['Recommendation 1', 'The force should further improve its analysis of crime-related demand.'],
      ['Recommendation 2', 'The force should improve data sharing with partner organisations.'],
    ]);
  });
});

describe('a CSV tracker whose cells are all short', () => {
  const csv = [
    'ID,Raised,Type,Source document,Para ref,Description,Accountable,Force target,Revised target,Progress narrative,OPCC scrutiny,BRAG,Closed on',
    'BA-112,16/09/2021,Board action,Board 16/09/2021,Min 21/58,Head of Assurance to add the report to the workbook.,Head of Assurance,30/09/2021,,Done.,,B,24/09/2021',
    'VAWG-01,24/09/2021,HMICFRS recommendation,HMICFRS interim report,Rec 1,The relentless pursuit of perpetrators should be a national priority.,ACC Crime,31/03/2022,,Plan agreed.,,G,',
    'RSK-019,24/09/2021,Risk,HMICFRS interim report,-,Risk that the force cannot show perpetrators are being pursued.,Chief Executive,,,Score 12.,,A,',
    'VAWG-02,24/09/2021,HMICFRS recommendation,HMICFRS interim report,Rec 2,Structures and funding should be put in place to support victims.,OPCC Head of Commissioning,31/03/2022,,Funding bid submitted.,,A,',
  ].join('\n');

  it('reads its first row as a record, since it holds a date, not as a second row of titles', () => {
    expect(extractReport(csv).recommendations.map((r) => r.label)).toEqual(['VAWG-01', 'VAWG-02']);
  });
});

describe("a tracker whose item column is titled 'What HMICFRS said'", () => {
  const tsv = [
    'Line\tType\tRef\tWhat HMICFRS said\tHMICFRS deadline\tForce update\tOPCC assurance',
    '1\tRecommendation\tR1\tThe force should immediately supervise its crime-recording decisions.\t10/12/2020\tA daily audit runs.\tAssured.',
    '2\tRecommendation\tR2\tThe force should train its call handlers in crime-recording rules.\t10/06/2021\tTraining is complete.\tPartly assured.',
  ].join('\n');

  it('reads the words from that column, answered by the force and the commissioner', () => {
    const e = extractReport(tsv);
    expect(e.recommendations.map((r) => [r.label, r.forceResponse, r.pccResponse])).toEqual([
      ['R1', 'A daily audit runs.', 'Assured.'],
      ['R2', 'Training is complete.', 'Partly assured.'],
    ]);
  });
});

describe("meeting notes kept all in bullets, the report's labels among them", () => {
  it('reads "• Cause of concern" and "• Recommendation" as labels over the bullets that hold the items, up to the meeting\'s own points', () => {
    const e = extractReport(
      [
        'Notes',
        '* HMIC published its report on 2 March 2017. It has one cause of concern and one recommendation.',
        '* Cause of concern',
        '* Community policing teams are not well enough resourced to prevent crime effectively.',
        '* Recommendation',
        '* To address this cause of concern the force must immediately take steps to:',
        '   * increase the number of officers carrying out preventative policing; and',
        '   * monitor the effect of this increase.',
        '* Aisha: the Commissioner will want to know whether our teams are in the same place.',
      ].join('\n'),
    );
    expect(e.causesOfConcern.map((c) => c.text)).toEqual([
      'Community policing teams are not well enough resourced to prevent crime effectively.',
    ]);
    expect(e.recommendations.map((r) => r.text)).toEqual([
      'To address this cause of concern the force must immediately take steps to: • increase the number of officers carrying out preventative policing; and • monitor the effect of this increase.',
    ]);
  });
});

describe("an e-mail's bullets that each open with the item's own label", () => {
  it('reads "* Recommendation 1: The force should ..." as recommendation 1, its owner line no part of it', () => {
    const e = extractReport(
      [
        'Dear members,',
        '',
        '* Recommendation 1: The force should improve the scrutiny and governance of outstanding suspects.',
        '  Owner: D/Supt Crime Standards.',
        '',
        '* Recommendation 5: The force should develop a policy outlining minimum investigative standards.',
        '  Owner: Head of Crime Standards.',
        '',
        'Kind regards',
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => [r.label, r.text])).toEqual([
      ['Recommendation 1', 'The force should improve the scrutiny and governance of outstanding suspects.'],
      ['Recommendation 5', 'The force should develop a policy outlining minimum investigative standards.'],
    ]);
  });
});

describe('where a list of items starts, ends and what its stem adds', () => {
  it('starts a new entry at each line that names who should act, after a line ending with a semicolon', () => {
    const e = extractReport(
      lines(
        'The Chief Fire Officer drew attention to the national recommendations, including that:',
        '',
        'The Home Office should precisely determine the role of fire and rescue services, to remove any ambiguity;',
        'The sector should remove unjustifiable variation, including in how they define risk;',
        '',
        'Members asked about the second recommendation.',
      ),
    );
    expect(e.recommendations.map((r) => r.text)).toEqual([
      'The Home Office should precisely determine the role of fire and rescue services, to remove any ambiguity;',
      'The sector should remove unjustifiable variation, including in how they define risk;',
    ]);
  });

  it('reads the points after "Consideration should be given to:" as part of the one recommendation', () => {
    const e = extractReport(
      lines(
        'From the IOPC recommendation to Wessex Police:',
        '',
        'The IOPC recommends that Wessex Police takes steps to ensure that custody staff can manage detainees who have sleep apnoea. Consideration should be given to:',
        '• Updating custody policies and procedures on sleep apnoea.',
        '• Delivering training for custody staff about sleep apnoea.',
        '',
        'Please reply by Friday.',
      ),
    );
    expect(e.recommendations.map((r) => r.text)).toEqual([
      'The IOPC recommends that Wessex Police takes steps to ensure that custody staff can manage detainees who have sleep apnoea. Consideration should be given to: • Updating custody policies and procedures on sleep apnoea. • Delivering training for custody staff about sleep apnoea.',
    ]);
  });

  it('reads the points an inspectorate asked an action plan to cover as recommendations', () => {
    const e = extractReport(
      lines(
        'HMICFRS found that the service was not doing enough to be an inclusive employer. The service was asked to produce an action plan by 30 June 2019 to:',
        '  - ensure that recruitment activities are open and accessible to all;',
        '  - treat employees according to their needs so they feel valued.',
        '',
        'Our People Board will look at these points in November.',
      ),
    );
    expect(e.recommendations.map((r) => r.text)).toEqual([
      'The service was asked to produce an action plan by 30 June 2019 to: ensure that recruitment activities are open and accessible to all.',
      'The service was asked to produce an action plan by 30 June 2019 to: treat employees according to their needs so they feel valued.',
    ]);
  });

  it("ends a labelled item at the writer's next numbered title and at their request to the readers", () => {
    const e = extractReport(
      lines(
        'Here are the two causes of concern from other services to check us against.',
        '',
        '1) Surrey Fire and Rescue Service (2018/19 inspection, efficiency)',
        'Cause of concern: Surrey Fire and Rescue Service does not use its resources efficiently to manage risk',
        '',
        '2) Avon Fire and Rescue Service (Round 3, people)',
        'Cause of concern: The service has shown an intent to improve its culture. More needs to be done.',
        '',
        'For each one could the lead officer please say by Friday 4 July:',
        'a. whether the finding could apply to us;',
        'b. what evidence we hold.',
      ),
    );
    expect(e.causesOfConcern.map((c) => c.text)).toEqual([
      'Surrey Fire and Rescue Service does not use its resources efficiently to manage risk',
      'The service has shown an intent to improve its culture. More needs to be done.',
    ]);
  });

  it('reads entries under "... should do the following." and ends them at the next numbered title', () => {
    const e = extractReport(
      lines(
        '1. What the letter says',
        '',
        "I have agreed with the Chair that departments and arm's length bodies should do the following.",
        '',
        'a',
        'Set target dates for implementation of accepted recommendations that are challenging and achievable.',
        '',
        'b',
        'Have systems in place to monitor implementation of all accepted Committee recommendations.',
        '',
        '2. What the OPCC will do',
        '',
        'Every accepted recommendation gets a target date within ten working days.',
      ),
    );
    expect(e.recommendations.map((r) => r.text.replace(/^.*following\. /, ''))).toEqual([
      'Set target dates for implementation of accepted recommendations that are challenging and achievable.',
      'Have systems in place to monitor implementation of all accepted Committee recommendations.',
    ]);
  });
});

describe('a stem whose points are what one item must bring together', () => {
  it('keeps "... They need to establish consistency between:" and its points one item, with the sentence before', () => {
    const e = extractReport(
      lines(
        'NAO recommendations selected for read-across',
        '',
        'It is not clear how far spending reductions represent changes in efficiency. They need to establish consistency between:',
        '• the data available for the public to assess departmental performance;',
        "• central departments' information requirements; and",
        '• the spending reported in the resource accounts.',
        '',
        'Finance will map savings proposals to service outputs by 31 January 2025.',
      ),
    );
    expect(e.recommendations.map((r) => r.text)).toEqual([
      "It is not clear how far spending reductions represent changes in efficiency. They need to establish consistency between: • the data available for the public to assess departmental performance; • central departments' information requirements; and • the spending reported in the resource accounts.",
    ]);
  });
});

describe("a Commons committee's conclusions quoted under a line naming its report", () => {
  it('reads each numbered conclusion under "Quoted verbatim from the Ninth Report of Session 2008-09:"', () => {
    const e = extractReport(
      lines(
        'Description',
        'Board asked for the conclusions on the CPS role to be mapped. Quoted verbatim from the Ninth Report of Session 2008-09:',
        '',
        '(1) The prosecution plays a pivotal role in the criminal justice system and should not be amended piecemeal.',
        '',
        '(2) The aims and purposes of the Crown Prosecution Service need to be clear.',
        '',
        '(3) The CPS needs to take a bold and robust approach as the independent prosecutor.',
      ),
    );
    expect(e.recommendations.map((r) => r.label)).toEqual(['(1)', '(2)', '(3)']);
  });
});

describe('a list quoted whole after "There are three recommendations made:"', () => {
  it("reads the quoted entries, and not the letter's numbered paragraphs after the quotation closes", () => {
    const e = extractReport(
      lines(
        '2. The report makes three recommendations, all for the Government:',
        '',
        '"There are three recommendations made:',
        "1. reviewing legislation to make the inspectorate's remit clearer;",
        '2. re-establishing the role of the inspectors in appointing chief officers; and',
        '3. new research into the deterrent value of stop and search."',
        '',
        '3. None of these is for me or the Chief Constable to implement.',
        '',
        "4. I would be happy to discuss this at the Panel's meeting on 13 July 2023.",
      ),
    );
    expect(e.recommendations.map((r) => r.text)).toEqual([
      "reviewing legislation to make the inspectorate's remit clearer;",
      're-establishing the role of the inspectors in appointing chief officers; and',
      'new research into the deterrent value of stop and search."',
    ]);
  });
});

describe("a register's rows the office says are its own", () => {
  it('leaves out a row marked internal or not from the report, and a row of actions for the Board', () => {
    const csv = lines(
      'Ref,Source,Conclusion text,Lead,Status,Update',
      'HAC-01,Home Affairs Committee HC 232,"The Home Office should publish guidance on the new powers.",Policy lead,Open,',
      'INT-01,Wessex OPCC (internal),"Ask the force for weekly figures on dispersal directions",Analyst,Open,Internal action - not from the report.',
      'INT-02,Wessex OPCC,"Actions for the Board (not Committee conclusions): agree a report back in January",Clerk,Open,',
    );
    expect(extractReport(csv).recommendations.map((r) => r.label)).toEqual(['HAC-01']);
  });

  it("leaves out a tracker's note rows ('NOTE-1', source 'Admin')", () => {
    const csv = lines(
      'Ref,Source,Recommendation,Status',
      'BC-01,HAC Border Controls,"We recommend that the Government expands controls at the point of departure.",Open',
      'NOTE-1,Admin,"1. Age in days is calculated from the logged date to the export date.",',
    );
    expect(extractReport(csv).recommendations.map((r) => r.label)).toEqual(['BC-01']);
  });

  it('leaves out a row struck through in a markdown export', () => {
    const table = lines(
      'Ref | Recommendation text | Local owner | Status',
      'EXT-31 | The Department should develop a formal process for monitoring fuel card invoices. | Finance | Open',
      "~~EXT-29~~ | ~~Circulate the auditor's summary to committee members~~ | ~~Secretary~~ | ~~Closed~~",
    );
    expect(extractReport(table).recommendations.map((r) => r.label)).toEqual(['EXT-31']);
  });
});
