/**
 * Small, documented lists of general knowledge the pipeline needs: wire agencies, city time zones,
 * role titles, countries and venue words. Nothing here names a person or an event of any corpus.
 */

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

/** Dateline cities (lower case) to IANA time zones; a dateline names where the clock reads. */
export const CITY_TIME_ZONES: Record<string, string> = {
  'new delhi': 'Asia/Kolkata',
  delhi: 'Asia/Kolkata',
  mumbai: 'Asia/Kolkata',
  kolkata: 'Asia/Kolkata',
  chennai: 'Asia/Kolkata',
  bengaluru: 'Asia/Kolkata',
  bangalore: 'Asia/Kolkata',
  hyderabad: 'Asia/Kolkata',
  ahmedabad: 'Asia/Kolkata',
  lucknow: 'Asia/Kolkata',
  moscow: 'Europe/Moscow',
  'st petersburg': 'Europe/Moscow',
  london: 'Europe/London',
  paris: 'Europe/Paris',
  berlin: 'Europe/Berlin',
  brussels: 'Europe/Brussels',
  geneva: 'Europe/Zurich',
  rome: 'Europe/Rome',
  madrid: 'Europe/Madrid',
  'the hague': 'Europe/Amsterdam',
  amsterdam: 'Europe/Amsterdam',
  kyiv: 'Europe/Kyiv',
  istanbul: 'Europe/Istanbul',
  ankara: 'Europe/Istanbul',
  washington: 'America/New_York',
  'new york': 'America/New_York',
  'los angeles': 'America/Los_Angeles',
  'san francisco': 'America/Los_Angeles',
  ottawa: 'America/Toronto',
  beijing: 'Asia/Shanghai',
  shanghai: 'Asia/Shanghai',
  'hong kong': 'Asia/Hong_Kong',
  tokyo: 'Asia/Tokyo',
  seoul: 'Asia/Seoul',
  singapore: 'Asia/Singapore',
  jakarta: 'Asia/Jakarta',
  bali: 'Asia/Makassar',
  'nusa dua': 'Asia/Makassar',
  dhaka: 'Asia/Dhaka',
  kathmandu: 'Asia/Kathmandu',
  colombo: 'Asia/Colombo',
  islamabad: 'Asia/Karachi',
  karachi: 'Asia/Karachi',
  kabul: 'Asia/Kabul',
  dubai: 'Asia/Dubai',
  riyadh: 'Asia/Riyadh',
  doha: 'Asia/Qatar',
  'lusail': 'Asia/Qatar',
  tehran: 'Asia/Tehran',
  jerusalem: 'Asia/Jerusalem',
  cairo: 'Africa/Cairo',
  nairobi: 'Africa/Nairobi',
  johannesburg: 'Africa/Johannesburg',
  sydney: 'Australia/Sydney',
  canberra: 'Australia/Sydney',
  melbourne: 'Australia/Melbourne',
  'buenos aires': 'America/Argentina/Buenos_Aires',
  brasilia: 'America/Sao_Paulo',
  'mexico city': 'America/Mexico_City',
};

/** Time-zone abbreviations seen in stamps, as minutes east of UTC. */
export const ZONE_ABBREVIATIONS: Record<string, { offsetMinutes: number; zone: string }> = {
  IST: { offsetMinutes: 330, zone: 'Asia/Kolkata' },
  UTC: { offsetMinutes: 0, zone: 'UTC' },
  GMT: { offsetMinutes: 0, zone: 'UTC' },
  MSK: { offsetMinutes: 180, zone: 'Europe/Moscow' },
  BST: { offsetMinutes: 60, zone: 'Europe/London' },
  CET: { offsetMinutes: 60, zone: 'Europe/Paris' },
  CEST: { offsetMinutes: 120, zone: 'Europe/Paris' },
  EST: { offsetMinutes: -300, zone: 'America/New_York' },
  EDT: { offsetMinutes: -240, zone: 'America/New_York' },
  PST: { offsetMinutes: -480, zone: 'America/Los_Angeles' },
  PDT: { offsetMinutes: -420, zone: 'America/Los_Angeles' },
  JST: { offsetMinutes: 540, zone: 'Asia/Tokyo' },
  AST: { offsetMinutes: 180, zone: 'Asia/Riyadh' },
  WIB: { offsetMinutes: 420, zone: 'Asia/Jakarta' },
  WITA: { offsetMinutes: 480, zone: 'Asia/Makassar' },
  SGT: { offsetMinutes: 480, zone: 'Asia/Singapore' },
};

