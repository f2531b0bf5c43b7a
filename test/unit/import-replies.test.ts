import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/core/import/extract.ts';

/*
 * Unlabelled items in answers and letters: replies printed apart from the items they answer, under titles of
 * their own ("Chief Constable's response", "Commissioner's comments"), where no label tells where the next item
 * starts; and a letter's list whose bullets were lost in the copy, under the line that names it.
 */

describe('a response whose unlabelled recommendations each sit above their own replies', () => {
  it("starts the next item at its own words after the commissioner's comments on the one before", () => {
    const e = extractReport(
      [
        'Section 55 response',
        '',
        'Recommendations',
        '',
        'Within six months chief constables should ensure that forces record stalking crimes when victims report breaches of orders.',
        '',
        "Chief Constable's response",
        '',
        'Accepted. The Force Crime Registrar issued guidance on 1 May 2019.',
        '',
        "Commissioner's comments",
        '',
        'I have asked the Force Crime Registrar to audit a sample of reported breaches in August 2019.',
        '',
        'Within six months the NPCC lead and the CPS lead should consider whether they can do more to inform officers.',
        '',
        "Chief Constable's response",
        '',
        'This recommendation is for the NPCC lead and the CPS lead.',
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => [r.text.split(' ').slice(0, 6).join(' '), r.forceResponse])).toEqual([
      [
        'Within six months chief constables should',
        'Accepted. The Force Crime Registrar issued guidance on 1 May 2019.',
      ],
      ['Within six months the NPCC lead', 'This recommendation is for the NPCC lead and the CPS lead.'],
    ]);
  });
});

describe("a revisit letter copied from the inspectorate's page, its bullets lost", () => {
  it("reads each line finishing 'We made the following recommendations, stating that the constabulary should:' whole", () => {
    const e = extractReport(
      [
        'Gloucestershire Constabulary: cause of concern revisit',
        '',
        'In our inspection, we found that the constabulary did not have adequate financial plans in place.',
        '',
        'We made the following recommendations, stating that the constabulary should:',
        '',
        '    make sure it has enough capacity to manage its finances effectively and that its senior leaders exercise proper governance;',
        '    develop a sustainable and affordable medium-term financial plan that will enable it to meet future demand;',
        '',
        'Our revisit',
        '',
        'During the revisit we spoke to senior leaders and finance staff.',
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => r.text.split(' ').slice(0, 3).join(' '))).toEqual([
      'make sure it',
      'develop a sustainable',
    ]);
  });
});

describe('a letter whose numbered sections are titled by the items they answer', () => {
  const letter = [
    'Dear Home Secretary,',
    '',
    '1. Introduction',
    '',
    '1.1 HMICFRS published its report on 22 March 2018. This letter is my response.',
    '',
    '2. Recommendation 1',
    '',
    '2.1 The recommendation',
    '',
    '     By October 2018, all forces should review their approach to neighbourhood policing.',
    '',
    "2.2 Chief Constable's response",
    '',
    '     The review took place in April 2018.',
    '',
    "2.3 Commissioner's comments",
    '',
    '     I will ask for the training figures in October.',
    '',
    '3. Recommendation 2',
    '',
    '3.1 The recommendation',
    '',
    '     By September 2018, all forces should develop a plan to recruit detectives.',
    '',
    "3.2 Chief Constable's response",
    '',
    '     The plan was agreed in May 2018.',
  ].join('\n');

  it("labels each item by its section's title and reads its words under 'The recommendation'", () => {
    const e = extractReport(letter);
    expect(e.recommendations.map((r) => [r.label, r.number, r.text.slice(0, 15), r.forceResponse])).toEqual([
      ['Recommendation 1', 1, 'By October 2018', 'The review took place in April 2018.'],
      ['Recommendation 2', 2, 'By September 20', 'The plan was agreed in May 2018.'],
    ]);
    expect(e.recommendations[0]?.pccResponse).toBe('I will ask for the training figures in October.');
  });
});

describe("an authority's answer titling each item's words 'What HMICFRS recommended'", () => {
  const answer = [
    'Recommendation 1',
    '',
    'What HMICFRS recommended',
    'By 1 February 2025, chief fire officers should make sure their staff follow the Core Code of Ethics.',
    '',
    'Our response',
    'Accepted. Every policy will link to the Code by January 2025.',
    '',
    'Recommendation 2',
    '',
    'What HMICFRS recommended',
    'By 1 May 2025, chief fire officers should make sure promoted firefighters move watch.',
    '',
    'Our response',
    'Accepted in part.',
  ].join('\n');

  it('keeps each label over the words and answer below it', () => {
    expect(extractReport(answer).recommendations.map((r) => [r.label, r.forceResponse])).toEqual([
      ['Recommendation 1', 'Accepted. Every policy will link to the Code by January 2025.'],
      ['Recommendation 2', 'Accepted in part.'],
    ]);
  });
});

