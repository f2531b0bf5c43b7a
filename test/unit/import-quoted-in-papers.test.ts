import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/core/import/extract.ts';
import { CORPUS_DIR } from '../support/corpus.ts';

/*
 * Recommendations quoted inside an office's own paper: a briefing, a letter, a form. The paper's structure is
 * not the report's, and only what the report said is an item.
 */

describe('a stem that ends on its verb, quoted in a briefing', () => {
  const briefing = [
    'AIDE-MEMOIRE FOR THE CHAIR',
    '',
    'Item 2 - the revisit letter to another service',
    '',
    '"We shared the cause of concern with you and our recommendations that the service should:',
    '',
    '  • ensure that safe and well visits reach the people most at risk from fire; and',
    '  • review how it shares risk information with its partners."',
    '',
    'Questions you may wish to ask',
    '1. Should we ask for the same review here?',
  ].join('\n');

  it('gives each bullet the stem it finishes', () => {
    const e = extractReport(briefing);
    const stem = 'We shared the cause of concern with you and our recommendations that the service should:';
    expect(e.recommendations.map((r) => r.text.includes(`${stem} `))).toEqual([true, true]);
    expect(e.recommendations[1]?.text).toContain('should: review how it shares risk information');
  });
});

describe('a cause of concern under a heading with a note in brackets', () => {
  const brief = [
    'CHIEF OFFICER PRE-BRIEF',
    '',
    'Cause of concern (as printed)',
    'The force is failing to record crimes reported to its public protection teams at the first opportunity.',
    '',
    'Thamesmere position',
    'Our last audit found 91 per cent of crimes correctly recorded.',
  ].join('\n');

  it('reads the finding as the cause of concern', () => {
    expect(extractReport(brief).causesOfConcern.map((c) => c.text)).toEqual([
      'The force is failing to record crimes reported to its public protection teams at the first opportunity.',
    ]);
  });
});

describe('a recommendation that ends by saying how its plan should be made', () => {
  const letter = [
    'Dear Chief Constable',
    '',
    "I write about the first of the report's national recommendations, which reads:",
    '',
    'By March 2026, every force should publish a plan to improve its response to stalking. This action plan should be developed:',
    '• with victims and the organisations that support them;',
    '• after reviewing every stalking case closed in the last year.',
    '',
    'Yours sincerely',
  ].join('\n');

  it('keeps the list inside the one recommendation', () => {
    const e = extractReport(letter);
    expect(e.recommendations).toHaveLength(1);
    expect(e.recommendations[0]?.text).toMatch(
      /^By March 2026, every force should publish .* • after reviewing/,
    );
  });
});

describe("a council form's lettered sections, beside a coroner's report it mentions", () => {
  const form = [
    'LOCAL SAFETY SCHEME: CANDIDATE SITE ASSESSMENT',
    '',
    'A. REASON FOR REFERRAL',
    '',
    "A member asked whether the lane would be looked at after a coroner's Prevention of future deaths report about a similar bend.",
    '',
    'B. PRIORITY SCORE (LSS matrix)',
    '',
    'Collision history 9/30   Severity 6/20   TOTAL 15/50',
    '',
    'C. DECISION (Team Leader)',
    '',
    'Approved: YES. Vegetation to be cut back under routine maintenance.',
  ].join('\n');

  it('takes none of its sections for lettered concerns', () => {
    const e = extractReport(form);
    expect([...e.recommendations, ...e.causesOfConcern]).toEqual([]);
  });
});

describe('an audit committee letter listing actions under titles of their own', () => {
  const letter = [
    'Dear Commissioner and Chief Constable,',
    '',
    'Action 2 (priority 1, target date 31/07/2026)',
    'Recommendation: The force should review who can authorise the disposal of seized cash.',
    'Management update: A new authorisation list was issued on 1 July 2026.',
    '',
    'Yours sincerely,',
  ].join('\n');

  it('numbers the item from its title and takes its deadline from the target date there', () => {
    const [item] = extractReport(letter).recommendations;
    expect([item?.label, item?.number, item?.due.date]).toEqual(['Action 2', 2, '2026-07-31']);
  });
});

describe('a database export whose column titles run their words together', () => {
  const csv = [
    '"RecRef","RecommendationText","DirectedAt","ForceResponse","S55DueDate"',
    '"Rec 9","Forces should record whether a suspect is on bail on the MG3 form.","Forces","Accepted. The field is now mandatory.",02/02/2021 00:00:00',
    '"Rec 10","The CPS and NPCC should review their service level agreements.","CPS; NPCC","Not directed at the force.",02/02/2021 00:00:00',
  ].join('\n');

  it('reads the items, their responses, and the section 55 date as no deadline of theirs', () => {
    const e = extractReport(csv);
    expect(e.recommendations.map((r) => [r.label, r.forceResponse, r.due.kind])).toEqual([
      ['Rec 9', 'Accepted. The field is now mandatory.', 'none'],
      ['Rec 10', 'Not directed at the force.', 'none'],
    ]);
  });
});

describe("an action owner's return, the agreed action right under each label", () => {
  const form = [
    'AGREED ACTIONS - QUARTERLY RETURN FROM ACTION OWNER',
    '',
    'Recommendation 5',
    'Agreed action:       The force should develop a policy setting out minimum investigative standards.',
    'Management response: Agreed. A draft policy goes to the Chief Officer Group in March.',
    'Target date:         31 March 2026',
  ].join('\n');

  it('takes the agreed action as the item and the management response as its answer', () => {
    const [item] = extractReport(form).recommendations;
    expect([item?.text, item?.forceResponse, item?.due.date]).toEqual([
      'The force should develop a policy setting out minimum investigative standards.',
      'Agreed. A draft policy goes to the Chief Officer Group in March.',
      '2026-03-31',
    ]);
  });
});

describe("a council's reply quoting a coroner's concerns it was not sent", () => {
  const reply = [
    'MEMBER ENQUIRY RESPONSE',
    '',
    'YOUR ENQUIRY',
    '',
    '"I have seen the coroner\'s report about the crash on the A637. Could officers check our bends?"',
    '',
    'OUR RESPONSE',
    '',
    'The report is a Regulation 28 report to prevent future deaths, sent to Kirklees Council. For information, the matters of concern were set out as follows:',
    '',
    '   To review and consider the existing road layout to ensure that it meets the correct standards.',
    '',
    '   To consider measures which highlight the start of the kerb to oncoming motorists.',
    '',
    'What we will do',
    '',
    '1. Our team will inspect the four bends listed below.',
    '2. The findings will be reported to you by the end of September 2021.',
  ].join('\n');

  it("reads the two quoted concerns and neither the member's question nor the council's own list", () => {
    const e = extractReport(reply);
    expect(e.recommendations.map((r) => [r.label, r.text])).toEqual([
      [
        null,
        'To review and consider the existing road layout to ensure that it meets the correct standards.',
      ],
      [null, 'To consider measures which highlight the start of the kerb to oncoming motorists.'],
    ]);
  });
});

describe("a manager's e-mail quoting a coroner's concern, then the team's own steps", () => {
  const email = [
    'Hi all,',
    '',
    'A coroner published a report to prevent future deaths that went to another trust, not to us.',
    '',
    'Alex Moore: Prevention of future deaths report',
    'Date of report: 12 December 2023',
    'Sent to: Northshore Mental Health Trust',
    '',
    "The coroner's concern, word for word:",
    '',
    '"The care coordinator was on sick leave, however this was not reported to the family and no return call was made. There should be a system in place whereby alternative contact details are provided when a staff member is absent."',
    '',
    "I don't want to wait for their answer. From Monday:",
    '',
    '1. Your out-of-office message must give the duty worker number.',
    '2. The admin team will move calls for an absent coordinator to the duty worker.',
  ].join('\n');

  it('reads the quoted concern and none of the steps', () => {
    const texts = extractReport(email).recommendations.map((r) => r.text);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatch(/^The care coordinator was on sick leave/);
  });
});

describe('audit actions grouped under status headings, each under a title naming it', () => {
  const paper = [
    'INTERNAL AUDIT: MANAGEMENT ACTION UPDATES',
    '',
    '4. OVERDUE',
    '',
    'Action 12 (High) - Head of Crime',
    'The force should make sure that suspects identified through forensic evidence are swiftly found and arrested.',
    'Target date: 31 January 2026',
    'Update (Head of Crime, 20 February 2026): Not yet implemented. A pilot arrest team starts in April.',
  ].join('\n');

  it('labels the item from its title, dates it from its target and answers it with the update', () => {
    const [item] = extractReport(paper).recommendations;
    expect([item?.label, item?.number, item?.due.date, item?.forceResponse]).toEqual([
      'Action 12',
      12,
      '2026-01-31',
      'Not yet implemented. A pilot arrest team starts in April.',
    ]);
  });
});

