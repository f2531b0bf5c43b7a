import { type ItemRef, MAX_ITEMS_AT_ONCE } from './commands.ts';
import { type ParseOutcome, reject } from './outcome.ts';

/*
 * Several items named at the start of a message: "1-4", "OSAEC23-3, 5 and 7", "OSAEC23 1-4",
 * "OSAEC23-2-5 and PEEL23-1". A bare number belongs to the report named last before it (none: the
 * report the person last talked about, as for one bare number). "N to M" is no range here: in
 * "move 3 to 5 June" the 5 is a date.
 */

export type ItemList = {
  items: ItemRef[];
  /** The words that named them, as typed, for replies ("OSAEC23-3, 5 and 7"). */
  typed: string;
  /** What follows the list. */
  rest: string;
  /** A run that cannot be one (backwards, too long); said only once the rest shows a list was meant. */
  problem?: ParseOutcome;
};

const KEY_THEN_NUMBERS =
  /([A-Za-z][A-Za-z0-9]*\d[A-Za-z0-9]*)\s+(?:(?:items?|recs?|recommendations?)\s+)?(?=\d)/y;
const ONE =
  /(?:([A-Za-z][A-Za-z0-9]{1,15})-)?([A-Za-z]{0,3}\d{1,4})(?:\s*-\s*(\d{1,4}))?(?![\p{L}\p{N}/.:])/uy;
const BETWEEN = /\s*(?:,|&|\band\b)\s*(?:(?:and|&)\s+)?/iy;

function at(pattern: RegExp, text: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index;
  return pattern.exec(text);
}

/** The items a message starts with, or null when it starts with none. */
export function readItemList(text: string): ItemList | null {
  const items: ItemRef[] = [];
  let problem: ParseOutcome | undefined;
  let index = 0;
  let key: string | null = null;
  const lead = at(KEY_THEN_NUMBERS, text, 0);
  if (lead) {
    key = (lead[1] ?? '').toUpperCase();
    index = lead[0].length;
  }
  for (;;) {
    const one = at(ONE, text, index);
    if (!one) break;
    if (one[1]) key = one[1].toUpperCase();
    // Items are numbered without leading zeros: "05" and "A03" mean 5 and A3.
    const ref = (one[2] ?? '').toUpperCase().replace(/^([A-Z]*)0+(?=\d)/, '$1');
    if (one[3] === undefined) items.push({ key, ref });
    else {
      const from = Number(ref);
      const to = Number(one[3]);
      if (!/^\d+$/.test(ref) || to <= from || to - from + 1 > MAX_ITEMS_AT_ONCE) {
        problem ??= reject(
          'ref.range',
          `A run of items goes from the lower number to the higher, at most ${MAX_ITEMS_AT_ONCE} at once.`,
          'assign 1-4 to @bob',
        );
      } else {
        for (let n = from; n <= to; n++) items.push({ key, ref: String(n) });
      }
    }
    index += one[0].length;
    const between = at(BETWEEN, text, index);
    if (!between || !at(ONE, text, index + between[0].length)) break;
    index += between[0].length;
  }
  if (items.length === 0 && problem === undefined) return null;
  const distinct = items.filter((a, k) => items.findIndex((b) => b.key === a.key && b.ref === a.ref) === k);
  if (distinct.length > MAX_ITEMS_AT_ONCE) {
    problem ??= reject(
      'ref.too_many',
      `That names ${distinct.length} items; one message changes at most ${MAX_ITEMS_AT_ONCE}.`,
      'assign OSAEC23 1-10 to @bob',
    );
  }
  const list = { items: distinct, typed: text.slice(0, index).trim(), rest: text.slice(index).trim() };
  return problem ? { ...list, problem } : list;
}

/** "OSAEC23-1 … OSAEC23-12", "1, 3 and 5": runs of three or more shortened with a visible "…". */
export function describeItems(items: readonly ItemRef[]): string {
  const name = (item: ItemRef) => (item.key ? `${item.key}-${item.ref}` : item.ref);
  const runs: ItemRef[][] = [];
  for (const item of items) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    const next =
      last && last.key === item.key && /^\d+$/.test(item.ref) && Number(last.ref) + 1 === Number(item.ref);
    if (run && next) run.push(item);
    else runs.push([item]);
  }
  const parts = runs.flatMap((run) =>
    run.length >= 3 ? [`${name(run[0] as ItemRef)} … ${name(run.at(-1) as ItemRef)}`] : run.map(name),
  );
  return parts.length === 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
