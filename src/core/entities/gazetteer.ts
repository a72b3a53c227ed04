/**
 * Place names and organisation cues the entity finder knows without a model: countries,
 * their adjectives, regions and large cities. Data only.
 */
import { NEWS_AGENCIES } from './news-agencies.ts';
import { wordTable } from '../text/word-table.ts';

export const COUNTRIES = [
  'Afghanistan', 'Albania', 'Algeria', 'Andorra', 'Angola', 'Argentina', 'Armenia', 'Australia', 'Austria', 'Azerbaijan',
  'Bahamas', 'Bahrain', 'Bangladesh', 'Barbados', 'Belarus', 'Belgium', 'Belize', 'Benin', 'Bhutan', 'Bolivia', 'Bosnia',
  'Botswana', 'Brazil', 'Brunei', 'Bulgaria', 'Burkina Faso', 'Burundi', 'Cambodia', 'Cameroon', 'Canada', 'Chad', 'Chile',
  'China', 'Colombia', 'Comoros', 'Congo', 'Costa Rica', 'Croatia', 'Cuba', 'Cyprus', 'Czech Republic', 'Czechia', 'Denmark',
  'Djibouti', 'Dominica', 'Dominican Republic', 'Ecuador', 'Egypt', 'El Salvador', 'Eritrea', 'Estonia', 'Eswatini',
  'Ethiopia', 'Fiji', 'Finland', 'France', 'Gabon', 'Gambia', 'Georgia', 'Germany', 'Ghana', 'Greece', 'Grenada',
  'Guatemala', 'Guinea', 'Guyana', 'Haiti', 'Honduras', 'Hungary', 'Iceland', 'India', 'Indonesia', 'Iran', 'Iraq',
  'Ireland', 'Israel', 'Italy', 'Ivory Coast', 'Jamaica', 'Japan', 'Jordan', 'Kazakhstan', 'Kenya', 'Kiribati', 'Kosovo',
  'Kuwait', 'Kyrgyzstan', 'Laos', 'Latvia', 'Lebanon', 'Lesotho', 'Liberia', 'Libya', 'Liechtenstein', 'Lithuania',
  'Luxembourg', 'Madagascar', 'Malawi', 'Malaysia', 'Maldives', 'Mali', 'Malta', 'Mauritania', 'Mauritius', 'Mexico',
  'Moldova', 'Monaco', 'Mongolia', 'Montenegro', 'Morocco', 'Mozambique', 'Myanmar', 'Namibia', 'Nauru', 'Nepal',
  'Netherlands', 'New Zealand', 'Nicaragua', 'Niger', 'Nigeria', 'North Korea', 'North Macedonia', 'Norway', 'Oman',
  'Pakistan', 'Palau', 'Palestine', 'Panama', 'Papua New Guinea', 'Paraguay', 'Peru', 'Philippines', 'Poland', 'Portugal',
  'Qatar', 'Romania', 'Russia', 'Rwanda', 'Samoa', 'San Marino', 'Saudi Arabia', 'Senegal', 'Serbia', 'Seychelles',
  'Sierra Leone', 'Singapore', 'Slovakia', 'Slovenia', 'Somalia', 'South Africa', 'South Korea', 'South Sudan', 'Spain',
  'Sri Lanka', 'Sudan', 'Suriname', 'Sweden', 'Switzerland', 'Syria', 'Taiwan', 'Tajikistan', 'Tanzania', 'Thailand',
  'Togo', 'Tonga', 'Trinidad and Tobago', 'Tunisia', 'Turkey', 'Turkmenistan', 'Tuvalu', 'Uganda', 'Ukraine',
  'United Arab Emirates', 'United Kingdom', 'United States', 'Uruguay', 'Uzbekistan', 'Vanuatu', 'Venezuela', 'Vietnam',
  'Yemen', 'Zambia', 'Zimbabwe', 'Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'America', 'U.S.', 'US',
  'UK', 'U.K.', 'USA', 'Korea', 'Holland', 'Vatican',
];

