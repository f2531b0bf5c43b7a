import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/core/import/clean-text.ts';
import { extractReport } from '../../src/core/import/extract.ts';

/*
 * Text copied out of a PDF reader a page at a time: no blank lines, no form feeds, the bold of each title
 * lost. A title is told from its text by ending short of the margin without a full stop; a page's foot is
 * its number over the running footer.
 */

const readerCopy = [
  'PEEL 2023-25 - An inspection of Marchshire Police',
  '',
  'Areas for improvement',
  'The force needs to improve how quickly it attends incidents graded as requiring a priority response',
  'within the target time',
  'Attendance within the force target time fell from 81 percent to 69 percent over the year.',
  'Supervisors told us that the shortage of response officers on late shifts was the main cause,',
  'and the force has not yet changed its shift pattern to meet demand.',
  '11',
  'Marchshire Police: PEEL 2023-25',
  'The force should make sure victims are updated on their cases',
  'The force should make sure that victims are told of every change in the status of their case.',
  'Only half of the case files we reviewed recorded that the victim had been told of a change in',
  'the status of their investigation. This is below the standard the force sets for itself.',
  '12',
  'Marchshire Police: PEEL 2023-25',
  'The force needs to improve its management of registered sex offenders',
  'Visits to offenders were overdue in a third of the cases we looked at, and risk assessments had',
  'not been updated after new intelligence was received by the offender managers.',
  'The force is good at working with partners to prevent crime',
  'It has long-standing problem-solving partnerships in each of its districts, and they meet every',
  'month to agree which places need the most attention.',
  '13',
].join('\n');

describe('a report copied from a PDF reader, a page at a time', () => {
  const e = extractReport(readerCopy);

  it('takes each title stating a need as the item, wrapped or not, across page feet, and not the paragraph explaining it', () => {
    expect(e.areasForImprovement.map((a) => a.text)).toEqual([
      'The force needs to improve how quickly it attends incidents graded as requiring a priority response within the target time',
      'The force should make sure victims are updated on their cases',
      'The force needs to improve its management of registered sex offenders',
    ]);
  });
});

describe('a table pasted a cell a line, its rows numbered', () => {
  // "Open" over each next row's number is the row's last cell, however often it repeats: not a page's foot.
  const cells = [
    'Internal audit actions: position at 30 June 2025',
    '',
    'No.',
    'Recommendation',
    'Status',
    '1',
    'The force should reconcile its seized property records with the stores every quarter.',
    'Open',
    '2',
    'The force should review who can authorise the disposal of seized cash and record each decision.',
    'Open',
    '3',
    'The force should report the results of its property audits to the joint audit committee each year.',
    'Open',
  ].join('\n');

  it('keeps every row, the numbers as their labels', () => {
    const e = extractReport(cells);
    expect(e.recommendations.map((r) => r.number)).toEqual([1, 2, 3]);
    expect(e.recommendations[1]?.text).toBe(
      'The force should review who can authorise the disposal of seized cash and record each decision.',
    );
  });
});

describe("a coroner's concerns after a quoted statute", () => {
  // The statute's own "(a)" and "(b)" come first; "My concerns are threefold:" starts the coroner's list, not
  // more of the statute's last sub-paragraph.
  const report = [
    'REGULATION 28 REPORT TO PREVENT FUTURE DEATHS',
    '',
    "5  CORONER'S CONCERNS",
    '',
    'The MATTERS OF CONCERN are as follows',
    '',
    'Blue lights are governed by regulation 16, under which no vehicle other than an emergency vehicle shall be',
    'fitted with',
    '(a) a blue warning beacon, or',
    '(b) a device which resembles a blue warning beacon.',
    '',
    'My concerns are threefold:',
    '',
    '1) That no one checks whether a journey needs an emergency response.',
    '',
    '2) That there is no definition of an emergency for courier work.',
    '',
    '3) That riders need no training before using warning lamps.',
  ].join('\n');

  it('reads the three concerns', () => {
    const e = extractReport(report);
    const texts = [...e.recommendations, ...e.causesOfConcern].map((i) => i.text);
    expect(texts).toContain('That no one checks whether a journey needs an emergency response.');
    expect(texts).toContain('That riders need no training before using warning lamps.');
  });
});

