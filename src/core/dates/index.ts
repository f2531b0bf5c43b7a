export {
  addDays,
  addMonths,
  dayOfWeek,
  daysBetween,
  endOfMonth,
  type IsoDate,
  isIsoDate,
} from './calendar.ts';
export { type DeadlineContext, type DeadlinePhrase, parseDeadlinePhrase } from './deadline-phrase.ts';
export { addDuration, type Duration, parseDuration } from './duration.ts';
export { formatDate, formatShortDate } from './format.ts';
export { impossibleDay } from './impossible.ts';
export { type DateContext, type ParsedDate, parseDate } from './parse-date.ts';
export { canonicalTimeZone, isValidTimeZone, localDateTime, todayIn, zoneOffsetMinutes } from './zone.ts';
