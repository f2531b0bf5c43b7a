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
] as const;

export function closestCommand(word: string): string | null {
  return closestWord(word, COMMAND_WORDS);
}

/** The candidate a few letters away from word (a third of its length at most), if any. */
export function closestWord(word: string, candidates: readonly string[]): string | null {
  const lower = word.toLowerCase();
  let best: { word: string; distance: number } | null = null;
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
