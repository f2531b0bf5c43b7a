import type { Draft } from './merge.ts';
import { tokens } from './text-util.ts';

// Matching a reply by its qualifier compares it with every item of its kind; past this many items a
// document is a long tracker whose replies carry numbers, and the comparison would only cost time.
const MAX_CANDIDATES = 500;

function overlap(qualifier: string, words: ReadonlySet<string>): number {
  const wanted = tokens(qualifier);
  return wanted.length === 0 ? 0 : wanted.filter((w) => words.has(w)).length / wanted.length;
}

function bestByQualifier(qualifier: string, candidates: readonly Draft[]): Draft | undefined {
  let best: { draft: Draft; score: number } | undefined;
  for (const draft of candidates) {
    const score = overlap(qualifier, new Set(tokens(draft.text)));
    if (score >= 0.5 && (best === undefined || score > best.score)) best = { draft, score };
  }
  return best?.draft;
}

function targetOf(reply: Draft, sameKind: readonly Draft[]): Draft | undefined {
  if (reply.number !== null) return sameKind.find((d) => d.number === reply.number);
  if (sameKind.length > MAX_CANDIDATES) return undefined;
  const byQualifier = reply.qualifier === null ? undefined : bestByQualifier(reply.qualifier, sameKind);
  if (byQualifier) return byQualifier;
  const waiting = sameKind.filter((d) => d.force === null && d.pcc === null);
  return waiting.length === 1 ? waiting[0] : undefined;
}

/**
 * A reply printed apart from its item ("4.1 Recommendation (vetting appeals): Accepted ..." in a cover paper,
 * the letter itself later) joins the item it answers: same number, else the one whose text the qualifier
 * names, else the one item of that kind still without a reply.
 */
export function attachReplies(drafts: readonly Draft[]): Draft[] {
  const replies = new Set(drafts.filter((d) => d.text === '' && (d.force !== null || d.pcc !== null)));
  const items = drafts.filter((d) => !replies.has(d));
  const byKind = new Map<Draft['kind'], Draft[]>();
  for (const item of items) {
    const list = byKind.get(item.kind);
    if (list) list.push(item);
    else byKind.set(item.kind, [item]);
  }
  const unplaced: Draft[] = [];
  for (const reply of replies) {
    const target = targetOf(reply, byKind.get(reply.kind) ?? []);
    if (target === undefined) {
      unplaced.push({
        ...reply,
        uncertain: [...reply.uncertain, 'a response with no recommendation text found'],
      });
      continue;
    }
    target.force = target.force ?? reply.force;
    target.pcc = target.pcc ?? reply.pcc;
  }
  return [...items, ...unplaced];
}
