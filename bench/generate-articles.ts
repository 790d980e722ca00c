/**
 * A deterministic generator of realistic diplomatic news articles for the benchmarks
 * (`bench:seed`, `bench:read`). Each article is about 3 KB of wire-style prose with a
 * dateline, assembled from the lists below: a pair of states and a mediator, people with
 * titles, a venue, a publication date, and event sentences of all ten types
 * (`../shared/contracts/extraction.md`) in every modality, with relative and absolute
 * dates, reported speech, metonyms, surname-only and pronoun references.
 *
 * The same `(n, seed)` gives byte-identical output on every machine: the only source of
 * randomness is a seeded 32-bit PRNG (no `Math.random`, no clock, no locale), and each
 * article draws from its own stream derived from `(seed, index)`.
 *
 * The people and outlets are invented for the benchmark; the states, capitals and venues
 * are real so that extraction has realistic work to do.
 *
 * CLI: `npx tsx bench/generate-articles.ts --n 1000 --out /tmp/x.jsonl [--seed 1]`
 *      `npx tsx bench/generate-articles.ts --mb 1024 --out /tmp/1g.jsonl` (stop at a size)
 */
import { createWriteStream } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** One generated article; the field names are ones the JSONL loader reads. */
export interface GeneratedArticle {
  id: string;
  url: string;
  title: string;
  /** `YYYY-MM-DD`. */
  published: string;
  source: string;
  /** Body paragraphs separated by blank lines, opening with a dateline. */
  text: string;
}

// ---------------------------------------------------------------------------------------
// Lexicon (invented people, real states)

/** `own`: the title already names the state ("Kremlin spokesperson"), so no demonym goes before it. */
interface Person { title: string; name: string; surname: string; pronoun: 'he' | 'she'; own: boolean }
interface State {
  iso3: string; name: string; demonym: string; capital: string; seat: string | null;
  leader: Person; minister: Person; spokesperson: Person;
}

/** `"Title|Full Name|she|Short"`: pronoun defaults to he, the short form to the last name. */
const person = (spec: string): Person => {
  const [rawTitle, name, pronoun, short] = spec.split('|');
  const own = rawTitle.startsWith('!');
  return {
    title: own ? rawTitle.slice(1) : rawTitle, name, own,
    surname: short || name.slice(name.lastIndexOf(' ') + 1),
    pronoun: pronoun === 'she' ? 'she' : 'he',
  };
};

const state = (iso3: string, name: string, demonym: string, capital: string, seat: string | null, people: string): State => {
  const [leader, minister, spokesperson] = people.split(';').map(person);
  return { iso3, name, demonym, capital, seat, leader, minister, spokesperson };
};

