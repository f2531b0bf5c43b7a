import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Doc, DocBlock, Inline } from './document.ts';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;
// Word pages are 6.3 inches wide between default margins; charts are scaled to fit.
const MAX_IMAGE_WIDTH = 600;

/** A Word document (the npm `docx` package) with Word's own heading and list styles, so it reads as typed. */
export async function toDocx(doc: Doc): Promise<Uint8Array> {
  const document = new Document({
    title: doc.title,
    creator: 'rectrack',
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [{ level: 0, format: 'bullet', text: '•', alignment: AlignmentType.LEFT }],
        },
      ],
    },
    sections: [{ children: doc.blocks.flatMap(block) }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

function runs(parts: Inline[]): ParagraphChild[] {
  return parts.map((part) => {
    if (typeof part === 'string') return new TextRun(part);
    const run = new TextRun({
      text: part.text,
      bold: part.bold ?? false,
      style: part.link ? 'Hyperlink' : undefined,
    });
    return part.link ? new ExternalHyperlink({ link: part.link, children: [run] }) : run;
  });
}

function block(b: DocBlock): (Paragraph | Table)[] {
  switch (b.type) {
    case 'title':
      return [new Paragraph({ text: b.text, heading: HeadingLevel.TITLE })];
    case 'heading':
      return [new Paragraph({ text: b.text, heading: HEADINGS[b.level - 1] })];
    case 'para':
      return [new Paragraph({ children: runs(b.text), spacing: { after: 120 } })];
    case 'bullets':
      return b.items.map(
        (item) => new Paragraph({ text: item, numbering: { reference: 'bullets', level: 0 } }),
      );
    case 'fields':
      return b.fields.map(
        (f) =>
          new Paragraph({
            children: [new TextRun({ text: `${f.label}:\t`, bold: true }), ...runs([f.value])],
          }),
      );
    case 'table':
      return [table(b.header, b.rows), new Paragraph('')];
    case 'chart': {
      const scale = Math.min(1, MAX_IMAGE_WIDTH / b.width);
      const transformation = { width: Math.round(b.width * scale), height: Math.round(b.height * scale) };
      return [
        new Paragraph({
          children: [
            new ImageRun({
              type: 'svg',
              data: new TextEncoder().encode(b.svg),
              transformation,
              // Word versions before 2016 show the PNG.
              fallback: { type: 'png', data: b.png },
              altText: { title: b.title, description: b.title, name: b.title },
            }),
          ],
        }),
        new Paragraph({ children: [new TextRun({ text: b.title, italics: true })] }),
      ];
    }
  }
}

function table(header: string[], rows: string[][]): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: 'BBBBBB' };
  const cell = (text: string, bold = false) =>
    new TableCell({
      borders: { top: border, bottom: border, left: border, right: border },
      children: text
        .split('\n')
        .map((line) => new Paragraph({ children: [new TextRun({ text: line, bold, size: 18 })] })),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
    ],
  });
}