describe("a chief officer's weekly update quoting the one area another service must improve", () => {
  const update = [
    'Chief Officer weekly update - week 9',
    '',
    'Headlines',
    '- 180 incidents attended this week.',
    '- Two new firefighters joined Green Watch.',
    '',
    'Learning from elsewhere',
    'HMICFRS has published its inspection of Northmoor Fire and Rescue Service. The service was told it needs to improve in one area that applies to us too:',
    '',
    'The service should ensure it has an effective system to record and monitor the hours its staff work.',
    '',
    'I have asked the Head of People to report on our own recording in March.',
    '',
    'Reminders',
    '- The staff survey closes on Friday.',
    '- Please book your fitness test by the end of the month.',
  ].join('\n');

  it('reads the quoted area and none of the headlines or reminders', () => {
    const e = extractReport(update);
    expect(e.areasForImprovement.map((i) => i.text)).toEqual([
      'The service should ensure it has an effective system to record and monitor the hours its staff work.',
    ]);
    expect(e.recommendations).toEqual([]);
  });
});

describe("a council's decision record quoting a coroner's one concern in full", () => {
  const record = [
    'RECORD OF OFFICER DECISION',
    '',
    'Decision reference: ODD/2023/017',
    '',
    '1. BACKGROUND',
    '',
    '1.1 On 3 March 2023 the Senior Coroner for Northmoor, A. Example, issued a Regulation 28 Report to Prevent Future Deaths after a cyclist died on the A6001, addressed to the Chief Executive of Northmoor Council.',
    '',
    '1.2 The matter of concern in the report reads in full:',
    '',
    '    The resurfacing contract allowed a loose chippings warning sign to be removed before the road was swept, and no inspection confirmed that the surface was safe before the road reopened.',
    '',
    '1.3 The report was not sent to this Council and we have no duty to reply.',
    '1.4 Our own contract already requires a sweep before signs are removed.',
    '',
    '2. DECISION',
    '',
    '2.1 To ask the term contractor to confirm its sweeping checks in writing.',
    '2.2 To report to the Scrutiny Committee by 30 June 2023.',
    '',
    'Signed: B. Example',
    'Date: 20 April 2023',
  ].join('\n');

  it("reads the quoted concern alone, and dates the report from the coroner's issue, not the record", () => {
    const e = extractReport(record);
    expect(e.recommendations.map((i) => i.text)).toEqual([
      'The resurfacing contract allowed a loose chippings warning sign to be removed before the road was swept, and no inspection confirmed that the surface was safe before the road reopened.',
    ]);
    expect(e.publishedOn).toBe('2023-03-03');
  });
});

describe("governors' minutes that read a coroner's concerns out under a title that counts them", () => {
  const minutes = [
    'Local Governing Body - Part B minutes',
    '',
    'B3. SAFEGUARDING: PREVENTION OF FUTURE DEATHS REPORT',
    'The DSL had circulated the coroner\'s report, headed "Regulation 28: Report to Prevent Future Deaths - A. Example", made on 14 February 2024 by the Senior Coroner for Northmoor, sent to the Chief Executive of Northmoor Council.',
    '',
    "The DSL read the coroner's two concerns to governors:",
    '',
    '    • To review how schools are told when a pupil is referred to the mental health team',
    '    • Consider a single point of contact for schools in each mental health team.',
    '',
    'RESOLVED',
    '(a) that the report be noted;',
    '(b) that the DSL draft a procedure for referrals before half-term.',
  ].join('\n');

  it('reads the two concerns, not the resolutions, dated from the report', () => {
    const e = extractReport(minutes);
    expect(e.recommendations.map((i) => i.text)).toEqual([
      'To review how schools are told when a pupil is referred to the mental health team',
      'Consider a single point of contact for schools in each mental health team.',
    ]);
    expect(e.publishedOn).toBe('2024-02-14');
  });
});

describe('a channel thread pasting two audit actions under their refs', () => {
  const thread = [
    'IA follow-up report - two of ours overdue',
    'Morning all. Two actions in our command are shown as overdue. Pasting them from the report:',
    '',
    'A1  The force should improve the supervision of investigations into outstanding suspects.',
    'Due: 31/03/2025',
    'Management response at the time: Agreed. A weekly outstanding-suspects report will go to each district.',
    '',
    'A3  The force should publish minimum investigative standards for officers and supervisors.',
    'Due: 30/06/2025',
    'Management response at the time: Agreed. The Head of Crime will publish the standards.',
  ].join('\n');

  it('labels each by its ref, dates it from its Due line and answers it with the response given then', () => {
    const e = extractReport(thread);
    expect(e.recommendations.map((i) => [i.label, i.due.date, i.forceResponse])).toEqual([
      ['A1', '2025-03-31', 'Agreed. A weekly outstanding-suspects report will go to each district.'],
      ['A3', '2025-06-30', 'Agreed. The Head of Crime will publish the standards.'],
    ]);
  });

  it('leaves a risk register alone when one of its risks happens to say should', () => {
    const risks = [
      'Key risks',
      'R1\tThe force does not keep enough skilled staff in critical roles.',
      'R2\tThe Chief Officer Group should have better information on what services cost.',
      'R3\tChange projects do not deliver their benefits.',
    ].join('\n');
    expect(extractReport(risks).recommendations).toEqual([]);
  });
});

describe("the IOPC's letter of learning recommendations, each under its own title", () => {
  const letter = [
    'Independent Office for Police Conduct',
    '',
    '2 June 2025',
    '',
    'Dear Chief Constable',
    '',
    'Learning recommendations under paragraph 28A of Schedule 3 to the Police Reform Act 2002',
    '',
    '1.\tDuring the investigation we identified two areas where organisational learning could reduce the risk of a similar failing.',
    '',
    'Learning recommendation 1',
    '',
    "The IOPC recommends that Northmoor Police review how call handlers record a caller's stated vulnerability.",
    '',
    'Learning recommendation 2',
    '',
    'The IOPC recommends that Northmoor Police give supervisors a daily list of open calls graded as urgent.',
    '',
    '2.\tUnder paragraph 28A of Schedule 3 to the Police Reform Act 2002, you must respond in writing by 28 July 2025, setting out whether you accept each recommendation.',
  ].join('\n');

  it('labels both, takes no numbered paragraph of the letter, and dates each by the reply the letter asks for', () => {
    const e = extractReport(letter);
    expect(e.recommendations.map((i) => [i.label, i.due.date])).toEqual([
      ['Learning recommendation 1', '2025-07-28'],
      ['Learning recommendation 2', '2025-07-28'],
    ]);
  });
});

describe('a revisit letter whose stem names the cause of concern it answers', () => {
  const letter = [
    'Dear Chief Constable,',
    '',
    'Cause of concern',
    '',
    "the constabulary didn't have adequate financial plans in place.",
    '',
    'Recommendations',
    '',
    'To address this cause of concern, we recommended that the constabulary should:',
    '',
    'o\tmake sure it has enough capacity to manage its finances effectively;',
    'o\tdevelop a sustainable and affordable medium-term financial plan.',
  ].join('\n');

  it('reads the bullets as recommendations, not more causes of concern', () => {
    const e = extractReport(letter);
    expect(e.causesOfConcern).toHaveLength(1);
    expect(e.recommendations.filter((r) => /\b(?:Progress|Evidence):/.test(r.text))).toEqual([]);
  });
});

describe("a public meeting's record: a quoted cause of concern, the question about it and the answers", () => {
  const record = [
    '# Public Accountability Meeting: record of questions and answers',
    '',
    'On 11 March 2024 HMICFRS published two causes of concern about Northmoor Police. The Commissioner asked the Chief Constable how our force compares.',
    '',
    '### Question 3.1',
    '',
    '> **Cause of concern 1:** the force needs to improve how it supervises investigations',
    '>',
    '> Could the same be said of our force?',
    '',
    "**Chief Constable's answer:** Every volume crime investigation now has a supervisory review within 72 hours.",
    '',
    "**Commissioner's conclusion:** I am reassured, and will return to this in September 2024.",
  ].join('\n');

  it('keeps the question out of the item and answers it with both answers, dated from the publication', () => {
    const e = extractReport(record);
    const [cause] = e.causesOfConcern;
    expect([cause?.text, cause?.forceResponse, cause?.pccResponse]).toEqual([
      'the force needs to improve how it supervises investigations',
      'Every volume crime investigation now has a supervisory review within 72 hours.',
      'I am reassured, and will return to this in September 2024.',
    ]);
    expect(e.publishedOn).toBe('2024-03-11');
  });
});