const STATES: State[] = [
  state('USA', 'the United States', 'US', 'Washington', 'the White House', 'President|Thomas Harlan;Secretary of State|Evelyn Marsh|she;!State Department spokesperson|Carl Benning'),
  state('RUS', 'Russia', 'Russian', 'Moscow', 'the Kremlin', 'President|Anatoly Vereshchagin;Foreign Minister|Pavel Sorokin;!Kremlin spokesperson|Gennady Lvov'),
  state('UKR', 'Ukraine', 'Ukrainian', 'Kyiv', null, 'President|Oleksandr Havrylenko;Foreign Minister|Iryna Kovalchuk|she;foreign ministry spokesperson|Taras Melnychuk'),
  state('CHN', 'China', 'Chinese', 'Beijing', null, 'President|Zhou Jianguo|he|Zhou;Foreign Minister|Liang Wenhua|he|Liang;foreign ministry spokesperson|Guo Meiling|she|Guo'),
  state('TWN', 'Taiwan', 'Taiwanese', 'Taipei', null, 'President|Lin Cheng-en|he|Lin;Foreign Minister|Hsu Ya-ting|she|Hsu;presidential office spokesperson|Tsai Wei-lun|he|Tsai'),
  state('IRN', 'Iran', 'Iranian', 'Tehran', null, 'President|Hossein Ahmadzadeh;Foreign Minister|Kazem Farahani;foreign ministry spokesperson|Reza Shirazi'),
  state('ISR', 'Israel', 'Israeli', 'Jerusalem', null, 'Prime Minister|Avraham Levinson;Foreign Minister|Yael Dorfman|she;government spokesperson|Eitan Shalev'),
  state('QAT', 'Qatar', 'Qatari', 'Doha', null, 'Prime Minister|Sheikh Khalid bin Nasser Al Thani|he|Sheikh Khalid;Minister of State for Foreign Affairs|Saad al-Kuwari;foreign ministry spokesperson|Faisal al-Hajri'),
  state('EGY', 'Egypt', 'Egyptian', 'Cairo', null, 'President|Hisham Mansour;Foreign Minister|Tarek El-Sayed;foreign ministry spokesperson|Ahmed Fawzy'),
  state('TUR', 'Turkey', 'Turkish', 'Ankara', null, 'President|Kemal Arslan;Foreign Minister|Selim Aydin;presidential spokesperson|Burak Yildiz'),
  state('DEU', 'Germany', 'German', 'Berlin', null, 'Chancellor|Matthias Brandt;Foreign Minister|Katrin Vogel|she;government spokesperson|Jens Hoffmann'),
  state('FRA', 'France', 'French', 'Paris', 'the Elysee Palace', 'President|Laurent Duval;Foreign Minister|Claire Bertrand|she;foreign ministry spokesperson|Antoine Mercier'),
  state('GBR', 'Britain', 'British', 'London', 'Downing Street', 'Prime Minister|Richard Ashdown;Foreign Secretary|Helen Carver|she;!Downing Street spokesperson|Oliver Pratt'),
  state('IND', 'India', 'Indian', 'New Delhi', null, 'Prime Minister|Rajesh Mehra;External Affairs Minister|Anand Iyer;foreign ministry spokesperson|Vikram Bhatia'),
  state('PAK', 'Pakistan', 'Pakistani', 'Islamabad', null, 'Prime Minister|Nadeem Chaudhry;Foreign Minister|Bilal Hashmi;foreign office spokesperson|Sana Rafiq|she'),
  state('SAU', 'Saudi Arabia', 'Saudi', 'Riyadh', null, 'Crown Prince|Mansour bin Khalid|he|Prince Mansour;Foreign Minister|Prince Abdulaziz bin Saud|he|Prince Abdulaziz;foreign ministry spokesperson|Nawaf al-Otaibi'),
  state('ARE', 'the United Arab Emirates', 'Emirati', 'Abu Dhabi', null, 'President|Sheikh Hamdan bin Rashid|he|Sheikh Hamdan;Foreign Minister|Sheikh Saif bin Khalid|he|Sheikh Saif;Minister of State|Noura al-Suwaidi|she'),
  state('PRK', 'North Korea', 'North Korean', 'Pyongyang', null, 'leader|Pak Chol Su|he|Pak;Foreign Minister|Han Song Ok|she|Han;foreign ministry spokesperson|Ri Kwang Hyok|he|Ri'),
  state('KOR', 'South Korea', 'South Korean', 'Seoul', null, 'President|Park Ji-hoon|he|Park;Foreign Minister|Kim Seo-yeon|she|Kim;presidential spokesperson|Lee Dong-min|he|Lee'),
  state('JPN', 'Japan', 'Japanese', 'Tokyo', null, 'Prime Minister|Hiroshi Takeda;Foreign Minister|Yuko Morimoto|she;Chief Cabinet Secretary|Kenji Ono'),
  state('POL', 'Poland', 'Polish', 'Warsaw', null, 'Prime Minister|Tomasz Wrobel;Foreign Minister|Agnieszka Nowak|she;government spokesperson|Piotr Zielinski'),
  state('HUN', 'Hungary', 'Hungarian', 'Budapest', null, 'Prime Minister|Gabor Kertesz;Foreign Minister|Zoltan Farkas;government spokesperson|Istvan Molnar'),
  state('BLR', 'Belarus', 'Belarusian', 'Minsk', null, 'President|Viktor Karpovich;Foreign Minister|Ivan Zhuk;foreign ministry spokesperson|Anna Klimovich|she'),
  state('OMN', 'Oman', 'Omani', 'Muscat', null, 'Sultan|Hamad bin Said|he|Sultan Hamad;Foreign Minister|Salim al-Harthy;foreign ministry spokesperson|Yusuf al-Rawahi'),
  state('BRA', 'Brazil', 'Brazilian', 'Brasilia', null, 'President|Ricardo Moreira;Foreign Minister|Helena Prado|she;presidential spokesperson|Marcos Lima'),
  state('ZAF', 'South Africa', 'South African', 'Pretoria', null, 'President|Sipho Ndlovu;Minister of International Relations|Thandi Mokoena|she;presidential spokesperson|Lunga Dube'),
  state('VEN', 'Venezuela', 'Venezuelan', 'Caracas', 'Miraflores Palace', 'President|Alfredo Rangel;Foreign Minister|Diego Salazar;government spokesperson|Carmen Ortega|she'),
  state('COL', 'Colombia', 'Colombian', 'Bogota', null, 'President|Andres Castano;Foreign Minister|Lucia Herrera|she;presidential spokesperson|Felipe Rojas'),
  state('AZE', 'Azerbaijan', 'Azerbaijani', 'Baku', null, 'President|Elchin Mammadli;Foreign Minister|Farid Huseynli;foreign ministry spokesperson|Aytan Karimova|she'),
  state('ARM', 'Armenia', 'Armenian', 'Yerevan', null, 'Prime Minister|Davit Hakobyan;Foreign Minister|Ani Petrosyan|she;government spokesperson|Gor Manukyan'),
  state('MDA', 'Moldova', 'Moldovan', 'Chisinau', null, 'President|Elena Rusu|she;Foreign Minister|Andrei Ciobanu;presidential spokesperson|Radu Lungu'),
  state('SRB', 'Serbia', 'Serbian', 'Belgrade', null, 'President|Dragan Jovic;Foreign Minister|Milica Savic|she;government spokesperson|Nenad Ilic'),
  state('ETH', 'Ethiopia', 'Ethiopian', 'Addis Ababa', null, 'Prime Minister|Dawit Bekele;Foreign Minister|Selamawit Tadesse|she;government spokesperson|Yonas Girma'),
  state('SDN', 'Sudan', 'Sudanese', 'Port Sudan', null, 'army chief General|Osman al-Taher;Foreign Minister|Hassan Babiker;government spokesperson|Khalid al-Amin'),
];