describe('areas for improvement printed as titles over the text explaining them', () => {
  const body = (title: string, explanation: string) => [title, '', explanation, ''];
  const lines = [
    'PEEL 2023-25: An inspection of Marchshire Police',
    '',
    'Areas for improvement',
    '',
    ...body(
      'The way the force investigates crime requires improvement',
      "The force needs to make sure that every investigation has a supervisor's plan. We found plans in fewer than half of the cases we looked at.",
    ),
    ...body(
      'The force needs to improve how it protects vulnerable people',
      "The force needs to make sure that referrals to children's services are made on the day. Some took more than a week.",
    ),
  ];

  it('takes each title as the item, set apart as a heading, and none of the explanations', () => {
    const e = extractReport(lines.join('\n'));
    expect(e.areasForImprovement.map((a) => a.text)).toEqual([
      'The way the force investigates crime requires improvement',
      'The force needs to improve how it protects vulnerable people',
    ]);
  });

  it('does the same where the title is a plain line over its explanation', () => {
    const plain = lines.filter((l, i) => l !== '' || i < 4).join('\n');
    const e = extractReport(plain);
    expect(e.areasForImprovement.map((a) => a.text)).toEqual([
      'The way the force investigates crime requires improvement',
      'The force needs to improve how it protects vulnerable people',
    ]);
  });
});

describe("a paper's numbered sections around a quoted recommendation", () => {
  // "3  How we allocate now" over "3.1 ...": the paper's next section, so its own "4.1 The Board should ..."
  // proposals are no items; the quoted "We recommend, that within six months, forces review ..." is.
  const note = [
    'Note for the Vulnerability Board',
    '',
    '2\tThe national recommendation',
    'The thematic inspection of online child sexual exploitation made this recommendation on allocation:',
    '',
    'We recommend, that within six months, forces review their methods for allocating online child sexual exploitation investigations.',
    '',
    '3\tHow we allocate now',
    '3.1\tEvery referral is graded by the team sergeant within one working day.',
    '3.2\tWe do not record the experience of the officer a case goes to.',
    '',
    '4\tProposals',
    '4.1\tThe Board should ask the Public Protection Command to record the training of each officer.',
    '4.2\tQ1 Should the policy be reviewed again by 30 September 2024?',
  ].join('\n');

  it('reads the quoted recommendation, addressed to forces, and none of the proposals or questions', () => {
    const e = extractReport(note);
    expect(e.recommendations.map((r) => [r.text, r.addressees])).toEqual([
      [
        'We recommend, that within six months, forces review their methods for allocating online child sexual exploitation investigations.',
        ['forces'],
      ],
    ]);
  });
});

describe("a PDF converter's Markdown, its shaded box a table of one column", () => {
  const markdown = [
    '# PEEL: police effectiveness 2016',
    '',
    '<span id="page-1-0"></span>',
    '',
    '| Cause of concern |',
    '|---|',
    '| Community policing teams in Northmoor are not well enough resourced to prevent crime effectively. |',
    '| **Recommendation** |',
    '| To address this cause of concern the force must immediately take steps to: |',
    '| - increase the number of officers carrying out preventative policing; and |',
    '| - monitor the effect of this increase on the service the public receives. |',
  ].join('\n');

  it('reads the box as the lines it holds: the cause, and the recommendation with its bullets', () => {
    const e = extractReport(markdown);
    expect(e.causesOfConcern.map((c) => c.text)).toEqual([
      'Community policing teams in Northmoor are not well enough resourced to prevent crime effectively.',
    ]);
    expect(e.recommendations).toHaveLength(1);
    expect(e.recommendations[0]?.text).toContain('• monitor the effect of this increase');
    expect(e.title).not.toContain('<span');
  });
});