describe('a revisit letter that numbers every paragraph and recalls its causes as bullets', () => {
  const letter = [
    'Northmoor Police: PEEL causes of concern revisit letter',
    '',
    '1.\tThis letter sets out the findings of our revisit to Northmoor Police.',
    '',
    '2.\tIn that inspection we found that the force:',
    '',
    '·\twas failing to identify the vulnerability of victims at the first point of contact;',
    '·\tdid not have adequate strategic plans in place.',
    '',
    '3.\tWe revisited the force in March 2024 and examined a sample of incidents.',
    '',
    '4.\tWe found that the force now assesses the risk to callers more consistently.',
    '',
    '5.\tThe force should make sure these improvements are maintained as new staff join.',
    '',
    '6.\tI am copying this letter to the Police and Crime Commissioner.',
  ].join('\n');

  it('reads each bullet as a cause and none of the numbered paragraphs as an item', () => {
    const e = extractReport(letter);
    expect(e.causesOfConcern.map((c) => c.text)).toEqual([
      'was failing to identify the vulnerability of victims at the first point of contact;',
      'did not have adequate strategic plans in place.',
    ]);
    expect(e.recommendations).toEqual([]);
  });
});

describe("an Easy Read version of a commissioner's answer", () => {
  const page = [
    'Easy Read',
    '',
    'The report came out on 5 March 2024.',
    '',
    'Recommendation 1',
    '',
    '[Picture: two police officers talking to a young man in the street]',
    '',
    'The inspectors wrote:',
    '',
    '"By July 2025, forces should ensure that officers explain why they are stopping someone."',
    '',
    'What the police say',
    '',
    'All officers will do new training by June 2025.',
    '',
    'What the Commissioner says',
    '',
    'I am happy with this plan.',
  ].join('\n');

  it('skips the picture, reads the quoted words and both answers, dated from the report', () => {
    const e = extractReport(page);
    const [item] = e.recommendations;
    expect([item?.text, item?.forceResponse, item?.pccResponse]).toEqual([
      'By July 2025, forces should ensure that officers explain why they are stopping someone.',
      'All officers will do new training by June 2025.',
      'I am happy with this plan.',
    ]);
    expect(e.publishedOn).toBe('2024-03-05');
  });
});

describe("a revisit letter quoting its cause of concern under 'Our inspection found:' and its recommendations under 'We recommended that:'", () => {
  const letter = [
    'Marchshire Police: PEEL cause of concern revisit letter',
    '',
    'Dear Chief Constable,',
    '',
    'On 30 September 2021, we wrote to you about a cause of concern in the way the force responds to the public.',
    '',
    'Responding to the public',
    'Our inspection found:',
    '"Marchshire Police is failing to respond appropriately to some people who are vulnerable and at risk."',
    '',
    'We recommended that:',
    '\tThe force should immediately develop a plan to improve its capacity to attend emergencies.',
    '\tWithin three months, the force should review its graded response policy.',
    '',
    'We have revisited the force to check the progress it has made.',
  ].join('\n');

  it('reads the quotation as the cause of concern and each sentence below the stem as a recommendation', () => {
    const e = extractReport(letter);
    expect(e.causesOfConcern.map((c) => c.text)).toEqual([
      'Marchshire Police is failing to respond appropriately to some people who are vulnerable and at risk.',
    ]);
    expect(e.recommendations.map((r) => r.text)).toEqual([
      'The force should immediately develop a plan to improve its capacity to attend emergencies.',
      'Within three months, the force should review its graded response policy.',
    ]);
  });
});

describe("a revisit letter with each 'Cause of concern' label, its stem and its recommendation in one block", () => {
  const letter = [
    'Thamesmere Fire and Rescue Service: Causes of concern revisit letter',
    '',
    '1. In our inspection we identified two causes of concern and made a recommendation for each.',
    '',
    '2. They are repeated below.',
    '',
    'Cause of concern',
    'The service had not set out how it would pay for its new control room.',
    '',
    'To address this cause of concern, we recommended that:',
    'By June 2023, the service should publish a costed plan for its control room.',
    '',
    'Cause of concern',
    'The service could not show that firefighters were kept competent in breathing apparatus.',
    '',
    'To address this cause of concern, we recommended that:',
    'By 30 September 2022, the service must make sure every firefighter completes breathing apparatus training.',
    '',
    '3. We visited four stations and looked at training records.',
    '',
    '4. We will report on the service again at our next inspection.',
  ].join('\n');

  it("ends each cause at its stem and reads the sentence below as that cause's recommendation", () => {
    const e = extractReport(letter);
    expect(e.causesOfConcern.map((c) => c.text)).toEqual([
      'The service had not set out how it would pay for its new control room.',
      'The service could not show that firefighters were kept competent in breathing apparatus.',
    ]);
    expect(e.recommendations.map((r) => [r.text, r.due.date])).toEqual([
      ['By June 2023, the service should publish a costed plan for its control room.', '2023-06-30'],
      [
        'By 30 September 2022, the service must make sure every firefighter completes breathing apparatus training.',
        '2022-09-30',
      ],
    ]);
  });
});

describe("a revisit page whose stem names the cause of concern and 'our recommendations that the service should:'", () => {
  const page = [
    'Publications',
    '',
    'Thamesmere Fire and Rescue Service: Cause of concern revisit letter',
    '',
    'Dear Chief Fire Officer,',
    '',
    'We shared the cause of concern with you and our recommendations that the service should:',
    '',
    'review how it shares risk information with partners;',
    'target the people most at risk from fire; and',
    'train all staff to recognise vulnerability.',
    '',
    'This letter sets out what we found when we went back.',
  ].join('\n');

  it('reads the lines that finish the stem as recommendations, not causes of concern', () => {
    const e = extractReport(page);
    expect(e.recommendations).toHaveLength(3);
    expect(e.causesOfConcern).toEqual([]);
  });
});

describe('a revisit letter pasted from Word, its bullets lost and each entry indented with a tab', () => {
  const letter = [
    'Dear Chief Fire Officer,',
    '',
    'We shared the cause of concern with you and our recommendations that the service should:',
    '',
    '\treview fatal fires with its partners at a strategic level',
    '',
    '\ttarget the people most at risk from fire',
    '',
    '\ttrain all staff to recognise vulnerability.',
    '',
    'We also asked the service for an action plan.',
  ].join('\n');

  it('reads each indented entry as its own recommendation, across the blank lines between them', () => {
    const e = extractReport(letter);
    expect(e.recommendations).toHaveLength(3);
  });
});

describe('minutes that quote each recommendation under a line naming the report it came from', () => {
  const minutes = [
    'JAC/26/16 External scrutiny: committee recommendations',
    'The paper set out two recommendations and the local position on each.',
    '',
    'From Reducing modern slavery (May 2018):',
    '"In order to track whether its strategy is working, the Department should set targets and report back to us by December 2018."',
    'The force reports quarterly against the national framework.',
    '',
    'From Inspection in home affairs and justice (March 2015):',
    '"The Cabinet Office should conduct a full review of the appointment, budget allocation and reporting arrangements for Chief Inspectors."',
    'Members noted this was for information.',
  ].join('\n');

  it("reads the quoted paragraph under each 'From ...:' line, an opening 'In order to ...,' clause and all", () => {
    expect(extractReport(minutes).recommendations.map((r) => r.text)).toEqual([
      'In order to track whether its strategy is working, the Department should set targets and report back to us by December 2018.',
      'The Cabinet Office should conduct a full review of the appointment, budget allocation and reporting arrangements for Chief Inspectors.',
    ]);
  });
});

describe("an e-mail quoting a coroner's two concerns, then the writer's own numbered suggestions", () => {
  const mail = [
    'The report was written by N. Persaud, coroner for London East, dated 11 May 2018, and sent to the Operational Director, Twinglobe Care Homes Ltd. Twinglobe had to respond within 56 days of the date of the report.',
    '',
    "The coroner's concerns:",
    '',
    '(1) Care staff did not appear to appreciate that where a patient is at risk of choking, robust systems need to be in place.',
    '',
    '(2) The visitor was not given any written information on the type of food that Mr Tabeche should receive.',
    '',
    'What I suggest each home does before our next meeting:',
    '',
    '1. Check which residents have a choking risk in their care plan.',
    '2. Give those visitors written advice on the diet.',
  ].join('\n');
  const e = extractReport(mail);

  it("ends the coroner's list where a new stem starts a count of its own", () => {
    expect(e.recommendations.map((r) => r.label)).toEqual(['(1)', '(2)']);
    expect(e.recommendations[1]?.text).not.toMatch(/suggest/);
  });

  it("dates the report from '..., dated 11 May 2018' and counts the 56 days from it", () => {
    expect(e.publishedOn).toBe('2018-05-11');
    expect(e.recommendations.map((r) => r.due?.date)).toEqual(['2018-07-06', '2018-07-06']);
  });

  it("sends both concerns to whom the report was 'sent to', not to the man they are about", () => {
    for (const r of e.recommendations) expect(r.addressees).toContain('Twinglobe Care Homes Ltd');
    expect(e.recommendations[1]?.addressees).not.toContain('Mr Tabeche');
  });
});