/** Heads of role titles ("Defence Minister", "Spokesperson"); modifiers before them are kept. */
export const ROLE_HEADS = [
  'Secretary of State', 'Secretary of Defense', 'Secretary-General', 'Chief of Staff', 'Prime Minister', 'Minister', 'President', 'Vice President', 'Spokesperson', 'Spokesman', 'Spokeswoman',
  'Secretary', 'Ambassador', 'Chief Justice', 'Justice', 'Judge', 'Chancellor', 'Governor', 'Mayor',
  'Senator', 'Chairman', 'Chairperson', 'Chair', 'Director', 'Commissioner', 'Captain', 'Coach', 'Chief',
  'Advisor', 'Adviser', 'King', 'Queen', 'Crown Prince', 'Emir', 'Envoy', 'Leader', 'Speaker', 'General Secretary',
  'Chief Executive', 'CEO', 'Administrator',
];

/** Honorifics and ranks that precede a name but are not part of it. */
export const HONORIFICS = ['Dr', 'Mr', 'Mrs', 'Ms', 'Prof', 'General', 'Gen', 'Lt', 'Col', 'Sir', 'Dame', 'Shri', 'Smt', 'Justice', 'Sheikh', 'Admiral', 'Marshal'];

/** Abbreviated role titles used before names in South Asian and other copy. */
export const ROLE_ABBREVIATIONS: Record<string, string> = {
  PM: 'Prime Minister',
  RM: 'Defence Minister',
  EAM: 'External Affairs Minister',
  FM: 'Foreign Minister',
  CJI: 'Chief Justice of India',
  CM: 'Chief Minister',
  HM: 'Home Minister',
};

/** Words after a name that make it a building, road, institution or thing rather than a person. */
export const NON_PERSON_FOLLOWERS = [
  'Bhawan', 'Bhavan', 'Marg', 'Road', 'Street', 'Avenue', 'Airport', 'Stadium', 'Hall', 'House', 'Centre',
  'Center', 'University', 'College', 'School', 'Hospital', 'Institute', 'Foundation', 'Trust', 'Award',
  'Prize', 'Trophy', 'Cup', 'Doctrine', 'Act', 'Bridge', 'Park', 'Station', 'Nagar', 'Memorial', 'Square',
  'Smriti', 'Sadan', 'Niwas', 'Chowk', 'Ghat', 'Museum', 'Library', 'Temple', 'Mosque', 'Church',
  'Auditorium', 'Complex', 'Hotel', 'Palace', 'Highway', 'Expressway', 'Express', 'Port', 'Island', 'Medical',
  'Tours', 'Group', 'Airlines', 'Airways', 'Motors', 'Industries', 'Limited', 'Ltd', 'Inc', 'Corporation',
  'Company', 'Bank', 'Ministry', 'Scheme', 'Yojana', 'Mission', 'Jayanti', 'Lecture', 'Fellowship', 'Scholarship',
];

/** Words that end a venue name ("Sushma Swaraj Bhawan", "Hyderabad House"). */
export const VENUE_HEADS = [
  'Bhawan', 'Bhavan', 'House', 'Hall', 'Palace', 'Centre', 'Center', 'Hotel', 'Stadium', 'Kremlin',
  'Court', 'Parliament', 'Secretariat', 'Castle', 'Arena', 'Building', 'Mandapam', 'Complex', 'Office',
];

/** Countries with their adjectives, for naming the sides of bilateral events. */
export const COUNTRIES: Record<string, string[]> = {
  India: ['India', 'Indian', 'Indo'],
  Russia: ['Russia', 'Russian'],
  China: ['China', 'Chinese', 'Sino'],
  'United States': ['United States', 'USA', 'US', 'American'],
  'United Kingdom': ['United Kingdom', 'UK', 'Britain', 'British'],
  France: ['France', 'French'],
  Germany: ['Germany', 'German'],
  Japan: ['Japan', 'Japanese'],
  Pakistan: ['Pakistan', 'Pakistani'],
  Afghanistan: ['Afghanistan', 'Afghan'],
  Bangladesh: ['Bangladesh', 'Bangladeshi'],
  Nepal: ['Nepal', 'Nepalese'],
  'Sri Lanka': ['Sri Lanka', 'Sri Lankan'],
  Australia: ['Australia', 'Australian'],
  Canada: ['Canada', 'Canadian'],
  Brazil: ['Brazil', 'Brazilian'],
  Argentina: ['Argentina', 'Argentine', 'Argentinian'],
  Indonesia: ['Indonesia', 'Indonesian'],
  Ukraine: ['Ukraine', 'Ukrainian'],
  Turkey: ['Turkey', 'Turkish'],
  Iran: ['Iran', 'Iranian'],
  Israel: ['Israel', 'Israeli'],
  Egypt: ['Egypt', 'Egyptian'],
  'South Africa': ['South Africa', 'South African'],
  'South Korea': ['South Korea', 'South Korean'],
  Qatar: ['Qatar', 'Qatari'],
  'Saudi Arabia': ['Saudi Arabia', 'Saudi'],
  Italy: ['Italy', 'Italian'],
  Spain: ['Spain', 'Spanish'],
  Mexico: ['Mexico', 'Mexican'],
};
