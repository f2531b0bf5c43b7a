/*
 * The import corpus scorer: the same checks and thresholds as the scorer the outside checks use
 * (score_doc in shared/tools/score-import.py), so a figure printed here is the figure they would get.
 * Documents and their expected JSON live in test/fixtures/import-corpus/{dev,heldout}.
 */

const KINDS = ['recommendations', 'areas_for_improvement', 'causes_of_concern'] as const;

type Json = Record<string, unknown>;
export type Check = { name: string; ok: boolean };
export type DocScore = { checks: Check[]; falsePositives: number; items: Check[]; other: Check[] };

function tokens(s: unknown): string[] {
  const text = (typeof s === 'string' ? s : '').toLowerCase().replace(/[•*#_>|`"'“”‘’]/g, ' ');
  return text.match(/[a-z0-9]+/g) ?? [];
}

function counts(words: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of words) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

export function tokenF1(a: unknown, b: unknown): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.length === 0 && tb.length === 0) return 1;
  if (ta.length === 0 || tb.length === 0) return 0;
  const cb = counts(tb);
  let common = 0;
  for (const [w, n] of counts(ta)) common += Math.min(n, cb.get(w) ?? 0);
  if (common === 0) return 0;
  const p = common / ta.length;
  const r = common / tb.length;
  return (2 * p * r) / (p + r);
}

function norm(s: unknown): string {
  return tokens(s).join(' ');
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const list = (v: unknown): Json[] =>
  Array.isArray(v) ? v.filter((x): x is Json => !!x && typeof x === 'object') : [];
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** Greedy pairing of expected with extracted items by text F1, best pairs first. */
function matchItems(
  expected: readonly Json[],
  got: readonly Json[],
): { pairs: Map<number, [number, number]>; used: Set<number> } {
  const scored: [number, number, number][] = [];
  expected.forEach((e, i) => {
    got.forEach((g, j) => {
      const withStem = e.text_with_stem ? tokenF1(e.text_with_stem, g.text) : 0;
      scored.push([Math.max(tokenF1(e.text, g.text), withStem), i, j]);
    });
  });
  scored.sort((x, y) => y[0] - x[0] || y[1] - x[1] || y[2] - x[2]);
  const pairs = new Map<number, [number, number]>();
  const used = new Set<number>();
  for (const [s, i, j] of scored) {
    if (pairs.has(i) || used.has(j) || s < 0.5) continue;
    pairs.set(i, [j, s]);
    used.add(j);
  }
  return { pairs, used };
}

function synonymsOf(e: Json, name: string): string[] {
  const syn = e.addressees_acceptable_synonyms;
  if (Array.isArray(syn)) return strings(syn);
  if (syn && typeof syn === 'object') return strings((syn as Json)[name]);
  return [];
}

function itemChecks(kind: string, e: Json, i: number, g: Json | undefined): Check[] {
  const tag = `${kind}[${str(e.label) ?? e.order ?? i}]`;
  const found = g !== undefined;
  const got = g ?? {};
  const checks: Check[] = [
    { name: `${tag}.label`, ok: norm(got.label) === norm(e.label) },
    { name: `${tag}.number`, ok: (got.number ?? null) === (e.number ?? null) },
  ];
  const ed = (e.due ?? null) as Json | null;
  if (ed && Object.keys(ed).length > 0) {
    const gd = (got.due ?? {}) as Json;
    checks.push({ name: `${tag}.due.kind`, ok: gd.kind === ed.kind });
    checks.push({ name: `${tag}.due.date`, ok: (gd.date ?? null) === (ed.date ?? null) });
  }
  const mins = strings(e.addressees_min);
  if (mins.length > 0) {
    const joined = norm(strings(got.addressees).join(' | ').toLowerCase());
    const ok = mins.every((m) => [m, ...synonymsOf(e, m)].some((a) => joined.includes(norm(a))));
    checks.push({ name: `${tag}.addressees`, ok });
  }
  for (const key of ['force_response', 'pcc_response']) {
    if (e[key]) checks.push({ name: `${tag}.${key}`, ok: tokenF1(e[key], got[key]) >= 0.9 });
  }
  // A missed item fails every field it has.
  return [{ name: `${tag}.found`, ok: found }, ...checks.map((c) => (found ? c : { ...c, ok: false }))];
}

/** Scores one extraction (in the `rectrack import --dry-run --json` shape) against its expected JSON. */
export function scoreDocument(expected: Json, got: Json): DocScore {
  const other: Check[] = [];
  const items: Check[] = [];
  const titles = [expected.title, ...strings(expected.title_acceptable)].filter((t) => t != null).map(norm);
  other.push({
    name: 'title',
    ok: expected.title ? titles.includes(norm(got.title)) : got.title == null || got.title === '',
  });
  for (const key of ['published_on', 'section55_due']) {
    other.push({ name: key, ok: (got[key] ?? null) === (expected[key] ?? null) });
  }
  other.push({ name: 'link', ok: (got.link || null) === (expected.link || null) });
  for (const key of ['force_response_overall', 'pcc_response_overall']) {
    if (expected[key]) other.push({ name: key, ok: tokenF1(expected[key], got[key]) >= 0.9 });
  }
  let falsePositives = 0;
  for (const kind of KINDS) {
    const want = list(expected[kind]);
    const have = list(got[kind]);
    other.push({ name: `${kind}.count`, ok: want.length === have.length });
    const { pairs, used } = matchItems(want, have);
    want.forEach((e, i) => {
      const pair = pairs.get(i);
      const g = pair !== undefined && pair[1] >= 0.9 ? have[pair[0]] : undefined;
      items.push(...itemChecks(kind, e, i, g));
    });
    falsePositives += have.length - used.size;
  }
  const all = KINDS.flatMap((k) => list(got[k]));
  for (const decoy of Array.isArray(expected.not_recommendations) ? expected.not_recommendations : []) {
    const text = typeof decoy === 'string' ? decoy : (str((decoy as Json).text) ?? '');
    other.push({ name: `decoy:${text.slice(0, 30)}`, ok: !all.some((g) => tokenF1(text, g.text) >= 0.8) });
  }
  return { checks: [...other, ...items], falsePositives, items, other };
}