describe("a trust's e-mail quoting another trust's Regulation 28 report, the fourth concern with points of its own", () => {
  const mail = [
    'Please see below a Regulation 28 Report to Prevent Future Deaths issued by the coroner for Lancashire (J. Adeley) on 12 February 2021 to East Lancashire Hospitals NHS Trust and to the Care Quality Commission.',
    '',
    "The coroner's matters of concern were:",
    '',
    '1. There is no clear understanding as to who is responsible for the overall clinical care.',
    '2. There is no evidence that any clinical review took place by medical staff.',
    '3. There is no evidence of escalation by the nursing staff.',
    "4. The Trust's Serious Incident Review raises the following concerns concerning the adequacy of its investigation:",
    "   a. the Trust's response does not address why there was a failure of escalation;",
    '   b. no audit has taken place to ascertain whether the measures have had effect.',
    '',
    'The responses will be published by the Chief Coroner and I will circulate them.',
  ].join('\n');
  const e = extractReport(mail);

  it('reads four concerns, the lettered points inside the fourth', () => {
    expect(e.recommendations.map((r) => r.label)).toEqual(['1', '2', '3', '4']);
    expect(e.recommendations[3]?.text).toMatch(/no audit has taken place/);
  });

  it("dates the report from 'issued by ... on 12 February 2021' and sends it to whom it was issued to", () => {
    expect(e.publishedOn).toBe('2021-02-12');
    expect(e.recommendations[0]?.addressees).toContain('Care Quality Commission');
    expect(e.publisher).not.toMatch(/Chief Coroner and I/);
  });
});

describe("an e-mail that marks where the coroner's words end, then lists its own asks", () => {
  const mail = [
    '--- Matters of concern (as written by the coroner) ---',
    '',
    '1. The delay in counselling was sub-optimal and could have an adverse effect on a patient.',
    '',
    '2. It was not clear when and how often risk assessments should be updated.',
    '',
    '--- end of quoted text ---',
    '',
    'In the meantime, for our own practices:',
    '',
    '1. Please send me your current wait from referral to first counselling session.',
    '2. Our practitioner will review anyone on a list for more than 12 weeks.',
  ].join('\n');

  it('reads only the quoted concerns as items', () => {
    expect(extractReport(mail).recommendations.map((r) => r.text.slice(0, 20))).toEqual([
      'The delay in counsel',
      'It was not clear whe',
    ]);
  });
});

describe("an e-mail giving a recommendation under 'From <report> (date):' without quotation marks", () => {
  const mail = [
    'Forwarding the two national recommendations we discussed.',
    '',
    'From An inspection of how well the police tackle serious youth violence (8 March 2023):',
    '',
    'By 31 March 2024, Chief Constables should make sure their officers are trained in the use of outcome 22.',
    '',
    'Could you each let me know by Friday whether Wessex has anything to add?',
  ].join('\n');

  it('reads the paragraph under the line as the recommendation, with its deadline', () => {
    expect(extractReport(mail).recommendations.map((r) => [r.due?.date, r.addressees])).toEqual([
      ['2024-03-31', ['Chief Constables']],
    ]);
  });
});

describe("a highways team's forward of a coroner's report that went to another council", () => {
  const mail = [
    'From: Highway Safety Team',
    'Sent: 2 June 2016 09:41',
    'Subject: FW: Regulation 28 report - read-across for our network',
    '',
    'The attached Regulation 28 report went to Fenshire County Council (Director of Highways, Fenshire',
    'County Council) and not to us. It was made by A. Clerk, Senior Coroner for Fenshire, on 20 May 2016.',
    '',
    "The coroner's concerns, copied from the report:",
    '',
    '(I) The bend is poorly lit and its warning signs are too close to it to give drivers time to slow.',
    '(II) The verge hides a ditch that a car leaving the road cannot be seen in from the road above.',
    '',
    "What I need from each area (our own actions, not the coroner's):",
    '1. List any unlit bends on your network.',
    '2. Send me the list by 1 July 2016.',
  ].join('\n');
  const e = extractReport(mail);

  it("reads the concerns marked '(I)', '(II)' and leaves the writer's own list of actions out", () => {
    expect(e.recommendations.map((r) => r.label)).toEqual(['(I)', '(II)']);
  });

  it('dates the report by the sentence that says who made it and when, not by the e-mail', () => {
    expect(e.publishedOn).toBe('2016-05-20');
  });

  it('addresses the concerns to the council the report went to, its officer in brackets set aside', () => {
    expect(e.recommendations[0]?.addressees).toEqual(['Fenshire County Council']);
  });
});

describe("a working group's note giving each coroner's concern after 'The coroner wrote:'", () => {
  const concern =
    'The lane has a 60 mph limit although it is narrow, unlit and has several bends, and the bend where the collision happened could only be taken safely at a lower speed.';
  const note = (gave: string) =>
    [
      'Note for the Speed Management Working Group, 19 January 2017',
      '',
      `Report 1: report dated 30 April 2014 by A. Clerk (Fenshire), to Highways, Fenshire County Council. ${gave}`,
      '',
      concern,
      '',
      'Officer suggestions for the group:',
      '- Survey the 60 mph lanes on our side of the border.',
    ].join('\n');

  it('reads the paragraph after the line as the concern, though it directs no one', () => {
    expect(extractReport(note('The coroner wrote:')).recommendations.map((r) => r.text)).toEqual([concern]);
  });

  it('takes no concern after what the coroner noted before setting them out', () => {
    expect(extractReport(note('Before her concerns the coroner noted that:')).recommendations).toEqual([]);
  });
});

describe("a meeting invitation that asks readers to read a coroner's concerns, given as plain paragraphs", () => {
  const concerns = [
    'The evidence established that the collision occurred on an unlit dual carriageway subject to the national speed limit beside a housing estate.',
    'There is no footpath alongside the road along the stretch where the collision occurred.',
  ];
  const invite = [
    'Accept    Tentative    Decline    Propose new time',
    '',
    'Ahead of this meeting please read the concerns in the Regulation 28 report made',
    'by A. Clerk, Coroner for Fenshire, on 10 July 2020 and sent to Fenshire County Council:',
    '',
    concerns[0],
    '',
    concerns[1],
    '',
    'Fenshire has to respond within 56 days of the date of this report (by 4 September 2020).',
    '',
    "Our own points for the meeting (not the coroner's):",
    '- Which of our dual carriageways are unlit?',
  ].join('\n');

  it('reads the paragraphs after the line naming the concerns, not the reply duty or our own points', () => {
    expect(extractReport(invite).recommendations.map((r) => r.text)).toEqual(concerns);
  });
});

describe("a bulletin that prints a coroner's concerns, and a page that answers a committee's numbered conclusions", () => {
  it("reads the numbered concerns under 'We print the coroner's concerns in full because ...:'", () => {
    const bulletin = [
      'Many of you asked about the report by A. Clerk, Coroner for Fenshire, dated 17 July 2014.',
      '',
      "We print the coroner's concerns in full because they describe what so many of you have told us:",
      '',
      '(1) The family were not told when his care plan changed, although they were his main support.',
      '(2) Notes of what family members told the team were never shown to them to check.',
    ].join('\n');
    expect(extractReport(bulletin).recommendations.map((r) => r.label)).toEqual(['(1)', '(2)']);
  });

  it("labels each 'Conclusion N' the page answers, not a minute's 'Conclusion 3 (...)' in brackets", () => {
    const page = [
      'Below are two of the Committee conclusions and the response.',
      '',
      'Conclusion 1',
      'We welcome the independent review of the Federation and its potential for reform. (Paragraph 6)',
      "The Commissioner's response: I agree.",
      '',
      'Conclusion 2',
      'Reports of bullying within the Federation are shocking and standards have fallen short. (Paragraph 15)',
      "The Commissioner's response: I share the Committee's view.",
    ].join('\n');
    expect(extractReport(page).recommendations.map((r) => [r.label, r.number])).toEqual([
      ['Conclusion 1', 1],
      ['Conclusion 2', 2],
    ]);
    const minute =
      'The board noted Conclusion 3 ("The focus was on devices rather than benefits.") and agreed.';
    expect(extractReport(minute).recommendations).toEqual([]);
  });
});

