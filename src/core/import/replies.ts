import type { Draft } from './merge.ts';
import { tokens } from './text-util.ts';

function overlap(qualifier: string, text: string): number {
  const words = new Set(tokens(text));
  const wanted = tokens(qualifier);
  return wanted.length === 0 ? 0 : wanted.filter((w) => words.has(w)).length / wanted.length;
}

/**
 * A reply printed apart from its item ("4.1 Recommendation (vetting appeals): Accepted ..." in a cover paper,
 * the letter itself later) joins the item it answers: same number, else the one item of that kind still
 * without a reply, else the one whose text the qualifier names.
 */
export function attachReplies(drafts: readonly Draft[]): Draft[] {
  const replies = drafts.filter((d) => d.text === '' && (d.force !== null || d.pcc !== null));
  const items = drafts.filter((d) => !replies.includes(d));
  const unplaced: Draft[] = [];
  for (const reply of replies) {
    const sameKind = items.filter((d) => d.kind === reply.kind);
    const target =
      (reply.number !== null ? sameKind.find((d) => d.number === reply.number) : undefined) ??
      (reply.qualifier !== null
        ? sameKind
            .map((d) => ({ d, score: overlap(reply.qualifier ?? '', d.text) }))
            .filter((c) => c.score >= 0.5)
            .sort((a, b) => b.score - a.score)[0]?.d
        : undefined) ??
      (sameKind.filter((d) => d.force === null && d.pcc === null).length === 1
        ? sameKind.find((d) => d.force === null && d.pcc === null)
        : undefined);
    if (target === undefined) {
      unplaced.push({ ...reply, uncertain: [...reply.uncertain, 'a response with no recommendation text found'] });
      continue;
    }
    target.force = target.force ?? reply.force;
    target.pcc = target.pcc ?? reply.pcc;
  }
  return [...items, ...unplaced];
}
