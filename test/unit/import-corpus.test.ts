import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/core/import/extract.ts';
import type { ExtractedItem, Extraction } from '../../src/core/import/extraction.ts';
import { CORPUS_DIR, readCorpus, scoreCorpus, totals } from '../support/corpus.ts';
import { needsShared, SHARED_FIXTURES } from '../support/shared-fixtures.ts';

/*
 * The development split of the real-world corpus (test/fixtures/import-corpus/dev), scored with the outside
 * checks' rules, and one test for each kind of failure seen on documents the importer had never met. The
 * held-out split is deliberately not asserted here: it is scored by bench/import-corpus.ts only, so nobody
 * tunes the extractor until a test on it passes.
 */

const dev = readCorpus(join(CORPUS_DIR, 'dev'));

function extract(name: string): Extraction {
  const doc = dev.find((d) => d.name === name);
  if (!doc) throw new Error(`no development document ${name}`);
  return extractReport(doc.text);
}

function all(e: Extraction): ExtractedItem[] {
  return [...e.recommendations, ...e.areasForImprovement, ...e.causesOfConcern];
}

describe('import corpus: development split', () => {
  it('has documents of many kinds', () => {
    expect(dev.length).toBeGreaterThanOrEqual(15);
  });

  // Three readings of nearly a thousand documents: more than the default allows on a busy shared machine.
  const THREE_READINGS_MS = 120_000;
  it(
    'reads each document the same with Windows line ends and typographic quotes and dashes',
    () => {
      const passed = (docs: typeof dev) => totals(scoreCorpus(docs)).passed;
      const variant = (f: (text: string) => string) => dev.map((d) => ({ ...d, text: f(d.text) }));
      const original = passed(dev);
      expect(passed(variant((t) => t.replace(/\r\n/g, '\n').replace(/\n/g, '\r\n')))).toBe(original);
      expect(passed(variant((t) => t.replace(/'/g, '’').replace(/ - /g, ' – ')))).toBe(original);
    },
    THREE_READINGS_MS,
  );

  // A floor against regressions, set just under today's figure. The first held-out split joined the
  // development split once its figure was reported, and its documents are not all read yet
  // (docs/import-accuracy.md). Raise the floor as they are.
  const FLOOR = { share: 0.839, falseItems: 640 };
  it(`reads at least ${FLOOR.share * 100}% of item checks right, with at most ${FLOOR.falseItems} false items`, () => {
    const t = totals(scoreCorpus(dev));
    expect(t.falsePositives).toBeLessThanOrEqual(FLOOR.falseItems);
    expect(t.passed / t.checks).toBeGreaterThanOrEqual(FLOOR.share);
  });
});

describe('import: the failures seen on unseen documents, each on a document of our own', () => {
  it('re-joins table cells wrapped over lines and pages, responses included (pipe table)', () => {
    const e = extract('c01_pcc_table_disproportionality');
    expect(e.recommendations.map((r) => r.label)).toEqual(['R1', 'R2', 'R3', 'R4', 'R5']);
    const r3 = e.recommendations[2];
    expect(r3?.text).toContain(
      'provide external scrutiny panel members with access to samples of body-worn video',
    );
    expect(r3?.forceResponse).toMatch(/^Accepted\. Force policy already requires activation/);
    expect(r3?.pccResponse).toMatch(
      /have asked its chair to tell me if access to footage is ever refused\.$/,
    );
  });

  it('reads grid tables and tab- or comma-separated exports with quoted multi-line cells', () => {
    const grid = extract('a04_pfd_pryde_faulkner_pipe_tracker');
    expect(grid.recommendations.map((r) => r.number)).toEqual([1, 2, 3, 4]);
    const tsv = extract('c05_tracker_national_recs');
    expect(tsv.recommendations[0]?.text).toBe(
      'Within six months, all forces not already complying with current national vetting policy should have started to implement a sufficient plan to do so.',
    );
    expect(tsv.areasForImprovement.map((a) => a.number)).toEqual([1051, 1052]);
  });

  it("keeps a coroner's lettered sub-points and the paragraphs after them in one concern", () => {
    const e = extract('a01_pfd_kitson_pdftotext');
    expect(e.recommendations).toHaveLength(2);
    expect(e.recommendations[0]?.text).toContain('(c) result in personal injury to other road users');
    expect(e.recommendations[0]?.text).toMatch(/cannot adequately be reviewed\.$/);
    // Concern (2) runs over a page footer and a running header, then a second paragraph.
    expect(e.recommendations[1]?.text).toContain('dependent upon fragments of verbal messages');
    expect(e.recommendations[1]?.text).toContain(
      'refinement of the parameters in which pursuits in residential',
    );
  });

  it("reads the report's own date from a numbered template section for the 56-day reply", () => {
    const e = extract('a01_pfd_kitson_pdftotext');
    expect(e.publishedOn).toBe('2022-03-03');
    expect(e.recommendations[0]?.due).toMatchObject({ kind: 'relative', date: '2022-04-28' });
  });

  it('keeps a list item that starts right after a page header', () => {
    const e = extract('b03_west_mercia_revisit_letter_print');
    expect(e.recommendations[1]?.text).toMatch(
      /^West Mercia Police should, within three months: make sure victims/,
    );
    expect(all(e).some((i) => /hmicfrs\.justiceinspectorates/.test(i.text))).toBe(false);
  });

  it('spreads a stem\'s deadline over its bullets, also across a page break, but keeps "ensure that:" conditions as one item', () => {
    const stems = extract('b01_lincolnshire_cdi_learning_paper');
    expect(stems.recommendations.map((r) => r.due.kind)).toEqual([
      'immediate',
      'immediate',
      'immediate',
      'relative',
      'relative',
      'relative',
    ]);
    const conditions = extract('b05_devon_cornwall_cdi_register_page');
    expect(conditions.recommendations).toHaveLength(1);
    expect(conditions.recommendations[0]?.text).toContain('• online reports of crime are triaged');
  });

  it("reads a quoted 'We recommend, that ...' after 'HMICFRS text:', answered under 'Current position (Wessex Police)' and 'Commissioner's view'", () => {
    const r = extract('bj04_wessex_pcp_report_hmicfrs_national_recs_progress').recommendations;
    expect(r.map((i) => i.text.slice(0, 14))).toEqual(['By January 201', 'We recommend, ', 'By 30 Septembe']);
    expect(r[1]?.forceResponse).toMatch(
      /^The Online Child Abuse Investigation Team now uses a case allocation matrix/,
    );
    expect(r[2]?.pccResponse).toMatch(/^The Commissioner is satisfied that the policy was published on time/);
  });

  it('finds the actor: a deadline phrase is not glued on, acronyms stay, "that the service should"', () => {
    expect(extract('b03_west_mercia_revisit_letter_print').recommendations[0]?.addressees).toEqual([
      'West Mercia Police',
    ]);
    // "The service" in a report about Norfolk Fire and Rescue Service is that service.
    expect(extract('b04_norfolk_frs_revisit_letter_web').recommendations[0]?.addressees[0]).toBe(
      'Norfolk Fire and Rescue Service (the service)',
    );
    // A Wessex paper quoting Lincolnshire's inspection: "the force" is Lincolnshire Police, not Wessex.
    expect(extract('b01_lincolnshire_cdi_learning_paper').recommendations[0]?.addressees).toEqual([
      'Lincolnshire Police (the force)',
    ]);
    const r4 = extract('c01_pcc_table_disproportionality').recommendations[3];
    expect(r4?.addressees).toEqual(['Home Office', 'NPCC']);
  });

  it('leaves a month-only publication date unknown, and everything computed from it', () => {
    const e = extract('b01_lincolnshire_cdi_learning_paper');
    expect(e.publishedOn).toBeNull();
    expect(e.section55Due).toBeNull();
    expect(e.recommendations[0]?.due.date).toBeNull();
    expect(e.warnings.join(' ')).toMatch(/month only \(July 2018\)/);
  });

  it("takes the report's publication date over a web page's or a letter's own date", () => {
    expect(extract('b02_disproportionate_powers_pcc_response').publishedOn).toBe('2021-02-26');
    expect(extract('c02_pcc_letter_fraud_review').publishedOn).toBe('2021-08-05');
  });

  it('counts a revisit letter\'s "within three months" from the original report, which it does not give', () => {
    const e = extract('b03_west_mercia_revisit_letter_print');
    expect(e.recommendations[0]?.due).toMatchObject({ kind: 'relative', date: null });
    expect(e.recommendations[0]?.uncertain.join(' ')).toMatch(/publication date/);
  });

  it('reads "R1", "Rec 1" and four-digit labels, and an unnumbered cause of concern', () => {
    expect(extract('c01_pcc_table_disproportionality').recommendations[0]).toMatchObject({
      label: 'R1',
      number: 1,
    });
    expect(extract('c03_pcc_my_comments_living_in_fear').recommendations[0]).toMatchObject({
      label: 'Rec 1',
      number: 1,
    });
    expect(extract('c05_tracker_national_recs').recommendations[0]).toMatchObject({
      label: 'Recommendation 1010',
      number: 1010,
    });
    expect(extract('b01_lincolnshire_cdi_learning_paper').causesOfConcern[0]).toMatchObject({
      label: 'Cause of concern',
      number: null,
    });
  });

  it('finds an inline "Recommendation:" in a letter, and only the recommendation among numbered conclusions', () => {
    const letter = extract('c02_pcc_letter_fraud_review');
    expect(letter.recommendations).toHaveLength(1);
    expect(letter.recommendations[0]?.text).toMatch(/^By 30 September 2021, Chief Constables should/);
    const committee = extract('c04_pac_police_finance_extract');
    expect(committee.recommendations.map((r) => r.label)).toEqual(['1']);
  });

  it('reads "as soon as possible" and "as quickly as possible" as immediate', () => {
    expect(extract('c01_pcc_table_disproportionality').recommendations[3]?.due.kind).toBe('immediate');
    expect(extract('c05_tracker_national_recs').recommendations[2]?.due).toMatchObject({
      kind: 'immediate',
      date: '2019-05-02',
    });
  });

  it('titles a document by its report, not a letterhead, a breadcrumb or a "Published on" line', () => {
    expect(extract('c02_pcc_letter_fraud_review').title).toBe("A review of 'Fraud: Time to choose'");
    expect(extract('a01_pfd_kitson_pdftotext').title).toBe(
      'Andrew Kitson: Prevention of future deaths report',
    );
  });

  it('gives no section 55 date to a fire inspection or a parliamentary committee', () => {
    expect(extract('b04_norfolk_frs_revisit_letter_web').section55Due).toBeNull();
    expect(extract('c04_pac_police_finance_extract').section55Due).toBeNull();
  });

  it('reads a response under a "Response" heading, a tracker\'s update column, and "My comments:"', () => {
    expect(extract('c02_pcc_letter_fraud_review').recommendations[0]?.forceResponse).toMatch(
      /^Wessex Police accepts this recommendation\./,
    );
    expect(extract('c05_tracker_national_recs').recommendations[0]?.forceResponse).toMatch(
      /vetting plan was approved/,
    );
    const comments = extract('c03_pcc_my_comments_living_in_fear').recommendations[0];
    expect(comments?.forceResponse).toMatch(/Wessex Police and the CPS Wessex Area already meet/);
    expect(comments?.pccResponse).toMatch(/^I welcome the quarterly compliance check\./);
  });

  it('keeps the lines each item was read from', () => {
    const e = extract('c03_pcc_my_comments_living_in_fear');
    expect(e.recommendations[0]?.source[0]).toBe('Rec 1');
    expect(e.recommendations[0]?.source.join(' ')).toContain('monitor and ensure compliance');
  });
});

describe('import: shapes written here to pin a rule', () => {
  it("keeps a coroner's concerns going under group titles, a concern starting after a page header", () => {
    const text = [
      'REGULATION 28 REPORT TO PREVENT FUTURE DEATHS',
      '',
      'THIS REPORT IS BEING SENT TO:',
      '1. Chief Constable of Northvale Police',
      '',
      "5   CORONER'S CONCERNS",
      '',
      'The MATTERS OF CONCERN are as follows:',
      '',
      'Call handling',
      '',
      '1) Call handlers were not trained to recognise a welfare call that described a risk to life.',
      '',
      '2) The control room had no supervisor on duty between 02:00 and 06:00.',
      '',
      'Local knowledge',
      '',
      '3) Officers attending did not know the layout of the estate and lost time finding the flat.',
      '\fRegulation 28 Report - Jane Example                           Page 2 of 3',
      '4) No map of the estate was held in the control room.',
      '',
      '6   ACTION SHOULD BE TAKEN',
      '',
      'In my opinion action should be taken to prevent future deaths.',
      '',
      '9   Dated 3 March 2022',
    ].join('\n');
    const e = extractReport(text);
    expect(e.recommendations.map((r) => r.label)).toEqual(['1)', '2)', '3)', '4)']);
    expect(e.recommendations[3]?.text).toBe('No map of the estate was held in the control room.');
    expect(e.recommendations[0]?.due).toMatchObject({ kind: 'relative', date: '2022-04-28' });
  });
});

// The public corpus beside the repository is read perfectly and must stay so: a rule that loses one of its
// items is a regression, whatever it gains elsewhere.
describe('import corpus: the shared corpus', needsShared, () => {
  it('reads every item check right, with no false items', () => {
    const t = totals(scoreCorpus(readCorpus(join(SHARED_FIXTURES, 'import-corpus'))));
    expect(t.checks).toBeGreaterThan(0);
    expect(t.passed).toBe(t.checks);
    expect(t.falsePositives).toBe(0);
  });
});
