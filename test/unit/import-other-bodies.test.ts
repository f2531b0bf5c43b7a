import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/core/import/extract.ts';
import { planImport } from '../../src/core/import/plan.ts';
import { otherBodiesOnly } from '../../src/core/model/other-bodies.ts';
import { importPreview } from '../../src/core/view/import-preview.ts';
import { visible } from '../support/core-harness.ts';
import { CTX } from '../support/grammar.ts';
import { anExtractedItem } from '../support/import-fixtures.ts';

describe('items addressed only to other bodies', () => {
  it.each([
    [['College of Policing'], 'addressed to the College of Policing, not this force'],
    [['NPCC'], 'addressed to NPCC, not this force'],
    [
      ['Home Office', 'Home Secretary'],
      'addressed to the Home Office and the Home Secretary, not this force',
    ],
    [
      ['Director General of the National Crime Agency'],
      'addressed to the Director General of the National Crime Agency, not this force',
    ],
    [['NCA'], 'addressed to NCA, not this force'],
    [['Department for Education'], 'addressed to the Department for Education, not this force'],
    // The seed's recommendation 15, which the force's own response says is not for it.
    [
      [
        "National Police Chiefs' Council lead for child protection",
        'Chief Officers with responsibilities for regional organised crime units',
        'Director General of the National Crime Agency',
      ],
      "addressed to the National Police Chiefs' Council lead for child protection, Chief Officers with responsibilities for regional organised crime units and the Director General of the National Crime Agency, not this force",
    ],
    // One of ours among them, or nobody named: an ordinary item.
    [['Chief Constables', 'College of Policing'], null],
    [['force'], null],
    [['Oakhurst Police'], null],
    [['police and crime commissioners'], null],
    [[], null],
  ])('%j -> %s', (addressees, expected) => {
    expect(otherBodiesOnly(addressees)).toBe(expected);
  });

  const extraction = {
    title: 'Custody',
    publisher: null,
    publishedOn: '2024-05-14',
    link: null,
    section55: false,
    section55Due: null,
    forceResponseOverall: null,
    pccResponseOverall: null,
    recommendations: [
      anExtractedItem({ number: 1, addressees: ['force'] }),
      anExtractedItem({ number: 2, addressees: ['College of Policing'], uncertain: ['two addressees?'] }),
    ],
    areasForImprovement: [],
    causesOfConcern: [],
    warnings: [],
  };
  const preview = (ours: string[]) =>
    visible(
      importPreview({
        extraction,
        plan: planImport(extraction, CTX, ours),
        sourceName: 'x.txt',
        key: 'CUST24',
        keyChosen: false,
        duplicate: undefined,
        canSave: true,
      }),
    );

  it('flags them in the preview, with the doubt marker only where there are doubts', () => {
    const shown = preview([]);
    expect(shown).toMatch(/^1 {4}no deadline found · The force should act\.$/m);
    expect(shown).toMatch(
      /^2 {4}no deadline found · The force should act\. ⚠\n {5}↳ not for us: addressed to the College of Policing, not this force$/m,
    );
    expect(shown).toContain('⚠ 2: two addressees?');
    expect(shown).toContain('To keep one as an ordinary item: import ours 2');
    expect(shown).toMatch(/Fix before saving: .*import ours 2 \| import drop 2 \|/);
  });

  it('does not flag one the user keeps as ours', () => {
    expect(preview(['2'])).not.toContain('not for us');
    expect(planImport(extraction, CTX, ['2']).map((p) => p.notForUs)).toEqual([null, null]);
  });
});

describe("a Government reply copied without the committee's heading", () => {
  it('reads the numbered paragraphs in which the committee recommends, each answered by the text after its reference', () => {
    const e = extractReport(
      [
        'The Government Reply to the Third Report from the Home Affairs Committee Session 2004-05',
        'Cm 6592',
        '',
        '[Copied for the review. Conclusions 1 and 2 come earlier in the paper.]',
        '',
        '3. In addition, we recommend that key performance indicators are routinely published so that Parliament can form a view. (Paragraph 38)',
        'We already publish a range of information on KPIs every year.',
        '4. We recommend that when the Home Office next reviews its targets, more of them should contain quantitative elements. (Paragraph 52)',
        'We consider that there can be merit in both quantitative and directional targets.',
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => [r.label, r.forceResponse])).toEqual([
      ['3', 'We already publish a range of information on KPIs every year.'],
      ['4', 'We consider that there can be merit in both quantitative and directional targets.'],
    ]);
  });
});

