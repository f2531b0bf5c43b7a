import type { ExtractedItem } from './extraction.ts';
import type { Metadata } from './metadata.ts';

// Listing every gap in a long tracker would bury the useful doubts; a few say enough.
const MAX_GAP_WARNINGS = 5;

function gaps(items: readonly ExtractedItem[], noun: string): string[] {
  const numbers = [...new Set(items.map((i) => i.number).filter((n): n is number => n !== null))].sort(
    (a, b) => a - b,
  );
  const out: string[] = [];
  for (let i = 1; i < numbers.length && out.length < MAX_GAP_WARNINGS; i++) {
    const before = numbers[i - 1];
    const after = numbers[i];
    if (before !== undefined && after !== undefined && after - before > 1) {
      out.push(`${noun} numbering gap ${before} -> ${after}`);
    }
  }
  return out;
}

/** Document-level doubts: counts that disagree with what the text says, gaps in the numbering. */
export function countWarnings(
  stated: Metadata['stated'],
  recommendations: readonly ExtractedItem[],
  areas: readonly ExtractedItem[],
): string[] {
  const out: string[] = [];
  if (recommendations.length + areas.length === 0)
    out.push('no recommendations or areas for improvement found');
  if (stated.recommendations !== null && stated.recommendations !== recommendations.length) {
    out.push(`stated ${stated.recommendations} recommendations, found ${recommendations.length}`);
  }
  if (stated.areasForImprovement !== null && stated.areasForImprovement !== areas.length) {
    out.push(`stated ${stated.areasForImprovement} areas for improvement, found ${areas.length}`);
  }
  return [...out, ...gaps(recommendations, 'recommendation'), ...gaps(areas, 'area for improvement')];
}
