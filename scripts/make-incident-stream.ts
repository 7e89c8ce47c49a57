// A synthetic stress stream for the story clusterer: many small incidents of one kind in one city in one week,
// each reported by one to three local outlets, as crawled local crime news is (the hidden long-tail kind of issue
// 11: "many in the same city in one week", where a single global threshold folds a city's incidents into one
// story). Every incident has its own victim, age, block, street, neighbourhood, day and outcome; every outlet
// has its own way of writing and its own page furniture. Articles of one incident share its details and differ
// in wording; articles of different incidents share the city's words and an outlet's wording. It is made from
// word lists written here, not from any data set, and is reported as a stress check, never fitted on.
//
//   node --import tsx scripts/make-incident-stream.ts [OUT_FILE] [--incidents N]
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './random.js';
import { dayShuffled, type StreamLine } from './make-dev-streams.js';

const FIRST = ['James', 'Michael', 'Robert', 'David', 'William', 'Joseph', 'Charles', 'Thomas', 'Daniel', 'Matthew', 'Anthony', 'Mark', 'Steven', 'Paul', 'Andrew', 'Joshua', 'Kevin', 'Brian', 'Jason', 'Ryan', 'Maria', 'Linda', 'Angela', 'Tanya', 'Denise', 'Keisha', 'Carlos', 'Luis', 'Jamal', 'Andre', 'Marcus', 'Tyrone', 'Darnell', 'Terrence', 'Latoya', 'Shanice', 'Javier', 'Miguel', 'Derrick', 'Curtis'];
/** Syllables of made-up surnames and street names: a city has thousands of names, not a few dozen. */
const SYL_A = ['Bar', 'Kel', 'Mor', 'Dal', 'Fen', 'Gor', 'Hal', 'Jas', 'Kor', 'Lan', 'Mas', 'Nor', 'Pel', 'Ros', 'Sal', 'Tor', 'Val', 'Wes', 'Bren', 'Cal', 'Dun', 'Fair', 'Grif', 'Hart', 'Lind', 'Mar', 'Oak', 'Pem', 'Quin', 'Red'];
const SYL_B = ['ton', 'ley', 'ford', 'well', 'son', 'man', 'ler', 'wood', 'field', 'by', 'ing', 'ner', 'ham', 'dale', 'mont', 'ridge', 'worth', 'stead', 'land', 'er', 'ick', 'ow', 'ard', 'en', 'is'];
const LAST = SYL_A.flatMap((a) => SYL_B.map((b) => a + b));
const STREETS = SYL_A.flatMap((a) => SYL_B.slice(0, 10).map((b) => `${a}${b} ${['Avenue', 'Street', 'Road', 'Drive', 'Boulevard'][(a.length + b.length) % 5]}`));
const AREAS = SYL_B.slice(0, 20).flatMap((b) => [`${SYL_A[b.length]}${b} Park`, `West ${SYL_A[b.length + 3]}${b}`]);
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const TIMES = ['early morning', 'morning', 'afternoon', 'evening', 'night', 'late night'];
const CITY = 'Lakeport';
const OUTLETS = ['Lakeport Tribune', 'WLKP Channel 7', 'Lakeport Sun-Times', 'Southside Gazette'];

