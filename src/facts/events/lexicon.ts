// The verb classes of data/lexicons/event-verbs.json, expanded to every inflected form.
import { loadLexicon } from '../../lexicons.js';

export interface VerbClass {
  action: string;
  object?: string[];
  namedObject?: boolean;
  inverse?: boolean;
  needsVerbTag?: boolean;
  /** Takes an object whenever active: written with none, the form is a participle read as a passive. */
  transitive?: boolean;
  /** When the verb has an object, it must hold one of these words; with none the class fires. */
  objectIfAny?: string[];
  /** The verb must be followed by one of these words ("pulled out", "pulled back"). */
  particles?: string[];
  /** An object whose first noun is one of these is an idiom, not the class ("took part", "took advantage of"). */
  notObjectHeads?: string[];
}

export interface VerbForm extends VerbClass {
  base: string;
  /** A past participle, which with "was/were/been" makes the passive ("was captured by"). */
  participle: boolean;
  /** A simple past or a past participle ("captured", "took", "taken"): the forms that report a finished happening. */
  past: boolean;
}

interface EventVerbsFile {
  classes: (VerbClass & { verbs: string[] })[];
}

const SIBILANT = /(?:s|sh|ch|x|z)$/;
const CONSONANT_Y = /[^aeiou]y$/;

/** Regular inflections of a base form: base, -s, -ed, -ing (irregular past and participle given explicitly). */
function inflect(spec: string): { form: string; participle: boolean; past: boolean }[] {
  const [base, past, participle] = spec.split('|');
  const stem = base.endsWith('e') && !base.endsWith('ee') ? base.slice(0, -1) : base;
  const third = SIBILANT.test(base) ? `${base}es` : CONSONANT_Y.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  const regularPast = base.endsWith('e') ? `${base}d` : CONSONANT_Y.test(base) ? `${base.slice(0, -1)}ied` : `${base}ed`;
  const doubled = past && past !== regularPast && past.endsWith(`${base.slice(-1)}${base.slice(-1)}ed`);
  const ing = doubled ? `${base}${base.slice(-1)}ing` : `${stem}ing`;
  const out = [
    { form: base, participle: false, past: false },
    { form: third, participle: false, past: false },
    { form: ing, participle: false, past: false },
    { form: past ?? regularPast, participle: !participle || participle === past, past: true },
  ];
  if (participle && participle !== past) out.push({ form: participle, participle: true, past: true });
  return out;
}

let forms: Map<string, VerbForm[]> | null = null;

/** Every inflected form -> the verb classes it may belong to, in lexicon order. */
export function verbForms(): Map<string, VerbForm[]> {
  if (forms) return forms;
  forms = new Map();
  for (const cls of loadLexicon<EventVerbsFile>('event-verbs.json').classes) {
    const { verbs, ...rest } = cls;
    for (const spec of verbs) {
      for (const { form, participle, past } of inflect(spec)) {
        const list = forms.get(form) ?? [];
        list.push({ ...rest, base: spec.split('|')[0], participle, past });
        forms.set(form, list);
      }
    }
  }
  return forms;
}

let pastOf: Map<string, { past: string; inverse: boolean }> | null = null;

/**
 * The simple past of a written verb form of the lexicon ("taken" -> "took", "advancing" -> "advanced"), and whether
 * its class reads the other way round ("Kidal fell to X"), per action; undefined for a form the lexicon lacks.
 */
export function simplePast(written: string, action: string): { past: string; inverse: boolean } | undefined {
  if (!pastOf) {
    pastOf = new Map();
    for (const cls of loadLexicon<EventVerbsFile>('event-verbs.json').classes) {
      for (const spec of cls.verbs) {
        const forms = inflect(spec);
        const past = forms.find((f) => f.past)?.form ?? spec;
        for (const { form } of forms) {
          const key = `${form}|${cls.action}`;
          if (!pastOf.has(key)) pastOf.set(key, { past, inverse: cls.inverse === true });
        }
      }
    }
  }
  return pastOf.get(`${written.toLowerCase()}|${action}`);
}