describe('a page saved from a browser as text, every line indented', () => {
  const page = [
    'References',
    '',
    '   Using stop and search fairly',
    '',
    '   In our 2017 report, we recommended that all forces should:',
    '',
    '     * publish their analysis of stop and search data by July 2018.',
    '',
    '   We reviewed a sample of stop and search records as part of this',
    '   inspection. Our findings are set out in the national report.',
    '',
    '   Extract last reviewed: 13 November 2018',
  ].join('\n');

  it("does not finish the stem with the page's own narrative", () => {
    const texts = extractReport(page).recommendations.map((r) => r.text);
    expect(texts.some((t) => t.includes('We reviewed a sample'))).toBe(false);
    expect(texts.some((t) => t.includes('Extract last reviewed'))).toBe(false);
  });
});

describe("an audit portal's expanded finding cards, printed", () => {
  const card = (n: number, tag: string, title: string, text: string, reply: string, target: string) => [
    `Recommendation ${n}   [${tag}]   ${title}`,
    '',
    'Recommendation',
    text,
    'Show less',
    '',
    'Management response',
    reply,
    '',
    `Target date: ${target}`,
    '',
  ];
  const page = [
    'Audit Actions Portal',
    '',
    ...card(
      1,
      'HIGH',
      'Vetting',
      'The force should clear its vetting backlog.',
      'Agreed. A monthly report will chase each case.',
      '31/07/2026',
    ),
    ...card(
      2,
      'LOW',
      'Scrutiny',
      'The force should share its use of force data with a scrutiny panel.',
      'Agreed and complete.',
      '30/09/2026',
    ),
  ].join('\n');

  it("labels each card past its priority tag and keeps its answer and date through 'Show less'", () => {
    const e = extractReport(page);
    expect(e.recommendations.map((r) => [r.label, r.text, r.forceResponse, r.due?.date])).toEqual([
      [
        'Recommendation 1',
        'The force should clear its vetting backlog.',
        'Agreed. A monthly report will chase each case.',
        '2026-07-31',
      ],
      [
        'Recommendation 2',
        'The force should share its use of force data with a scrutiny panel.',
        'Agreed and complete.',
        '2026-09-30',
      ],
    ]);
  });
});

describe('a summary pointing each item to its evidence', () => {
  const page = [
    'Recommendations',
    '',
    'West Mercia Police should:',
    '',
    '\u2022  Improve how it works with partners to tackle serious and organised crime',
    '   (See paragraphs 3.14 to 3.22.)',
    '',
    '\u2022  Provide enough analytical capacity to understand emerging threats',
    '   (See paragraphs 3.30 to 3.35.)',
  ].join('\n');

  it("leaves the '(See paragraphs ...)' pointers out of the items", () => {
    const e = extractReport(page);
    expect(e.recommendations).toHaveLength(2);
    expect(e.recommendations.every((r) => !/See paragraphs/.test(r.text))).toBe(true);
  });
});

describe("a guide's pages copied together, its contents naming each recommendation by a title", () => {
  const contents = ['Contents', '1. Overview', '2. Recommendation 1: neighbourhood policing', ''];
  const guide = [
    ...contents,
    'Recommendation 1: neighbourhood policing',
    '',
    'Recommendation 1',
    '',
    'By October 2018, all forces should review their approach to neighbourhood policing.',
    '',
    'Thamesmere Police response',
    '',
    'Accepted. The review took place in April 2018.',
  ].join('\n');

  it("takes the item's words from its own page, not the title", () => {
    const [item] = extractReport(guide).recommendations;
    expect(item?.text).toBe(
      'By October 2018, all forces should review their approach to neighbourhood policing.',
    );
  });
});

describe("a summary's areas for improvement pasted into an e-mail, a line each", () => {
  const mail = [
    'Areas for improvement',
    '',
    'The way the force answers and responds to calls from the public requires improvement',
    '',
    'The force needs to improve its service to victims of crime',
    '',
    'The force needs to improve its management of registered sex offenders',
    '',
    'Thanks',
    'Hannah',
  ].join('\n');

  it('reads each line stating a need as an area for improvement', () => {
    expect(extractReport(mail).areasForImprovement.map((a) => a.text)).toEqual([
      'The way the force answers and responds to calls from the public requires improvement',
      'The force needs to improve its service to victims of crime',
      'The force needs to improve its management of registered sex offenders',
    ]);
  });
});

