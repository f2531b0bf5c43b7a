import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/core/import/extract.ts';

/*
 * How a coroner's matters of concern are counted when the report's own numbering says little: a "(1)" that
 * nothing follows numbers no list.
 */

const report = (...concerns: string[]) =>
  [
    'REGULATION 28: REPORT TO PREVENT FUTURE DEATHS',
    '',
    'THIS REPORT IS BEING SENT TO:',
    '1. Chief Executive, Wessex County Council',
    '',
    "5 CORONER'S CONCERNS",
    'During the course of the inquest the evidence revealed matters giving rise to concern.',
    '',
    'The MATTERS OF CONCERN are as follows.',
    '',
    ...concerns.flatMap((c) => [c, '']),
    '6 ACTION SHOULD BE TAKEN',
    'In my opinion action should be taken to prevent future deaths.',
    '',
    'YOUR RESPONSE',
    'You are under a duty to respond to this report within 56 days of the date of this report, namely by 4 May 2017.',
  ].join('\n');

describe("a coroner's matters of concern", () => {
  it('reads each paragraph as a concern when only the first carries "(1)"', () => {
    const e = extractReport(
      report(
        '(1) The referral was accepted but no follow-up appointment was recorded.',
        'There was no attempt to contact the young person after the first call.',
        'The time between referral and first contact appears considerable.',
      ),
    );
    expect(e.recommendations.map((r) => [r.label, r.text])).toEqual([
      [null, '(1) The referral was accepted but no follow-up appointment was recorded.'],
      [null, 'There was no attempt to contact the young person after the first call.'],
      [null, 'The time between referral and first contact appears considerable.'],
    ]);
    expect(e.recommendations.every((r) => r.due?.date === '2017-05-04')).toBe(true);
  });

  it('keeps a lone "(1)" whole when the paragraphs under it are set in, and labelled when alone', () => {
    const indented = extractReport(
      report(
        '1. The court heard that the target for category 3 calls was not met.',
        '   I am concerned that national targets continue not to be met.',
      ),
    );
    expect(indented.recommendations).toHaveLength(1);
    const alone = extractReport(report('(1) There is no fencing beside the drain.'));
    expect(alone.recommendations.map((r) => [r.label, r.text])).toEqual([
      ['(1)', 'There is no fencing beside the drain.'],
    ]);
  });

  it('reads the concerns a council paper quotes under its own numbered section, after the paper\'s "2.1", "2.2"', () => {
    const e = extractReport(
      [
        'Transport Scrutiny Committee - 12 November 2013',
        '',
        "Coroner's report on the death of A. Person",
        '',
        '1. Purpose',
        "1.1 To bring to Members' attention the Regulation 28 report issued on 17 October 2013.",
        '',
        '2. Recommendations to the Committee',
        "2.1 That the Committee notes the coroner's report.",
        '2.2 That officers report back on cycle strips in March 2014.',
        '',
        "3. The coroner's concerns (quoted in full)",
        '',
        '1. The unbordered blue strips painted on some roads are confusing.',
        '',
        'I heard evidence that many cyclists do not know a blue strip is not a cycle lane.',
        '',
        '2. More work could be done to teach cyclists safer riding techniques.',
        '',
        '4. Borough position',
        '4.1 Officers will not change markings until guidance is issued.',
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => r.label)).toEqual(['1', '2']);
    expect(e.recommendations[0]?.text).toContain('I heard evidence');
  });

  it('reads a page\'s concerns up to the reply duty, a concern ending "giving rise to concern over ..." among them', () => {
    const e = extractReport(
      [
        'Matthew Evans - Prevention of Future Deaths report',
        '',
        'Date of report: 18 May 2022',
        'Sent to: Chief executive, NHS England; CQC',
        '',
        "CORONER'S CONCERNS",
        '',
        'The GP was not sufficiently proactive with multiple lost opportunities to provide better care.',
        '',
        'No policy was provided to assist GPs with prescribing, giving rise to concern over the lack of robust clinical governance.',
        '',
        'Responses: the recipients are under a duty to respond within 56 days of the date of this report.',
        '',
        '[Wakelet] Mental health in primary care - learning collection',
        '  - Video: Telephone consultations and risk (22 min)',
        '  - PDF: Antidepressant prescribing quick guide',
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => r.text.slice(0, 20))).toEqual([
      'The GP was not suffi',
      'No policy was provid',
    ]);
  });

  it('reads concerns written as infinitives ("To consider ..."), not as headings, and a forward\'s "could you:" list as none', () => {
    const e = extractReport(
      [
        'All,',
        '',
        'It is a Calderdale report, not ours, but we have the same faded markings. Before we meet could you:',
        '1. pull the last lining survey results for the gyratory;',
        '2. book the site visit for 7 February 2019.',
        '',
        'REGULATION 28: REPORT TO PREVENT FUTURE DEATHS',
        '',
        'THIS REPORT IS BEING SENT TO:',
        'Director for Regeneration and Strategy, Calderdale Council',
        '',
        "5 CORONER'S CONCERNS",
        'During the course of the inquest the evidence revealed matters giving rise to concern.',
        'The MATTERS OF CONCERN are as follows.',
        '',
        'To consider the existing legibility of the painted road markings',
        '',
        'To review the existing road layout in order to prevent potential confusion by motorists',
        '',
        '6 ACTION SHOULD BE TAKEN',
        'In my opinion action should be taken to prevent future deaths.',
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => r.text)).toEqual([
      'To consider the existing legibility of the painted road markings',
      'To review the existing road layout in order to prevent potential confusion by motorists',
    ]);
  });

  it('reads a forward\'s "Can leads please:" list above the report as the writer\'s asks, not concerns', () => {
    const forward = [
      'Colleagues, please see the report below. We need to log it before the Quality Committee. Can leads please:',
      '1. confirm by 18 June whether your team holds any record of his contacts;',
      '2. nominate one person for the drafting group.',
      '',
    ].join('\n');
    const e = extractReport(forward + report('There was no guidance for telephone appointments.'));
    expect(e.recommendations.map((r) => r.text)).toEqual([
      'There was no guidance for telephone appointments.',
    ]);
  });
});