interface Org { name: string; short: string; head: Person }
const ORGS: Org[] = [
  { name: 'the European Union', short: 'the EU', head: person('EU foreign policy chief|Annika Sorensen|she') },
  { name: 'the United Nations', short: 'the UN', head: person('UN Secretary-General|Joao Ferreira') },
  { name: 'the International Atomic Energy Agency', short: 'the IAEA', head: person('IAEA Director General|Marek Lindqvist') },
  { name: 'NATO', short: 'NATO', head: person('NATO Secretary General|Henrik Vos') },
  { name: 'the African Union', short: 'the AU', head: person('African Union Commission chairperson|Amina Diallo|she') },
  { name: 'the Arab League', short: 'the Arab League', head: person('Arab League Secretary-General|Mahmoud Saleh') },
  { name: 'the European Commission', short: 'the Commission', head: person('European Commission President|Ingrid Halvorsen|she') },
];

interface Venue { city: string; site: string }
const VENUES: Venue[] = [
  { city: 'Istanbul', site: 'the Dolmabahce Palace' }, { city: 'Geneva', site: 'the Palais des Nations' },
  { city: 'Vienna', site: 'the Palais Coburg' }, { city: 'Doha', site: 'a government guesthouse' },
  { city: 'Cairo', site: 'the headquarters of the intelligence service' }, { city: 'Muscat', site: 'the Omani foreign ministry' },
  { city: 'Riyadh', site: 'the Diriyah Palace' }, { city: 'Jeddah', site: 'a hotel on the Red Sea coast' },
  { city: 'Abu Dhabi', site: 'the Qasr Al Watan palace' }, { city: 'Oslo', site: 'the Nobel Institute' },
  { city: 'Helsinki', site: 'the Finlandia Hall' }, { city: 'Brussels', site: 'the Europa building' },
  { city: 'New York', site: 'UN headquarters' }, { city: 'Ankara', site: 'the presidential complex' },
  { city: 'Baku', site: 'the Gulustan Palace' }, { city: 'Astana', site: 'the Akorda' },
  { city: 'Rome', site: 'the Villa Madama' }, { city: 'Singapore', site: 'the Shangri-La hotel' },
  { city: 'Nairobi', site: 'State House' }, { city: 'Addis Ababa', site: 'the African Union headquarters' },
  { city: 'Budapest', site: 'the Carmelite Monastery' }, { city: 'Belgrade', site: 'the Palace of Serbia' },
  { city: 'Jakarta', site: 'the ASEAN secretariat' }, { city: 'Lisbon', site: 'the Necessidades Palace' },
];

interface Outlet { name: string; domain: string; credit: string | null; style: 0 | 1 | 2 }
const OUTLETS: Outlet[] = [
  { name: 'Meridian Wire', domain: 'meridianwire.example', credit: 'Meridian', style: 0 },
  { name: 'Gulf Dispatch', domain: 'gulfdispatch.example', credit: null, style: 1 },
  { name: 'Danube Herald', domain: 'danubeherald.example', credit: null, style: 2 },
  { name: 'The Harbour Post', domain: 'harbourpost.example', credit: null, style: 2 },
  { name: 'Capital Ledger', domain: 'capitalledger.example', credit: null, style: 1 },
  { name: 'Asia Pacific Monitor', domain: 'asiapacificmonitor.example', credit: 'APM', style: 0 },
  { name: 'Eastern Courier', domain: 'eastcourier.example', credit: null, style: 2 },
  { name: 'Continental Press Service', domain: 'cps-news.example', credit: 'CPS', style: 0 },
];