describe('a report page copied with no blank lines, each area for improvement a title over its evidence', () => {
  const page = [
    'Skip to main content',
    'Home  /  Publications  /  PEEL 2023-2025: An inspection of Northmoor Police',
    'PEEL 2023-2025: An inspection of Northmoor Police',
    'Published on: 3 March 2025',
    'On this page',
    'Overall summary',
    'Responding to the public',
    'Northmoor Police is adequate at responding to the public.',
    'Area for improvement',
    'The force needs to improve how quickly it answers non-emergency calls from the public',
    'We listened to 60 calls made to the non-emergency number in May 2024. In too many of them the caller waited more than ten minutes to be answered.',
    'Related content',
  ].join('\n');

  it('ends the item at its title: the longer paragraph below is the evidence, not more of its words', () => {
    const e = extractReport(page);
    expect(e.areasForImprovement.map((a) => a.text)).toEqual([
      'The force needs to improve how quickly it answers non-emergency calls from the public',
    ]);
  });
});

describe("a cause of concern whose words read like a section's title", () => {
  const report = [
    'Causes for concern',
    '',
    'Cause for concern',
    '',
    'The service needs to improve its mobilisation system',
    '',
    'Areas for improvement',
    '',
    'Area for improvement',
    '',
    'The service should make sure it participates in a programme of cross-border exercises.',
  ].join('\n');

  it('reads the line under the label as the cause, not as a heading over the next section', () => {
    const e = extractReport(report);
    expect(e.causesOfConcern.map((c) => c.text)).toEqual([
      'The service needs to improve its mobilisation system',
    ]);
    expect(e.areasForImprovement).toHaveLength(1);
  });
});

describe("an IOPC page titled 'Response to ... report'", () => {
  const page = [
    'Home > Our work > Learning > Recommendations',
    '',
    'Response to custody deaths report - Northmoor Police, May 2019',
    '',
    'Recommendation 1',
    '',
    'It is recommended that Northmoor Police ensure that detainees are roused in line with their care plan.',
    '',
    'Response due 1 Aug 2019',
    '',
    'Response',
    'Accepted action: The custody policy has been reissued to every sergeant.',
  ].join('\n');

  it('reads the title as the page, not as a response section holding no items of its own', () => {
    const e = extractReport(page);
    expect(e.recommendations.map((r) => [r.label, r.due.date, r.forceResponse])).toEqual([
      ['Recommendation 1', '2019-08-01', 'The custody policy has been reissued to every sergeant.'],
    ]);
  });
});

describe("an earlier report's recommendations, recalled", () => {
  const recalled = [
    'In our 2017 legitimacy report, we recommended that all forces should:',
    '',
    '  * monitor and analyse comprehensive stop and search data to understand reasons for disparities;',
    '  * take action on those; and',
    '  * publish the analysis and the action by July 2018.',
    '',
    'We reviewed how the force scrutinises the reasons for stop and search encounters.',
  ];

  it('are the items of a page that has none of its own', () => {
    const e = extractReport(['Legitimacy', '', 'Use of stop and search powers', '', ...recalled].join('\n'));
    expect(e.recommendations.map((r) => r.due.date)).toEqual([null, null, '2018-07-31']);
  });

  it("are background beside a report's own areas for improvement", () => {
    const report = [
      'Use of stop and search powers',
      '',
      ...recalled,
      '',
      'Areas for improvement',
      '',
      '  * The force should improve how it records the reasons for stop and search.',
    ].join('\n');
    const e = extractReport(report);
    expect(e.areasForImprovement).toHaveLength(1);
    expect(e.recommendations).toEqual([]);
  });
});

describe("a report's web chapter copied with each heading's link anchor after it", () => {
  const page = [
    'Recommendations #',
    '',
    'Recommendation 1 #',
    '',
    'By 1 February 2025, chief fire officers should make sure their staff follow the Core Code of Ethics.',
    '',
    'Recommendation 2 #',
    '',
    'By 1 May 2025, chief fire officers should make sure a policy for probationary staff is in place.',
    '',
    'Ref #',
  ].join('\n');

  it("reads 'Recommendation 1 #' as the label it is, the anchor dropped", () => {
    expect(extractReport(page).recommendations.map((r) => [r.label, r.number])).toEqual([
      ['Recommendation 1', 1],
      ['Recommendation 2', 2],
    ]);
  });
});