describe('a concern that describes with bullets, then concerns in paragraphs, on a page with a reading bar', () => {
  it('keeps the bullets in the concern they finish and reads each later paragraph as a concern', () => {
    const e = extractReport(
      report(
        'The section of the A1 where the collision occurred is:\n• a de facto crossing point for pedestrians;\n• very dark at night;\n• without street lighting',
        'Scroll progress: 50%',
        'The material section of road is a natural crossing point for pedestrians walking between two villages.',
        'The driver first saw the deceased just before the collision, despite emergency braking.',
      ),
    );
    expect(e.recommendations.map((r) => r.text)).toEqual([
      'The section of the A1 where the collision occurred is: • a de facto crossing point for pedestrians; • very dark at night; • without street lighting',
      'The material section of road is a natural crossing point for pedestrians walking between two villages.',
      'The driver first saw the deceased just before the collision, despite emergency braking.',
    ]);
  });
});

describe('a briefing that puts its own numbered questions after the concerns', () => {
  it('reads the concerns, not the questions under "Questions for practitioners"', () => {
    const e = extractReport(
      [
        'Learning briefing 14',
        '',
        'A coroner issued a Regulation 28 report after the death of a woman on an acute ward.',
        '',
        'The report',
        'A Person: Prevention of future deaths report',
        'Date of report: 25 March 2021',
        'Sent to: Wessex Mental Health NHS Foundation Trust',
        'Those recipients had to respond within 56 days of the date of the report.',
        '',
        'What the coroner was concerned about',
        '1. The family had told the nurse in charge that they were worried, and this was not recorded.',
        '2. The trust had assessed the ward for ligature points, but the bathroom doors were not changed.',
        '',
        '+------------------------------------------------------------+',
        '| Questions for practitioners                                |',
        '|                                                            |',
        '| 1. When a family tells you something worrying, where do    |',
        '|    you write it down?                                      |',
        '| 2. Who tells the family what the ward round decided?       |',
        '+------------------------------------------------------------+',
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => r.label)).toEqual(['1', '2']);
  });
});

describe("a council paper that goes on with its own numbered points after the coroner's concerns", () => {
  it('ends the concerns at "Leeds must respond to the coroner within 56 days", before the paper\'s own list', () => {
    const e = extractReport(
      [
        'Matters of concern (as published):',
        'During the course of the inquest the evidence revealed matters giving rise to concern.',
        '(1) The evidence was that measures have been put in place on some levels of the car park.',
        '(2) The erection of similar measures on the roof level has been only partial.',
        '',
        'Leeds must respond to the coroner within 56 days of the date of the report.',
        '',
        'Where we are',
        '1. Castle Street MSCP: anti-climb mesh fitted to levels 4 to 6 in 2021.',
        '2. Eastgate MSCP: no additional measures.',
        '',
        'Recommendation',
        'That the Cabinet Member notes this briefing.',
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => r.text)).toEqual([
      'The evidence was that measures have been put in place on some levels of the car park.',
      'The erection of similar measures on the roof level has been only partial.',
    ]);
  });

  it('ends them at the paper\'s next numbered point on the reply ("3.5 Both councils must respond ...")', () => {
    const e = extractReport(
      [
        "3.4 The coroner's concerns, as published:",
        '',
        '   The MATTERS OF CONCERN are as follows:',
        '',
        '   (1) There appears to me a real risk that these records were contaminated with asbestos fibres;',
        '',
        '   (2) Should there be asbestos fibres on the records this presents a risk to all who handle them.',
        '',
        '3.5 Both councils must respond to the coroner within 56 days of the date of the report.',
        '',
        '4. Our own records stores',
        '4.1 Registration still keeps the historic registers in a 1960s strongroom.',
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => r.label)).toEqual(['(1)', '(2)']);
  });
});

