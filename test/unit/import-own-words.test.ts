import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/core/import/extract.ts';

/*
 * A paper's own words around the items it quotes: what its writer tells its readers to do is no
 * recommendation to track, however it directs (a briefing's "What you need to do:", a workbook's "By the end
 * of this module you should be able to:"), and its own numbered paragraphs end a finding quoted among them.
 */
describe("the writer's own instructions to its readers", () => {
  it("leaves out the bullets under 'What you need to do:' and keeps the recommendation they follow", () => {
    const e = extractReport(
      [
        'Daily briefing - IOPC learning',
        '',
        'The IOPC recommends that Surrey Police updates relevant force policies relating to complaint handling.',
        '',
        'What you need to do:',
        '1. If you are told of a complaint about an incident you attended, tell your supervisor the same day.',
        '2. Supervisors: search for the footage and mark it as evidential on the day the complaint is made.',
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => r.text)).toEqual([
      'The IOPC recommends that Surrey Police updates relevant force policies relating to complaint handling.',
    ]);
  });
});

describe("a briefing note's numbered paragraphs around the findings it quotes", () => {
  const e = extractReport(
    [
      'BRIEFING NOTE',
      '',
      '3.\tDevon and Cornwall Police: cause of concern closed',
      '3.1\tOn 27 September 2024 HMICFRS published a closure letter. The cause on responding to the public was:',
      '',
      'Cause of concern',
      'The force needs to improve the time it takes to answer non-emergency calls',
      '',
      '3.2\tThe letter explains why HMICFRS closed it; the full text is on the HMICFRS website.',
      '',
      '4.\tPEEL areas for improvement given to other forces',
      '4.1\tCleveland Police (PEEL 2023-25). Two of the areas for improvement are about calls:',
      '•\tCleveland Police should improve the way it flags vulnerable people on its incident logs',
      '•\tCleveland Police needs to attend calls for service in line with its published attendance times',
    ].join('\n'),
  );

  it("ends a quoted finding at the paper's next numbered paragraph", () => {
    expect(e.causesOfConcern.map((c) => c.text)).toEqual([
      'The force needs to improve the time it takes to answer non-emergency calls',
    ]);
  });

  it("reads the bullets under 'Two of the areas for improvement are about calls:' as areas for improvement", () => {
    expect(e.areasForImprovement.map((a) => a.text)).toEqual([
      'Cleveland Police should improve the way it flags vulnerable people on its incident logs',
      'Cleveland Police needs to attend calls for service in line with its published attendance times',
    ]);
  });
});

describe("someone's typed notes on a committee's recommendations, a note of their own indented under each", () => {
  const notes = [
    'NOTES FOR CFO - select committee report',
    '',
    'Rec 2',
    'We recommend that the Government fund fully any additional burdens on FRAs. (Paragraph 15)',
    '   my note: raise at LGA fire commission - new burdens funding?',
    '',
    'Rec 3',
    'We recommend that the Government clarify the future role of the coordination centre. (Paragraph 21)',
    '   my note: check with Control Room manager',
  ].join('\n');

  it('ends each recommendation at its paragraph reference, leaving the note out of its words', () => {
    expect(extractReport(notes).recommendations.map((r) => r.text)).toEqual([
      'We recommend that the Government fund fully any additional burdens on FRAs. (Paragraph 15)',
      'We recommend that the Government clarify the future role of the coordination centre. (Paragraph 21)',
    ]);
  });
});

describe('minutes listing areas for improvement one a line, none ending with a full stop', () => {
  const minutes = [
    'She said the three areas for improvement were the ones most likely to apply to Wessex:',
    '',
    'AFI 1 - The force needs to improve how it records crime when antisocial behaviour personal is reported',
    'AFI 2 - The force needs to make sure it is using outcomes appropriately',
    "AFI 3 - The force doesn't consistently achieve appropriate outcomes for victims",
  ].join('\n');

  it('starts each numbered area on its own line, not joined to the one above', () => {
    expect(
      extractReport(minutes).areasForImprovement.map((a) => [a.label?.toUpperCase(), a.text.slice(0, 40)]),
    ).toEqual([
      ['AFI 1', 'The force needs to improve how it record'],
      ['AFI 2', 'The force needs to make sure it is using'],
      ['AFI 3', "The force doesn't consistently achieve a"],
    ]);
  });
});

describe("an analyst's typed notes, a few indented points of their own under each area for improvement", () => {
  const notes = [
    'PEEL 2023-2025: An inspection of Dorset Police',
    '',
    'AFI 1',
    'The force needs to improve how it records crime when antisocial behaviour personal is reported',
    '  - who here? Crime Bureau (ask DI Shah)',
    '  - last audit 88% - need the date of that audit',
    '',
    'AFI 2',
    "The force doesn't consistently achieve appropriate outcomes for victims",
    '  - victim outcomes by crime type - is it in the perf pack yet',
  ].join('\n');

  it("keeps the notes out of each area's words", () => {
    expect(extractReport(notes).areasForImprovement.map((a) => a.text)).toEqual([
      'The force needs to improve how it records crime when antisocial behaviour personal is reported',
      "The force doesn't consistently achieve appropriate outcomes for victims",
    ]);
  });

  it('still reads indented points under words that lead into them as part of the item', () => {
    const led = [
      'AFI 1',
      'The force needs to improve how it:',
      '  - records crime;',
      '  - audits its records.',
    ].join('\n');
    expect(extractReport(led).areasForImprovement[0]?.text).toContain('records crime;');
  });
});