describe('titles that name a response but hold no answers', () => {
  const form = (tail: string[]) =>
    [
      "5 CORONER'S CONCERNS",
      'The MATTERS OF CONCERN are as follows:',
      '',
      '(1) The junction has no warning signs for drivers approaching from the north.',
      '',
      '9 14/04/2022 J. Coroner',
      '',
      ...tail,
    ].join('\n');

  it("reads no item from a legal team's response timetable", () => {
    const e = extractReport(
      form([
        'DRAFT RESPONSE TIMETABLE',
        '',
        '1. Clinical lead to draft the reply by 13 May 2022.',
        '2. Sign-off on 26 May 2022.',
      ]),
    );
    expect(e.recommendations.map((r) => r.label)).toEqual(['(1)']);
  });

  it("reads no item from a chat's list under its 'Last reply today at 11:58 AM'", () => {
    const chat = [
      '#road-safety',
      '',
      'Last reply today at 11:58 AM',
      '',
      '1. Add the number to the winter leaflet.',
      '2. Put it on the agenda.',
    ];
    expect(extractReport(chat.join('\n')).recommendations).toEqual([]);
  });
});

describe("a coroner's concern that speaks of 'my office'", () => {
  const report = [
    'REGULATION 28 REPORT TO PREVENT FUTURE DEATHS',
    '',
    "CORONER'S CONCERNS",
    '',
    'The MATTERS OF CONCERN are as follows:',
    '',
    '(1) The handover note was not referred to in the investigation report. It was disclosed to my office only a week before the inquest, and the family were not aware of it.',
    '',
    '(2) Staff on the ward were not trained to read the observation chart.',
  ].join('\n');

  it('keeps it: the coroner writes in the first person, and the office is the court', () => {
    const e = extractReport(report);
    expect(e.recommendations.map((r) => r.text.slice(0, 40))).toEqual([
      'The handover note was not referred to in',
      'Staff on the ward were not trained to re',
    ]);
  });
});

describe("a partner's letter quoting a coroner's numbered concerns, each followed by 'Our response:'", () => {
  const letter = [
    'Dear Ms Pike',
    '',
    'The concerns are quoted as numbered in the report, followed by our response.',
    '',
    '(1) Failure to share the discharge plan with the family.',
    '',
    'Our response: Every discharge plan is now sent to the family within two working days.',
    '',
    '(2) Failure to record who was told about the change of medication.',
    '',
    'Our response: The record now has a field for who was told, and when.',
    '',
    'Yours sincerely',
  ].join('\n');

  it('reads each quoted entry as an item and the paragraph under it as its answer', () => {
    const e = extractReport(letter);
    expect(e.recommendations.map((r) => [r.label, r.text, r.forceResponse])).toEqual([
      [
        '(1)',
        'Failure to share the discharge plan with the family.',
        'Every discharge plan is now sent to the family within two working days.',
      ],
      [
        '(2)',
        'Failure to record who was told about the change of medication.',
        'The record now has a field for who was told, and when.',
      ],
    ]);
  });
});

describe("a council's read-across letter answering each quoted concern under its own name", () => {
  const letter = [
    'The two matters of concern, copied from the report, with our read-across under each:',
    '',
    '(1) Drivers leaving the side road have to cross fast traffic in the dark.',
    '',
    'Marchshire: four rural junctions on our network match this; the closest will have a warning sign by March.',
    '',
    '(2) Nineteen other collisions have happened on this road since 2001.',
    '',
    'Marchshire: all three of our worst junctions are already in the casualty reduction programme.',
  ].join('\n');

  it('reads each entry as an item, its answer the paragraph the council signs with its name', () => {
    const e = extractReport(letter);
    expect(e.recommendations.map((r) => [r.label, r.forceResponse?.slice(0, 30)])).toEqual([
      ['(1)', 'four rural junctions on our ne'],
      ['(2)', 'all three of our worst junctio'],
    ]);
  });
});

describe('an e-mail that calls the numbered entries it answers areas for improvement', () => {
  const mail = (called: string) =>
    [
      'Hi both,',
      '',
      `The two ${called} HMICFRS gave Marchshire Police look relevant to us, so I asked the force. Its replies are under each one.`,
      '',
      '1. The force should make sure its officers can raise ethical issues and evaluate how well that works.',
      'Force reply: An ethics committee takes cases from any officer; it has never measured its use.',
      '',
      '2. The force should clear its vetting backlog and comply fully with the national vetting guidance.',
      'Force reply: 96 per cent of staff are vetted; 140 renewals are outstanding.',
    ].join('\n');

  it('gives the answered entries the kind the words above them name', () => {
    const e = extractReport(mail('areas for improvement'));
    expect(e.recommendations).toEqual([]);
    expect(e.areasForImprovement.map((a) => a.forceResponse)).toEqual([
      'An ethics committee takes cases from any officer; it has never measured its use.',
      '96 per cent of staff are vetted; 140 renewals are outstanding.',
    ]);
  });

  it('keeps them recommendations where the words above call them so, or name no kind', () => {
    expect(extractReport(mail('recommendations')).recommendations).toHaveLength(2);
    expect(extractReport(mail('points')).recommendations).toHaveLength(2);
  });
});

