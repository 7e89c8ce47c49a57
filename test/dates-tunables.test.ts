// The dates tunables (src/facts/dates/tunables.ts) and the calendar's word lists (src/text/calendar-words.ts) as the
// readers use them: each check is built from the table's value or the list, so it holds the behaviour at the
// boundary the table sets, whatever the value, and fails if a reader stops using the table or the list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, timeExpressions, type DateAnchor } from '../src/facts/dates.js';
import { addDays } from '../src/facts/dates/calendar.js';
import { PREFILTER } from '../src/facts/dates/lexicon.js';
import { PARSERS } from '../src/facts/dates/parsers/index.js';
import { DATES } from '../src/facts/dates/tunables.js';
import { isBareDateLine } from '../src/read/date-string.js';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAYS } from '../src/text/calendar-words.js';

const anchor = (date: string): DateAnchor => ({ date, certainty: 'stated', basis: 'test' });

/** "Dec. 17" for 2017-12-17: a yearless day as AP writes it. */
function monthDay(iso: string): string {
  const name = MONTH_NAMES[Number(iso.slice(5, 7)) - 1];
  return `${name} ${Number(iso.slice(8, 10))}`;
}

test('a past-tense yearless day up to the slack after the anchor stays in its year; one day more is the year before', () => {
  const a = '2017-06-15';
  const inSlack = addDays(a, DATES.yearlessDaySlackDays);
  const past = addDays(a, DATES.yearlessDaySlackDays + 1);
  const read = (iso: string) => findDates(`The plan was announced on ${monthDay(iso)}.`, anchor(a));
  assert.equal(read(inSlack)[0]?.date, inSlack);
  assert.equal(read(past)[0]?.date, `${Number(past.slice(0, 4)) - 1}${past.slice(4)}`);
});

test('two-digit years split at the pivot, alike in written dates and fiscal years', () => {
  const p = DATES.twoDigitYearPivot;
  const two = (n: number) => String(n).padStart(2, '0');
  const explicit = (n: number) => findDates(`The deal was signed on 10/17/${two(n)}.`, anchor('2017-10-26'))[0]?.date;
  assert.equal(explicit(p), `19${two(p)}-10-17`);
  assert.equal(explicit(p - 1), `20${two(p - 1)}-10-17`);
  const fiscal = (n: number) => timeExpressions(`Sales rose in fiscal '${two(n)}.`, '2017-10-26').find((t) => /fiscal/.test(t.text))?.value;
  assert.equal(fiscal(p), `19${two(p)}`);
  assert.equal(fiscal(p - 1), `20${two(p - 1)}`);
});

test('"last <weekday>" lies at least the table\'s days back, whatever the weekday of publication', () => {
  for (let d = 0; d < 7; d++) {
    const a = addDays('2017-10-22', d); // a Sunday, then each day of the week after
    for (const day of WEEKDAYS) {
      const found = findDates(`The talks ended last ${day}.`, anchor(a))[0];
      assert.ok(found && found.date <= addDays(a, -DATES.lastMinDaysBack), `"last ${day}" from ${a}: ${found?.date}`);
      assert.ok(found.date > addDays(a, -DATES.lastMinDaysBack - 7), `"last ${day}" from ${a} is within the week before: ${found.date}`);
    }
  }
});

test('every weekday and month name passes the prefilter and its parser\'s gate, in any case', () => {
  const gate = (name: string) => PARSERS.find((p) => p.name === name)?.gate;
  for (const day of WEEKDAYS) {
    for (const w of [day, day.toLowerCase(), day.toUpperCase()]) assert.ok(PREFILTER.test(w), `prefilter: ${w}`);
    const weekdayGate = gate('weekday');
    assert.ok(weekdayGate, 'the weekday parser has a gate');
    assert.ok(weekdayGate.test(day), `weekday gate: ${day}`);
  }
  for (const month of [...MONTH_NAMES, ...MONTH_ABBREVIATIONS]) {
    for (const w of [month, month.toLowerCase(), month.toUpperCase()]) assert.ok(PREFILTER.test(w), `prefilter: ${w}`);
    const monthGate = gate('month');
    assert.ok(monthGate, 'the month parser has a gate');
    assert.ok(monthGate.test(month), `month gate: ${month}`);
  }
});

test('a date line with any weekday and month, short or written out, is a bare date line; one with other words is not', () => {
  for (const [i, day] of WEEKDAYS.entries()) {
    const month = MONTH_NAMES[i + 3];
    assert.ok(isBareDateLine(`Updated: ${day.slice(0, 3)} 26 ${month.slice(0, 3)} 2017, 10:05 GMT`), `${day} ${month} short`);
    assert.ok(isBareDateLine(`${day}, ${month} 26, 2017`), `${day} ${month} written out`);
    assert.ok(!isBareDateLine(`${day}, ${month} 26, 2017 Rebels seized the town`), `${day} ${month} with a sentence`);
  }
});
