import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/core/import/extract.ts';

/*
 * An inspectorate's letters about causes of concern it raised before: the causes are told in the letter's
 * own prose, under headings like "Background" that name no kind of item.
 */

describe('a revisit letter copied out of a mail viewer', () => {
  const letter = [
    'Marchshire Police PEEL causes of concern revisit letter June 2025.pdf',
    'Download    Print    Close',
    '1 / 2',
    '',
    'Sent on 12 June 2025',
    '',
    'Marchshire Police: PEEL causes of concern revisit letter',
    '',
    'Dear Chief Constable,',
    '',
    'I am writing to tell you that we have closed both of the causes of concern we raised.',
    '',
    'Background',
    'In March 2023 we identified two causes of concern. These were that the force:',
    '- was not answering emergency calls quickly enough; and',
    '- did not record crimes accurately enough.',
    '',
    'On 4 May 2023, we moved Marchshire Police to the engage phase of our monitoring process.',
    '',
    'Yours sincerely,',
  ].join('\n');

  it("reads the causes the letter names before 'These were that the force:'", () => {
    expect(extractReport(letter).causesOfConcern.map((c) => c.text)).toEqual([
      'was not answering emergency calls quickly enough; and',
      'did not record crimes accurately enough.',
    ]);
  });

  it("ends the list at the entry after '; and', leaving the next paragraph out of it", () => {
    expect(extractReport(letter).causesOfConcern.at(-1)?.text).not.toMatch(/engage phase/);
  });

  it("takes the letter's title, not the viewer's file name or its 'Sent on' date", () => {
    expect(extractReport(letter).title).toBe('Marchshire Police: PEEL causes of concern revisit letter');
  });
});

describe("an e-mail retelling a revisit letter: 'the causes of concern from ..., which found that the force:'", () => {
  const mail = [
    'Harriet,',
    '',
    'HMICFRS published the revisit letter on 20 December 2022. It follows up the causes of concern from their 2021/22 PEEL inspection, which found that the force:',
    '',
    '- is failing to identify the vulnerability of victims at the first point of contact;',
    '- does not protect vulnerable people from harm; and',
    '- does not have adequate strategic plans in place.',
    '',
    'Nothing new is recommended in the letter.',
  ].join('\n');

  it('reads the three findings as the causes of concern', () => {
    expect(extractReport(mail).causesOfConcern).toHaveLength(3);
  });

  it("but 'recommendations ... which are intended to:' lists what they are for, not items", () => {
    const aims = [
      'The inspection has resulted in seventeen recommendations to the police and other bodies which are intended to:',
      '',
      '- improve how the police respond to online child abuse;',
      '- make sure victims are safeguarded quickly.',
    ].join('\n');
    expect(extractReport(aims).recommendations).toEqual([]);
  });
});

describe("a revisit letter's 'Within 28 days' recalled from when the cause of concern was issued", () => {
  const letter = (issued: string) =>
    [
      'Marchshire Fire and Rescue Service: Cause of concern revisit letter',
      '',
      '15 March 2024',
      '',
      'Dear Chief Fire Officer,',
      '',
      issued,
      '',
      'Within 28 days, the service should review its action plan, detailing how it will:',
      '• develop a protection strategy with a resourced risk-based inspection programme; and',
      '• review its programme to identify its highest-risk premises.',
    ].join('\n');

  it.each([
    'On 13 September 2023, we issued the cause of concern and the recommendations below.',
    'The cause of concern and recommendations were issued on 13 September 2023.',
    'On 13 September 2023, we wrote to you to tell you about a cause of concern we had identified.',
  ])('counts the 28 days from 13 September 2023 after %j', (issued) => {
    const dues = extractReport(letter(issued)).recommendations.map((r) => r.due?.date ?? null);
    expect(dues).toEqual(['2023-10-11', '2023-10-11']);
  });

  it('leaves the date open when the letter does not say when', () => {
    const dues = extractReport(letter('We revisited the service in February.')).recommendations.map(
      (r) => r.due?.date ?? null,
    );
    expect(dues).toEqual([null, null]);
  });
});