const TALKS = ['a new round of talks', 'direct negotiations', 'a leaders\' summit', 'talks at expert level', 'a meeting of foreign ministers', 'a phone call between the leaders', 'indirect talks', 'a round of security consultations'];
const DEALS = ['a 30-day ceasefire', 'a prisoner exchange', 'a humanitarian truce', 'a framework agreement', 'a trade deal', 'a maritime security accord', 'a grain export deal', 'an energy ceasefire', 'a border demarcation agreement', 'a roadmap for normalising relations', 'the exchange of the bodies of fallen soldiers', 'a memorandum on nuclear inspections'];
const SANCTIONS = ['sanctions on %D banks', 'tariffs of %P%% on %D steel and aluminium', 'an asset freeze on senior %D officials', 'an arms embargo on %N', 'export controls on advanced chips to %N', 'a ban on %D oil imports', 'secondary tariffs on buyers of %D crude', 'visa bans on %D officials', 'sanctions on %D shipping companies', 'a freeze on %D central bank reserves'];
const AIDS = ['military aid worth $%M million', 'air defence systems', 'humanitarian aid of %M million euros', 'artillery ammunition', 'a %M million dollar reconstruction fund', 'armoured vehicles and spare parts', 'emergency food and medical supplies', 'a loan of $%B billion', 'long-range drones', 'mine-clearing equipment'];
const DEMANDS = ['withdraw its troops from the border areas', 'release all detained journalists', 'halt uranium enrichment', 'stop attacks on civilian infrastructure', 'return the deported children', 'reopen the border crossings to aid convoys', 'hand over the suspects', 'end its support for armed groups', 'allow international inspectors full access', 'pay compensation for the damage'];
const OFFENCES = ['violating the ceasefire', 'interfering in its elections', 'obstructing humanitarian aid', 'cyberattacks on government networks', 'harassing its ships in international waters', 'arming separatist groups', 'spreading disinformation', 'dragging out the negotiations', 'detaining its citizens on fabricated charges', 'breaching its airspace'];
const QUOTES_FIRM = ['We will not negotiate under pressure', 'Our position has not changed', 'The ball is now in their court', 'There can be no peace without justice', 'We have shown maximum flexibility', 'Nobody should test our patience', 'This is an ultimatum, not a proposal', 'We are ready to talk, but not at any price'];
const QUOTES_HOPE = ['Diplomacy is the only way forward', 'We have made real progress', 'The door to dialogue remains open', 'It is a first step, but an important one', 'Both sides showed goodwill', 'We hope to build on this in the coming weeks'];
const CONDITIONS = ['fails to agree to a ceasefire', 'does not release the detainees', 'continues its military build-up', 'refuses to return to the talks', 'goes ahead with the missile tests', 'does not withdraw its forces'];
const BACKGROUND = [
  'Relations between the two countries have deteriorated sharply over the past year.',
  'Analysts said neither side appeared ready for major concessions.',
  'Diplomats said the gaps between the two positions remained wide.',
  'Markets reacted calmly to the news, with oil prices little changed.',
  'The dispute has its roots in a border conflict that broke out decades ago.',
  'Officials on both sides spoke on condition of anonymity because the talks were confidential.',
  'The talks have been overshadowed by fighting along the front line.',
  'Human rights groups have criticised the lack of transparency around the negotiations.',
];

/**
 * Sentences that mention the parties but report no act between them: news prose is mostly
 * this (the dev corpus has about 6 gold events per KB of text), so the extractor has to read
 * them and find nothing. `%A`/`%B`: a state's name; `%a`/`%b`: its demonym; `%C`: A's capital;
 * `%M`: a number.
 */
const CONTEXT = [
  '%A and %B have had no formal diplomatic relations since the conflict began.',
  'The %a economy has contracted for three consecutive quarters, official figures show.',
  'More than %M,000 people have been displaced by the fighting, according to aid agencies.',
  'Opinion polls in %A suggest public support for the talks is falling.',
  'The border between %A and %B has been closed to civilian traffic since the spring.',
  'Residents of %C said life in the capital had largely returned to normal.',
  'The %b parliament is due to debate the budget later in the year.',
  'Trade between %A and %B fell by almost a third last year.',
  'Both governments face elections within the next eighteen months.',
  'The region has seen repeated flare-ups of violence over the past decade.',
  'Independent observers have not been able to verify the claims made by either side.',
  'The %a currency weakened slightly against the dollar in early trading.',
  'Analysts in %C said the government was under pressure from hardliners at home.',
  'The %b delegation is led by a veteran diplomat with long experience of the file.',
  'Satellite images published by independent researchers showed new construction near the border.',
  'The %a opposition has accused the government of mishandling the crisis.',
];

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_SHORT = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

// ---------------------------------------------------------------------------------------
// Calendar: publication days from 2023-01-01 for four years, precomputed once.

interface Day { iso: string; weekday: number; month: number; day: number; year: number }
const EPOCH = Date.UTC(2023, 0, 1);
const SPAN = 4 * 365;
const CALENDAR: Day[] = [];
for (let i = -120; i < SPAN + 120; i++) {
  const d = new Date(EPOCH + i * 86_400_000);
  CALENDAR.push({ iso: d.toISOString().slice(0, 10), weekday: d.getUTCDay(), month: d.getUTCMonth(), day: d.getUTCDate(), year: d.getUTCFullYear() });
}
const dayAt = (i: number): Day => CALENDAR[i + 120];

// ---------------------------------------------------------------------------------------
// PRNG

/** mulberry32: a small, fast, well-mixed 32-bit generator; integer maths only, so portable. */
class Rng {
  private s: number;
  constructor(seed: number) { this.s = seed >>> 0; }
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number { return (this.next() * n) | 0; }
  pick<T>(a: readonly T[]): T { return a[(this.next() * a.length) | 0]; }
  chance(p: number): boolean { return this.next() < p; }
}

/** Mixes (seed, index) into an independent stream seed (splitmix-style finaliser). */
function streamSeed(seed: number, index: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 0x632be5ab, 0xc2b2ae35);
  h ^= h >>> 16; h = Math.imul(h, 0x7feb352d); h ^= h >>> 15; h = Math.imul(h, 0x846ca68b); h ^= h >>> 16;
  return h >>> 0;
}