export const REGIONS = [
  'Xinjiang', 'Tibet', 'Hong Kong', 'Macao', 'Macau', 'Crimea', 'Donbas', 'Gaza', 'West Bank', 'Kashmir', 'Catalonia',
  'Quebec', 'Ontario', 'Bavaria', 'Siberia', 'Europe', 'Asia', 'Africa', 'Antarctica', 'Latin America', 'Middle East',
  'Central Asia', 'South Asia', 'Southeast Asia', 'East Asia', 'North America', 'South America', 'Caribbean', 'Balkans',
  'Scandinavia', 'Arctic', 'Pacific', 'Atlantic', 'Mediterranean', 'Sahara', 'Amazon', 'Alabama', 'Alaska', 'Arizona',
  'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Hawaii', 'Idaho', 'Illinois', 'Indiana',
  'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi',
  'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'North Carolina',
  'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota',
  'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'West Virginia', 'Wisconsin', 'Wyoming', 'Yorkshire', 'Kent',
  'Essex', 'Surrey', 'Cornwall', 'Devon', 'Lancashire', 'Guangdong', 'Sichuan', 'Yunnan', 'Hubei', 'Zhejiang', 'Jiangsu',
  'Shandong', 'Fujian', 'Hainan', 'Inner Mongolia',
];

export const CITIES = [
  'Beijing', 'Shanghai', 'Shenzhen', 'Guangzhou', 'Wuhan', 'Tianjin', 'Chongqing', 'Chengdu', 'Nanjing', "Xi'an",
  'Urumqi', 'Bishkek', 'Tashkent', 'Astana', 'Almaty', 'Dushanbe', 'Moscow', 'Kyiv', 'Kiev', 'Minsk', 'Warsaw', 'Berlin',
  'Munich', 'Frankfurt', 'Hamburg', 'Paris', 'Marseille', 'Lyon', 'London', 'Manchester', 'Liverpool', 'Birmingham',
  'Leeds', 'Glasgow', 'Edinburgh', 'Cardiff', 'Belfast', 'Dublin', 'Madrid', 'Barcelona', 'Lisbon', 'Rome', 'Milan',
  'Naples', 'Venice', 'Athens', 'Vienna', 'Prague', 'Budapest', 'Bucharest', 'Sofia', 'Belgrade', 'Zagreb', 'Brussels',
  'Amsterdam', 'The Hague', 'Geneva', 'Zurich', 'Stockholm', 'Oslo', 'Copenhagen', 'Helsinki', 'Istanbul', 'Ankara',
  'Tehran', 'Baghdad', 'Damascus', 'Beirut', 'Jerusalem', 'Tel Aviv', 'Cairo', 'Riyadh', 'Dubai', 'Abu Dhabi', 'Doha',
  'Kabul', 'Islamabad', 'Karachi', 'Lahore', 'New Delhi', 'Delhi', 'Mumbai', 'Kolkata', 'Bangalore', 'Dhaka',
  'Colombo', 'Kathmandu', 'Bangkok', 'Hanoi', 'Ho Chi Minh City', 'Manila', 'Jakarta', 'Kuala Lumpur', 'Seoul',
  'Pyongyang', 'Tokyo', 'Osaka', 'Taipei', 'Sydney', 'Melbourne', 'Canberra', 'Auckland', 'Wellington', 'Nairobi',
  'Lagos', 'Abuja', 'Johannesburg', 'Cape Town', 'Addis Ababa', 'Khartoum', 'Algiers', 'Tunis', 'Rabat', 'Casablanca',
  'Accra', 'Dakar', 'Kinshasa', 'Washington', 'New York', 'New York City', 'Los Angeles', 'Chicago', 'Houston',
  'Phoenix', 'Philadelphia', 'San Antonio', 'San Diego', 'Dallas', 'San Francisco', 'Seattle', 'Boston', 'Miami',
  'Atlanta', 'Denver', 'Detroit', 'Las Vegas', 'Baltimore', 'New Orleans', 'Orlando', 'Toronto', 'Montreal',
  'Vancouver', 'Ottawa', 'Mexico City', 'Havana', 'Bogota', 'Lima', 'Santiago', 'Buenos Aires', 'Sao Paulo',
  'Rio de Janeiro', 'Brasilia', 'Caracas', 'Quito',
];

