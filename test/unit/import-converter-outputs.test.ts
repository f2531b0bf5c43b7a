import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/core/import/extract.ts';

/*
 * What text converters make of a Word document: antiword draws each table cell between bars with no border
 * lines, so a coroner's form comes out as a section-number cell beside a text cell on every line.
 */

const cell = (number: string, text: string) => `|${number.padEnd(4)}|${text.padEnd(50)}|`;

describe("a coroner's form converted by antiword, its cells between bars", () => {
  const form = [
    'REGULATION 28: REPORT TO PREVENT FUTURE DEATHS',
    '',
    cell('1', 'THIS REPORT IS BEING SENT TO:'),
    cell('', '1. Wessex County Council'),
    cell('', ''),
    cell('5', "CORONER'S CONCERNS"),
    cell('', 'The MATTERS OF CONCERN are as follows. -'),
    cell('', ''),
    cell('', '(1) The bend is a collision black spot with no'),
    cell('', 'warning signs for drivers approaching it.'),
    cell('', ''),
    cell('', '(2) Consideration should be given to painting'),
    cell('', '"SLOW" on the approach to the bend.'),
    cell('', ''),
    cell('9', 'Date: 13/01/2014'),
  ].join('\n');

  it('reads each concern whole, with its 56 days from the form date', () => {
    const e = extractReport(form);
    expect(e.recommendations.map((r) => [r.label, r.text, r.due?.date])).toEqual([
      [
        '(1)',
        'The bend is a collision black spot with no warning signs for drivers approaching it.',
        '2014-03-10',
      ],
      ['(2)', 'Consideration should be given to painting "SLOW" on the approach to the bend.', '2014-03-10'],
    ]);
  });
});

describe('a panel report converted by html2text', () => {
  const page = [
    '# Police and Crime Panel',
    '',
    '* * *',
    '',
    '#### Recommendation 1',
    '',
    'By September 2018, all forces should develop an action plan drawing on:',
    '',
    '  * the investigative demand the force expects to face in the next four years;',
    '    and',
    '  * how the force will change its workforce to cope with that demand.',
    '',
    '_Force response:_ Accepted. The plan was agreed in August 2018.',
    '',
    "_Commissioner's comment:_ The plan is credible.",
    '',
    '* * *',
  ].join('\n');

  it('reads the italic titles as the replies, a wrapped "and" as its entry\'s end and "* * *" as a rule', () => {
    const [item] = extractReport(page).recommendations;
    expect(item?.text).toBe(
      'By September 2018, all forces should develop an action plan drawing on: • the investigative demand the force expects to face in the next four years; and • how the force will change its workforce to cope with that demand.',
    );
    expect([item?.forceResponse, item?.pccResponse]).toEqual([
      'Accepted. The plan was agreed in August 2018.',
      'The plan is credible.',
    ]);
  });
});

describe('pdftotext output without blank lines, its words broken with soft hyphens', () => {
  const page = [
    'Cause of concern',
    'The force\u2019s approach to domestic abuse is unaccept\u00ad',
    'able. It is a cause of concern to HMIC.',
    'Recommendations',
    '\u2022 The force should immediately increase its use of arrest.',
    '\u2022 The force should stop conducting risk assess\u00ad',
    '  ments over the telephone.',
  ].join('\n');

  it('mends each broken word and reads the bare title as the start of the recommendations', () => {
    const e = extractReport(page);
    expect(e.causesOfConcern.map((c) => c.text)).toEqual([
      'The force\u2019s approach to domestic abuse is unacceptable. It is a cause of concern to HMIC.',
    ]);
    expect(e.recommendations.map((r) => r.text)).toEqual([
      'The force should immediately increase its use of arrest.',
      'The force should stop conducting risk assessments over the telephone.',
    ]);
  });
});

describe("a coroner's concerns written as short phrases, each alone on its line", () => {
  const form = [
    "5 CORONER'S CONCERNS",
    'During the course of the inquest the evidence revealed matters giving rise to concern.',
    '',
    'The MATTERS OF CONCERN are as follows:',
    '',
    '(1) Inadequate signage giving guidance to pedestrians of safe crossing points',
    '',
    '(2) Lack of illuminated signage to assist pedestrians in the hours of darkness',
    '',
    '6 ACTION SHOULD BE TAKEN',
    'In my opinion action should be taken to prevent future deaths.',
  ].join('\n');

  it('reads each phrase as a concern, not as a title', () => {
    expect(extractReport(form).recommendations.map((r) => [r.label, r.text])).toEqual([
      ['(1)', 'Inadequate signage giving guidance to pedestrians of safe crossing points'],
      ['(2)', 'Lack of illuminated signage to assist pedestrians in the hours of darkness'],
    ]);
  });
});

