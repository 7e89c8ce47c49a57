// Wire-service datelines that open a story's first paragraph: "LONDON (AP) _ ", "BUENOS AIRES, Argentina _ ",
// "NAIROBI, March 3 (Reuters) - ", "Marlow, England (AFP) - ". They are metadata, not part of the first sentence.

import { newsOutlets } from '../lexicons.js';

/** Agencies named in a dateline's parentheses, by code in capitals, so the outlet can be read from it (data/lexicons/agencies.json). */
const AGENCIES: ReadonlyMap<string, string> = new Map(newsOutlets().flatMap((o) => o.dateline.map((code) => [code.toUpperCase(), o.name] as const)));

// PLACE[, Region][, date] [(AGENCY)] SEPARATOR, where PLACE is in capitals (wire style) or a capitalised name
// followed by an agency in parentheses; the separator is AP's "_" or a dash.
const DATELINE =
  /^((?:[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})?(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?(?: \(([A-Za-z ]{2,20})\))?)|(?:[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?:, [A-Z][a-z]+(?: [A-Z][a-z]+){0,2})? \(([A-Za-z ]{2,20})\)))\s*(?:_|-|–|—|--|:)\s+(?=["“A-Z0-9])/;

export interface Dateline {
  /** Length of the dateline, separator and following space included. */
  length: number;
  text: string;
  agency: string | null;
}

export function findDateline(paragraph: string): Dateline | null {
  const m = DATELINE.exec(paragraph);
  if (!m) return null;
  const agencyRaw = (m[2] ?? m[3] ?? '').trim().toUpperCase();
  const agency = agencyRaw ? (AGENCIES.get(agencyRaw) ?? null) : null;
  return { length: m[0].length, text: m[0].trim(), agency };
}