/**
 * Adjectives of nationality, mapped to the country (used for roles like "Kyrgyz President").
 * No prototype: callers look words up by property (`DEMONYMS[word]`), and a story's "Constructor"
 * or "toString" must not find Object's methods.
 */
export const DEMONYMS: Readonly<Record<string, string>> = wordTable({
  Afghan: 'Afghanistan', American: 'United States', Australian: 'Australia', Austrian: 'Austria', Belgian: 'Belgium',
  Brazilian: 'Brazil', British: 'United Kingdom', Canadian: 'Canada', Chinese: 'China', Cuban: 'Cuba', Czech: 'Czechia',
  Danish: 'Denmark', Dutch: 'Netherlands', Egyptian: 'Egypt', English: 'England', Finnish: 'Finland', French: 'France',
  German: 'Germany', Greek: 'Greece', Indian: 'India', Indonesian: 'Indonesia', Iranian: 'Iran', Iraqi: 'Iraq',
  Irish: 'Ireland', Israeli: 'Israel', Italian: 'Italy', Japanese: 'Japan', Kazakh: 'Kazakhstan', Kenyan: 'Kenya',
  Korean: 'Korea', Kyrgyz: 'Kyrgyzstan', Mexican: 'Mexico', Nigerian: 'Nigeria', Norwegian: 'Norway',
  Pakistani: 'Pakistan', Palestinian: 'Palestine', Polish: 'Poland', Portuguese: 'Portugal', Russian: 'Russia',
  Saudi: 'Saudi Arabia', Scottish: 'Scotland', Spanish: 'Spain', Swedish: 'Sweden', Swiss: 'Switzerland',
  Syrian: 'Syria', Tajik: 'Tajikistan', Thai: 'Thailand', Turkish: 'Turkey', Turkmen: 'Turkmenistan',
  Ukrainian: 'Ukraine', Uzbek: 'Uzbekistan', Venezuelan: 'Venezuela', Vietnamese: 'Vietnam', Welsh: 'Wales',
  Filipino: 'Philippines', Argentine: 'Argentina', Colombian: 'Colombia', Chilean: 'Chile', Peruvian: 'Peru',
  Belarusian: 'Belarus', Hungarian: 'Hungary', Romanian: 'Romania', Bulgarian: 'Bulgaria', Serbian: 'Serbia',
  Croatian: 'Croatia', Lebanese: 'Lebanon', Jordanian: 'Jordan', Qatari: 'Qatar', Emirati: 'United Arab Emirates',
  Ethiopian: 'Ethiopia', 'South African': 'South Africa', 'North Korean': 'North Korea', 'South Korean': 'South Korea',
  Argentinian: 'Argentina',
});

const DEMONYM_SET: ReadonlySet<string> = new Set(Object.keys(DEMONYMS));
/** Is this an adjective of nationality ("Chinese", "South African")? A set, not a property look-up on DEMONYMS: this runs per word. */
export const isDemonym = (w: string): boolean => DEMONYM_SET.has(w);

/**
 * Head words of organisations that a name before them makes part of the name even where the
 * story lost its capitals ("harvard university", "labour party"): the truecaser reads these.
 */
export const NAMED_BODY_HEADS: readonly string[] = [
  'Party', 'Ministry', 'Council', 'Committee', 'Commission', 'Association', 'Union', 'Corporation', 'Corp', 'Inc', 'Ltd',
  'University', 'College', 'Federation', 'League', 'FC', 'Institute', 'Foundation', 'Society', 'Trust', 'Airlines',
  'Airways', 'Motors', 'Technologies', 'Holdings', 'Hospital', 'School',
];

