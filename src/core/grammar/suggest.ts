/** First words the grammar knows, for "did you mean" answers to typos. */
export const COMMAND_WORDS = [
  'help',
  'reports',
  'report',
  'import',
  'add',
  'assign',
  'history',
  'respond',
  'mine',
  'overdue',
  'due soon',
  'admin',
  'settings',
  'export',
  'restore',
] as const;

/** A command that works for each first word, for the example under "did you mean". */
const WORD_EXAMPLES: Partial<Record<(typeof COMMAND_WORDS)[number], string>> = {
  report: 'report OSAEC23',
  import: 'report import',
  add: 'add OSAEC23 "Chief Constables should review training" due 31 October 2023',
  assign: 'assign OSAEC23-5 @alice',
  history: 'history OSAEC23-5',
  respond: 'respond OSAEC23-5 force: we accept this recommendation',
  admin: 'admin @alice',
  export: 'export OSAEC23 response',
};

/** What to show as the example for a first word that was meant to be `word`. */
export function commandExample(word: (typeof COMMAND_WORDS)[number]): string {
  return WORD_EXAMPLES[word] ?? word;
}

export function closestCommand(word: string): (typeof COMMAND_WORDS)[number] | null {
  return closestWord(word, COMMAND_WORDS);
}

/** The candidate a few letters away from word (a third of its length at most), if any. */
export function closestWord<T extends string>(word: string, candidates: readonly T[]): T | null {
  const lower = word.toLowerCase();
  let best: { word: T; distance: number } | null = null;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate);
    if (!best || distance < best.distance) best = { word: candidate, distance };
  }
  return best && best.distance <= Math.max(1, Math.floor(lower.length / 3)) ? best.word : null;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
