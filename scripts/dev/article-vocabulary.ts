/** The word lists generate-articles.ts writes its synthetic articles from: people, places, outlets and what is said. */

export const GIVEN = [
  'Arjun',
  'Meera',
  'Daniel',
  'Sofia',
  'Kenji',
  'Amara',
  'Lukas',
  'Priya',
  'Omar',
  'Elena',
  'Tomasz',
  'Aiko',
  'Rahul',
  'Nadia',
  'Carlos',
  'Ingrid',
  'Kwame',
  'Leila',
  'Viktor',
  'Hana',
];
export const SURNAMES = [
  'Menon',
  'Okafor',
  'Lindqvist',
  'Takahashi',
  'Haddad',
  'Kowalski',
  'Fernandes',
  'Iyer',
  'Novak',
  'Mbeki',
  'Schmidt',
  'Rossi',
  'Kapoor',
  'Yilmaz',
  'Petrov',
  'Santos',
  'Nakamura',
  'Bose',
  'Duarte',
  'Farouk',
];
export const ROLES = [
  'Foreign Minister',
  'Defence Minister',
  'Prime Minister',
  'President',
  'Trade Minister',
  'Finance Minister',
  'Energy Minister',
  'Spokesperson',
];
export const COUNTRIES = [
  'India',
  'Japan',
  'Brazil',
  'Germany',
  'Kenya',
  'Indonesia',
  'France',
  'Egypt',
  'Australia',
  'Canada',
];
export const CITIES: Array<[string, string]> = [
  ['NEW DELHI', 'IST'],
  ['TOKYO', 'JST'],
  ['LONDON', 'BST'],
  ['JAKARTA', 'WIB'],
  ['SINGAPORE', 'SGT'],
  ['PARIS', 'CEST'],
  ['MOSCOW', 'MSK'],
];
export const PUBLISHERS = [
  'Daily Ledger',
  'Morning Courier',
  'The Civic Post',
  'Metro Herald',
  'Evening Standard Times',
  'National Observer',
];
export const WIRES = ['PTI', 'ANI', 'Reuters', 'AFP', 'IANS', 'AP'];
export const TOPICS = [
  'trade',
  'energy security',
  'maritime cooperation',
  'climate finance',
  'defence ties',
  'digital payments',
  'food security',
  'space research',
];
export const VENUES = [
  'Hyderabad House',
  'the Foreign Office',
  'the Convention Centre',
  'the State Guest House',
  'the Presidential Palace',
];
export const OPENINGS = [
  'We agreed to move faster on',
  'Our teams will now work on',
  'There is real momentum on',
  'We reviewed progress on',
  'We set clear targets for',
];
export const LINKS = ['and we expect', 'so that we reach', 'with the aim of', 'because both sides want'];
export const GOALS = [
  'a framework agreement',
  'joint production',
  'a new dialogue mechanism',
  'doubled bilateral trade',
  'a shared research centre',
  'visa facilitation',
];
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