describe('answers typed inline under quoted causes of concern, each tagged with initials and the day', () => {
  const mail = [
    'During the inspection we identified two accelerated causes of concern, which were that the force:',
    '- was failing to identify and assess vulnerability at first point of contact;',
    '[DW 29/05] Thamesmere: first-contact THRIVE audit shows 94% compliance.',
    "- wasn't carrying out effective investigations.",
    '[DW 29/05] Thamesmere: investigation standards are a priority for 2024/25.',
  ].join('\n');

  it("keeps each answer out of the cause's words and reads it as the force's answer", () => {
    const e = extractReport(mail);
    expect(e.causesOfConcern.map((c) => [c.text, c.forceResponse])).toEqual([
      [
        'was failing to identify and assess vulnerability at first point of contact;',
        'Thamesmere: first-contact THRIVE audit shows 94% compliance.',
      ],
      [
        "wasn't carrying out effective investigations.",
        'Thamesmere: investigation standards are a priority for 2024/25.',
      ],
    ]);
  });
});

describe('an e-mail answering the recommendations it copied in', () => {
  const email = [
    'Subject: RE: Disproportionate use of police powers - update',
    '',
    'Answers below in square brackets.',
    '',
    'Rec 1',
    'By July 2022, forces should ensure that officers have effective communication skills.',
    '',
    '[Response: A refresher is booked for all response officers.]',
    '',
    'Rec 2',
    'By July 2021, forces should ensure that supervisors debrief officers using body-worn video footage.',
    '',
    '[Response: Sergeants now debrief one clip a month with each officer.]',
    '',
    'Rec 5',
    'By July 2021, forces should ensure they have effective internal monitoring processes on the use of force.',
    '',
    '[Response: The use of force dashboard went live in June.]',
    '',
    'Thanks,',
    'Daniel',
  ].join('\n');

  it('keeps "Rec 1" ... "Rec 5", each between blank lines, as the labels they are, not a running header', () => {
    expect(extractReport(email).recommendations.map((r) => r.label)).toEqual(['Rec 1', 'Rec 2', 'Rec 5']);
  });

  it('ends the last answer at "Thanks, Daniel"', () => {
    const last = extractReport(email).recommendations.at(-1);
    expect(last?.forceResponse).toBe('The use of force dashboard went live in June.');
  });

  it("reads an officer's numbered comments under the items as no items, though a footer line follows them", () => {
    const e = extractReport(
      [
        'Recommendations',
        '',
        'The force should immediately take steps to identify and address gaps in its crime recording.',
        '',
        'Within three months the force should develop procedures for the supervision of crime recording.',
        '',
        'Performance officer comment',
        '',
        '1. Our last crime data inspection was in 2016; our audit team re-tested rape recording in May 2018.',
        '2. I suggest we ask the force for its incident-to-crime conversion rate.',
        'Open the document to approve or reject. Do not reply to this message.',
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => r.text.slice(0, 30))).toEqual([
      'The force should immediately t',
      'Within three months the force ',
    ]);
  });
});

describe("an e-mail that lists the items under its tracker's own labels", () => {
  it('reads "Rec #1", "Rec #2" as labels, and ends the last item where the writer\'s own list begins', () => {
    const e = extractReport(
      [
        'I have pulled out the two recommendations that touch Wessex.',
        '',
        'Rec #1',
        'By 31 August 2015, all chief constables should review misconduct outcomes by protected characteristic.',
        '',
        'Rec #2',
        'By 31 August 2015, all forces should ensure there is enough analytical capability on corruption.',
        '',
        'Both sit with PSD. Things I think we need to do this week:',
        '',
        '1. Put both recs on the OPCC tracker with a red flag.',
        '2. Draft the section 55 letter for the Commissioner by Friday.',
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => [r.label, r.number, r.text])).toEqual([
      [
        'Rec #1',
        1,
        'By 31 August 2015, all chief constables should review misconduct outcomes by protected characteristic.',
      ],
      [
        'Rec #2',
        2,
        'By 31 August 2015, all forces should ensure there is enough analytical capability on corruption.',
      ],
    ]);
  });
});

describe('a panel progress update on causes of concern', () => {
  it('reads "CoC 1" as a cause of concern\'s label and leaves the "Seen and agreed:" sign-off out of the answer', () => {
    const e = extractReport(
      [
        'Progress',
        '',
        'CoC 1: the force needs to improve how it supervises investigations',
        'Force update: The Investigation Standards Board has met monthly since April.',
        'Seen and agreed: T/ACC M. Rowe, 02/09/2024',
        '',
        'CoC 2: the force does not have adequate governance arrangements to monitor performance.',
        'Force update: A new Force Performance Board replaced the old meeting in May.',
        'Seen and agreed: Chief Superintendent K. Daly, 03/09/2024',
      ].join('\n'),
    );
    expect(e.causesOfConcern.map((c) => [c.label, c.forceResponse])).toEqual([
      ['CoC 1', 'The Investigation Standards Board has met monthly since April.'],
      ['CoC 2', 'A new Force Performance Board replaced the old meeting in May.'],
    ]);
  });
});