describe("a newsletter quoting an audit office's lettered recommendations", () => {
  it("reads 'A.  The Department should ...' entries under the line introducing them, each keeping its letter", () => {
    const e = extractReport(
      [
        'Policing Alert - 27 March 2013',
        '',
        "The report's recommendations to the Home Office include the following:",
        '',
        'A.  The Department should review and map out the current governance',
        '    structure for all police expenditure, including procurement.',
        '',
        'B.  The Department should make a clear statement to forces about what',
        '    mandation of the national procurement hub will mean.',
        '',
        'Read the full report online.',
        '',
        'Signed, A. Smith, Editor',
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => [r.label, r.text])).toEqual([
      [
        'A',
        'The Department should review and map out the current governance structure for all police expenditure, including procurement.',
      ],
      [
        'B',
        'The Department should make a clear statement to forces about what mandation of the national procurement hub will mean.',
      ],
    ]);
  });
});

describe('an audit brief that reproduces the recommendations it tests against', () => {
  it("reads the lettered entries under '1.3 ... Recommendations c) to f) ... are reproduced below.'", () => {
    const e = extractReport(
      [
        'AUDIT ASSIGNMENT BRIEF',
        '',
        '1.3  The NAO made recommendations for the Home Office. Recommendations c) and d), which bear on',
        '     the savings that police forces report, are reproduced below.',
        '',
        'c)  Reported savings should clearly distinguish between savings meeting the Treasury criteria and',
        '    other improvements in value for money.',
        '',
        'd)  Issue further guidance for police forces on the difference between cash releasing savings and',
        '    service improvements; forces should be specific in how savings are reinvested.',
        '',
        '2. OBJECTIVES',
        '',
        '2.1  To give the Director of Finance assurance that savings are classified correctly.',
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => r.label)).toEqual(['c)', 'd)']);
  });
});

describe("a parliamentary committee's conclusions copied into a members' pack", () => {
  it('reads the numbered conclusions whose later sentences direct someone, and "(a) That the Government ..."', () => {
    const pac = extractReport(
      [
        'Committee of Public Accounts: "Mobile Technology in Policing"',
        '',
        '1.\tSo far, the Home Office has not developed a clear framework to assess value for money. The Department should set out clearly the information that forces will provide.',
        '',
        '2.\tThe lack of information hinders effective scrutiny. The Department must also ensure that the C&AG has rights of access to police expenditure.',
        '',
        'Points members may wish to consider',
        '-\tHow the force shows value for money from its own devices.',
      ].join('\n'),
    );
    expect(pac.recommendations.map((r) => r.label)).toEqual(['1', '2']);
    const hac = extractReport(
      [
        'Board update',
        '',
        "The Committee's recommendations",
        '',
        '(a) That the Government review how learning recommendations to police forces are reported to the public.',
        '',
        '(b) That the Government review bi-annually how well PCCs are holding their forces to account.',
      ].join('\n'),
    );
    expect(hac.recommendations.map((r) => r.label)).toEqual(['(a)', '(b)']);
  });
});

describe("a panel's written answer quoting IOPC recommendations to other forces", () => {
  const answer = [
    'Answer from the Police and Crime Commissioner',
    'Yes. My office keeps a log of IOPC learning recommendations made to other forces. Two examples follow.',
    '',
    'IOPC recommendation to West Yorkshire Police (December 2022)',
    '"The IOPC recommends that West Yorkshire Police take steps to ensure that staff in its Contact Management Centre understand who updates callers."',
    'Thamesmere Police position: the dispatcher who changes a grading now updates the caller; this is checked monthly.',
    '',
    'IOPC recommendation to Kent Police (March 2023)',
    '"The IOPC recommends that Kent Police reminds its officers to record the reason for every stop and search they carry out."',
    'Thamesmere Police position: already in place.',
  ].join('\n');

  it('reads each quotation under its title line as the recommendation, without its quotation marks', () => {
    expect(extractReport(answer).recommendations.map((r) => r.text)).toEqual([
      'The IOPC recommends that West Yorkshire Police take steps to ensure that staff in its Contact Management Centre understand who updates callers.',
      'The IOPC recommends that Kent Police reminds its officers to record the reason for every stop and search they carry out.',
    ]);
  });
});

