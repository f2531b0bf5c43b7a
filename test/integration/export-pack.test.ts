import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportFile } from '../../src/core/export/snapshot.ts';
import { type Harness, openHarness } from '../support/core-harness.ts';

/* `export pack`: the panel pack as Word and HTML, with its charts rendered to SVG and PNG. */

function file(files: readonly ExportFile[] | undefined, extension: string): ExportFile {
  const found = files?.find((f) => f.name.endsWith(`.${extension}`));
  if (!found) throw new Error(`no .${extension}`);
  return found;
}

describe('export pack (sqlite store)', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness('sqlite', new Date('2024-03-01T10:00:00Z'));
    await h.say('alice', 'report new "Custody inspection" key CUST24 published 5 April 2023 s55');
    await h.say('alice', 'report new "Vetting inspection" key VET24 published 5 May 2023');
    await h.say('alice', 'add CUST24 "Forces should review custody training." due 31 October 2023');
    await h.say('alice', 'add CUST24 "Forces should publish detention data." due 31 December 2024');
    await h.say('alice', 'add VET24 "Forces should vet all staff again." due 30 April 2024');
    await h.say('alice', 'add VET24 "Forces should keep vetting records." due 31 May 2024');
    h.clock.set(new Date('2024-03-10T10:00:00Z'));
    await h.say('alice', 'CUST24-2 due 31 March 2025 because the data platform slipped');
    await h.say('alice', 'VET24-1 blocked: waiting for the national vetting system');
    await h.say('alice', 'VET24-2 done: records kept');
  });
  afterEach(() => h.close());

  it('has the RAG summary, both charts, changes since the date, overdue and revised items with reasons, flagged histories', async () => {
    await h.say('bob', 'hello');
    const reply = await h.say('bob', 'export pack since 5 March 2024');
    expect(reply.kind, reply.text).toBe('success');
    expect(reply.files?.map((f) => f.name)).toEqual(['all-reports-pack.docx', 'all-reports-pack.html']);

    const html = new TextDecoder().decode(file(reply.files, 'html').bytes);
    expect(html.match(/<figure><svg/g)).toHaveLength(2);
    expect(html).toContain('<td>CUST24</td><td>1</td><td>0</td><td>0</td><td>0</td><td>1</td><td>2</td>');

    const docx = file(reply.files, 'docx').bytes;
    const media = Object.keys(unzipSync(docx)).filter((name) => name.startsWith('word/media/'));
    expect(media.filter((m) => m.endsWith('.svg'))).toHaveLength(2);
    expect(media.filter((m) => m.endsWith('.png'))).toHaveLength(2);
    const png = Object.entries(unzipSync(docx)).find(([name]) => name.endsWith('.png'))?.[1];
    expect([...(png ?? []).slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');

    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(docx) });
    for (const expected of [
      'RAG summary',
      'Slippage: original and current deadlines',
      'What changed since 5 March 2024',
      'waiting for the national vetting system',
      'Overdue items',
      'CUST24-1: Forces should review custody training.',
      'Revised deadlines',
      'the data platform slipped',
      'History of flagged items',
    ]) {
      expect(text).toContain(expected);
    }
    // Before the date: not a change since it.
    expect(text.split('What changed since')[1]?.split('Overdue items')[0]).not.toContain('created');
  });

  it('for one report shows only that report', async () => {
    const reply = await h.say('alice', 'export VET24 pack html');
    expect(reply.files?.map((f) => f.name)).toEqual(['VET24-pack.html']);
    const html = new TextDecoder().decode(file(reply.files, 'html').bytes);
    expect(html).toContain('Panel pack: Vetting inspection');
    expect(html).not.toContain('CUST24');
  });
});
