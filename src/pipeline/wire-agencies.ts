/** News agencies as copy credits them: their codes and full names (general knowledge, like gazetteer.ts). */

/** News agencies whose credit means "supplied the copy", keyed by the code they sign with. */
export const WIRE_AGENCIES: Record<string, string> = {
  ANI: 'ANI',
  PTI: 'PTI',
  IANS: 'IANS',
  UNI: 'UNI',
  SNS: 'SNS',
  REUTERS: 'Reuters',
  AFP: 'AFP',
  AP: 'AP',
  TASS: 'TASS',
  SPUTNIK: 'Sputnik',
  XINHUA: 'Xinhua',
  BLOOMBERG: 'Bloomberg',
  DPA: 'dpa',
  EFE: 'EFE',
  ANSA: 'ANSA',
  KYODO: 'Kyodo',
  YONHAP: 'Yonhap',
  BERNAMA: 'Bernama',
};

/** Agencies' full names as credit lines spell them, to their codes. */
export const WIRE_AGENCY_NAMES: Record<string, string> = {
  'associated press': 'AP',
  'press trust of india': 'PTI',
  'asian news international': 'ANI',
  'indo-asian news service': 'IANS',
  'united news of india': 'UNI',
  'agence france-presse': 'AFP',
  'agence france presse': 'AFP',
  'thomson reuters': 'REUTERS',
  'statesman news service': 'SNS',
};

/** The agency code of a full agency name ("Associated Press" → "AP"), or null. */
export function wireCodeOfName(name: string): string | null {
  const key = (written: string) => written.toLowerCase().replace(/[\s-]+/g, ' ');
  const wanted = key(name);
  return Object.entries(WIRE_AGENCY_NAMES).find(([known]) => key(known) === wanted)?.[1] ?? null;
}