describe("an Ombudsman's decision quoted in a committee report without quotation marks", () => {
  const report = [
    '4. The decisions',
    '',
    '4.1 South Holland District Council (20 006 486), decided 15 July 2021. The Ombudsman found fault. The final decision said:',
    '',
    "We recommend the Council provide an apology, explanation, payment and review its decision on Mrs X's grant.",
    '',
    'We also recommend the Council revisit its decision making on stalls.',
    '',
    '4.2 Checks made in Marchshire',
    '',
    'We recommend Members note the checks below.',
  ].join('\n');

  it("reads 'We recommend the Council ...' after 'said:', and 'We also recommend ...' after it, for the Council", () => {
    expect(extractReport(report).recommendations.map((r) => [r.text.slice(0, 30), r.addressees])).toEqual([
      ['We recommend the Council provi', ['Council']],
      ['We also recommend the Council ', ['Council']],
    ]);
  });
});

describe("a scrutiny report listing Ombudsman remedies under 'What the council agreed:'", () => {
  const report = [
    '4.\tTHE DECISIONS',
    '',
    '4.1\tCase 1: Liverpool City Council (Ombudsman reference 22 000 114)',
    '',
    "What the council agreed: The Council agreed to apologise and offer Mrs X a parent carer's assessment.",
    '',
    'Thamesmere position: Partly relevant. We will sample 30 cases.',
    '',
    '4.3\tCase 3: London Borough of Harrow (Ombudsman reference 24 013 880)',
    '',
    'What the council agreed: The Council has agreed to remedy this injustice by: apologising to Miss Y; and making a payment.',
    '',
    'Thamesmere position: Relevant.',
  ].join('\n');

  it('reads each remedy as an unnumbered item for the council that agreed it, answered by the position under it', () => {
    const e = extractReport(report);
    expect(e.recommendations.map((r) => [r.label, r.addressees, r.forceResponse])).toEqual([
      [null, ['Council'], 'Partly relevant. We will sample 30 cases.'],
      [null, ['Council'], 'Relevant.'],
    ]);
  });
});

describe('NAO recommendations quoted with the bare letter the NAO prints in its margin', () => {
  const minutes = [
    '34/13  NATIONAL AUDIT OFFICE: POLICE PROCUREMENT',
    '',
    "The NAO's recommendations were made to the Home Office. The paper drew members' attention to two of them:",
    '',
    'a  The Department should review and map out the current governance structure for all police',
    '   expenditure, including procurement.',
    '',
    'b  The Department should make a clear statement to forces about the national procurement hub.',
    '',
    'a good discussion followed about the hub.',
  ].join('\n');

  it("reads 'a  The Department should' and 'b  ...' as items a and b", () => {
    expect(extractReport(minutes).recommendations.map((r) => [r.label, r.addressees])).toEqual([
      ['a', ['Department']],
      ['b', ['Department']],
    ]);
  });
});

describe('NAO recommendations grouped under a line naming who acts', () => {
  const paper = [
    '2. The NAO recommendations',
    '',
    'Permanent secretaries and departmental senior leaders should:',
    'b) create incentives for those involved in service delivery to ensure compliance with the new guidance.',
    'Departments should:',
    'c) define the scope and boundaries for all major services and designate a senior responsible owner.',
    '',
    'By 30 September 2021, the service should:',
    'd) produce a clear plan for its protection function.',
  ].join('\n');

  it('reads each lettered entry alone as the item, for whom the line above names', () => {
    const e = extractReport(paper);
    expect(e.recommendations.map((r) => [r.label, r.text.slice(0, 17), r.addressees])).toEqual([
      ['b)', 'create incentives', ['Permanent secretaries', 'departmental senior leaders']],
      ['c)', 'define the scope ', ['Departments']],
      ['d)', 'By 30 September 2', ['service']],
    ]);
  });
});

describe("a scrutiny report giving each council's agreed remedies under its Ombudsman case line", () => {
  const report = [
    '4. The decisions',
    '',
    '4.1\tLondon Borough of Enfield (18 010 988) - disabled facilities grants',
    '',
    'The Council has agreed to apologise to Mr X and take action to address the faults with its service.',
    '',
    'The Council has also agreed to inform all tenants waiting for adaptations of their right to apply for funding.',
    '',
    '5. Position in Marchshire Vale',
    '',
    'The Council has agreed to review its own letters.',
  ].join('\n');

  it("reads both remedies under the case line as items, and none of the paper's own", () => {
    expect(extractReport(report).recommendations.map((r) => r.text.slice(0, 28))).toEqual([
      'The Council has agreed to ap',
      'The Council has also agreed ',
    ]);
  });
});

