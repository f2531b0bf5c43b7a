import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, openHarness, STORE_KINDS, visible } from '../support/core-harness.ts';
import { IMPORT_DOCUMENT, SEED_REFS, SMALL_REPORT, savedRows } from '../support/import-fixtures.ts';
import { needsShared, seedText } from '../support/shared-fixtures.ts';

const HOUR = 60 * 60 * 1000;

/** The key a preview suggests ("Key: SRSSO24 (suggested)"). */
function suggestedKey(preview: string): string {
  const key = /^Key: (\S+) \(suggested\)$/m.exec(preview)?.[1];
  if (!key) throw new Error(`no suggested key in:\n${preview}`);
  return key;
}

/** Report import as a conversation through the core, on the in-memory fake and on real SQLite. */
describe.each(STORE_KINDS)('report import (%s store)', (kind) => {
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness(kind);
  });
  afterEach(() => h.close());

  it('imports the seed: preview, confirm, then the items work like any other', needsShared, async () => {
    const seed = seedText();
    const asked = await h.say('alice', 'report import');
    expect(asked).toMatchObject({ kind: 'info', expects: 'document' });
    expect(asked.text).toBe("Paste the report's text (or upload a .txt, .md, .docx or .pdf).");

    const preview = await h.say('alice', seed);
    expect(preview.kind).toBe('question');
    const shown = visible(preview);
    expect(shown).toContain('11 recommendations');
    expect(shown).toContain('Key: OSAEC23 (suggested)');
    expect(shown).toContain('Published: 5 April 2023');
    expect(shown).toContain('Section 55 response due: 31 May 2023');
    expect(shown).toMatch(/^1 {4}31 Oct 2023 · By 31 October 2023/m);
    expect(shown).toMatch(/^5 {4}30 Apr 2025 · /m);
    expect(shown).toMatch(
      /^14 {3}immediately \(5 Apr 2023\) and six months after the new prioritisation tool is implemented \(waiting for the event\)/m,
    );
    expect(shown).toContain('Check these:');
    expect(shown).toContain('[Save as OSAEC23 -> import confirm OSAEC23]');
    expect((await savedRows(h.store)).reports).toEqual([]);

    const saved = await h.say('alice', 'import confirm OSAEC23');
    expect(saved.kind).toBe('success');
    expect(saved.text).toMatch(
      /^Imported OSAEC23: An inspection of how well .* with 11 items \(11 with a due date\)\.$/,
    );

    const { workspace, reports, items } = await savedRows(h.store);
    if (!workspace) throw new Error('no workspace');
    expect(reports).toHaveLength(1);
    const [report] = reports;
    expect(report).toMatchObject({ key: 'OSAEC23', publishedOn: '2023-04-05', section55: true, link: null });
    expect(report?.sourceHash).toMatch(/^[0-9a-f]{16}$/);
    expect(report?.pccResponse).toMatch(/^I welcome this thematic report/);
    expect(items.map((i) => i.ref)).toEqual(SEED_REFS);
    expect(items.every((i) => i.kind === 'recommendation')).toBe(true);
    // Recommendation 15 is for the NPCC, regional organised crime units and the NCA: saved as not for us.
    expect(
      items.filter((i) => i.status !== 'awaiting_allocation').map((i) => [i.ref, i.status, i.disposition]),
    ).toEqual([['15', 'not_for_us', 'not_for_us']]);
    const fourteen = items.find((i) => i.ref === '14');
    if (!fourteen) throw new Error('no item 14');
    expect(fourteen).toMatchObject({ label: 'Recommendation 14', number: 14, dueOn: '2023-04-05' });
    expect(fourteen.addressees).toEqual(['Chief Constables']);
    const deadlines = await h.store.deadlines.listByItems(workspace.id, [fourteen.id]);
    expect(deadlines).toMatchObject([
      { position: 0, kind: 'immediate', phrase: 'With immediate effect', originalOn: '2023-04-05' },
      {
        position: 1,
        kind: 'conditional',
        dueOn: null,
        duration: { amount: 6, unit: 'month' },
        condition: 'the new prioritisation tool is implemented',
      },
    ]);
    const history = await h.store.updates.listByItem(workspace.id, fourteen.id);
    expect(history).toMatchObject([{ kind: 'created', note: 'imported from pasted text' }]);
    expect(await h.store.pendingImports.get(workspace.id, history[0]?.actorId ?? '')).toBeUndefined();

    const event = await h.say('alice', 'OSAEC23-14 event happened 1 March 2024');
    expect(event.text).toContain('That deadline is now 1 September 2024');
    expect(visible(await h.say('alice', 'report OSAEC23'))).toContain('red OSAEC23-14 - 344 days overdue');
  });

  it('takes the text in the same message as "report import", and an uploaded file', async () => {
    const inline = await h.say('alice', `report import\n${SMALL_REPORT}`);
    expect(inline.text).toContain('2 recommendations, 1 area for improvement');
    expect(visible(inline)).toMatch(/^A1 {3}no deadline found · The force should record/m);

    const bytes = new TextEncoder().encode(SMALL_REPORT);
    const uploaded = await h.say('alice', '', { files: [{ name: 'custody.md', bytes }] });
    expect(uploaded.text).toMatch(/^From custody\.md: "An inspection of custody services in Norfolk"/);
    expect(visible(uploaded)).toContain('Key: CSN23 (suggested)');
    expect((await h.say('alice', 'import confirm')).text).toContain('Imported CSN23');
    const { items } = await savedRows(h.store);
    expect(items.map((i) => [i.ref, i.dueOn])).toEqual([
      ['1', '2023-10-31'],
      ['2', '2023-10-05'],
      ['A1', null],
    ]);
  });

  it('saves nothing when cancelled, and then has nothing to confirm', async () => {
    await h.say('alice', `report import\n${SMALL_REPORT}`);
    expect((await h.say('alice', 'import cancel')).text).toBe('Import cancelled; nothing was saved.');
    expect((await h.say('alice', 'import confirm CSN23')).code).toBe('import.none');
    expect((await h.say('alice', 'import cancel')).kind).toBe('info');
    expect((await savedRows(h.store)).reports).toEqual([]);
  });

  it('recognises a document imported before and asks before saving a second copy', async () => {
    const first = visible(await h.say('alice', `report import\n${IMPORT_DOCUMENT.text}`));
    const key = suggestedKey(first);
    await h.say('alice', `import confirm ${key}`);
    // The same document with its layout changed is still the same document.
    const again = await h.say('alice', `report import\n${IMPORT_DOCUMENT.text.replace(/\n/g, '\r\n  ')}`);
    expect(visible(again)).toContain(`This document was already imported as ${key} on 14 March 2024`);
    expect(visible(again)).toContain(`Key: ${key}B (suggested)`);
    expect(visible(again)).toContain(`[Save as ${key}B anyway -> import confirm ${key}B anyway]`);
    const refused = await h.say('alice', `import confirm ${key}B`);
    expect(refused.code).toBe('import.duplicate');
    expect(visible(refused)).toContain(`[Save ${key}B anyway -> import confirm ${key}B anyway]`);
    expect((await savedRows(h.store)).reports).toHaveLength(1);
    expect((await h.say('alice', `import confirm ${key}B anyway`)).kind).toBe('success');
    expect((await savedRows(h.store)).reports.map((r) => r.key)).toEqual([key, `${key}B`]);
  });

  it("offers a free key for the second copy when told to save under the first copy's key", async () => {
    const key = suggestedKey(visible(await h.say('alice', `report import\n${IMPORT_DOCUMENT.text}`)));
    await h.say('alice', `import confirm ${key}`);
    await h.say('alice', `report import\n${IMPORT_DOCUMENT.text}`);
    const refused = await h.say('alice', `import confirm ${key}`);
    expect(refused.code).toBe('import.duplicate');
    expect(refused.text).toContain(`say: import confirm ${key}B anyway`);
    expect(visible(refused)).toContain(`[Save ${key}B anyway -> import confirm ${key}B anyway]`);
    expect((await h.say('alice', `import confirm ${key}B anyway`)).kind).toBe('success');
  });

  it('lets a member preview but only an admin save', async () => {
    await h.say('alice', 'help');
    const asked = await h.say('bob', 'report import');
    expect(asked.text).toContain('an admin saves it');
    const preview = await h.say('bob', SMALL_REPORT);
    expect(visible(preview)).toContain('Only an admin can save it');
    expect(visible(preview)).not.toContain('import confirm CSN23]');
    expect((await h.say('bob', 'import confirm CSN23')).code).toBe('permission.admin_only');
    expect((await savedRows(h.store)).reports).toEqual([]);
  });

  it('refuses a key already used, keeping the preview to try another', async () => {
    await h.say('alice', `report import\n${SMALL_REPORT}`);
    await h.say('alice', 'report new "Typed by hand" key CSN23');
    const clash = await h.say('alice', 'import confirm CSN23');
    expect(clash.code).toBe('report.key_taken');
    expect(clash.text).toContain('The key CSN23 is already used by "Typed by hand"');
    expect((await h.say('alice', 'import key CSN23')).code).toBe('report.key_taken');
    expect((await savedRows(h.store)).items).toEqual([]);
    expect((await h.say('alice', 'import confirm CUST23')).kind).toBe('success');
    expect((await savedRows(h.store)).items).toHaveLength(3);
  });

  it('applies fixes before saving: key, title, publisher, publication date, items left out', async () => {
    await h.say('alice', `report import\n${SMALL_REPORT}`);
    expect(visible(await h.say('alice', 'import key CUST23'))).toContain('Key: CUST23\n');
    await h.say('alice', 'import title "Custody inspection"');
    await h.say('alice', 'import publisher HMICFRS');
    const moved = await h.say('alice', 'import published 1 May 2023');
    expect(moved.text).toMatch(/^Published 1 May 2023\. From pasted text: "Custody inspection"/);
    expect(visible(moved)).toMatch(/^2 {4}1 Nov 2023 · Within six months/m);
    const dropped = await h.say('alice', 'import drop A1');
    expect(dropped.text).toContain('2 recommendations.');
    expect((await h.say('alice', 'import drop 7')).code).toBe('import.bad_ref');
    expect(visible(await h.say('alice', 'import preview'))).not.toContain('A1');
    expect((await h.say('alice', 'import confirm')).text).toContain('Imported CUST23: Custody inspection');
    const { reports, items } = await savedRows(h.store);
    expect(reports[0]).toMatchObject({
      title: 'Custody inspection',
      publisher: 'HMICFRS',
      publishedOn: '2023-05-01',
    });
    expect(items.map((i) => [i.ref, i.dueOn])).toEqual([
      ['1', '2023-10-31'],
      ['2', '2023-11-01'],
    ]);
  });

  it('answers bad input clearly and saves nothing', async () => {
    expect((await h.say('alice', 'import confirm')).code).toBe('import.none');
    await h.say('alice', 'report import');
    expect((await h.say('alice', 'import confirm')).code).toBe('import.waiting');
    expect((await h.say('alice', '   \n  ')).code).toBe('import.empty');
    const nothing = await h.say('alice', 'Dear colleague,\nthank you for your letter.\nRegards');
    expect(nothing.code).toBe('import.no_items');
    const encrypted = [{ name: 'encrypted.txt', bytes: new Uint8Array([1]) }];
    expect((await h.say('alice', 'report import', { files: encrypted })).code).toBe('document.encrypted');
    const two = [...encrypted, ...encrypted];
    expect((await h.say('alice', '', { files: two })).code).toBe('import.one_file');
    expect((await h.say('alice', '', { files: [{ name: 'a.exe', bytes: new Uint8Array([1]) }] })).code).toBe(
      'document.unsupported',
    );
    expect((await savedRows(h.store)).reports).toEqual([]);
  });

  it('runs commands while waiting for the paste, and forgets the wait after an hour', async () => {
    await h.say('alice', 'report import');
    expect((await h.say('alice', 'reports')).text).toContain('No reports yet');
    await h.say('alice', 'report new "Custody" key CUS23');
    // A command spread over two lines has nothing to import, so it runs as a command.
    expect((await h.say('alice', 'add CUS23 "Review custody"\ndue 31 October 2023')).kind).toBe('success');
    expect((await h.say('alice', SMALL_REPORT)).kind).toBe('question');
    await h.say('alice', 'import cancel');

    await h.say('alice', 'report import');
    h.clock.advance(2 * HOUR);
    expect((await h.say('alice', SMALL_REPORT)).code).toBe('command.unknown');
  });

  it('treats a preview older than a day as gone', async () => {
    await h.say('alice', `report import\n${SMALL_REPORT}`);
    h.clock.advance(23 * HOUR);
    expect((await h.say('alice', 'import preview')).kind).toBe('question');
    h.clock.advance(2 * HOUR);
    expect((await h.say('alice', 'import confirm CSN23')).code).toBe('import.none');
    expect((await savedRows(h.store)).reports).toEqual([]);
  });

  it('keeps each member’s import to themselves', async () => {
    await h.say('alice', `report import\n${SMALL_REPORT}`);
    await h.say('alice', 'admin @bob');
    expect((await h.say('bob', 'import confirm CSN23')).code).toBe('import.none');
    expect((await h.say('alice', 'import confirm CSN23')).kind).toBe('success');
  });
});
