import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/core/import/extract.ts';
import { splitRaw } from '../../src/core/import/raw-lines.ts';

/*
 * A committee's conclusions copied from its HTML page: each paragraph's margin number pastes as a line of its
 * own above the paragraph, and the page's foot says when it was prepared.
 */

const page = [
  'Policing the roads - Transport Committee',
  '',
  'Contents | Previous | Next',
  '',
  'Conclusions and recommendations',
  '',
  '1.',
  'Roads policing has fallen by a third in ten years and the Government should say how it will reverse this.',
  '',
  '2.',
  'We recommend that the Home Office publish a roads policing strategy within six months.',
  '',
  'Contents | Previous | Next',
  '',
  'Prepared 14 March 2024',
].join('\n');

describe('a committee page whose margin numbers paste on their own lines', () => {
  const e = extractReport(page);

  it('numbers each paragraph by the line above it', () => {
    expect(e.recommendations.map((r) => [r.label, r.text.slice(0, 20)])).toEqual([
      ['1', 'Roads policing has f'],
      ['2', 'We recommend that th'],
    ]);
  });

  it("dates the report by the page's 'Prepared' line", () => {
    expect(e.publishedOn).toBe('2024-03-14');
  });

  it('leaves a number that ends a wrapped sentence where it was', () => {
    const wrapped = extractReport(
      [
        'Conclusions and recommendations',
        '',
        '1. We recommend that the Department publish its plan for funding new burdens. (Paragraph',
        '15)',
        'Position: funding remains the main risk.',
      ].join('\n'),
    );
    expect(wrapped.recommendations.map((r) => r.text)).toEqual([
      'We recommend that the Department publish its plan for funding new burdens. (Paragraph 15)',
    ]);
  });
});

describe("a committee report's conclusions through pdftotext, its small capitals split", () => {
  const pdf = [
    'H OUSE OF C OMMONS',
    'Transport Committee',
    'Published on 14 March 2024',
    'by authority of the House of Commons',
    'C ONCLUSIONS AND RECOMMENDATIONS',
    "T HE G OVERNMENT' S ROLE",
    '1.\tRoads policing has fallen by a third in ten years and the Government',
    '\tshould say how it will reverse this.',
    'L OCAL FORCES',
    '2.\tWe recommend that the Home Office publish a roads policing strategy',
    '\twithin six months.',
  ].join('\n');

  it('mends the headings and reads the numbered paragraphs under them as the recommendations', () => {
    const e = extractReport(pdf);
    expect(e.recommendations.map((r) => [r.label, r.text])).toEqual([
      [
        '1',
        'Roads policing has fallen by a third in ten years and the Government should say how it will reverse this.',
      ],
      ['2', 'We recommend that the Home Office publish a roads policing strategy within six months.'],
    ]);
  });

  it('keeps a capital that is a word of its own', () => {
    expect(splitRaw('A NEW APPROACH TO I T').map((r) => r.text)).toEqual(['A NEW APPROACH TO I T']);
    expect(splitRaw('C ONCLUSIONS').map((r) => r.text)).toEqual(['CONCLUSIONS']);
  });
});

describe('a committee page saved through the wrong encoding, its paragraphs in the committee\u2019s voice', () => {
  const page = [
    'Justice Committee\u00e2\u20ac\u2122s Second Report, HC\u00c2\u00a097-I, published on 18 August 2012',
    '',
    'Conclusions and recommendations',
    '',
    '1. We agree with the objectives set out at the formation of the Ministry.',
    '',
    '2. We note the concerns of the Chief Inspectors. We call on ministers to discuss these concerns with them.',
    '',
    '3. We recommend that the Ministry of Justice revise its Framework documents for each Arm\u00e2\u20ac\u2122s Length Body.',
  ].join('\n');

  it('mends the characters and lists each numbered conclusion', () => {
    const e = extractReport(page);
    expect(e.recommendations.map((r) => [r.label, r.text.slice(-40)])).toEqual([
      ['1', 'the objectives set out at the formation of the Ministry.'.slice(-40)],
      ['2', 'l on ministers to discuss these concerns with them.'.slice(-40)],
      ['3', 'ork documents for each Arm\u2019s Length Body.'.slice(-40)],
    ]);
    expect(e.publishedOn).toBe('2012-08-18');
  });
});

describe("a committee's conclusions that direct no one", () => {
  const page = [
    'Conclusions and recommendations',
    '',
    '1.  Statistical data about knife crime are contained in the Homicide Index and police recorded crime.',
    '',
    '2.  Between 1996 and 2005 fatal stabbings mirrored overall homicide rates.',
    '',
    '1.  The Committee visited two forces in March 2009.',
  ].join('\n');

  it('lists every numbered conclusion, and no paragraph of a list counted again from 1', () => {
    expect(extractReport(page).recommendations.map((r) => r.label)).toEqual(['1', '2']);
  });
});

