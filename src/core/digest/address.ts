/**
 * A channel address's canonical JSON (object keys sorted at every depth), so the same channel always
 * gives the same key whatever order the adapter built its address in. null when the address is not
 * plain JSON data (a function, a class instance, undefined, a number that JSON cannot hold).
 */
export function channelKey(address: unknown): string | null {
  const canonical = canonicalize(address);
  return canonical === undefined ? null : JSON.stringify(canonical);
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function canonicalize(value: unknown): Json | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (Array.isArray(value)) {
    const items: Json[] = [];
    for (const entry of value) {
      const item = canonicalize(entry);
      if (item === undefined) return undefined;
      items.push(item);
    }
    return items;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: { [key: string]: Json } = {};
    const entries: [string, unknown][] = Object.entries(value);
    for (const [key, entry] of entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const item = canonicalize(entry);
      if (item === undefined) return undefined;
      out[key] = item;
    }
    return out;
  }
  return undefined;
}