interface Incident {
  id: number;
  first: string;
  last: string;
  age: number;
  block: number;
  street: string;
  area: string;
  day: number;
  time: string;
  killed: boolean;
  gender: 'man' | 'woman';
  vehicle: boolean;
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

/** One outlet's article about an incident: its own wording, its own furniture. */
function write(o: number, x: Incident, r: () => number): { title: string; text: string } {
  const who = `${x.first} ${x.last}`;
  const a = `a ${x.age}-year-old ${x.gender}`;
  const where = `the ${x.block} block of ${x.street}`;
  const dow = DAYS[x.day % 7];
  const fate = x.killed ? 'was shot and killed' : 'was shot and wounded';
  const he = x.gender === 'man' ? 'He' : 'She';
  const how = x.vehicle ? 'Someone in a passing car opened fire' : 'A gunman approached on foot and opened fire';
  const state = x.killed ? `${he} was pronounced dead at the scene.` : `${he} was taken to a hospital in ${pick(r, ['serious', 'critical', 'fair', 'stable'])} condition.`;
  switch (o) {
    case 0:
      return {
        title: `${x.killed ? 'Man killed' : 'Person wounded'} in ${x.area} shooting`.replace('Man', x.gender === 'man' ? 'Man' : 'Woman'),
        text: `${CITY.toUpperCase()} — ${a[0].toUpperCase()}${a.slice(1)} ${fate} ${dow} ${x.time} in ${where} in the ${x.area} neighborhood, police said.\n\n${how} about ${1 + Math.floor(r() * 11)}:${r() < 0.5 ? '15' : '45'}, according to police. ${state}\n\nThe victim was identified as ${who}. No one was in custody, and detectives were investigating.\n\nShare this story\nFollow the Lakeport Tribune on Facebook and Twitter\nCopyright ${CITY} Tribune. All rights reserved.`,
      };
    case 1:
      return {
        title: `Police: ${x.age}-year-old shot on ${x.street}`,
        text: `Police are investigating a shooting on ${x.street} in ${x.area} that left ${a} ${x.killed ? 'dead' : 'hurt'}.\n\nOfficers responded to ${where} on ${dow} ${x.time} after reports of shots fired. ${who}, ${x.age}, ${x.killed ? 'died of his wounds'.replace('his', x.gender === 'man' ? 'his' : 'her') : 'suffered gunshot wounds'}. ${how}, investigators said.\n\nAnyone with information is asked to call the ${CITY} police tip line.\n\nWatch WLKP Channel 7 News at 5, 6 and 10\nDownload the WLKP news app`,
      };
    case 2:
      return {
        title: `${who} identified as victim of ${x.area} shooting`,
        text: `The ${x.age}-year-old ${x.gender === 'man' ? 'man' : 'woman'} shot ${dow} in ${x.area} was identified as ${who}, the county medical examiner's office said.\n\n${x.last} ${fate} in ${where} about ${x.time}. ${how}. ${state}\n\nIt was at least the ${3 + Math.floor(r() * 40)}th shooting in ${CITY} this week.\n\nSign up for our newsletter\nMost read stories`,
      };
    default:
      return {
        title: `${x.area}: ${x.killed ? 'fatal' : 'non-fatal'} shooting on ${x.street}`,
        text: `A shooting ${dow} ${x.time} in ${x.area} ${x.killed ? 'killed' : 'injured'} ${who}, ${x.age}.\n\nAccording to police, ${x.last} was near ${where} when ${how.toLowerCase()}. ${state}\n\nNo arrests were reported. Area detectives are investigating.\n\nAdvertisement\nComments are closed for this story.`,
      };
  }
}

/** The stream, seeded: `incidents` incidents over one week, 1-3 articles each (most one or two). */
export function incidentStream(incidents: number, seed = 11): StreamLine[] {
  const r = mulberry32(seed);
  const base = Date.UTC(2014, 5, 1);
  const lines: StreamLine[] = [];
  for (let i = 0; i < incidents; i++) {
    const x: Incident = {
      id: i, first: pick(r, FIRST), last: pick(r, LAST), age: 15 + Math.floor(r() * 45), block: 100 * (1 + Math.floor(r() * 99)),
      street: pick(r, STREETS), area: pick(r, AREAS), day: Math.floor(r() * 7), time: pick(r, TIMES), killed: r() < 0.3,
      gender: r() < 0.85 ? 'man' : 'woman', vehicle: r() < 0.5,
    };
    const n = r() < 0.5 ? 1 : r() < 0.8 ? 2 : 3;
    const outlets = [0, 1, 2, 3];
    for (let k = outlets.length - 1; k > 0; k--) {
      const m = Math.floor(r() * (k + 1));
      [outlets[k], outlets[m]] = [outlets[m], outlets[k]];
    }
    outlets.length = n;
    for (const o of outlets) {
      const { title, text } = write(o, x, r);
      const day = Math.min(6, x.day + (r() < 0.7 ? 0 : 1));
      lines.push({ id: `inc-${i}-${o}`, title, text, date: new Date(base + day * 86_400_000).toISOString().slice(0, 10), source: OUTLETS[o], story: `inc-${i}` });
    }
  }
  return dayShuffled(lines, r);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const at = process.argv.indexOf('--incidents');
  const n = at > 0 ? Number(process.argv[at + 1]) : 300;
  const out = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 'incidents.jsonl';
  writeFileSync(out, incidentStream(n).map((l) => JSON.stringify(l)).join('\n') + '\n');
  process.stdout.write(`${out}\n`);
}