describe("a council report's numbered paragraph quoting the coroner's stem with a comma", () => {
  it('reads the entries under "The MATTERS OF CONCERN are, as follows:" as the concerns', () => {
    const e = extractReport(
      [
        "2.   THE CORONER'S REPORT",
        '',
        '2.1  The report was sent to the Secretary of State for Health and Social Care.',
        '',
        '2.2  The coroner recorded a conclusion of Natural causes. The MATTERS OF CONCERN are, as follows:',
        '',
        '     1.   Whether standalone midwife led birthing centres are a safe environment for delivery.',
        '',
        '     2.   The improved detection of babies who are of small gestational age.',
        '',
        '2.3  The Secretary of State was under a duty to respond within 56 days of the date of the report.',
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => r.label)).toEqual(['1', '2']);
  });
});

describe("a meeting invitation quoting a coroner's concerns above its own agenda", () => {
  it('reads the "(1)" concerns and not the "1." agenda under its title', () => {
    const e = extractReport(
      [
        'Invitation: Discharge learning session',
        '',
        "The coroner's matters of concern (copied as written):",
        '(1) The discharge procedure followed was deeply flawed.',
        '(2) The discharge paperwork was effectively blank.',
        '',
        'Agenda',
        '1. What a safe handover from hospital looks like',
        '2. Agree two things each home will change by the end of June',
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => r.label)).toEqual(['(1)', '(2)']);
  });
});

describe("a bulletin: the coroner's concerns, then the trust's own numbered changes", () => {
  it('reads the concerns, and not the list under a sentence naming no items ("Agreed at ... meeting:")', () => {
    const e = extractReport(
      [
        'Paediatric ED bulletin',
        '',
        '1.2 Matters of concern',
        '',
        '1. The medical record documentation had significant omissions.',
        '',
        '2. There was no evidence that the Trust has implemented the new national training.',
        '',
        '3. It also emerged that details of her medication were not considered.',
        '',
        '2 What we are changing in Thamesmere',
        '',
        'Agreed at the Paediatric ED governance meeting on 28 June 2016 (to start on 1 August 2016):',
        '1. Any child with an unexplained tachycardia is discussed with the registrar before discharge.',
        '2. GP letters handed in at reception are scanned to the ED record before the child is seen.',
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => r.text.slice(0, 20))).toEqual([
      'The medical record d',
      'There was no evidenc',
      'It also emerged that',
    ]);
  });

  it('still reads concerns under "My concerns are fourfold:" after a list of the law\'s definitions', () => {
    const e = extractReport(
      [
        "CORONER'S CONCERNS",
        '',
        'The regulations define an emergency vehicle as:',
        '(a) a vehicle used for ambulance purposes;',
        '(b) a vehicle used for fire brigade purposes.',
        '',
        'My concerns are fourfold:',
        '1) That the exemptions all relate to an emergency response at the request of an ambulance service.',
        '2) That there is no definition of what constitutes an emergency.',
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => r.label)).toEqual(expect.arrayContaining(['1)', '2)']));
  });
});

describe("a trust's letter quoting the coroner's background, then his concerns", () => {
  it('reads the list under "The concerns themselves read:" as the concerns', () => {
    const e = extractReport(
      [
        'Dear Colleague,',
        '',
        'The coroner summarised the background as follows:',
        '',
        '"Mr G was not known to mental health services. I was concerned, that: -"',
        '',
        'The concerns themselves read:',
        '',
        '1) there appeared to be limited mechanisms available to break the cycle of referrals between agencies;',
        '',
        '2) there were limitations upon the GP making a direct referral to have Mr G admitted.',
        '',
        'Yours faithfully',
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => r.label)).toEqual(['1)', '2)']);
  });
});
