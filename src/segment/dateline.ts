// Wire-service datelines that open a story's first paragraph: "LONDON (AP) _ ", "BUENOS AIRES, Argentina _ ",
// "BAGHDAD, Oct 26 (Reuters) - ", "Habbaniyah, Iraq (AFP) - ". They are metadata, not part of the first sentence.

/** Agencies named in a dateline's parentheses, so the outlet can be read from it. */
const AGENCIES: Record<string, string> = {
  AP: 'Associated Press', REUTERS: 'Reuters', AFP: 'Agence France-Presse', XINHUA: 'Xinhua', UPI: 'UPI',
  DPA: 'dpa', ANSA: 'ANSA', EFE: 'EFE', CNN: 'CNN', BLOOMBERG: 'Bloomberg', IANS: 'IANS', PTI: 'PTI',
  ANI: 'ANI', TASS: 'TASS', AA: 'Anadolu Agency', KYODO: 'Kyodo', YONHAP: 'Yonhap',
};

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
  const agency = agencyRaw ? (AGENCIES[agencyRaw] ?? null) : null;
  return { length: m[0].length, text: m[0].trim(), agency };
}