// ---------------------------------------------------------------------------------------
// One article's context and its referring expressions

type Modality = 'asserted' | 'planned' | 'conditional' | 'negated' | 'hypothetical';

class Ctx {
  readonly seen = new Set<Person>();
  /** The person last named, the only one a pronoun may refer to. */
  last: Person | null = null;
  private readonly variants = new Map<string, number>();
  constructor(
    readonly r: Rng, readonly pub: number, readonly A: State, readonly B: State,
    readonly M: State, readonly O: Org, readonly V: Venue,
  ) {}

  /** A person: full title and name on first mention, then surname or pronoun. */
  who(p: Person, s: State | null, subject = true): string {
    const last = this.last;
    this.last = p;
    if (!this.seen.has(p)) {
      this.seen.add(p);
      return s && !p.own ? `${s.demonym} ${p.title} ${p.name}` : `${p.title} ${p.name}`;
    }
    if (subject && last === p && this.r.chance(0.5)) return p.pronoun === 'she' ? 'She' : 'He';
    return p.surname;
  }
  /** Which of `n` phrasings of `type` to use: a random start, then each in turn, so an article rarely repeats one. */
  v(type: string, n: number): number {
    const used = this.variants.get(type);
    const next = used === undefined ? this.r.int(n) : used + 1;
    this.variants.set(type, next);
    return next % n;
  }
  /** A state, named in varied ways: name, capital, seat of government or "the X government". */
  st(s: State, start = false): string {
    const k = this.r.int(s.seat ? 5 : 4);
    const t = k === 0 || k === 1 ? s.name : k === 2 ? s.capital : k === 3 ? `the ${s.demonym} government` : s.seat!;
    return start ? t.charAt(0).toUpperCase() + t.slice(1) : t;
  }
  speaker(s: State): Person { return this.r.pick([s.leader, s.minister, s.minister, s.spokesperson]); }

  past(): string {
    const k = this.r.int(6);
    if (k === 0) return `on ${WEEKDAYS[dayAt(this.pub).weekday]}`;
    if (k <= 3) return `on ${WEEKDAYS[dayAt(this.pub - 1 - this.r.int(6)).weekday]}`;
    const d = dayAt(this.pub - 7 - this.r.int(60));
    return k === 4 ? `on ${MONTHS[d.month]} ${d.day}` : `last ${k === 5 ? 'week' : 'month'}`;
  }
  future(): string {
    const k = this.r.int(5);
    if (k === 0) return 'next week';
    if (k === 1) return `on ${WEEKDAYS[dayAt(this.pub + 1 + this.r.int(6)).weekday]}`;
    const d = dayAt(this.pub + 7 + this.r.int(45));
    return k === 2 || k === 4 ? `on ${MONTHS[d.month]} ${d.day}` : 'later this month';
  }
  deadline(): string {
    if (this.r.chance(0.5)) return `within ${this.r.pick([10, 14, 30, 50, 60, 90])} days`;
    const d = dayAt(this.pub + 10 + this.r.int(60));
    return `by ${MONTHS[d.month]} ${d.day}`;
  }
  fill(t: string, target: State): string {
    let out = '';
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c !== 37 /* % */) { out += t[i]; continue; }
      const k = t[++i];
      out += k === 'D' ? target.demonym : k === 'N' ? target.name : k === 'P' ? String(10 + 5 * this.r.int(19))
        : k === 'M' ? String(50 + 25 * this.r.int(40)) : k === 'B' ? String(1 + this.r.int(9)) : '%';
    }
    return out;
  }
  /** A `CONTEXT` sentence about `a` and `b`. */
  context(a: State, b: State): string {
    return this.r.pick(CONTEXT).replace(/%([ABabCM])/g, (_, k: string) =>
      k === 'A' ? a.name : k === 'B' ? b.name : k === 'a' ? a.demonym : k === 'b' ? b.demonym
        : k === 'C' ? a.capital : String(10 + this.r.int(400)));
  }
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// Event sentences, one generator per type; each picks a modality and returns a sentence.
type Sentence = (c: Ctx, a: State, b: State) => string;