describe("an e-mail saying the coroner 'sent a Regulation 28 report dated ... to' a trust", () => {
  const mail = [
    'The Assistant Coroner for Fenshire (A. Clerk) sent a Regulation 28 report dated 28 March 2022 to the Chief Executive at Fenshire Partnership NHS Trust. It is not addressed to us.',
    '',
    "The coroner's concerns, copied from the report:",
    '',
    '(1) I am concerned that no care co-ordinator was appointed for him in the months before his death.',
  ].join('\n');

  it('addresses the concerns to whom the report was sent', () => {
    expect(extractReport(mail).recommendations[0]?.addressees).toEqual([
      'Chief Executive at Fenshire Partnership NHS Trust',
    ]);
  });
});

describe("a committee paper's numbered paragraphs quoting a revisit's stem over bullets, then asking the meeting to note", () => {
  const paper = [
    'Marchshire Fire and Rescue Authority',
    'Audit Committee - 4 March 2025',
    '',
    '1. Background',
    '1.1 The inspectorate wrote to a neighbouring service about its control room.',
    '1.2 Within three months, the service should make sure:',
    '- its call handling system is reliable and tested against failure',
    '- faults are logged and escalated to senior leaders where necessary',
    '1.3 Marchshire uses another supplier. Officers will test our own arrangements against each point.',
    '',
    '2. Recommendation',
    '2.1 That Members note the report.',
  ].join('\n');

  it("reads each bullet as an item with the stem's deadline, and the next numbered paragraph as none of them", () => {
    const e = extractReport(paper);
    expect(e.recommendations.map((r) => r.text)).toEqual([
      'its call handling system is reliable and tested against failure',
      'faults are logged and escalated to senior leaders where necessary',
    ]);
    expect(e.recommendations.map((r) => r.due.phrase)).toEqual([
      'Within three months',
      'Within three months',
    ]);
  });

  it("leaves out a stem in the reader's own voice", () => {
    const own = paper.replace(
      '1.2 Within three months, the service should make sure:',
      '1.2 By the end you should be able to:',
    );
    expect(extractReport(own).recommendations).toEqual([]);
  });
});

describe("a board paper whose numbered paragraph says the coroner's concerns are quoted in full", () => {
  const paper = [
    'PARTNERSHIP BOARD',
    '',
    '2. BACKGROUND',
    '2.1 The report was issued by the senior coroner on 8 September 2015 under Regulation 28.',
    "2.2 The Governor's response was due within 56 days of the date of this report and was sent on time.",
    '',
    "3. THE CORONER'S MATTERS OF CONCERN",
    '3.1 The concerns are quoted in full:',
    '',
    '(1) There was no formal mechanism for passing family concerns to the professionals deciding on care.',
    '',
    '(2) There was insufficient guidance given to staff on support for potential victims of abuse.',
    '',
    '4. RECOMMENDATION',
    '4.1 The Board is asked to note the report.',
  ].join('\n');

  it('reads each bracketed concern as an item due 56 days from the report', () => {
    const e = extractReport(paper);
    expect(e.recommendations.map((r) => r.label)).toEqual(['(1)', '(2)']);
    expect(e.recommendations.map((r) => r.due.phrase)).toEqual([
      'within 56 days of the date of this report',
      'within 56 days of the date of this report',
    ]);
    expect(e.recommendations.map((r) => r.due.date)).toEqual(['2015-11-03', '2015-11-03']);
  });
});

describe("a board paper naming another force's causes of concern, then the recommendations relevant to its own", () => {
  const paper = [
    'ACCOUNTABILITY BOARD',
    '',
    '3.\tTHE FINDINGS',
    '',
    '3.1\tHMICFRS identified two causes of concern in Greater Manchester Police:',
    '',
    'The force is failing to make sure it correctly records all reported crimes, particularly violent crime.',
    '',
    'The force is failing to make sure investigation plans are always completed to an acceptable standard.',
    '',
    '3.2\tAmong the recommendations made to GMP, two are directly relevant to our own arrangements:',
    '',
    'The force should immediately put in place arrangements to supervise crime-recording decisions.',
    '',
    'Within six months the force should complete a review of its operational governance arrangements.',
    '',
    '3.3\tThe Chief Constable has said the force accepts all the findings.',
    'Officers think Thamesmere Police should be able to show the Board its own audit results in March.',
  ].join('\n');

  it("reads the findings as causes, the directions as recommendations, and leaves out the paper's own view", () => {
    const e = extractReport(paper);
    expect(e.causesOfConcern.map((c) => c.text.slice(0, 40))).toEqual([
      'The force is failing to make sure it cor',
      'The force is failing to make sure invest',
    ]);
    expect(e.recommendations.map((r) => r.text.slice(0, 30))).toEqual([
      'The force should immediately p',
      'Within six months the force sh',
    ]);
  });
});

describe("a progress report titling each quoted item with its own paragraph number ('4.2 Recommendation 1')", () => {
  const report = [
    '4. Progress by item',
    '',
    '4.1 Recommendation 1',
    '"The force should immediately take steps to address gaps in its systems for recording all reports of crime."',
    'Progress: 90%',
    '',
    '4.2 Recommendation 2',
    '"Within three months, the force should improve its recording practices for reports of rape."',
    'Progress: 60%',
  ].join('\n');

  it("reads each title as its item's label", () => {
    const e = extractReport(report);
    expect(e.recommendations.map((r) => [r.label, r.number])).toEqual([
      ['Recommendation 1', 1],
      ['Recommendation 2', 2],
    ]);
  });
});

describe('minutes that read each recommendation into the record in quotation marks, label and all', () => {
  const minutes = [
    '4. Matters arising',
    'The Governance Officer read them into the record:',
    '',
    '"Recommendation 3: Within three months, the constabulary should take action to improve the investigation of child sexual exploitation."',
    '',
    'Deputy Chief Constable: Forty investigations were dip-sampled in May.',
    '',
    '"Recommendation 4: Within three months, the constabulary should take steps to ensure that section 46 decisions are recorded."',
    '',
    'RESOLVED: that the update be noted.',
  ].join('\n');

  it('reads each quotation as its labelled item, without the quotation marks', () => {
    const e = extractReport(minutes);
    expect(e.recommendations.map((r) => r.label)).toEqual(['Recommendation 3', 'Recommendation 4']);
    expect(e.recommendations[1]?.text).toBe(
      'Within three months, the constabulary should take steps to ensure that section 46 decisions are recorded.',
    );
  });
});

describe('minutes quoting recommendations after a short ref and a colon (\'R1: "Immediately, ..."\')', () => {
  const minutes = [
    'The Board considered the two recommendations that apply to Wessex Police. They were quoted as follows.',
    '',
    'R1: "Immediately, all forces should review their procedures for apprehending wanted suspects."',
    'The Deputy Chief Constable reported that a review had been completed in April.',
    '',
    'R3: "Immediately, the mapping of organised crime groups should be transferred to regional units."',
    'The Commissioner noted that this was a national matter.',
  ].join('\n');

  it('reads each ref as the label of the quoted item', () => {
    expect(extractReport(minutes).recommendations.map((r) => [r.label, r.number])).toEqual([
      ['R1', 1],
      ['R3', 3],
    ]);
  });

  it('leaves a risk log\'s refs ("R1  Data quality ... limits analysis.") alone', () => {
    const risks = [
      'Risks',
      'R1  Data quality in the control system limits analysis.',
      'R2  Staff see the project as cost-cutting.',
    ].join('\n');
    expect(extractReport(risks).recommendations).toEqual([]);
  });
});

describe("a panel paper whose numbered point introduces a committee's numbered conclusions", () => {
  const paper = [
    "2. The Committee's conclusions and recommendations",
    "2.1 The report's conclusions relevant to policing are reproduced below, with the Committee's paragraph references.",
    '',
    '1. The pandemic poses an urgent threat to public safety and has put the police in a position they have never faced. (Paragraph 4)',
    '',
    '2. The vast majority of the public are following Government advice, and the police are adapting quickly. (Paragraph 7)',
    '',
    '3. Questions for the Commissioner',
  ].join('\n');

  it("reads the committee's count as the items, not the paper's own '2.1'", () => {
    expect(extractReport(paper).recommendations.map((r) => r.label)).toEqual(['1', '2']);
  });
});

describe("a scrutiny paper's numbered section of a coroner's concerns, one bullet with points of its own", () => {
  const paper = [
    'REGULATION 28 REPORT - SMART MOTORWAYS',
    '1.1 To inform Members of the Regulation 28 report issued on 19 January 2021.',
    '',
    "2. The coroner's concerns (quoted in full)",
    'During the inquest, evidence showed:',
    '',
    '• The confusion caused to motorists by a mixture of smart and traditional motorways',
    '',
    '• The need for a wider review into smart motorways for the following reasons:',
    '  o An inquest is confined to the facts of the death before it.',
    '  o A wider review could consider all issues relevant to its remit.',
    '',
    '2.2 The recipients must respond within 56 days of the date of this report.',
  ].join('\n');

  it('reads each bullet with its points as one concern, and the duty to respond as none', () => {
    const e = extractReport(paper);
    expect(e.recommendations.map((r) => r.text.slice(0, 30))).toEqual([
      'The confusion caused to motori',
      'The need for a wider review in',
    ]);
    expect(e.recommendations[1]?.text).toContain('A wider review could consider all issues');
  });
});

