import { Resvg } from '@resvg/resvg-js';
import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { DocBlock } from './document.ts';

/**
 * A Vega-Lite chart rendered headless: Vega draws it to SVG (for HTML and Word 2016+), resvg turns the
 * SVG into a PNG (Word's fallback for older versions). No browser, no canvas, no network: the data is
 * inline and no font is fetched (resvg uses the system's fonts; without one the PNG has no labels but
 * the SVG still does).
 */
export async function chart(title: string, spec: TopLevelSpec): Promise<DocBlock> {
  const view = new View(parse(compile(spec).spec), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  const size = /<svg[^>]*\bwidth="([\d.]+)"[^>]*\bheight="([\d.]+)"/.exec(svg);
  const width = Math.round(Number(size?.[1] ?? 600));
  const height = Math.round(Number(size?.[2] ?? 300));
  // Twice the size, so the PNG stays sharp when Word scales it to the page.
  const png = new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, background: 'white' }).render().asPng();
  return { type: 'chart', title, svg, png: new Uint8Array(png), width, height };
}

// RAG colours as committee papers print them; "open" is neutral blue.
export const RAG_COLOURS = {
  red: '#d4351c',
  amber: '#f47738',
  green: '#00703c',
  grey: '#b1b4b6',
  open: '#1d70b8',
};

/** Items of each report by RAG, stacked: one bar per report. */
export function statusByReportSpec(rows: { report: string; rag: string; items: number }[]): TopLevelSpec {
  const domain = Object.keys(RAG_COLOURS);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 480,
    height: { step: 28 },
    data: { values: rows },
    mark: 'bar',
    encoding: {
      y: { field: 'report', type: 'nominal', title: null },
      x: { field: 'items', type: 'quantitative', title: 'Items', stack: 'zero' },
      color: {
        field: 'rag',
        type: 'nominal',
        title: 'RAG',
        scale: { domain, range: domain.map((k) => RAG_COLOURS[k as keyof typeof RAG_COLOURS]) },
      },
      order: { field: 'order', type: 'quantitative' },
      tooltip: [{ field: 'report' }, { field: 'rag' }, { field: 'items' }],
    },
  };
}

/** Each revised item's original deadline (hollow) and current one (filled), joined by a line. */
export function slippageSpec(rows: { item: string; original: string; current: string }[]): TopLevelSpec {
  const points = rows.flatMap((r) => [
    { item: r.item, when: r.original, which: 'original' },
    { item: r.item, when: r.current, which: 'current' },
  ]);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 480,
    height: { step: 22 },
    layer: [
      {
        data: { values: rows },
        mark: { type: 'rule', color: '#6f777b' },
        encoding: {
          y: { field: 'item', type: 'nominal', title: null, sort: null },
          x: { field: 'original', type: 'temporal', title: 'Deadline' },
          x2: { field: 'current' },
        },
      },
      {
        data: { values: points },
        mark: { type: 'point', filled: true, size: 70 },
        encoding: {
          y: { field: 'item', type: 'nominal', sort: null },
          x: { field: 'when', type: 'temporal' },
          color: {
            field: 'which',
            type: 'nominal',
            title: 'Deadline',
            scale: { domain: ['original', 'current'], range: ['#b1b4b6', '#d4351c'] },
          },
        },
      },
    ],
  };
}
