import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Tab, TextRun } from 'docx';
import { PDFDocument, type PDFFont, StandardFonts } from 'pdf-lib';

/**
 * Builds real .docx and .pdf files in memory for tests, with the same libraries people's tools use
 * underneath, so no binary fixtures need committing.
 */
export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; lines: string[] }
  | { kind: 'bullet'; text: string }
  | { kind: 'numbered'; text: string };

/** Markdown-ish text (like the seed fixture) as blocks: "#" headings, "-" bullets, blank-line paragraphs. */
export function blocksOf(markdown: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of markdown.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    let lines: string[] = [];
    const endParagraph = () => {
      if (lines.length > 0) blocks.push({ kind: 'paragraph', lines });
      lines = [];
    };
    for (const raw of chunk.split('\n')) {
      const line = raw.replace(/\*\*/g, '').replace(/\s+$/, '');
      if (line.trim() === '') continue;
      const heading = /^#+\s+(.*)$/.exec(line);
      const bullet = /^\s*[-•]\s+(.*)$/.exec(line);
      if (heading?.[1] !== undefined) {
        endParagraph();
        blocks.push({ kind: 'heading', text: heading[1] });
      } else if (bullet?.[1] !== undefined) {
        endParagraph();
        blocks.push({ kind: 'bullet', text: bullet[1] });
      } else lines.push(line);
    }
    endParagraph();
  }
  return blocks;
}

function docxParagraph(block: Block): Paragraph {
  switch (block.kind) {
    case 'heading':
      return new Paragraph({
        heading: HeadingLevel.HEADING_2,
        children: [new TextRun({ text: block.text })],
      });
    case 'bullet':
      return new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: block.text })] });
    case 'numbered':
      return new Paragraph({
        numbering: { reference: 'numbers', level: 0 },
        children: [new TextRun(block.text)],
      });
    case 'paragraph':
      // Lines of one paragraph are joined by line breaks; tabs become real tab characters.
      return new Paragraph({
        children: block.lines.map(
          (line, i) =>
            new TextRun({
              break: i > 0 ? 1 : 0,
              children: line.split('\t').flatMap((s, j) => (j > 0 ? [new Tab(), s] : [s])),
            }),
        ),
      });
  }
}

export async function makeDocx(blocks: readonly Block[]): Promise<Uint8Array> {
  const children = blocks.map(docxParagraph);
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'numbers',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }],
        },
      ],
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const PAGE = { width: 595, height: 842, margin: 50, size: 11, leading: 14, column: 150 };

/** A PDF with explicit pages of lines; "" is a blank line, and a tab moves to the next column. */
export async function makePdf(pages: readonly (readonly string[])[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = pdf.addPage([PAGE.width, PAGE.height]);
    let y = PAGE.height - PAGE.margin;
    for (const line of lines) {
      line.split('\t').forEach((segment, column) => {
        const text = encodable(font, segment);
        if (text !== '')
          page.drawText(text, { x: PAGE.margin + column * PAGE.column, y, size: PAGE.size, font });
      });
      y -= PAGE.leading;
    }
  }
  return pdf.save();
}

/** Lays blocks out on as many pages as they need, wrapping long lines as a word processor would. */
export async function makeFlowingPdf(blocks: readonly Block[], linesPerPage = 50): Promise<Uint8Array> {
  // This document only measures text; makePdf draws it.
  const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
  const lines: string[] = [];
  for (const block of blocks) {
    const texts =
      block.kind === 'paragraph' ? block.lines : [block.kind === 'bullet' ? `• ${block.text}` : block.text];
    for (const text of texts)
      lines.push(
        ...wrap(
          font,
          text
            .split('\t')
            .map((s) => encodable(font, s))
            .join('\t'),
        ),
      );
    lines.push('');
  }
  const pages: string[][] = [];
  for (let i = 0; i < lines.length; i += linesPerPage) pages.push(lines.slice(i, i + linesPerPage));
  return makePdf(pages);
}

function wrap(font: PDFFont, line: string): string[] {
  const [first = '', ...rest] = line.split('\t');
  const indent = rest.length > 0 ? `${first}\t` : '';
  const body = rest.length > 0 ? rest.join(' ') : first;
  const width = PAGE.width - 2 * PAGE.margin - (rest.length > 0 ? PAGE.column : 0);
  const out: string[] = [];
  let current = '';
  for (const word of body.split(' ')) {
    const next = current === '' ? word : `${current} ${word}`;
    if (current !== '' && font.widthOfTextAtSize(next, PAGE.size) > width) {
      out.push(current);
      current = word;
    } else current = next;
  }
  out.push(current);
  return out.map((text, i) => (i === 0 ? `${indent}${text}` : rest.length > 0 ? `\t${text}` : text));
}

/** The standard Helvetica covers WinAnsi only; anything else (a tick mark) becomes "?". */
function encodable(font: PDFFont, text: string): string {
  const supported = new Set(font.getCharacterSet());
  return [...text].map((c) => (supported.has(c.codePointAt(0) ?? 0) ? c : '?')).join('');
}

/**
 * A minimal PDF written by hand whose trailer names a standard security handler, as a PDF saved with
 * an open password has. Its /U entry matches no password, so every reader asks for one.
 */
export function makeEncryptedPdf(): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>',
    '<< /Length 0 >>\nstream\n\nendstream',
    `<< /Filter /Standard /V 1 /R 2 /O <${'11'.repeat(32)}> /U <${'22'.repeat(32)}> /P -4 >>`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  const id = `<${'ab'.repeat(16)}>`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 5 0 R /ID [${id} ${id}] >>\n`;
  out += `startxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

/** A PDF page with drawn shapes but no text, as a scanner without OCR produces. */
export async function makeTextlessPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([PAGE.width, PAGE.height]);
  page.drawRectangle({ x: 50, y: 50, width: 300, height: 400, borderWidth: 2 });
  return pdf.save();
}

/**
 * What Word writes for a password-protected .docx: an OLE compound file holding an "EncryptedPackage"
 * stream. Only the parts a reader looks at are real: the signature and the stream's name.
 */
export function makeEncryptedDocxLookalike(): Uint8Array {
  const bytes = new Uint8Array(1536);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const name = [...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]);
  bytes.set(name, 1024);
  return bytes;
}