describe('a learning paper giving each cause of concern, then its recommendations with their stems run in', () => {
  const paper = [
    '2   Causes of concern and recommendations',
    '',
    '    Cause of concern',
    '    The force does not have the capacity or capability to investigate crime effectively.',
    '',
    '    Within six months the force should: improve its ability to retrieve digital evidence quickly.',
    '',
    '    Within six months the force should: improve its understanding of suspects released under investigation.',
    '',
    '3   Recommendation',
    '',
    '3.1 Wessex Police should confirm to the PCC by 31 January 2020 whether the findings apply locally.',
  ].join('\n');

  it('reads the cause apart from the recommendations below it', () => {
    const e = extractReport(paper);
    expect(e.causesOfConcern.map((c) => c.text)).toEqual([
      'The force does not have the capacity or capability to investigate crime effectively.',
    ]);
    expect(e.recommendations.map((r) => r.text.slice(0, 40))).toContain(
      'Within six months the force should: impr',
    );
    expect(e.recommendations.filter((r) => r.text.startsWith('Within six months')).length).toBe(2);
  });
});

describe("a board paper's numbered section quoting a committee's numbered conclusions right below its title", () => {
  const paper = [
    'STRATEGIC PERFORMANCE BOARD',
    '',
    '1. Summary',
    '1.1 The Home Affairs Committee published its report on police pay. Its conclusions are set out below.',
    '',
    '2. Conclusions of the Committee',
    '1. We welcome the review of police pay and the commitment to publish its findings in full. (Paragraph 4)',
    '',
    '2. Reports that overtime is shared unfairly within some forces are troubling and need an answer. (Paragraph 9)',
    '',
    '3. Local position',
    '3.1 The force has agreed to:',
    '  1. publish its pay gap figures;',
    '  2. review its overtime policy.',
  ].join('\n');

  it("reads the conclusions as the items, numbered by the committee's own count, and not the paper's section", () => {
    const e = extractReport(paper);
    expect(e.recommendations.map((r) => [r.label, r.text.slice(0, 30)])).toEqual([
      ['1', 'We welcome the review of polic'],
      ['2', 'Reports that overtime is share'],
    ]);
  });

  it('still reads the last line of a contents list as an entry: its count ran on from the line above', () => {
    const report = [
      "The hidden victims: Report on Hestia's super-complaint on the police response to victims of modern slavery",
      'HMICFRS, College of Policing and Independent Office for Police Conduct',
      '26 May 2021',
      'Contents',
      '\t1.\tIntroduction',
      '\t2.\tSummary of findings',
      '\t3.\tActions for the College of Policing and HMICFRS',
      '\t4.\tRecommendations for chief constables and others',
      '1. Introduction',
      'On 31 May 2019, Hestia made a super-complaint to HMICFRS about the police response to victims of modern slavery. The super-complaint raised three concerns:',
      '\t•\tvictims are not always identified, and are sometimes treated as offenders;',
      '\t•\tvictims are not always given the support they are entitled to; and',
      '\t•\tinvestigations are often closed too early, without enough evidence being gathered.',
      'We looked at 40 case files from four forces and spoke to victims, support workers and officers.',
      '2. Summary of findings',
      'We found that the police response to victims of modern slavery has improved since our 2017 inspection, but there is still much more to do. Forces should make better use of the National Referral Mechanism and should record why investigations are closed.',
    ].join('\n');
    expect(extractReport(report).recommendations.map((r) => r.text)).not.toContainEqual(
      expect.stringContaining('We found'),
    );
  });
});

describe('a panel paper quoting "Conclusions of the Home Affairs Committee", numbered without full stops', () => {
  const paper = [
    '2. Conclusions of the Home Affairs Committee',
    '',
    '1 We welcome the review of police pay and the commitment to publish its findings in full. (Paragraph 4)',
    '',
    '2 Reports that overtime is shared unfairly within some forces are troubling and need an answer. (Paragraph 9)',
    '',
    '3. Local position',
    '3.1 The branch reports no open grievances.',
  ].join('\n');

  it("reads each conclusion under the committee's full name as an item", () => {
    expect(extractReport(paper).recommendations.map((r) => r.number)).toEqual([1, 2]);
  });
});

describe("a coroner's concerns quoted in a briefing note between quotation marks on lines of their own", () => {
  const note = [
    'BRIEFING NOTE',
    '',
    'Prevention of future deaths report',
    '',
    '2. The report',
    '2.1 The report is dated 9 October 2014 and was made by the Senior Coroner.',
    "2.2 The coroner's matters of concern are copied below exactly as written in section 5 of the report.",
    '',
    '"',
    'I am concerned that the road signs on the approach to the junction are faded and partly hidden by trees.',
    '',
    'I am further concerned that no action will be taken on the safety audit until this report is answered.',
    '"',
    '',
    '2.3 Section 7 of the report says: "You are under a duty to respond to this report within 56 days."',
  ].join('\n');

  it("reads each quoted paragraph as a concern and none of the note's own numbered paragraphs", () => {
    expect(extractReport(note).recommendations.map((r) => r.text.slice(0, 30))).toEqual([
      'I am concerned that the road s',
      'I am further concerned that no',
    ]);
  });
});

describe('minutes that quote a recommendation and then record who spoke to it', () => {
  const minutes = [
    '2. IOPC learning recommendations',
    'The Board considered the two recommendations for read-across:',
    '',
    'Recommendation 1: It is recommended that the MPS ensure that when a call is graded, risks are prioritised.',
    'Ch Insp Lowe said THRIVE+ grading already places vulnerability above response time.',
    '',
    'Recommendation 2: It is recommended that the MPS consider the deployment of officers to the informant.',
    'Insp Hale said this is not in the Thamesmere procedure and should be added.',
  ].join('\n');

  it("keeps what the speakers said out of the recommendations' words", () => {
    expect(extractReport(minutes).recommendations.map((r) => r.text)).toEqual([
      'It is recommended that the MPS ensure that when a call is graded, risks are prioritised.',
      'It is recommended that the MPS consider the deployment of officers to the informant.',
    ]);
  });
});

describe('minutes that name whose recommendation they quote, then say what the meeting made of it', () => {
  const minutes = [
    '5. IOPC learning recommendations to other forces',
    '5.1 Insp Rahman presented two IOPC learning recommendations made to other forces.',
    '5.2 West Yorkshire Police (December 2022): "The IOPC recommends that West Yorkshire Police take steps to ensure that staff understand who is responsible for updating callers." The Board noted that the centre already sends an update.',
    '5.3 Thames Valley Police: "The IOPC recommends that Thames Valley Police should ensure method of entry equipment is available to officers." Supt Harker said kits are held at four bases.',
    '5.4 The Board agreed the actions below.',
  ].join('\n');

  it('reads the words in the quotation marks as each item', () => {
    expect(extractReport(minutes).recommendations.map((r) => r.text)).toEqual([
      'The IOPC recommends that West Yorkshire Police take steps to ensure that staff understand who is responsible for updating callers.',
      'The IOPC recommends that Thames Valley Police should ensure method of entry equipment is available to officers.',
    ]);
  });
});

describe("a briefing's numbered paragraph quoting the stem over the lettered recommendations", () => {
  const briefing = [
    '1.  Summary',
    '',
    '1.1 On 26 September 2025 HMICFRS published "West Mercia Police: Accelerated cause of concern".',
    '',
    '1.2 To address these concerns, HMICFRS has recommended that West Mercia Police should:',
    '',
    '    a) make sure it understands the risks that the backlog poses to vulnerable people.',
    '    b) work with statutory partners to create and implement a plan to clear the backlogs.',
    '',
    '2.  Relevance to Marchshire',
    '',
    '2.1 Marchshire Police moved its safeguarding referrals into a single hub in 2024.',
  ].join('\n');

  it("reads the lettered entries as the recommendations, without the briefing's own paragraph number", () => {
    expect(extractReport(briefing).recommendations.map((r) => [r.label, r.text])).toEqual([
      ['a)', 'make sure it understands the risks that the backlog poses to vulnerable people.'],
      ['b)', 'work with statutory partners to create and implement a plan to clear the backlogs.'],
    ]);
  });
});