describe("a committee's recommendations in the subjunctive, passed on in a chat", () => {
  const chat = [
    'Tomasz Brennan  10:14',
    'Anyone seen the HAC report? The government response summarises the recs that matter most for us:',
    '• That the Government review bi-annually how well PCCs are holding their forces to account.',
    '• That the Government appoint an independent chair alongside the director general of the IOPC.',
  ].join('\n');

  it('reads "That the Government review ..." as a recommendation to the Government', () => {
    const recs = extractReport(chat).recommendations;
    expect(recs.map((r) => r.text.slice(0, 30))).toEqual([
      'That the Government review bi-',
      'That the Government appoint an',
    ]);
    expect(recs[0]?.addressees).toEqual(['Government']);
  });
});

describe("a monitoring note that lists a committee's conclusions under 'The two conclusions ... are:'", () => {
  const note = [
    'Office of the Police and Crime Commissioner for Wessex',
    'Parliamentary monitoring note - week ending 24 April 2020',
    '',
    'Home Affairs Committee report',
    'Title: Home Office preparedness for COVID-19 (Coronavirus): Policing',
    '',
    "The Committee's report welcomes the police approach. The two conclusions most relevant to the Commissioner are:",
    '',
    '2. We welcome the strategy to engage, explain and encourage before considering enforcement. (Paragraph 19)',
    '',
    '3. We welcome the additional guidance that the police have published on the new regulations. (Paragraph 20)',
    '',
    'The Commissioner may wish to ask the Chief Constable how many fixed penalty notices have been rescinded.',
  ].join('\n');

  it('reads each numbered conclusion as an item, whether or not it directs anyone, and not the note', () => {
    expect(extractReport(note).recommendations.map((r) => r.number)).toEqual([2, 3]);
  });
});

describe("panel minutes whose numbered paragraph quotes a committee's numbered conclusions", () => {
  const minutes = [
    '23. HOME AFFAIRS COMMITTEE - REFORM OF THE POLICE FEDERATION',
    "23.1 The Chief Executive introduced the report on the Committee's report. It quotes these conclusions:",
    '',
    '1. We welcome the Independent Review of the Police Federation and commend the outgoing Chair for it. (Paragraph 6)',
    '',
    '2. Reports of systematic bullying within the senior echelons of the Police Federation are shocking. (Paragraph 15)',
    '',
    '23.2 Members asked whether the local Federation branch had been consulted.',
  ].join('\n');

  it("reads the quoted count under the minutes' own '23.1', and not the minutes' next paragraph", () => {
    expect(extractReport(minutes).recommendations.map((r) => r.number)).toEqual([1, 2]);
  });
});

describe("a tracker ticket's description quoting a committee's recommendations as bullets", () => {
  it('reads each bullet in which the committee recommends as an item, and the comments as none', () => {
    const recommends = [
      '- Given recent national events, the terrorism risk is unlikely to decrease. Therefore, we recommend that the review take place early in the next Parliament.',
      '- We believe that savings from collaboration have not yet been fully realised. We recommend that where alliances have proved successful, police forces should be allowed to merge.',
    ];
    const e = extractReport(
      [
        'Description',
        "Two of the Committee's conclusions and recommendations still need action by Government, so they stay on our register.",
        '',
        ...recommends.flatMap((r) => [r, '']),
        'Activity',
        '- We should close the second one once the Government position is known.',
        '- Raised both at the policy network on 20 January.',
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => r.text)).toEqual(recommends.map((r) => r.slice(2)));
  });
});

describe("a chat message pasting a committee's recommendations under the writer's own view of them", () => {
  it('reads a list whose every entry opens "We recommend" as the items, and the writer\'s to-do list as none', () => {
    const recommends = [
      'We recommend that Commissioners take the workload of the community they represent into account.',
      'We recommend that consideration be given to retaining experienced staff after an election.',
    ];
    const e = extractReport(
      [
        'Dan W  9:14 AM',
        'Pasting the two recs I think still matter for the office - numbering as in the report:',
        `1. ${recommends[0]}`,
        `4. ${recommends[1]}`,
        '',
        'Dan W  10:05 AM',
        'My own to-do list for the pack:',
        '1. chase HR for the staffing chart',
        '2. book the Board Room for the induction day',
      ].join('\n'),
    );
    expect(e.recommendations.map((r) => r.text)).toEqual(recommends);
  });
});