describe("an internal audit's action plan, each action's number alone on its line with its priority beside it", () => {
  const plan = [
    'Internal Audit Report TIA 26/27-02: Crime Data Integrity',
    'Final report issued: 12 May 2026',
    '',
    'MANAGEMENT ACTION PLAN',
    '',
    'Action 1    Priority: High',
    'The force should review how call handlers record the initial account of victims.',
    'Management response: Agreed.',
    'Owner: Head of Crime Recording    Target date: 30/11/2026',
    '',
    'Action 2    Priority: Medium',
    'The force should consult the youth offending team before agreeing community resolutions.',
    'Management response: Agreed.',
    'Owner: Head of Neighbourhood Policing    Target date: 30/09/2026',
  ].join('\n');

  it('reads each action under its number', () => {
    const e = extractReport(plan);
    expect(e.recommendations.map((r) => [r.label, r.number, r.text])).toEqual([
      ['Action 1', 1, 'The force should review how call handlers record the initial account of victims.'],
      [
        'Action 2',
        2,
        'The force should consult the youth offending team before agreeing community resolutions.',
      ],
    ]);
  });

  it('still reads an action log\'s "Action 41 (terms of reference) - complete." as no item', () => {
    const log = ['Action log', '', 'Action 41 (stop and search panel terms of reference) - complete.'].join(
      '\n',
    );
    expect(extractReport(log).recommendations).toEqual([]);
  });
});

describe("a briefing note naming each action's body in brackets, the action's verb right after the colon", () => {
  const note = [
    '3. The actions relevant to Wessex',
    'Action 1 (College of Policing): review and update its guidance on modern slavery as soon as possible',
    'Wessex Police position: The force will adopt the revised guidance when published.',
    '',
    'Action 2 (HMICFRS): consider how inspection activity can be used to further promote improvements',
    'Wessex Police position: No action for Wessex Police.',
  ].join('\n');

  it('reads each action, numbered, with the position under it as the answer', () => {
    const e = extractReport(note);
    expect(
      e.recommendations.map((r) => [r.number, r.text.slice(0, 20), r.forceResponse?.slice(0, 16)]),
    ).toEqual([
      [1, 'review and update it', 'The force will a'],
      [2, 'consider how inspect', 'No action for We'],
    ]);
  });
});

describe("an internal audit's action plan, each action under its own code", () => {
  const plan = [
    '2. Action plan',
    '',
    'Action IA-01',
    'Agreed action: The force should improve the scrutiny of outstanding suspects.',
    'Priority: High',
    'Management response: Agreed. Weekly reviews will be chaired by the Detective Superintendent.',
    '',
    'Action IA-02',
    'Agreed action: The force should ensure that it puts in place regular supervision of investigations.',
    'Management response: Agreed.',
  ].join('\n');

  it('labels each action by its code, with the agreed action as its words', () => {
    const e = extractReport(plan);
    expect(e.recommendations.map((r) => [r.label, r.text.slice(0, 30)])).toEqual([
      ['IA-01', 'The force should improve the s'],
      ['IA-02', 'The force should ensure that i'],
    ]);
  });
});

describe("a monitoring officer's letter giving each Ombudsman case by its reference, its remedy below", () => {
  it('reads the remedy under "Liverpool City Council - Ombudsman reference 22 000 114" as an item', () => {
    const e = extractReport(
      [
        'Dear Councillor Okafor',
        '',
        "I set the remedies out below in the Ombudsman's words, each followed by our position.",
        '',
        'Liverpool City Council - Ombudsman reference 22 000 114 (disabled children)',
        '',
        "\tThe Council agreed to apologise, pay a financial remedy, offer Mrs X a parent carer's assessment and improve its practice.",
        '',
        '\tOur position: Relevant. Our short breaks team offers an assessment at every annual review.',
        '',
        'Yours sincerely',
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => r.text.slice(0, 30))).toEqual(['The Council agreed to apologis']);
  });
});