/** Words that make a capitalised phrase an organisation when they end it. */
export const ORG_HEADS = new Set([
  ...NAMED_BODY_HEADS,
  // Bodies every country or town has, which follow a place as ordinary words in lower case ("bosnian police").
  'Organization', 'Organisation', 'Bank', 'Company', 'Co', 'Group', 'Agency', 'Court', 'Congress', 'Parliament', 'Senate',
  'Assembly', 'Army', 'Navy', 'Police', 'Department', 'Office', 'Club', 'Fund', 'Bureau', 'Service', 'Authority',
  'Administration', 'Times', 'Post', 'Journal', 'News', 'Press', 'Network', 'Forces', 'Force', 'Board', 'Alliance',
  'Coalition', 'Systems', 'Partners', 'Labs', 'Cabinet', 'Government', 'Secretariat', 'Tribunal', 'Guard', 'Brigade',
  'Exchange', 'Reserve',
  // Institutions named as buildings: "Cleveland Metroparks Zoo" is no person.
  'Zoo', 'Museum', 'Gallery', 'Theatre', 'Theater', 'Library', 'Cathedral',
]);

/** Well-known organisations and news agencies (news-agencies.ts, those marked knownOrg), recognised by name alone. */
export const KNOWN_ORGS = new Set([
  ...NEWS_AGENCIES.filter((a) => a.knownOrg).map((a) => a.name),
  'Associated Press', 'Agence France-Presse', 'NBC', 'CBS', 'ABC', 'Fox News', 'NPR', 'TASS', 'Kyodo', 'Yonhap', 'NATO', 'UN', 'U.N.', 'United Nations', 'EU', 'European Union',
  'WHO', 'IMF', 'World Bank', 'WTO', 'OPEC', 'FBI', 'CIA', 'NASA', 'Pentagon', 'Kremlin', 'White House', 'Google',
  'Apple', 'Microsoft', 'Amazon.com', 'Facebook', 'Meta', 'Twitter', 'Tesla', 'Huawei', 'Alibaba', 'Tencent', 'Samsung',
  'Toyota', 'Boeing', 'Airbus', 'Interpol', 'Red Cross', 'Greenpeace', 'Hamas', 'Hezbollah', 'Taliban', 'FIFA', 'IOC',
  'ASEAN', 'African Union', 'G7', 'G20', 'SCO', 'BRICS', 'Daily Mail', 'Mail Online', 'MailOnline',
]);

/**
 * Offices written right before a name, as its title ("Sheriff Rosco Coltrane", "Mayor Margit
 * Okonkwo"): the truecaser reads the word after one as a name when it can be one.
 */
export const OFFICES_BEFORE_NAMES: readonly string[] = [
  'President', 'Premier', 'Chancellor', 'General', 'Governor', 'Mayor', 'Senator', 'Congressman', 'Congresswoman', 'King',
  'Queen', 'Prince', 'Princess', 'Pope', 'Judge', 'Commissioner', 'Coach', 'Captain', 'Officer', 'Inspector', 'Detective',
  'Sergeant', 'Lieutenant', 'Colonel', 'Sheriff',
];

/** Titles and offices that introduce a person's name ("President Xi Jinping"). */
export const TITLE_WORDS = new Set([
  ...OFFICES_BEFORE_NAMES,
  'Vice', 'Prime', 'Minister', 'Secretary', 'Foreign', 'Defense', 'Defence', 'Finance', 'Interior', 'Home', 'State',
  'Chairman', 'Chairwoman', 'Chair', 'Chief', 'Executive', 'CEO', 'Director', 'Sen.', 'Rep.', 'Representative', 'Speaker',
  'Ambassador', 'Envoy', 'Justice', 'Attorney', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Manager', 'Major', 'Gen.',
  'Admiral', 'Dr.', 'Professor', 'Prof.', 'Rev.', 'Bishop', 'Archbishop', 'Cardinal', 'Sheikh', 'Emir', 'Sultan', 'Leader',
  'Deputy', 'Assistant', 'Head', 'Founder', 'Striker', 'Midfielder', 'Defender', 'Goalkeeper', 'Champion', 'Lawmaker',
  'Councillor', 'Councilman', 'Mr.', 'Mrs.', 'Ms.', 'Mr', 'Mrs', 'Ms', 'Dr',
]);

export const MONTH_AND_DAY_NAMES = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Monday', 'Tuesday',
  'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Today', 'Yesterday', 'Tomorrow',
]);