describe("a fire authority's page listing what the inspectorate asked, a line an entry, no full stops", () => {
  const entries = [
    'The Service Should make sure its risk register is used to manage the risks it knows about',
    'The Service Should make sure its performance reports give accurate and timely data',
  ];
  const page = [
    'Learning from other services',
    '',
    'HMICFRS recommended that:',
    '',
    ...entries,
    '',
    'What we are doing',
  ].join('\n');

  it('reads each line that opens with the same words of direction as an entry of its own', () => {
    expect(extractReport(page).recommendations.map((r) => r.text)).toEqual(entries);
  });

  it('still joins a line cut mid-clause to the one below it', () => {
    const cut = page.replace('risks it knows about', 'risks it knows about and');
    expect(extractReport(cut).recommendations).toHaveLength(1);
  });
});

describe("an audit report's action plan from pdftotext, its number column spaced from the words", () => {
  const plan = [
    '4. Management action plan',
    '',
    'No. Recommendation',
    '1   The force should review how it supervises',
    'investigations that have been open longest.',
    '    Priority: Medium   Owner: Head of Crime   Target: 31/01/2026',
    '',
    '2   The force should publish its minimum standards',
    'for investigations.',
    '    Priority: Low   Owner: Head of Crime   Target: 31/03/2026',
  ].join('\n');

  it('numbers each row by its column and dates it by the target among its fields', () => {
    expect(extractReport(plan).recommendations.map((r) => [r.number, r.text, r.due?.date])).toEqual([
      [
        1,
        'The force should review how it supervises investigations that have been open longest.',
        '2026-01-31',
      ],
      [2, 'The force should publish its minimum standards for investigations.', '2026-03-31'],
    ]);
  });

  it("leaves an NAO report's margin number, over words that direct no one, as the paragraph's", () => {
    const margin =
      '24   To strengthen the use of cost information across government, we make these recommendations.';
    expect(extractReport(margin).recommendations).toEqual([]);
  });
});

describe('a board paper copied while checked out of SharePoint', () => {
  it("leaves the 'CHECKED OUT ... Check In' banner out of the title", () => {
    const paper = [
      'CHECKED OUT  This document is checked out to you. Only you can see your changes until you check it in.  Check In',
      '',
      'Board update: learning from another force',
      '',
      '1. Purpose',
      'To update the Board.',
    ].join('\n');
    expect(extractReport(paper).title).toBe('Board update: learning from another force');
  });
});

describe("a residents' news page copying a coroner's numbered concerns, each with one roman point, then its own list", () => {
  const page = [
    "Hillcrest Residents' Association - News",
    '',
    'We have copied the concerns below exactly as the coroner wrote them.',
    '',
    'Regulation 28: Report to Prevent Future Deaths - Jane Doe',
    'Date of report: 3 March 2020',
    'Sent to: Marchshire County Council',
    '',
    "CORONER'S CONCERNS",
    '1. During the inquest evidence was heard that:',
    '',
    'i. There are no markings at the junction to show which vehicle has the right of way.',
    '',
    '2. I have concerns with regard to the following:',
    '',
    'i. Parked cars on Mill Lane reduce the sightlines of drivers approaching the junction.',
    '',
    'Marchshire County Council is under a duty to respond within 56 days of the date of this report.',
    '',
    'What the Association is doing',
    '1. We have asked the council for a meeting about parking on Mill Lane.',
    '2. We will collect photos of parked cars at the junction.',
  ].join('\n');

  it("keeps each numbered concern whole with its point, and leaves out the duty sentence and the page's own list", () => {
    const e = extractReport(page);
    expect(e.recommendations.map((r) => r.label)).toEqual(['1', '2']);
    expect(e.recommendations[0]?.text).toBe(
      'During the inquest evidence was heard that: i. There are no markings at the junction to show which vehicle has the right of way.',
    );
    expect(e.recommendations[1]?.text).toBe(
      'I have concerns with regard to the following: i. Parked cars on Mill Lane reduce the sightlines of drivers approaching the junction.',
    );
  });
});