const EVENTS: Record<string, Sentence> = {
  PROPOSES(c, a, b) {
    const p = c.speaker(a); const t = c.r.pick(TALKS);
    switch (c.v('PROPOSES', 4)) {
      case 0: return `${cap(c.who(p, a))} proposed ${t} with ${c.st(b)} ${c.past()}, saying the meeting could take place in ${c.V.city}.`;
      case 1: return `${cap(c.who(a.spokesperson, a))} said ${c.who(a.leader, a, false)} was open to ${c.r.pick(DEALS)} with ${c.st(b)}.`;
      case 2: return `${c.st(a, true)} offered to host ${t} between the two sides, according to a statement issued ${c.past()}.`;
      default: return `${cap(c.who(p, a))} said ${p.pronoun} would propose ${c.r.pick(DEALS)} when the delegations meet ${c.future()}.`;
    }
  },
  WARNS(c, a, b) {
    const p = c.speaker(a);
    switch (c.v('WARNS', 4)) {
      case 0: return `${cap(c.who(p, a))} warned that ${c.st(a)} would impose ${c.fill(c.r.pick(SANCTIONS), b)} if ${c.st(b)} ${c.r.pick(CONDITIONS)} ${c.deadline()}.`;
      case 1: return `${cap(c.who(p, a))} warned ${c.st(b)} ${c.past()} against "any further provocation", saying it would "bear full responsibility for the consequences".`;
      case 2: return `${c.st(a, true)} threatened to cut diplomatic ties with ${c.st(b)} if the detained diplomats were not released ${c.deadline()}.`;
      default: return `"${c.r.pick(QUOTES_FIRM)}," ${c.who(p, a, false)} said, warning that ${c.st(a)} could respond with force.`;
    }
  },
  AGREED(c, a, b) {
    const d = c.r.pick(DEALS);
    switch (c.v('AGREED', 5)) {
      case 0: return `The two sides agreed ${c.past()} on ${d}, ${c.who(c.M.minister, c.M, false)} told reporters after the meeting.`;
      case 1: return `${cap(c.st(a))} and ${c.st(b)} signed ${d} at ${c.V.site} in ${c.V.city} ${c.past()}.`;
      case 2: return `Previous rounds of talks in ${c.V.city} failed to produce ${d}.`;
      case 3: return `${cap(c.who(c.speaker(a), a))} said ${c.st(a)} and ${c.st(b)} were expected to sign ${d} ${c.future()}.`;
      default: return `${cap(c.who(a.minister, a))} said ${d} could be agreed within weeks if ${c.st(b)} showed goodwill.`;
    }
  },
  MEETS(c, a, b) {
    switch (c.v('MEETS', 5)) {
      case 0: return `${cap(c.who(a.minister, a))} met ${c.who(b.minister, b, false)} in ${c.V.city} ${c.past()} for talks that lasted nearly three hours.`;
      case 1: return `${cap(c.who(a.leader, a))} and ${c.who(b.leader, b, false)} will meet in ${c.V.city} ${c.future()}, officials said.`;
      case 2: return `${cap(c.who(c.M.minister, c.M))} hosted delegations from ${c.st(a)} and ${c.st(b)} at ${c.V.site} ${c.past()}.`;
      case 3: return `A planned round of talks in ${c.V.city} did not take place after ${c.st(b)} failed to send a delegation.`;
      default: return `${cap(c.who(a.leader, a))} held a phone call with ${c.who(b.leader, b, false)} ${c.past()}, the first contact between the two leaders in months.`;
    }
  },
  IMPOSES(c, a, b) {
    switch (c.v('IMPOSES', 5)) {
      case 0: return `${cap(c.st(a))} imposed ${c.fill(c.r.pick(SANCTIONS), b)} ${c.past()}, the ${c.r.pick(['finance', 'treasury', 'commerce', 'foreign'])} ministry said.`;
      case 1: return `${cap(c.st(a))} expelled ${c.r.pick(['two', 'three', 'four', 'five'])} ${b.demonym} diplomats ${c.past()}, accusing them of activities incompatible with their status.`;
      case 2: return `${cap(c.st(a))} recalled its ambassador from ${b.capital} for consultations ${c.past()}.`;
      case 3: return `${cap(c.who(a.minister, a))} said ${c.st(a)} plans to impose ${c.fill(c.r.pick(SANCTIONS), b)} ${c.future()}.`;
      default: return `${cap(c.who(ORGS[0].head, null))} said the EU was extending its sanctions on ${b.name} for another six months.`;
    }
  },
  EASES(c, a, b) {
    switch (c.v('EASES', 4)) {
      case 0: return `${cap(c.st(a))} eased ${c.fill(c.r.pick(SANCTIONS), b)} ${c.past()} as a gesture of goodwill.`;
      case 1: return `${cap(c.st(a))} released ${5 + c.r.int(200)} ${b.demonym} prisoners ${c.past()}, in a move seen as a concession before the talks.`;
      case 2: return `${cap(c.who(a.minister, a))} said ${c.st(a)} could lift ${c.fill(c.r.pick(SANCTIONS), b)} if the agreement held.`;
      default: return `${cap(c.st(a))} will withdraw part of its forces from the border area ${c.future()}, ${c.who(a.spokesperson, a, false)} said.`;
    }
  },
  DEMANDS(c, a, b) {
    const p = c.speaker(a);
    switch (c.v('DEMANDS', 3)) {
      case 0: return `${cap(c.who(p, a))} demanded that ${c.st(b)} ${c.r.pick(DEMANDS)} before any further talks.`;
      case 1: return `${cap(c.st(a))} insists that ${b.name} must ${c.r.pick(DEMANDS)}, a condition it describes as non-negotiable.`;
      default: return `${cap(c.who(c.O.head, null))} urged ${c.st(b)} to ${c.r.pick(DEMANDS)}.`;
    }
  },
  REJECTS(c, a, b) {
    const p = c.speaker(a);
    switch (c.v('REJECTS', 4)) {
      case 0: return `${cap(c.who(p, a))} rejected the proposal for ${c.r.pick(DEALS)}, calling it "a publicity stunt".`;
      case 1: return `${cap(c.st(a))} dismissed ${b.demonym} demands ${c.past()} as "unacceptable and unrealistic".`;
      case 2: return `${cap(c.who(a.leader, a))} refused to meet ${c.who(b.leader, b, false)} until the attacks stopped.`;
      default: return `"${c.r.pick(QUOTES_FIRM)}," ${c.who(p, a, false)} said, rejecting the plan put forward by ${c.st(b)}.`;
    }
  },
  AIDS(c, a, b) {
    switch (c.v('AIDS', 3)) {
      case 0: return `${cap(c.who(a.leader, a))} announced ${c.fill(c.r.pick(AIDS), b)} for ${b.name} ${c.past()}.`;
      case 1: return `${cap(c.st(a))} will deliver ${c.fill(c.r.pick(AIDS), b)} to ${b.name} ${c.future()}, the defence ministry said.`;
      default: return `${cap(c.who(a.minister, a))} said ${c.st(a)} had provided ${c.fill(c.r.pick(AIDS), b)} to ${b.name} since the start of the year.`;
    }
  },
  ACCUSES(c, a, b) {
    const p = c.speaker(a);
    switch (c.v('ACCUSES', 4)) {
      case 0: return `${cap(c.who(p, a))} accused ${c.st(b)} of ${c.r.pick(OFFENCES)}.`;
      case 1: return `At the UN Security Council ${c.past()}, ${c.st(a)} condemned ${c.st(b)} for ${c.r.pick(OFFENCES)}.`;
      case 2: return `${cap(c.st(a))} blamed ${c.st(b)} for the collapse of the previous round of talks.`;
      default: return `${cap(c.who(b.spokesperson, b))} rejected the accusations as "baseless" and accused ${c.st(a)} of ${c.r.pick(OFFENCES)}.`;
    }
  },
};
const TYPES = Object.keys(EVENTS);

