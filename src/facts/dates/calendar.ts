// Calendar arithmetic on ISO dates, in whole UTC days, so results never depend on the machine's time zone.

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for an ISO `YYYY-MM-DD`. */
export function dayNumber(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`expected a date as YYYY-MM-DD, found "${iso}"`);
  return Math.round(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY);
}

export function isoFromDayNumber(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return isoFromDayNumber(dayNumber(iso) + days);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(iso: string): number {
  return (dayNumber(iso) + 4) % 7; // 1970-01-01 was a Thursday
}

/** The Monday that starts the ISO week holding `iso`. */
export function mondayOf(iso: string): string {
  return addDays(iso, -((weekdayOf(iso) + 6) % 7));
}

export function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

export function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

export function isoMonth(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}`;
}

/** Year and month (1-12) of an ISO date or month. */
export function yearMonth(iso: string): { year: number; month: number } {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)) };
}

/** Add months to a (year, month) pair. */
export function shiftMonth(year: number, month: number, by: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The ISO 8601 week of a day: its year (the year of that week's Thursday) and number, as `2013-W12`. */
export function isoWeek(iso: string): string {
  const thursday = addDays(mondayOf(iso), 3);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((dayNumber(thursday) - dayNumber(isoDay(year, 1, 1))) / 7) + 1;
  return `${String(year).padStart(4, '0')}-W${pad2(week)}`;
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus, as in Meeus' Astronomical Algorithms). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDay(year, month, day);
}

/** The `n`th (1-5, or -1 for the last) weekday `wd` (0 = Sunday) of a month. */
export function nthWeekdayOf(year: number, month: number, wd: number, n: number): string {
  if (n < 0) {
    const last = isoDay(year, month, daysInMonth(year, month));
    return addDays(last, -((weekdayOf(last) - wd + 7) % 7));
  }
  const first = isoDay(year, month, 1);
  return addDays(first, ((wd - weekdayOf(first) + 7) % 7) + 7 * (n - 1));
}
