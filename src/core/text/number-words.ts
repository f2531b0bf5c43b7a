const UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/**
 * A count as reports write it: 1 to 9999 in digits, or in words up to ninety-nine ("seventeen",
 * "twenty-four", "twenty four"). Null for anything else. Shared by deadlines ("six months") and import
 * ("seventeen recommendations"), so both read numbers the same way.
 */
export function numberFromWords(text: string): number | null {
  const words = text.trim().toLowerCase();
  if (/^\d{1,4}$/.test(words)) return Number(words);
  const unit = UNITS[words];
  if (unit !== undefined) return unit;
  const match = /^([a-z]+)(?:[\s-]+([a-z]+))?$/.exec(words);
  const tens = match?.[1] === undefined ? undefined : TENS[match[1]];
  if (tens === undefined) return null;
  if (match?.[2] === undefined) return tens;
  const ones = UNITS[match[2]];
  return ones !== undefined && ones < 10 ? tens + ones : null;
}