const TITLES: Record<string, (c: Ctx) => string> = {
  PROPOSES: (c) => `${cap(c.A.name)} proposes new talks with ${c.B.name} in ${c.V.city}`,
  WARNS: (c) => `${cap(c.A.name)} warns ${c.B.name} of sanctions as deadline looms`,
  AGREED: (c) => `${cap(c.A.name)} and ${c.B.name} reach deal after talks in ${c.V.city}`,
  MEETS: (c) => `${c.A.demonym} and ${c.B.demonym} ministers meet in ${c.V.city}`,
  IMPOSES: (c) => `${cap(c.A.name)} imposes new measures on ${c.B.name}`,
  EASES: (c) => `${cap(c.A.name)} eases restrictions on ${c.B.name} ahead of talks`,
  DEMANDS: (c) => `${cap(c.A.name)} sets conditions for talks with ${c.B.name}`,
  REJECTS: (c) => `${cap(c.A.name)} rejects ${c.B.demonym} proposal`,
  AIDS: (c) => `${cap(c.A.name)} announces new aid for ${c.B.name}`,
  ACCUSES: (c) => `${cap(c.A.name)} accuses ${c.B.name} of ${c.r.pick(OFFENCES)}`,
};

function dateline(c: Ctx, o: Outlet, city: string): string {
  const d = dayAt(c.pub);
  const up = city.toUpperCase();
  if (o.style === 0) return `${up}, ${MONTHS_SHORT[d.month]} ${d.day} (${o.credit}) - `;
  if (o.style === 1) return `${up}: `;
  return `${up} — `;
}

function slug(s: string): string {
  let out = '';
  let dash = false;
  for (let i = 0; i < s.length && out.length < 60; i++) {
    const ch = s.charCodeAt(i) | 32;
    if ((ch >= 97 && ch <= 122) || (ch >= 48 && ch <= 57)) { out += String.fromCharCode(ch); dash = false; }
    else if (!dash && out.length) { out += '-'; dash = true; }
  }
  return dash ? out.slice(0, -1) : out;
}

