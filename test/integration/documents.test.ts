import { Document, FootnoteReferenceRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { createDocumentReader } from '../../adapters/documents/reader.ts';
import type { DocumentText } from '../../src/ports/documents.ts';
import {
  type Block,
  makeDocx,
  makeEncryptedDocxLookalike,
  makeEncryptedPdf,
  makePdf,
  makeTextlessPdf,
} from '../support/make-documents.ts';

const reader = createDocumentReader();
const RECOMMENDATION =
  'By 31 October 2023, Chief Constables should review their training for online abuse cases.';
const utf8 = (s: string) => new TextEncoder().encode(s);

function textOf(result: DocumentText): string {
  if (!result.ok) throw new Error(`expected text, got ${result.code}: ${result.message}`);
  return result.text;
}

describe('plain text and Markdown', () => {
  it.each([
    ['utf-8', 'report.txt', utf8('Recommendation 1\n\nBy 31 October 2023, Chief Constables should act.')],
    [
      'utf-8 with a BOM',
      'report.md',
      Uint8Array.from([
        0xef,
        0xbb,
        0xbf,
        ...utf8('Recommendation 1\n\nBy 31 October 2023, Chief Constables should act.'),
      ]),
    ],
  ])('reads %s', async (_name, name, bytes) => {
    expect(textOf(await reader.read({ name, bytes }))).toBe(
      'Recommendation 1\n\nBy 31 October 2023, Chief Constables should act.',
    );
  });

  it('reads UTF-16 with either byte order mark, as Notepad saves "Unicode"', async () => {
    const text = 'Recommendation 1 – By 31 October 2023, Chief Constables should act.';
    const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const big = Buffer.from(little);
    big.swap16();
    expect(textOf(await reader.read({ name: 'a.txt', bytes: little }))).toBe(text);
    expect(textOf(await reader.read({ name: 'b.txt', bytes: big }))).toBe(text);
  });

  it('reads text that is not UTF-8 as Windows-1252', async () => {
    const bytes = Uint8Array.from([...utf8('Caf'), 0xe9, 0x20, 0x93, ...utf8('quoted'), 0x94]);
    expect(textOf(await reader.read({ name: 'old.txt', bytes }))).toBe('Café “quoted”');
  });
});

describe('.docx through mammoth', () => {
  it('keeps paragraphs as blank-line blocks and list items as lines with their bullet or number', async () => {
    const blocks: Block[] = [
      { kind: 'heading', text: 'Recommendation 1' },
      { kind: 'paragraph', lines: [`${RECOMMENDATION} This should:`] },
      { kind: 'bullet', text: 'improve the link between leaders and the frontline;' },
      { kind: 'bullet', text: 'provide consistent scrutiny of performance.' },
      { kind: 'paragraph', lines: ['Published On:\t5 April 2023', '\tand a second line'] },
      { kind: 'numbered', text: 'First step' },
      { kind: 'numbered', text: 'Second step' },
    ];
    const text = textOf(await reader.read({ name: 'Response.DOCX', bytes: await makeDocx(blocks) }));
    expect(text).toBe(
      [
        'Recommendation 1',
        '',
        `${RECOMMENDATION} This should:`,
        '',
        '• improve the link between leaders and the frontline;',
        '• provide consistent scrutiny of performance.',
        '',
        'Published On:\t5 April 2023',
        '\tand a second line',
        '',
        '1. First step',
        '2. Second step',
      ].join('\n'),
    );
  });

  it('keeps a table row on one line with tab-separated cells, nests bullets, and drops footnote arrows', async () => {
    const cell = (...paragraphs: string[]) =>
      new TableCell({ children: paragraphs.map((p) => new Paragraph(p)) });
    const doc = new Document({
      footnotes: { 1: { children: [new Paragraph('HMICFRS, 2023.')] } },
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun('Response & <notes>'), new FootnoteReferenceRun(1)] }),
            new Table({
              rows: [
                new TableRow({ children: [cell('Recommendation 1'), cell(RECOMMENDATION, 'Accepted.')] }),
                new TableRow({ children: [cell('Recommendation 2'), cell('Not accepted.')] }),
              ],
            }),
            new Paragraph({ text: 'the force should immediately:', bullet: { level: 0 } }),
            new Paragraph({ text: 'review its policy', bullet: { level: 1 } }),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    expect(textOf(await reader.read({ name: 'table.docx', bytes }))).toBe(
      [
        'Response & <notes>[1]',
        '',
        `Recommendation 1\t${RECOMMENDATION} Accepted.`,
        'Recommendation 2\tNot accepted.',
        '',
        '• the force should immediately:',
        '  • review its policy',
        '',
        '1. HMICFRS, 2023.',
      ].join('\n'),
    );
  });
});