describe('a revisit letter telling its cause of concern as what the inspection found', () => {
  const letter = [
    'Dear Chief Constable,',
    '',
    'In our 2021 PEEL inspection we identified causes of concern in the following areas:',
    '- strategic planning; and',
    '- crime recording.',
    '',
    'Strategic planning',
    '',
    "In our inspection, we found that the constabulary didn't have adequate financial plans in place.",
    '',
    'We made the following recommendations, stating that the constabulary should:',
    '- make sure it has enough capacity to manage its finances; and',
    '- develop a sustainable medium-term financial plan.',
    '',
    'In April 2023, we found that the constabulary had improved, and we discharged this cause of concern.',
  ].join('\n');

  it("reads the finding above 'We made the following recommendations' as the cause", () => {
    expect(extractReport(letter).causesOfConcern.map((c) => c.text)).toEqual([
      "the constabulary didn't have adequate financial plans in place.",
    ]);
  });

  it('and the bullets below it as its recommendations', () => {
    expect(extractReport(letter).recommendations).toHaveLength(2);
  });
});

describe("'To address this cause of concern, HMICFRS recommended:' set as a heading", () => {
  const bulletin = [
    'What the inspectorate said',
    '',
    'Cause of concern',
    "The quality of West Yorkshire Police's initial enquiries and its general standard of investigation is a cause of concern.",
    '',
    'To address this cause of concern, HMICFRS recommended:',
    '',
    'The force should develop a policy outlining minimum investigative standards.',
    '',
    'The force should ensure that there is regular and active supervision of investigations.',
    '',
    'What this means for you',
  ].join('\n');

  it('reads the paragraphs under it as recommendations, not as more causes of concern', () => {
    const e = extractReport(bulletin);
    expect(e.causesOfConcern).toHaveLength(1);
    expect(e.recommendations).toHaveLength(2);
  });
});

describe("a briefing's 'R1 Within 28 days, the service should ...' under a cause of concern", () => {
  const note = [
    'Learning from other services: Gloucestershire Fire and Rescue Service causes of concern revisit letter',
    '',
    '2.1 On 3 May 2024 HMICFRS issued two causes of concern to the service, each with recommendations.',
    '',
    "Cause of concern 1: The service doesn't have enough trained and experienced protection staff.",
    '',
    'The recommendations for cause of concern 1 are:',
    '',
    'R1 Within 28 days, the service should provide an action plan which shows how it will: provide enough trained staff.',
    '',
    'R2 Within 28 days, the service should provide an action plan which shows how it will: provide fire safety advice 24 hours a day.',
  ].join('\n');

  it('reads R1 and R2 as recommendations, due 28 days after the causes were issued', () => {
    const e = extractReport(note);
    expect(e.causesOfConcern).toHaveLength(1);
    expect(e.recommendations.map((r) => [r.label, r.due?.date])).toEqual([
      ['R1', '2024-05-31'],
      ['R2', '2024-05-31'],
    ]);
  });
});

describe("an e-mail: 'HMICFRS published ... on 11 March 2024 ... The two causes of concern are that:'", () => {
  const mail = [
    'From: Priya Raman',
    'Sent: 18 March 2024 10:12',
    'Subject: Notts causes of concern - read-across',
    '',
    'Hi Mark,',
    '',
    'HMICFRS published PEEL: Nottinghamshire Police causes of concern on 11 March 2024. The two causes of concern are that:',
    '',
    '- the force needs to improve how it carries out effective investigations; and',
    "- the force doesn't have adequate processes to monitor performance effectively.",
    '',
    'Thanks,',
  ].join('\n');

  it('reads the two causes, and the day the report came out rather than the day of the e-mail', () => {
    const e = extractReport(mail);
    expect(e.causesOfConcern).toHaveLength(2);
    expect(e.publishedOn).toBe('2024-03-11');
  });
});

describe('an e-mail copying two causes of concern, then asking for them to go on an agenda', () => {
  const mail = [
    'The two causes of concern from the original inspection are copied below.',
    '',
    'Cause of concern 1',
    'The inspection team identified the lack of clear management and oversight of the home safety visit process.',
    '',
    'Cause of concern 2',
    "The inspection team identified concerns about the service's risk-based inspection programme.",
    '',
    'Can we get this onto the agenda for the improvement board on 3 November? Please check our own figures before then.',
  ].join('\n');

  it("ends the second cause before the forwarder's request", () => {
    expect(extractReport(mail).causesOfConcern.at(-1)?.text).toBe(
      "The inspection team identified concerns about the service's risk-based inspection programme.",
    );
  });
});

