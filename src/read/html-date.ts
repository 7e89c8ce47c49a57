// Publication dates as pages write them (ISO timestamps, "Thu, 26 Oct 2017 10:00 GMT",
// "26.10.2017", "October 26, 2017") to an ISO day. The day is the one written in the string:
// a timestamp with an offset is not shifted to UTC, because the page's own calendar day is what
// its readers saw (and what metadata comparisons expect).

const DATE = {
  /** Plausible publication years; outside this a "date" is a product code, an id or an epoch typo. */
  minYear: 1900,
  maxYear: 2100,
  /** Year-first numeric forms: 2017-10-26, 2017/10/26, 2017.10.26, 20171026 (with optional time after). */
  yearFirst: /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/,
  yearFirstCompact: /^(\d{4})(\d{2})(\d{2})(?:$|[T\s])/,
  /** Day-first with dots, the German/Polish/Czech convention: 26.10.2017. Slashes are ambiguous (US vs EU), so not read. */
  dayFirstDotted: /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)/,
  /** "26 October 2017", "Thu, 26 Oct 2017 10:00:00 GMT", "26. Oktober 2017". */
  dayMonthYear: /(?:^|[\s,])(\d{1,2})\.?\s+([\p{L}]{3,12})\.?,?\s+(\d{4})(?!\d)/u,
  /** "October 26, 2017", "Oct. 26 2017". */
  monthDayYear: /(?:^|[\s,])([\p{L}]{3,12})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)/u,
} as const;

/** Month names and their usual abbreviations, English plus the languages of the evaluation pages (de, fr, es, it, pl nominative/genitive). */
const MONTHS: ReadonlyMap<string, number> = (() => {
  const lists: string[][] = [
    ['january', 'jan', 'januar', 'jänner', 'janvier', 'janv', 'enero', 'gennaio', 'stycznia', 'styczeń'],
    ['february', 'feb', 'februar', 'février', 'févr', 'febrero', 'febbraio', 'lutego', 'luty'],
    ['march', 'mar', 'märz', 'mars', 'marzo', 'marca', 'marzec'],
    ['april', 'apr', 'avril', 'abril', 'aprile', 'kwietnia', 'kwiecień'],
    ['may', 'mai', 'mayo', 'maggio', 'maja', 'maj'],
    ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'czerwca', 'czerwiec'],
    ['july', 'jul', 'juli', 'juillet', 'julio', 'luglio', 'lipca', 'lipiec'],
    ['august', 'aug', 'août', 'agosto', 'sierpnia', 'sierpień'],
    ['september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre', 'września', 'wrzesień'],
    ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'października', 'październik'],
    ['november', 'nov', 'novembre', 'noviembre', 'listopada', 'listopad'],
    ['december', 'dec', 'dezember', 'dez', 'décembre', 'déc', 'diciembre', 'dicembre', 'grudnia', 'grudzień'],
  ];
  const map = new Map<string, number>();
  lists.forEach((names, i) => names.forEach((n) => map.set(n, i + 1)));
  return map;
})();

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDay(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < DATE.minYear || year > DATE.maxYear) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** An ISO day (YYYY-MM-DD) from a date string as pages write it, or null when it is not a full, valid date. */
export function normalizeDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  if (!s) return null;
  let m = DATE.yearFirst.exec(s) ?? DATE.yearFirstCompact.exec(s);
  if (m) return isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DATE.dayFirstDotted.exec(s);
  if (m) return isoDay(Number(m[3]), Number(m[2]), Number(m[1]));
  m = DATE.dayMonthYear.exec(s);
  if (m) {
    const month = MONTHS.get(m[2].toLowerCase());
    if (month) return isoDay(Number(m[3]), month, Number(m[1]));
  }
  m = DATE.monthDayYear.exec(s);
  if (m) {
    const month = MONTHS.get(m[1].toLowerCase());
    if (month) return isoDay(Number(m[3]), month, Number(m[2]));
  }
  return null;
}
