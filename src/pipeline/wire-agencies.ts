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

/**
 * What a reader may not know a code stands for: the agency's full name, shown beside the credit and
 * searchable ("SNS" is the Statesman News Service). Keyed by the name WIRE_AGENCIES gives.
 */
export const WIRE_AGENCY_FULL_NAMES: Record<string, string> = {
  ANI: 'Asian News International',
  PTI: 'Press Trust of India',
  IANS: 'Indo-Asian News Service',
  UNI: 'United News of India',
  SNS: 'Statesman News Service, The Statesman’s news agency',
  AFP: 'Agence France-Presse',
  AP: 'Associated Press',
  TASS: 'TASS Russian News Agency',
  Xinhua: 'Xinhua News Agency',
  dpa: 'Deutsche Presse-Agentur',
  EFE: 'Agencia EFE',
  ANSA: 'Agenzia Nazionale Stampa Associata',
  Kyodo: 'Kyodo News',
  Yonhap: 'Yonhap News Agency',
  Bernama: 'Malaysian National News Agency',
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