describe("a briefing's numbered paragraph quoting a stem over bullets, beside the cause of concern", () => {
  it('reads the bullets under "2.2 To address these concerns, HMICFRS has recommended that ... should:" as the recommendations', () => {
    const e = extractReport(
      [
        'Briefing note',
        '',
        '2. What HMICFRS found',
        '2.1 Inspectors found a backlog of safeguarding referrals waiting to be sent to partners.',
        '',
        'Cause of concern: The force needs to make prompt safeguarding referrals to statutory partners.',
        '',
        '2.2 To address these concerns, HMICFRS has recommended that West Mercia Police should:',
        '- make sure it understands the risks that the backlog poses to vulnerable people;',
        '- work with statutory partners to create and implement a plan to clear the backlogs;',
        '',
        '2.3 The section 55 duty to respond sits with the West Mercia PCC.',
      ].join('\n'),
    );
    expect(e.causesOfConcern).toHaveLength(1);
    expect(e.recommendations.map((r) => r.text)).toEqual([
      'To address these concerns, HMICFRS has recommended that West Mercia Police should: make sure it understands the risks that the backlog poses to vulnerable people.',
      'To address these concerns, HMICFRS has recommended that West Mercia Police should: work with statutory partners to create and implement a plan to clear the backlogs.',
    ]);
  });
});

describe("a committee paper's field set in under each bullet of a stem", () => {
  it('reads "Funding source (Marchshire): ..." under a bullet as the office\'s field, not the item\'s words or another item', () => {
    const e = extractReport(
      [
        'THE AVON RECOMMENDATIONS',
        'The service should make sure:',
        '',
        '  * it has identified all those premises that require a site-specific risk visit',
        '      Funding source (Marchshire): Within existing budget',
        '  * staff are trained in how to carry out a site-specific risk visit',
        '      Funding source (Marchshire): Training budget 2024/25',
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => r.text)).toEqual([
      'The service should make sure: it has identified all those premises that require a site-specific risk visit.',
      'The service should make sure: staff are trained in how to carry out a site-specific risk visit.',
    ]);
  });
});

describe("a paper's numbered section titles over their first sentence", () => {
  it('keeps "1. Background" a title, so its paragraph\'s stem heads the lettered entries', () => {
    const e = extractReport(
      [
        'BRIEFING NOTE',
        '',
        '1. Background',
        'HMICFRS published its report on 26 September 2025 and recommended that West Mercia Police should:',
        '',
        '(a) make sure it understands the risks that the backlog poses to vulnerable people;',
        "(b) assess the vulnerability hub's capacity and capability.",
        '',
        '2. Next steps',
        'The Assurance team will bring a fuller paper to the Board.',
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => r.label)).toEqual(['(a)', '(b)']);
  });

  it('reads "Progress:" and "Evidence:" lines set in under a stem\'s bullets as no items', () => {
    const e = extractReport(
      [
        '2. Recommendations and progress',
        'HMICFRS recommended that the constabulary should:',
        '',
        '• make sure it has enough capacity to manage its finances effectively',
        '  Progress: Chief Finance Officer post filled permanently in June 2024; partners now sit on every board.',
        '  Evidence: S:\\OPCC\\Finance\\CFO appointment 2024\\Decision 2024-17.pdf',
        '',
        '• develop a sustainable and affordable medium-term financial plan',
        '  Progress: Medium-term financial plan 2025-29 agreed by the Commissioner in February 2025.',
        '  Evidence: S:\\OPCC\\Finance\\MTFP\\MTFP 2025-29 final.xlsx',
      ].join('\n'),
    );
    expect(e.recommendations.filter((r) => /\b(?:Progress|Evidence):/.test(r.text))).toEqual([]);
  });
});

describe('minutes that print each item as a paragraph under a numbered stem', () => {
  it('reads "By 22 November 2024, publish ..." under "3.2 Chief constables should:" as the item, its date the deadline', () => {
    const e = extractReport(
      [
        '3. Super-complaint: The police response to stalking',
        '3.1 The Deputy Chief Constable took the Board through the recommendations.',
        '3.2 Chief constables should:',
        'By 22 November 2024, publish on their force website an action plan which explains what their force will do.',
        'Force response: Action plan published on 19 November 2024.',
        '3.3 Police and crime commissioners should:',
        'By 27 March 2025, review whether the right specialist services have been commissioned.',
        '3.4 The Board discussed whether the force should publish a dashboard.',
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => [r.text, r.due?.date])).toEqual([
      [
        'Chief constables should: By 22 November 2024, publish on their force website an action plan which explains what their force will do.',
        '2024-11-22',
      ],
      [
        'Police and crime commissioners should: By 27 March 2025, review whether the right specialist services have been commissioned.',
        '2025-03-27',
      ],
    ]);
  });
});

describe('a message that counts the items in one sentence and points at the quote in the next', () => {
  const message = (pointer: string) =>
    extractReport(
      [
        `HMICFRS gave the force three areas for improvement under fair treatment of the public. ${pointer}`,
        '',
        '• The force should ensure that appropriate members of its workforce receive training in unconscious bias.',
        '• The force should ensure it monitors a comprehensive set of data on its use of force.',
        '• The force should ensure it monitors a comprehensive set of data on its use of stop and search.',
        '',
        'None of these is addressed to Wessex Police.',
      ].join('\n'),
    );

  it('takes the kind the first sentence counts: "Copied straight from the report:"', () => {
    const e = message('Copied straight from the report:');
    expect([e.areasForImprovement.length, e.recommendations.length]).toEqual([3, 0]);
  });

  it('takes it under a long pointer that quotes some of them ("Two of them ... so I have copied them out word for word:")', () => {
    const e = message(
      'Two of them are about our own call handling, so I have copied them out word for word:',
    );
    expect([e.areasForImprovement.length, e.recommendations.length]).toEqual([3, 0]);
  });

  it('takes the kind from the message under a pointer at one of them ("The first is:"), as it names no other', () => {
    const e = message('The first is:');
    expect([e.areasForImprovement.length, e.recommendations.length]).toEqual([3, 0]);
  });
});

describe("a note's stem with an aside in brackets before its colon", () => {
  it('names recommendations for the bullets under "Its recommendations to X (the forensic one is left out):"', () => {
    const e = extractReport(
      [
        "HMICFRS's cause of concern:",
        "The quality of the force's initial enquiries and its general standard of investigation is a cause of concern.",
        '',
        'Its recommendations to West Yorkshire Police (the forensic evidence one is left out - our CSI model is different):',
        '• The force should develop a policy outlining minimum investigative standards.',
        '• The force should ensure that there is regular and active supervision of investigations.',
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => r.text)).toEqual([
      'The force should develop a policy outlining minimum investigative standards.',
      'The force should ensure that there is regular and active supervision of investigations.',
    ]);
  });
});

describe("the reasons HMICFRS gave for moving a force into Engage, quoted in an office's letter", () => {
  const reasons = [
    '* The force is failing to record crimes against vulnerable victims.',
    '* The force does not answer emergency or non-emergency calls within adequate timeframes.',
  ];

  it('reads them as causes of concern under a newsletter\'s "... four of those reasons, quoted here:"', () => {
    const e = extractReport(
      [
        '1. CLEVELAND POLICE LEAVES ENGAGE',
        '',
        'HMICFRS\'s page "Police forces previously in Engage" lists why the force went in, and the Commissioner has asked the force to test itself against two of those reasons, quoted here:',
        '',
        ...reasons,
      ].join('\n'),
    );
    expect(e.causesOfConcern.map((c) => c.text)).toEqual(reasons.map((r) => r.slice(2)));
  });

  it('reads them under a draft reply to an MP, a "reply" that answers no item above it', () => {
    const e = extractReport(
      [
        'Summary of enquiry',
        'The MP asks what reasons HMICFRS gave.',
        '',
        '------------------------------------------------------------',
        'DRAFT REPLY (v2, AT 24/10/2022)',
        '------------------------------------------------------------',
        '',
        'Dear Mr Frome,',
        '',
        'The article gives the reasons HMICFRS gave for moving the force into the Engage phase:',
        '',
        ...reasons,
        '',
        'Yours sincerely,',
      ].join('\n'),
    );
    expect(e.causesOfConcern.map((c) => c.text)).toEqual(reasons.map((r) => r.slice(2)));
  });
});

describe('an intranet story saying HMICFRS asked another force to improve in two areas', () => {
  it('reads the bullets under "HMICFRS asked North Yorkshire to improve in two areas:" as areas for improvement', () => {
    const e = extractReport(
      [
        'Learning from North Yorkshire: getting the benefits from change',
        '',
        'HMICFRS asked North Yorkshire to improve in two areas:',
        '',
        '• The force should improve its benefits realisation processes across all its change programmes.',
        '• The force should ensure that it understands the level of service that can be provided at different levels of costs.',
        '',
        'Both of these apply to us.',
      ].join('\n'),
    );
    expect([e.areasForImprovement.length, e.recommendations.length]).toEqual([2, 0]);
  });
});

