// Bare weekdays ("on Thursday", "late Friday", "Saturday's attack", "last Monday"), read as news writes them:
// a past-tense report means the most recent such day on or before publication, a plan the next one on or after.
import { addDays, weekdayOf } from '../calendar.js';
import { WEEKDAYS, WEEKDAY_NOT_DATE_AFTER, WEEKDAY_NOT_DATE_BEFORE } from '../lexicon.js';
import { describeAnchor, directionFor, directionWords, placeWeekday, relativeCertainty, weaker, type Direction } from '../resolve.js';
import { DATES } from '../tunables.js';
import type { Found, Parser } from '../types.js';

const PATTERN = new RegExp(
  `\\b(?:([Ll]ast|[Nn]ext|[Tt]his|[Oo]n|[Bb]y|[Ss]ince|[Uu]ntil|[Ff]rom|[Ll]ate|[Ee]arly|[Ll]ate on|[Ee]arly on)\\s+)?(${WEEKDAYS.join('|')})\\b(?:\\s+(morning|afternoon|evening|night))?`,
  'g',
);

const DEADLINE = /^(?:by|until)$/;

export const weekdayParser: Parser = {
  name: 'weekday',
  gate: new RegExp(WEEKDAYS.join('|')),
  find(text: string): Found[] {
    const out: Found[] = [];
    for (const m of text.matchAll(PATTERN)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const modifier = (m[1] ?? '').toLowerCase();
      const wd = WEEKDAYS.indexOf(m[2] as (typeof WEEKDAYS)[number]);
      const nameEnd = text.indexOf(m[2], start) + m[2].length;
      if (WEEKDAY_NOT_DATE_BEFORE.test(text.slice(Math.max(0, start - 24), start))) continue;
      if (WEEKDAY_NOT_DATE_AFTER.test(text.slice(nameEnd, nameEnd + 40))) continue;
      const expression = m[0];
      out.push({
        start,
        end,
        expression,
        resolve(ctx) {
          if (!ctx.anchor) {
            return {
              date: '',
              precision: 'day',
              certainty: 'uncertain',
              basis: `"${expression}" is relative to a publication date the article does not state`,
            };
          }
          const anchor = ctx.anchor;
          let dir: Direction = directionFor(ctx.tense, anchor);
          // "by Monday", "until Friday" in a present-tense clause is a deadline ahead.
          if (dir === 'nearest' && DEADLINE.test(modifier)) dir = 'forward';
          let date: string;
          let rule: string;
          if (modifier === 'last' && anchor.relation !== 'not-before') {
            // "last Friday" is never today or yesterday (those would be "Friday"): at least two days back.
            date = placeWeekday(addDays(anchor.date, -DATES.lastMinDaysBack), wd, 'back');
            rule = `the last ${WEEKDAYS[wd]} at least ${DATES.lastMinDaysBack} days before`;
            dir = 'back';
          } else if (modifier === 'next') {
            date = placeWeekday(addDays(anchor.date, 1), wd, 'forward');
            rule = `the first ${WEEKDAYS[wd]} after`;
            dir = 'forward';
          } else {
            date = placeWeekday(anchor.date, wd, dir);
            rule = `the ${WEEKDAYS[wd]} ${directionWords(dir)}`;
          }
          const same = date === anchor.date ? ` (${WEEKDAYS[weekdayOf(date)]} itself)` : '';
          const certainty = modifier === 'this' ? weaker('inferred', relativeCertainty({ ...ctx, anchor }, dir)) : relativeCertainty({ ...ctx, anchor }, dir);
          return {
            date,
            precision: 'day',
            certainty,
            basis: `"${expression}" in a ${ctx.tense}-tense clause: ${rule} ${describeAnchor(anchor)}${same}`,
          };
        },
      });
    }
    return out;
  },
};
