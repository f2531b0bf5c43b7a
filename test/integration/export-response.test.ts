import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDocumentReader } from '../../adapters/documents/reader.ts';
import type { ExportFile } from '../../src/core/export/snapshot.ts';
import { extractReport } from '../../src/core/import/extract.ts';
import type { ExtractedItem } from '../../src/core/import/extraction.ts';
import type { Item } from '../../src/core/model/entities.ts';
import { itemLabel } from '../../src/core/view/item-view.ts';
import { type Harness, openHarness, STORE_KINDS } from '../support/core-harness.ts';
import { needsShared, seedText } from '../support/shared-fixtures.ts';

/*
 * `export KEY response`: the section 55 response made from what was recorded, checked the way a reader
 * meets it (Word's text through mammoth) and the way rectrack meets it again (the importer).
 */

const flat = (text: string | null) => (text === null ? null : text.replace(/\s+/g, ' ').trim());

function file(files: readonly ExportFile[] | undefined, extension: string): ExportFile {
  const found = files?.find((f) => f.name.endsWith(`.${extension}`));
  if (!found) throw new Error(`no .${extension} among ${files?.map((f) => f.name).join(', ')}`);
  return found;
}

async function recorded(h: Harness, key: string) {
  const [workspace] = [await h.store.workspaces.findByExternal('console', 'local')];
  if (!workspace) throw new Error('no workspace');
  const report = await h.store.reports.findByKey(workspace.id, key);
  if (!report) throw new Error(`no report ${key}`);
  return { report, items: await h.store.items.listByReport(workspace.id, report.id) };
}

/** What an import of the document gives, in the terms recorded: label, text and both responses per item. */
function itemsOf(extracted: readonly ExtractedItem[]) {
  return extracted.map((i) => ({
    label: i.label,
    text: flat(i.text),
    force: flat(i.forceResponse),
    pcc: flat(i.pccResponse),
  }));
}
function itemsRecorded(items: readonly Item[]) {
  return items.map((i) => ({
    label: itemLabel(i),
    text: flat(i.text),
    force: flat(i.forceResponse),
    pcc: flat(i.pccResponse),
  }));
}

describe.each(STORE_KINDS)('export KEY response (%s store)', (kind) => {
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness(kind, new Date('2026-12-05T10:00:00Z'));
  });
  afterEach(() => h.close());

  it('makes the response as .docx, .md and .html, items in source order with both responses', async () => {
    await h.say(
      'alice',
      'report new "Custody inspection" key CUST24 published 5 April 2024 publisher HMICFRS s55',
    );
    await h.say(
      'alice',
      'add CUST24 "By 31 October 2024, Chief Constables should review custody training." number 2',
    );
    await h.say('alice', 'add CUST24 "Chief Constables should publish detention data." number 10');
    await h.say('alice', 'add CUST24 "The force should improve its handover records." as afi number 1');
    await h.say('alice', 'respond CUST24-2 force: We accept this; the review starts in May.');
    await h.say('alice', 'respond CUST24-2 pcc: I will follow the review at my scrutiny board.');
    await h.say('alice', 'respond CUST24-10 force: Published monthly from June.');
    await h.say('alice', 'respond CUST24 force: The force accepts the report.');
    await h.say('alice', 'respond CUST24 pcc: I welcome the report.');
    await h.say('bob', 'hello');

    // A member exports too: it only reads.
    const reply = await h.say('bob', 'export CUST24 response');
    expect(reply.kind).toBe('success');
    expect(reply.files?.map((f) => f.name)).toEqual([
      'CUST24-response.docx',
      'CUST24-response.md',
      'CUST24-response.html',
    ]);

    const { value: text } = await mammoth.extractRawText({
      buffer: Buffer.from(file(reply.files, 'docx').bytes),
    });
    const order = [
      'Custody inspection',
      'Published On:',
      '5 April 2024',
      'Recommendation 2',
      'By 31 October 2024, Chief Constables should review custody training.',
      "Chief Constable's response",
      'We accept this; the review starts in May.',
      "Commissioner's response",
      'I will follow the review at my scrutiny board.',
      'Recommendation 10',
      'Published monthly from June.',
      'Area for improvement 1',
      'The force should improve its handover records.',
      'The force accepts the report.',
      'I welcome the report.',
    ];
    // Each found after the one before it: the document keeps this order.
    let from = 0;
    for (const expected of order) {
      const at = text.indexOf(expected, from);
      expect(at, `"${expected}" after position ${from}`).toBeGreaterThanOrEqual(0);
      from = at + expected.length;
    }

    const html = new TextDecoder().decode(file(reply.files, 'html').bytes);
    expect(html).toContain('<h3>Recommendation 10</h3>');
    expect(html).toContain('I will follow the review at my scrutiny board.');
    const md = new TextDecoder().decode(file(reply.files, 'md').bytes);
    expect(md).toContain(
      '### Recommendation 2\n\nBy 31 October 2024, Chief Constables should review custody training.',
    );
  });

  it('imports again to the same items and responses, from the .docx and from the Markdown', async () => {
    await h.say(
      'alice',
      'report new "Custody inspection" key CUST24 published 5 April 2024 publisher HMICFRS s55',
    );
    await h.say(
      'alice',
      'add CUST24 "By 31 October 2024, Chief Constables should review custody training." number 2',
    );
    await h.say('alice', 'add CUST24 "Chief Constables should publish detention data." number 10');
    await h.say('alice', 'respond CUST24-2 force: We accept this; the review starts in May.');
    await h.say('alice', 'respond CUST24-10 pcc: I expect the data by June.');
    await h.say('alice', 'respond CUST24 pcc: I welcome the report.');
    const reply = await h.say('alice', 'export CUST24 response docx md');
    const { report, items } = await recorded(h, 'CUST24');

    const docx = await createDocumentReader().read(file(reply.files, 'docx'));
    if (!docx.ok) throw new Error(docx.message);
    for (const text of [docx.text, new TextDecoder().decode(file(reply.files, 'md').bytes)]) {
      const back = extractReport(text);
      expect(back.title).toBe(report.title);
      expect(back.publishedOn).toBe(report.publishedOn);
      expect(itemsOf([...back.recommendations, ...back.areasForImprovement])).toEqual(itemsRecorded(items));
      expect(flat(back.pccResponseOverall)).toBe('I welcome the report.');
      expect(back.forceResponseOverall).toBeNull();
    }
  });

  it(
    'imports the seed, then gives its response back, imported again to the same items',
    needsShared,
    async () => {
      await h.say('alice', `report import\n${seedText()}`);
      await h.say('alice', 'import confirm OSAEC23');
      await h.say('alice', 'respond OSAEC23-5 pcc: I will watch the training figures at my scrutiny board.');
      const reply = await h.say('alice', 'export OSAEC23 response');
      const { report, items } = await recorded(h, 'OSAEC23');
      expect(items).toHaveLength(11);

      const docx = await createDocumentReader().read(file(reply.files, 'docx'));
      if (!docx.ok) throw new Error(docx.message);
      const back = extractReport(docx.text);
      expect(itemsOf(back.recommendations)).toEqual(itemsRecorded(items));
      expect(flat(back.forceResponseOverall)).toBe(flat(report.forceResponse));
      expect(flat(back.pccResponseOverall)).toBe(flat(report.pccResponse));
      expect(back.publishedOn).toBe('2023-04-05');
    },
  );

  it('says which report is missing, and changes nothing', async () => {
    const reply = await h.say('alice', 'export NOPE1 response');
    expect(reply.kind).toBe('problem');
    expect(reply.code).toBe('report.not_found');
    expect(reply.files).toBeUndefined();
  });
});