/** Builds article `index` of the stream for `seed`. Pure: the same arguments give the same article. */
export function generateArticle(index: number, seed = 1): GeneratedArticle {
  const r = new Rng(streamSeed(seed, index));
  const A = r.pick(STATES);
  let B = r.pick(STATES); while (B === A) B = r.pick(STATES);
  let M = r.pick(STATES); while (M === A || M === B) M = r.pick(STATES);
  const c = new Ctx(r, r.int(SPAN), A, B, M, r.pick(ORGS), r.pick(VENUES));
  const outlet = r.pick(OUTLETS);
  const main = r.pick(TYPES);
  const target = 2700 + r.int(700);

  const paras: string[] = [];
  const lead = EVENTS[main](c, A, B);
  paras.push(dateline(c, outlet, r.chance(0.5) ? c.V.city : A.capital) + lead);
  let size = paras[0].length;
  // The other types in a shuffled order, so that every article touches most of them;
  // each paragraph is two to four sentences: one event (now and then two, in varied
  // directions) among quotes, background and context sentences that carry no event, at
  // about the density of real news (some 17 events in 3 KB; the dev corpus has ~6 per KB).
  const order = TYPES.slice();
  for (let i = order.length - 1; i > 0; i--) { const j = r.int(i + 1); const t = order[i]; order[i] = order[j]; order[j] = t; }
  let k = 0;
  while (size < target) {
    const [a, b] = r.chance(0.6) ? [A, B] : r.chance(0.5) ? [B, A] : r.chance(0.5) ? [M, A] : [A, M];
    let p = EVENTS[order[k++ % order.length]](c, a, b);
    const extra = r.int(5);
    if (extra === 0) p += ` "${r.pick(r.chance(0.5) ? QUOTES_HOPE : QUOTES_FIRM)}," ${c.who(c.speaker(a), a, false)} said.`;
    else if (extra === 1) p += ' ' + r.pick(BACKGROUND);
    else if (extra <= 3) p += ' ' + c.context(a, b);
    else p += ' ' + EVENTS[order[k++ % order.length]](c, b, a);
    if (r.chance(0.5)) p += ' ' + (r.chance(0.5) ? c.context(b, a) : r.pick(BACKGROUND));
    paras.push(p);
    size += p.length + 2;
  }
  const title = TITLES[main](c);
  const pub = dayAt(c.pub);
  const id = `gen-${(seed >>> 0).toString(36)}-${index.toString(36)}`;
  return {
    id,
    url: `https://${outlet.domain}/world/${pub.iso.slice(0, 4)}/${pub.iso.slice(5, 7)}/${pub.iso.slice(8)}/${slug(title)}-${id}`,
    title,
    published: pub.iso,
    source: outlet.name,
    text: paras.join('\n\n'),
  };
}

/** Yields `n` articles for `seed` (default 1), in a fixed order; ids and URLs are unique. */
export function* generateArticles(n: number, seed = 1): Generator<GeneratedArticle> {
  for (let i = 0; i < n; i++) yield generateArticle(i, seed);
}

export interface WriteResult { articles: number; bytes: number; ms: number }

/**
 * Streams `n` articles as JSON lines to `path` (`-` for standard output), encoding and
 * writing in ~1 MB chunks and honouring back-pressure. With `maxBytes` it stops once the
 * output reaches about that size (checked per article, exact to the byte for ASCII text;
 * pass `n = Infinity` for a dump of a given size). The output depends only on the arguments.
 */
export async function writeJsonl(path: string, n: number, seed = 1, opts: { maxBytes?: number } = {}): Promise<WriteResult> {
  const started = performance.now();
  const out = path === '-' ? process.stdout : createWriteStream(path, { highWaterMark: 1 << 22 });
  const max = opts.maxBytes ?? Infinity;
  let bytes = 0;
  let pending: string[] = [];
  let pendingChars = 0;
  const flush = async () => {
    const buf = Buffer.from(pending.join(''), 'utf8');
    pending = [];
    pendingChars = 0;
    bytes += buf.length;
    if (!out.write(buf)) await new Promise<void>((done) => out.once('drain', done));
  };
  let i = 0;
  for (; i < n && bytes + pendingChars < max; i++) {
    const line = toJsonLine(generateArticle(i, seed));
    pending.push(line);
    pendingChars += line.length;
    if (pendingChars > 1 << 20) await flush();
  }
  if (pending.length) await flush();
  if (out !== process.stdout) {
    await new Promise<void>((done, fail) => { out.once('error', fail); out.end(done); });
  }
  return { articles: i, bytes, ms: performance.now() - started };
}

/** The article as one JSON line; the same as `JSON.stringify(a) + '\n'`, without the generic walk. */
export function toJsonLine(a: GeneratedArticle): string {
  return `{"id":"${a.id}","url":"${a.url}","title":${JSON.stringify(a.title)},"published":"${a.published}","source":${JSON.stringify(a.source)},"text":${JSON.stringify(a.text)}}\n`;
}

function parseArgs(argv: string[]): { n: number; seed: number; out: string; mb: number | null } {
  const get = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(flag + '='))?.slice(flag.length + 1);
  };
  const mb = get('--mb');
  return { n: Number(get('--n') ?? (mb ? Infinity : 1000)), seed: Number(get('--seed') ?? 1), out: get('--out') ?? '-', mb: mb ? Number(mb) : null };
}

async function main(argv: string[]): Promise<number> {
  const { n, seed, out, mb } = parseArgs(argv);
  if (!(n > 0) || !Number.isInteger(seed) || (mb !== null && !(mb > 0))) {
    process.stderr.write('usage: generate-articles.ts [--n N] [--mb MB] [--seed S] [--out FILE|-]\n');
    return 2;
  }
  const res = await writeJsonl(out, n, seed, { maxBytes: mb === null ? undefined : mb * 1024 * 1024 });
  const mbw = res.bytes / 1048576;
  process.stderr.write(`${res.articles} articles, ${mbw.toFixed(1)} MB in ${(res.ms / 1000).toFixed(2)} s (${(mbw / (res.ms / 1000)).toFixed(0)} MB/s)\n`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (err: Error) => {
    process.stderr.write(`generate-articles: ${err.message}\n`);
    process.exitCode = 1;
  });
}