describe("a coroner's concerns whose numbers lost their full stops in the copy", () => {
  const report = [
    'REGULATION 28: REPORT TO PREVENT FUTURE DEATHS',
    'Date of report: 8 October 2013',
    'Sent to: The Department of Transport',
    '',
    'The MATTERS OF CONCERN are as follows.',
    '',
    '1 Evidence was given at the inquest that the load was sitting on the vehicle without any restraint.',
    '',
    '2 This, according to the evidence given, was common practice nationwide with palletised loads.',
    '',
    '3 March 2013 was when the guidance on securing loads was last reviewed by the Department.',
    '',
    'You are under a duty to respond to this report within 56 days of the date of this report.',
  ].join('\n');

  it('reads the count from 1 as the concerns, and a date at a line start as none of them', () => {
    const e = extractReport(report);
    expect(e.recommendations.map((r) => r.label)).toEqual(['1', '2']);
    expect(e.recommendations[1]?.text.startsWith('This, according to the evidence given')).toBe(true);
  });

  it('leaves a slide list of short titles alone', () => {
    const slides = [
      'Presentation results',
      '',
      '1   Welcome',
      '',
      '2   Where the recommendations come from',
    ].join('\n');
    expect(cleanText(slides).lines.map((l) => [l.text.slice(0, 3), l.listMark])).toEqual([
      ['Pre', false],
      ['1 W', false],
      ['2 W', false],
    ]);
  });
});

describe("a commissioner's page tracking a super-complaint's recommendations under whom they are made to", () => {
  const page = [
    'The police response to stalking - our progress',
    '',
    'For chief constables',
    '',
    'By 27 March 2025, where required, seek changes to crime recording systems. While changes are pending, chief constables should put alternative measures in place to make sure stalking offences are searchable.',
    '● Complete',
    '',
    'For police and crime commissioners',
    '',
    'By 27 March 2025, review whether the right specialist services have been commissioned. PCCs should provide the necessary services where they do not exist.',
    '● At risk',
  ].join('\n');

  it('reads each paragraph under an addressee group as a recommendation to that group, with its deadline', () => {
    const e = extractReport(page);
    expect(e.recommendations.map((r) => [r.text.slice(0, 22), r.due?.date])).toEqual([
      ['By 27 March 2025, wher', '2025-03-27'],
      ['By 27 March 2025, revi', '2025-03-27'],
    ]);
  });
});

describe("a commissioner's page whose footer lists related pages, numbered", () => {
  const page = [
    'Recommendation one',
    'By 31 August 2015, all forces should ensure that there is sufficient analytical capability.',
    '',
    'Overall comments',
    'I will review progress in the autumn.',
    '',
    'Related pages',
    '1. Section 55 responses 2014',
    '2. Police and Crime Panel meetings',
    '3. Complaints about the Chief Constable',
  ].join('\n');

  it('reads no link as an item', () => {
    expect(extractReport(page).recommendations.map((r) => r.text.slice(0, 20))).toEqual([
      'By 31 August 2015, a',
    ]);
  });
});

describe("a PCC's response page under a breadcrumb trail that names 'Statutory responses'", () => {
  const page = [
    'Thamesmere Police and Crime Commissioner',
    'Home > Publications > Statutory responses to HMICFRS > 2024',
    '',
    'PCC response: An inspection of the regional response to serious and organised crime',
    '',
    'West Mercia Police should:',
    '',
    'a) Improve how it works with partners to tackle SOC, including improving access to partnership data',
    "Chief Constable's response: Partners now have read access to the SOC dashboard.",
    '',
    'b) Provide enough analytical capacity to improve its understanding of emerging SOC threats',
    "Chief Constable's response: Two additional SOC analysts start in September 2024.",
  ].join('\n');

  it('reads the lettered recommendations, each with its answer, as it would without the trail', () => {
    const recs = extractReport(page).recommendations;
    expect(recs.map((r) => [r.label, r.forceResponse?.slice(0, 20)])).toEqual([
      ['a)', 'Partners now have re'],
      ['b)', 'Two additional SOC a'],
    ]);
  });
});