describe("a report's box of definitions printed under a cause of concern", () => {
  const pdf = [
    'Cause of concern',
    '',
    'The force\u2019s response to vulnerable victims is a cause of concern to HMIC. There are',
    'inconsistencies in the quality of service to vulnerable victims at first contact.',
    '',
    'About causes of concern and areas for improvement',
    'If we find a serious shortcoming in a force\u2019s practice, we report it as a cause of',
    'concern. Less serious shortcomings are reported as areas for improvement.',
  ].join('\n');

  it("ends the concern at the box's title", () => {
    expect(extractReport(pdf).causesOfConcern.map((c) => c.text)).toEqual([
      'The force\u2019s response to vulnerable victims is a cause of concern to HMIC. There are inconsistencies in the quality of service to vulnerable victims at first contact.',
    ]);
  });
});

describe("a figure's caption under an area for improvement printed without a full stop", () => {
  const pdf = [
    'Area for improvement',
    'The force needs to improve its training to make sure officers understand and',
    'record the use of stop and search powers',
    '',
    '',
    'Figure 1: Proportion of stop and search records with reasonable grounds judged',
    'reasonable, 2022',
  ].join('\n');

  it('ends the item before the caption', () => {
    expect(extractReport(pdf).areasForImprovement.map((a) => a.text)).toEqual([
      'The force needs to improve its training to make sure officers understand and record the use of stop and search powers',
    ]);
  });
});

describe("a report's running head printed in mirrored order on left and right pages", () => {
  const report = [
    '8   Summary   Savings in the police service',
    '',
    'Recommendations',
    '',
    'a) The Home Office should publish the savings each force reports.',
    '',
    'b) The Home Office should issue guidance on cash-releasing savings.',
    '',
    'Savings in the police service   Summary   9',
    '',
    'c) Forces should reconcile reported savings to their spending.',
  ].join('\n');

  it('drops both heads, and the list runs on across the page', () => {
    const e = extractReport(report);
    expect(e.recommendations.map((r) => r.label)).toEqual(['a)', 'b)', 'c)']);
  });
});

describe('a Word letter whose heading style prints a diamond before each heading', () => {
  const letter = [
    "The coroner's concerns are set out below, each followed by our answer.",
    '',
    '◆ Concern 1',
    'There is no street lighting on the section of road where the crossing is.',
    '◆ Wessex County Council answer',
    'Our network: all-night lighting will be restored on the A358 from April.',
    '◆ Concern 2',
    'A primary school stands beside the road and children cross it every day.',
    '◆ Wessex County Council answer',
    'Our network: the crossing patrol survey will be repeated in the summer term.',
  ].join('\n');

  it('reads the diamonds as headings: each concern by its label, the answer under it', () => {
    const e = extractReport(letter);
    expect(e.recommendations.map((r) => [r.label, r.text.slice(0, 20)])).toEqual([
      ['Concern 1', 'There is no street l'],
      ['Concern 2', 'A primary school sta'],
    ]);
  });
});

describe('a Word paste with "Show style names" on, each paragraph behind its style in brackets', () => {
  const note = [
    '[Title] Wessex Fire and Rescue Service - Learning from other services',
    '[Normal] HMICFRS inspected Kingsbridge Fire Brigade in 2023.',
    '[Heading 2] Recommendations',
    '[Normal] By 31 May 2024, the brigade should develop an action plan to:',
    '[List Bullet] develop a prevention strategy that clearly details how it will implement its prevention activity.',
    '[List Bullet] make sure it prioritises safe and well visits for those people at greatest risk from fire.',
    '[Heading 2] What this means for Wessex',
    '[Normal] Owner: Area Manager, Prevention.',
  ].join('\n');

  it('reads the list styles as bullets under their stem and keeps no tag in any text', () => {
    const stem = 'By 31 May 2024, the brigade should develop an action plan to:';
    const e = extractReport(note);
    expect(e.title).toBe('Wessex Fire and Rescue Service - Learning from other services');
    expect(e.recommendations.map((r) => [r.text, r.due?.date])).toEqual([
      [
        `${stem} develop a prevention strategy that clearly details how it will implement its prevention activity.`,
        '2024-05-31',
      ],
      [
        `${stem} make sure it prioritises safe and well visits for those people at greatest risk from fire.`,
        '2024-05-31',
      ],
    ]);
  });

  it('leaves a lone bracketed word alone: one "[Quote]" is not a style view', () => {
    const e = extractReport(
      ['Recommendations', '', '1. [Quote] The force should publish its data.'].join('\n'),
    );
    expect(e.recommendations.map((r) => r.text)).toEqual(['[Quote] The force should publish its data.']);
  });
});