describe("a panel page picking two of a committee report's conclusions and recommendations", () => {
  it('reads the entries under "... The two we think most relevant to the Panel\'s work are:" as the items', () => {
    const conclusions = [
      '1 Crime levels are affected by a range of factors other than police resources. (Paragraph 27)',
      '2 The reduction in overall crime levels does not seem to have been directly related to additional resources. (Paragraph 28)',
    ];
    const e = extractReport(
      [
        'Background reading: police funding',
        '',
        "The Home Affairs Committee looked at police funding. Its conclusions and recommendations are numbered. The two we think most relevant to the Panel's work are:",
        '',
        // A web page's paragraphs, copied with a blank line between them.
        conclusions[0],
        '',
        conclusions[1],
        '',
        'The Panel will ask three questions:',
        '1. What will the extra money buy?',
        '2. How will the link be shown?',
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => r.text)).toEqual(conclusions.map((c) => c.slice(2)));
  });
});

describe('a letter quoting several recommendations, each a paragraph in quotation marks', () => {
  it('reads every quoted paragraph after "The recommendations ... are set out below, exactly as ... wrote them."', () => {
    const quoted = [
      'To ensure that fuel cards are used appropriately, the Department should develop a formal process for monitoring fuel invoices.',
      'The City should consider whether to establish a community advisory group as an additional resource for receiving complaints.',
    ];
    const e = extractReport(
      [
        'Dear Martin',
        '',
        'The recommendations I have in mind are set out below, exactly as the State Auditor wrote them. "The Department" is the King City Police Department.',
        '',
        ...quoted.flatMap((q) => [`"${q}"`, '']),
        'I am not asking you to adopt these.',
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => r.text)).toEqual(quoted);
  });

  it('gives each quoted paragraph after the first the kind of the one before it', () => {
    const e = extractReport(
      [
        'Notes of the benefits group',
        '',
        'The group looked at the two areas for improvement given to North Yorkshire Police:',
        '',
        '    "The force should improve its benefits realisation processes across all its change programmes."',
        '',
        '    "The force should ensure that it understands the level of service that can be provided at different levels of costs."',
      ].join('\n'),
    );
    expect([e.areasForImprovement.length, e.recommendations.length]).toEqual([2, 0]);
  });
});

describe('a summary saying what a report calls on a body to do, then its points', () => {
  const reply = [
    'Dear Councillor Ashby,',
    '',
    'You asked what the audit office said. As a reminder:',
    '',
    'The report also calls on the Home Office to review several parts of the framework including:',
    '* Panels lack powers to act on the information they receive;',
    '* Local auditors may not be scrutinising commissioners as effectively as they could; and',
    '* The inspectorate cannot inspect commissioners.',
    '',
    'Before I reply in full, it would help to know:',
    '1. Does the Panel want a standing item on published data?',
  ].join('\n');

  it('reads each point, with the stem, as addressed to the body called on, and none of the questions', () => {
    const e = extractReport(reply);
    expect(e.recommendations.map((r) => r.text)).toEqual([
      'The report also calls on the Home Office to review several parts of the framework including: Panels lack powers to act on the information they receive.',
      'The report also calls on the Home Office to review several parts of the framework including: Local auditors may not be scrutinising commissioners as effectively as they could.',
      'The report also calls on the Home Office to review several parts of the framework including: The inspectorate cannot inspect commissioners.',
    ]);
    expect(e.recommendations.map((r) => r.addressees)).toEqual([
      ['Home Office'],
      ['Home Office'],
      ['Home Office'],
    ]);
  });
});

describe("a panel's minutes quoting items inside their own numbered paragraphs", () => {
  const minutes = [
    'STOP AND SEARCH SCRUTINY PANEL - MINUTES',
    '',
    '3. Recommendations the panel tracks',
    '3.1 The officer reminded members of the national recommendations adopted in 2019. The text reads: "In our 2017 report, we recommended that all forces should:',
    '- monitor and analyse stop and search data to understand reasons for disparities.',
    '- take action on those."',
    '3.2 The panel also tracks a recommendation made to another force, because members asked for it: "The force needs to ensure it improves its understanding of how force is being used."',
    '3.3 The superintendent said the force now publishes quarterly analysis by ward.',
  ].join('\n');

  it('reads the quoted words as the items, each bullet with its quoted stem, and not the minutes around them', () => {
    expect(extractReport(minutes).recommendations.map((r) => [r.label, r.text])).toEqual([
      [
        null,
        'In our 2017 report, we recommended that all forces should: monitor and analyse stop and search data to understand reasons for disparities.',
      ],
      [null, 'In our 2017 report, we recommended that all forces should: take action on those.'],
      [null, 'The force needs to ensure it improves its understanding of how force is being used.'],
    ]);
  });
});

describe('a briefing saying a body asks that a department do each of its bullets', () => {
  const briefing = [
    'WHAT THE AUDIT OFFICE SAID',
    '',
    'The review looks at how the Ministry of Justice is changing the probation system.',
    '',
    'The NAO asks that the Ministry of Justice:',
    '',
    '- Should pause and reflect on its proposed approach to provide assurance that it is deliverable.',
    '',
    '- Should in parallel, work with the Reducing Reoffending Board to publish a strategy.',
    '',
    'Why this matters here',
    '',
    '1. Around 2,100 people on probation live in the county at any one time.',
  ].join('\n');

  it('reads each bullet as an item and none of the local figures', () => {
    const e = extractReport(briefing);
    expect(e.recommendations.map((r) => r.text.replace(/^.*?Justice:? /, ''))).toEqual([
      'Should pause and reflect on its proposed approach to provide assurance that it is deliverable.',
      'Should in parallel, work with the Reducing Reoffending Board to publish a strategy.',
    ]);
  });
});

describe("a fire authority paper quoting another service's areas for improvement as its own bullets", () => {
  const paper = [
    'SERVICE LEADERSHIP BOARD',
    '',
    '1. Purpose',
    "1.1 To tell the Board which of Suffolk's areas for improvement we should test ourselves against.",
    '',
    '2. Background',
    '2.1 In its summary the inspectorate said some things had improved. However, the service should:',
    '- do more to support firefighters to target the people most at risk;',
    '- do more to reduce unwanted fire signals.',
    '',
    '3. Recommendations to the Board',
    'The Board is asked to:',
    'a) note the findings;',
    'b) agree a report back in June.',
  ].join('\n');

  it('reads the bullets as areas for improvement, the paper naming no recommendation of the report', () => {
    const e = extractReport(paper);
    expect(e.recommendations).toEqual([]);
    expect(e.areasForImprovement.map((a) => a.text.replace(/^.*should: /, ''))).toEqual([
      'do more to support firefighters to target the people most at risk;',
      'do more to reduce unwanted fire signals.',
    ]);
  });
});

describe("an e-mail giving each case's title as a lettered list, the recommendation quoted under each", () => {
  // A document of the corpus's development split (batch oh): three IOPC cases, titled A-C, quoted under them.
  const mail = readFileSync(
    join(CORPUS_DIR, 'dev', 'oh06_iopc_driving_recs_marchshire_psd_email_warrant_number_signature.txt'),
    'utf8',
  );

  it('reads the quotes as the items, apart from the titles above them', () => {
    expect(extractReport(mail).recommendations.map((r) => r.text.slice(0, 50))).toEqual([
      'The IOPC recommends that Thames Valley Police (TVP',
      'The IOPC recommends that Sussex Police devise spec',
      'The IOPC recommends that the College of Policing (',
    ]);
  });
});

describe("a panel appendix giving each finding's record line, then the finding quoted under it", () => {
  const appendix = [
    'APPENDIX B',
    'Findings in other forces selected by the Panel for read-across',
    '',
    "The wording in quotation marks is the inspectorate's own.",
    '',
    'B1 | Avon and Somerset Constabulary | PEEL 2018/19 | Area for improvement',
    '"The constabulary should continue with its plans to ensure effective monitoring of its use of force."',
    'Thamesmere Police response: Use of force forms are published quarterly on our website.',
    'Panel member lead: Cllr Asante',
    '',
    'B2 | Leicestershire Police | PEEL 2016 | Recommendation',
    '"The force should improve how it understands public perceptions of fair treatment."',
    'Thamesmere Police response: The public confidence survey has new questions on fair treatment.',
    'Panel member lead: Mr Kerr',
  ].join('\n');

  it('reads each quote as the kind and reference its record line gives, with its response', () => {
    const e = extractReport(appendix);
    const read = (i: { label: string | null; number: number | null; forceResponse: string | null }) => [
      i.label,
      i.number,
      i.forceResponse?.slice(0, 20),
    ];
    expect(e.areasForImprovement.map(read)).toEqual([['B1', 1, 'Use of force forms a']]);
    expect(e.recommendations.map(read)).toEqual([['B2', 2, 'The public confidenc']]);
  });
});