describe('an e-mail that runs the causes of concern on in one sentence', () => {
  const mail = [
    'Subject: FW: Marchshire Police: PEEL causes of concern revisit letter',
    '',
    'HMICFRS published the Marchshire Police revisit letter on 14 March 2025.',
    '',
    'During the inspection we identified two causes of concern, which were that the force: was not answering ' +
      'non-emergency calls quickly enough; and did not supervise its investigations well enough.',
    '',
    'The letter says both are now closed. Our training covers three areas: calls; supervision; and records.',
  ].join('\n');

  it('reads each part after the colon, a semicolon apart, as one cause', () => {
    expect(extractReport(mail).causesOfConcern.map((c) => c.text)).toEqual([
      'was not answering non-emergency calls quickly enough',
      'did not supervise its investigations well enough',
    ]);
  });

  it('takes no run-on list whose count disagrees with the parts it names', () => {
    const three = mail.replace('two causes', 'three causes');
    expect(extractReport(three).causesOfConcern).toEqual([]);
  });
});

describe("a paper that tells the causes as what the inspectorate 'found that Marchshire Police:'", () => {
  const failings = [
    'is failing to answer non-emergency calls quickly enough',
    'does not supervise its investigations well enough',
  ];

  it('reads the bullets under the finding, taken for a heading, as the causes', () => {
    const paper = [
      'Title: Marchshire Police: PEEL cause of concern revisit letter',
      '',
      '1. Background',
      '',
      'In its 2023 PEEL inspection HMICFRS found that Marchshire Police:',
      ...failings.map((f) => `- ${f}`),
      '',
      'HMICFRS published the revisit letter on 3 May 2024.',
    ].join('\n');
    expect(extractReport(paper).causesOfConcern.map((c) => c.text)).toEqual(failings);
  });

  it('reads the same finding pasted as one paragraph, the causes a semicolon apart', () => {
    const pasted = `In our PEEL inspection of Marchshire Police we found that the force: ${failings.join('; and ')}.`;
    expect(extractReport(pasted).causesOfConcern.map((c) => c.text)).toEqual(failings);
  });

  it('takes no list for a finding about a place rather than the force', () => {
    const place = ['HMICFRS found that in Marchshire:', ...failings.map((f) => `- ${f}`)].join('\n');
    expect(extractReport(place).causesOfConcern).toEqual([]);
  });
});

describe("a shared draft about another force's revisit letter, its editors' presence caught in the copy", () => {
  const draft = [
    'Read-across: Marchshire revisit letter (working draft)',
    'Jo Marsh is editing',
    '',
    'Background',
    'HMICFRS found serious problems in Marchshire Police in 2024.',
    '',
    'It recommended two things:',
    '1) The force should immediately develop a plan to improve how it answers emergency calls.',
    'Tom Reyes is editing',
    '2) Within three months, the force should review its graded response policy.',
    '',
    'Our read-across',
    'a) Check our own answer times.',
  ].join('\n');

  it("reads the counted list under 'It recommended two things', leaving out who was editing", () => {
    expect(extractReport(draft).recommendations.map((r) => r.text)).toEqual([
      'The force should immediately develop a plan to improve how it answers emergency calls.',
      'Within three months, the force should review its graded response policy.',
    ]);
  });

  it("leaves an earlier report's 'It recommended that' to the paper's own story", () => {
    const told = draft.replace('It recommended two things:', 'In 2019 it recommended that:');
    expect(extractReport(told).recommendations).toEqual([]);
  });
});

describe("a committee paper that names the causes of concern 'quoted below'", () => {
  const causes = [
    'The inspection team identified the lack of clear management and oversight of the home safety visit process.',
    'The inspection team identified concerns about the risk-based inspection programme and its database.',
  ];
  const paper = (stem: string) =>
    [
      '2. Background',
      `2.1 HMICFRS published its revisit letter on 19 October 2022. ${stem}`,
      '',
      ...causes.map((c) => `- ${c}`),
      '',
      '2.2 The service has since been reinspected and neither concern is open.',
    ].join('\n');

  it('reads the bullets as the causes it names', () => {
    const e = extractReport(paper('The letter set out two causes of concern, quoted below:'));
    expect(e.causesOfConcern.map((c) => c.text)).toEqual(causes);
  });

  it('takes none where the line only says a letter follows', () => {
    expect(extractReport(paper('The letter is quoted below:')).causesOfConcern).toEqual([]);
  });
});