describe("a PDF's icons copied before each area for improvement's title", () => {
  const paste = [
    'Summary of areas for improvement',
    '',
    '▶ Area for improvement 1',
    'The force needs to improve its service to victims of crime',
    '',
    '▶ Area for improvement 2',
    'The force needs to improve its management of registered sex offenders',
    '',
    '▶ Innovative practice',
    'The force has introduced a dedicated team to review the quality of crime recording.',
  ].join('\n');

  it('reads each title as the label over its words, and the icon over other text as no item', () => {
    const e = extractReport(paste);
    expect(e.areasForImprovement.map((a) => [a.number, a.text])).toEqual([
      [1, 'The force needs to improve its service to victims of crime'],
      [2, 'The force needs to improve its management of registered sex offenders'],
    ]);
  });
});

describe("a briefing note's labels drawn as pills, each in square brackets", () => {
  const note = [
    'Areas for improvement (selected)',
    '[ AFI 1 ]  The service should make sure it understands what resource is needed to reduce the risks.',
    '[ AFI 5 ]  The service should make sure it has an effective method to share fire survival guidance.',
    '',
    '[HM: we do this already]',
  ].join('\n');

  it('reads each label and its words without the brackets, and leaves a bracketed note alone', () => {
    const e = extractReport(note);
    expect(e.areasForImprovement.map((a) => [a.number, a.text.slice(0, 38)])).toEqual([
      [1, 'The service should make sure it unders'],
      [5, 'The service should make sure it has an'],
    ]);
  });
});

describe("a web page's open sections copied with their disclosure triangles", () => {
  const page = [
    '▾ Area for improvement',
    'The force needs to improve its training on the use of stop and search powers',
    "Chief Constable's update: a refreshed training package was rolled out.",
    '',
    '▸ How we check progress',
  ].join('\n');

  it("reads the open section's title as the label over the item and its update", () => {
    const e = extractReport(page);
    expect(e.areasForImprovement.map((a) => [a.text, a.forceResponse])).toEqual([
      [
        'The force needs to improve its training on the use of stop and search powers',
        'a refreshed training package was rolled out.',
      ],
    ]);
  });
});

describe("a Jira ticket's description in its wiki markup", () => {
  const ticket = [
    'Description',
    'h3. Background',
    'Two IOPC recommendations to other forces that our complaint handling should be checked against.',
    '',
    'h3. Recommendations',
    '*Surrey Police*',
    '{quote}The IOPC recommends that Surrey Police updates its complaint handling policy to include searching for body worn video footage.{quote}',
    '',
    '*West Yorkshire Police*',
    '{quote}The IOPC recommends that West Yorkshire Police creates procedures for the return of evidence to members of the public.{quote}',
    '',
    'h3. What we need to do',
    '# Compare our SOP against each recommendation',
    '# Take the gap list to the Learning Board on 14 May',
    '',
    'Comments',
    '[~mark.t] Surrey one overlaps with the BWV audit.',
  ].join('\n');

  it("reads each quoted recommendation under its force, and the office's numbered steps as none", () => {
    const e = extractReport(ticket);
    expect(e.recommendations.map((r) => r.text.slice(0, 30))).toEqual([
      'The IOPC recommends that Surre',
      'The IOPC recommends that West ',
    ]);
    expect(e.recommendations.every((r) => !r.text.includes('{quote}'))).toBe(true);
  });
});

describe("pdftotext output of a coroner's form whose bold headings print each character twice", () => {
  it('reads "CCOORROONNEERR\'\'SS CCOONNCCEERRNNSS" as the concerns heading and the concern below it', () => {
    const e = extractReport(
      [
        'RREEGGUULLAATTIIOONN 2288:: RREEPPOORRTT TTOO PPRREEVVEENNTT FFUUTTUURREE DDEEAATTHHSS',
        '',
        'THIS REPORT IS BEING SENT TO:',
        '1. The Secretary of State for Transport',
        '',
        "5              CCOORROONNEERR''SS CCOONNCCEERRNNSS",
        '',
        '               The MMAATTTTEERRSS OOFF CCOONNCCEERRNN are as follows. -',
        '',
        '               The staggered junction of the A16 has no warning signs for drivers approaching from the south.',
        '',
        '6              AACCTTIIOONN SSHHOOUULLDD BBEE TTAAKKEENN',
        '',
        '               In my opinion action should be taken to prevent future deaths.',
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => r.text)).toEqual([
      'The staggered junction of the A16 has no warning signs for drivers approaching from the south.',
    ]);
  });
});