describe("an officer's numbered comments under a copied letter", () => {
  const paper = [
    'Within 28 days, the service should review its action plan, detailing how it will:',
    '• develop a protection strategy with a resourced and prioritised risk-based inspection programme;',
    '• put in place a clear plan with time frames for improving its management of protection work.',
    '',
    'Officer comment (Marchshire, for members):',
    '1. Our risk-based inspection programme was last refreshed in November 2022.',
    '2. The Head of Protection will report on the three points above to the committee on 16 July 2024.',
  ].join('\n');

  it('reads the numbered comments as neither items nor answers to number', () => {
    const recs = extractReport(paper).recommendations;
    expect(recs).toHaveLength(2);
    expect(recs.filter((r) => /last refreshed|Head of Protection/.test(r.text))).toEqual([]);
  });
});

describe("a note's numbered comments above a divider and the copy under it", () => {
  const note = [
    'Members asked for the committee recommendations that bear on funding. They are copied below from its web pages.',
    '',
    'Officer comments:',
    "1. The funding recommendation supports the authority's response to the grant settlement.",
    '2. Officers will report any Government reply to the Policy and Resources Committee.',
    '',
    '----- copied from the web -----',
    'House of Commons - Communities and Local Government Committee',
    '',
    'Conclusions and recommendations',
    '',
    '2. We recommend that the Government fund fully from central resources any additional burdens on FRAs. (Paragraph 20)',
    '3. We recommend that the Government set a baseline against which FiReBuy can be measured. (Paragraph 35)',
  ].join('\n');

  it("reads the committee's recommendations and none of the comments, the divider answering nothing", () => {
    expect(extractReport(note).recommendations.map((r) => r.number)).toEqual([2, 3]);
  });
});

describe("an e-mail's own to-do list after the items it quotes", () => {
  const mail = [
    'The two areas for improvement in the efficiency pillar were:',
    '',
    'The force should develop clearer longer-term plans which are shared with the workforce.',
    '',
    "The force should undertake appropriate activities to understand fully its workforce's capacity.",
    '',
    'Actions from me (no need to reply all):',
    "- Ask the Chief Constable's staff officer for the current workforce plan",
    '- Find out whether the force management statement covers projected demand beyond two years',
  ].join('\n');

  it("reads the two areas for improvement and none of the writer's 'Actions from me'", () => {
    expect(extractReport(mail).areasForImprovement.map((a) => a.text.slice(0, 30))).toEqual([
      'The force should develop clear',
      'The force should undertake app',
    ]);
  });
});

describe("a forwarder's own proposals after the coroner's concerns", () => {
  it('reads the bullets under "What I am proposing for Wessex (for discussion, not agreed yet):" as no items', () => {
    const e = extractReport(
      [
        "The coroner's matters of concern, copied from the report:",
        '',
        '1. The inquest heard evidence that the backlogs for therapy had a two year wait.',
        '',
        '2. The inquest was told that the trust had recognised its referral policy carried an unacceptable risk.',
        '',
        '3. The evidence before the inquest was that there needed to be a clear understanding by all',
        'prosecuting authorities of the impact of a prosecution on someone with a complex mental',
        "health background such as Michelle. In Michelle's case the BTP file reviewer (the nature",
        'of the offence Michelle faced meant that it was not a CPS lawyer who made the charging',
        'decision) had not correctly applied the public interest test and had not considered the',
        'mental health/vulnerability of Michelle Jennings as required to. As a consequence a',
        'decision was taken to prosecute her without an assessment of the impact on Michelle and',
        'her case was dealt with by the Magistrates Court without them being given the full',
        'background in relation to her deteriorating mental health. BTP are as a consequence of',
        "Michelle's death taking steps to address how their prosecution teams should deal with the",
        'public interest test and gather information where mental health is an issue. However there',
        'is no clear mechanism for such learning and changes (to reduce the risk to life) in',
        'relation to vulnerable people such as Michelle to be implemented within the other 42',
        'Police Forces in England and Wales or within other agencies responsible for prosecuting',
        'criminal offences.',
        '',
        'What I am proposing for Wessex (for discussion, not agreed yet):',
        '- add a mental health / vulnerability prompt to the file review checklist for every',
        '  summons we authorise ourselves;',
        '- dip-sample 20 non-CPS files from Q3 for evidence that the public interest test was',
        '  recorded;',
        '- ask the force lead for mental health to brief the file review team by the end of March.',
        '',
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => r.label)).toEqual(['1', '2', '3']);
  });
});