describe("a briefing note's numbered title over what a revisit letter repeats", () => {
  const note = [
    'BRIEFING NOTE FOR THE COMMISSIONER',
    '',
    '1. Background',
    '1.1 HMICFRS published the revisit letter on 20 September 2023.',
    '',
    '2. What HMICFRS says the constabulary should do',
    '- make sure it has enough capacity to manage its finances effectively',
    'Marchshire: the finance team has two vacancies.',
    '- develop a sustainable and affordable medium-term financial plan that will enable it to meet future demand',
    '',
    '3. Suggested questions for your meeting with the Chief Constable',
    '3.1 Is the finance restructure still on track for April 2024?',
  ].join('\n');

  it('reads the bullets under "What HMICFRS says the constabulary should do" as the recommendations', () => {
    expect(extractReport(note).recommendations.map((r) => r.text.slice(0, 30))).toEqual([
      'make sure it has enough capaci',
      'develop a sustainable and affo',
    ]);
  });
});

describe('a chat retelling the causes of concern a revisit letter follows up', () => {
  it.each([
    ['We identified causes of concern. We found that the force:'],
    ['The original causes of concern said the force:'],
  ])("reads the findings under '%s' as causes of concern", (stem) => {
    const chat = [
      'Priya Shah  21/12/2022 09:14',
      `Wiltshire Police: PEEL cause of concern revisit letter is out. ${stem}`,
      '  • is failing to understand and promptly identify the vulnerability of victims at first contact;',
      '  • does not protect vulnerable people from harm to an acceptable standard; and',
      '  • does not have adequate strategic plans in place.',
      '',
      'They say all three are still open.',
    ].join('\n');
    expect(extractReport(chat).causesOfConcern.map((c) => c.text.slice(0, 20))).toEqual([
      'is failing to unders',
      'does not protect vul',
      'does not have adequa',
    ]);
  });
});

describe("an urgent chat: 'The letter says that in 2022 they found the force:'", () => {
  const chat = [
    'Kate Morrow  21/05/2024 16:47',
    'The Wiltshire revisit letter is out today. HMICFRS have closed all three causes of concern. Commissioner wants a line. The letter says that in 2022 they found the force:',
    '- was failing to understand and promptly identify the vulnerability of victims at first contact',
    '- did not protect vulnerable people from harm to an acceptable standard',
    'Can one of you draft 3-4 sentences tonight?',
  ].join('\n');

  it('reads what they found the force was failing to do as the causes of concern', () => {
    expect(extractReport(chat).causesOfConcern.map((c) => c.text.slice(0, 20))).toEqual([
      'was failing to under',
      'did not protect vuln',
    ]);
  });
});

describe("a scrutiny paper's numbered paragraph recalling what HMICFRS said another service should do", () => {
  const paper = [
    '2. Background',
    '2.1 The original cause of concern for Avon was about risk information. HMICFRS said that by 19 September 2023 the service should make sure:',
    '- staff are trained in how to carry out a site-specific risk visit',
    '- fire control has access to relevant and up-to-date risk information in high-rise residential buildings',
    '2.2 HMICFRS found that Avon had made enough progress and closed the cause of concern.',
    '',
    '6. Recommendation',
    '6.1 That the Committee notes the report.',
  ].join('\n');

  it('reads the bullets as the recommendations, dated by the stem, on a paper that holds nothing else to track', () => {
    const e = extractReport(paper);
    expect(e.causesOfConcern).toEqual([]);
    expect(e.recommendations.map((r) => r.due.date)).toEqual(['2023-09-19', '2023-09-19']);
  });
});

describe("a chief fire officer's numbered letter quoting a revisit letter's causes of concern, set in", () => {
  it('reads the set-in paragraphs under "2. ... It repeats the two causes of concern from the 2018 inspection:"', () => {
    const e = extractReport(
      [
        'Learning from the revisit',
        '',
        '1. At the meeting you asked me whether the problems could happen here.',
        '',
        '2. HMICFRS published the letter on 19 October 2022. It repeats the two causes of concern from the 2018 inspection:',
        '',
        '    The inspection team identified the lack of clear management and oversight of the home safety visit process.',
        '',
        '    The inspection team identified concerns about the risk-based inspection programme.',
        '',
        '3. Our own position on the same two subjects is:',
        '',
        '    a) Home safety visits: every referral now goes straight into CFRMIS.',
      ].join('\n'),
    );
    expect(e.causesOfConcern.map((c) => c.text)).toEqual([
      'The inspection team identified the lack of clear management and oversight of the home safety visit process.',
      'The inspection team identified concerns about the risk-based inspection programme.',
    ]);
  });
});