describe('.pdf through pdf.js', () => {
  it('rebuilds lines by position, and marks paragraphs with a blank line', async () => {
    const pdf = await makePdf([['Recommendation 1', '', RECOMMENDATION, 'Published On:\t5 April 2023']]);
    expect(textOf(await reader.read({ name: 'report.pdf', bytes: pdf }))).toBe(
      ['Recommendation 1', '', RECOMMENDATION, 'Published On:\t5 April 2023'].join('\n'),
    );
  });

  it('separates pages with a form feed so the importer can find page breaks', async () => {
    const pdf = await makePdf([
      ['Recommendation 1', '', 'By 31 October 2023, Chief Constables should make sure officers', '1'],
      ['and staff have completed the right training.', '2'],
    ]);
    const text = textOf(await reader.read({ name: 'two-pages.pdf', bytes: pdf }));
    const pages = text.split('\f');
    expect(pages).toHaveLength(2);
    expect(pages[0]).toBe(
      'Recommendation 1\n\nBy 31 October 2023, Chief Constables should make sure officers\n1\n',
    );
    expect(pages[1]).toBe('and staff have completed the right training.\n2');
  });
});

describe('problems: a clear code and sentence for every file that cannot be read', () => {
  it('refuses formats it cannot read, naming the ones it can', async () => {
    const result = await reader.read({ name: 'tracker.xlsx', bytes: utf8('PK') });
    expect(result).toMatchObject({ ok: false, code: 'document.unsupported' });
    expect(!result.ok && result.message).toContain('.txt, .md, .docx or .pdf');
  });

  it.each([
    ['an empty .txt', 'empty.txt', new Uint8Array(0)],
    ['a whitespace-only .md', 'blank.md', utf8(' \n\t\r\n\u00a0\n')],
  ])('says %s has no text', async (_what, name, bytes) => {
    expect(await reader.read({ name, bytes })).toMatchObject({ ok: false, code: 'document.empty' });
  });

  it('says a PDF with no text layer is probably a scan', async () => {
    const result = await reader.read({ name: 'scan.pdf', bytes: await makeTextlessPdf() });
    expect(result).toMatchObject({ ok: false, code: 'document.empty' });
    expect(!result.ok && result.message).toMatch(/scan/);
  });

  it('recognises a password-protected PDF and .docx', async () => {
    const pdf = await reader.read({ name: 'locked.pdf', bytes: makeEncryptedPdf() });
    expect(pdf).toMatchObject({ ok: false, code: 'document.encrypted' });
    expect(!pdf.ok && pdf.message).toMatch(/password/);
    const docx = await reader.read({ name: 'locked.docx', bytes: makeEncryptedDocxLookalike() });
    expect(docx).toMatchObject({ ok: false, code: 'document.encrypted' });
  });

  it('reports truncated and mislabelled files as corrupt', async () => {
    const pdf = await makePdf([['Recommendation 1', RECOMMENDATION], ['Page two']]);
    const docx = await makeDocx([{ kind: 'paragraph', lines: [RECOMMENDATION] }]);
    const cases: [string, Uint8Array][] = [
      ['cut.pdf', pdf.subarray(0, Math.floor(pdf.length / 2))],
      ['cut.docx', docx.subarray(0, Math.floor(docx.length / 2))],
      ['not-really.pdf', utf8('<html>Recommendation 1</html>')],
      ['not-really.docx', utf8('Recommendation 1')],
      ['pdf-in-disguise.txt', pdf],
      ['binary.txt', Uint8Array.from({ length: 200 }, (_, i) => i % 7)],
    ];
    for (const [name, bytes] of cases) {
      const result = await reader.read({ name, bytes });
      expect(result, name).toMatchObject({ ok: false, code: 'document.corrupt' });
      expect(!result.ok && result.message, name).toMatch(/expected/);
    }
  });

  it('refuses a file over the size limit before parsing it, and says the limit', async () => {
    const small = createDocumentReader({ maxBytes: 1024 * 1024 });
    const result = await small.read({ name: 'big.txt', bytes: new Uint8Array(2 * 1024 * 1024).fill(0x61) });
    expect(result).toMatchObject({ ok: false, code: 'document.too_large' });
    expect(!result.ok && result.message).toContain('up to 1 MB');
  });

  it('never throws, whatever the bytes', async () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pdf = await makePdf([[RECOMMENDATION]]);
    const docx = await makeDocx([{ kind: 'paragraph', lines: [RECOMMENDATION] }]);
    for (let i = 0; i < 60; i++) {
      const base = i % 3 === 0 ? pdf : i % 3 === 1 ? docx : utf8(RECOMMENDATION);
      const bytes = Uint8Array.from(base);
      for (let j = 0; j < 1 + Math.floor(random() * 20); j++)
        bytes[Math.floor(random() * bytes.length)] = random() * 256;
      for (const name of ['x.pdf', 'x.docx', 'x.txt']) {
        const result = await reader.read({ name, bytes });
        expect(typeof result.ok).toBe('boolean');
      }
    }
  });
});
