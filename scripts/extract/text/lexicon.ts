import { lookup } from './lookup.ts';
import type { Measure, Qualifier } from '../../../src/schemas/vocabulary.ts';

/**
 * Word lists the extractor reads numbers with. Lower-case, typographic apostrophes folded.
 * Multi-word entries are space-separated token sequences.
 */

/** Nouns that make a number a count of people. */
// prettier-ignore
export const PEOPLE_NOUNS = new Set([
  'troops', 'troop', 'soldiers', 'soldier', 'servicemen', 'serviceman', 'servicemembers', 'personnel',
  'fighters', 'men', 'infantry', 'infantrymen', 'marines', 'paratroopers', 'commandos', 'forces',
  'officers', 'officer', 'generals', 'general', 'commanders', 'laborers', 'labourers', 'labourer',
  'laborer', 'workers', 'builders', 'engineers', 'deminers', 'sappers', 'specialists', 'advisers',
  'advisors', 'instructors', 'observers', 'trainees', 'recruits', 'conscripts', 'cadets', 'snipers',
  'operators', 'casualties', 'dead', 'deaths', 'fatalities', 'killed', 'wounded', 'injured', 'captured',
  'prisoners', 'pows', 'captives', 'people', 'individuals', 'north koreans', 'koreans', 'nationals',
  'citizens', 'staff', 'members', 'mercenaries', 'volunteers', 'pilots', 'medics', 'gunners', 'agents',
  'guards', 'veterans', 'reinforcements', 'combatants', 'reservists', 'servicepeople', 'contingent',
]);

/** Words after a number that make it anything but a count of people: units, time, weapons, places. */
// prettier-ignore
export const NOT_PEOPLE = new Set([
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours', 'minute', 'minutes',
  'decade', 'decades', 'year-old', 'years-old', 'km', 'kilometers', 'kilometres', 'kilometer', 'kilometre',
  'miles', 'mile', 'meters', 'metres', 'm', 'mm', 'millimeter', 'millimetre', 'cm', 'caliber', 'calibre',
  'degrees', 'f', 'c', 'percent', 'per', 'dollars', 'usd', 'won', 'rubles', 'roubles', 'euros', 'pounds',
  'yuan', 'tons', 'tonnes', 'kg', 'kilograms', 'rounds', 'shells', 'missiles', 'missile', 'rockets', 'drones',
  'tanks', 'vehicles', 'guns', 'howitzers', 'artillery', 'systems', 'bases', 'base', 'camps', 'sites',
  'villages', 'towns', 'settlements', 'times', 'pages', 'launchers', 'containers', 'railcars', 'ships',
  'aircraft', 'jets', 'helicopters', 'units', 'brigades', 'battalions', 'regiments', 'divisions', 'squads',
  'platoons', 'companies', 'calls', 'videos', 'reports', 'countries', 'nations', 'states', 'points',
  'positions', 'trains', 'flights', 'trips', 'locations', 'regions', 'provinces', 'occasions', 'waves',
  'percentage', 'square', 'hectares', 'acres', 'translators', 'translator', 'interpreters', 'phones',
  'a.m.', 'p.m.', 'am', 'pm', 'gmt', 'utc', 'hrs', "o'clock", 'feet', 'foot', 'inches', 'storeys', 'floors',
]);

/** Nationality words that make a count someone else's soldiers (Russian losses are out of scope). */
// prettier-ignore
export const OTHER_NATIONALITY = new Set([
  'russia', 'ukraine', 'russian', 'russians', "russia's", 'ukrainian', 'ukrainians', "ukraine's", 'american', 'americans',
  'u.s.', 'chinese', 'western', 'nato', 'british', 'european', 'kremlin', 'kyiv', "kyiv's", 'moscow', "moscow's",
]);

/** Words that mark a count as North Korean. */
// prettier-ignore
export const NORTH_KOREAN = new Set([
  'north', 'korean', 'koreans', "korea's", 'dprk', 'kpa', "pyongyang's", 'pyongyang', "kim's",
]);

/** Hedges before a number, longest first matters only for the reader: the matcher takes the longest. */
// prettier-ignore
export const HEDGES_BEFORE: Record<string, Qualifier> = lookup({
  about: 'approx', around: 'approx', approximately: 'approx', roughly: 'approx', some: 'approx',
  nearly: 'approx', almost: 'approx', 'close to': 'approx', 'an estimated': 'approx', estimated: 'approx',
  circa: 'approx', 'around some': 'approx', 'in the region of': 'approx', 'an approximate': 'approx',
  'more than': 'at-least', over: 'at-least', 'at least': 'at-least', exceeded: 'at-least',
  exceeds: 'at-least', exceed: 'at-least', exceeding: 'at-least', surpassed: 'at-least',
  surpasses: 'at-least', surpass: 'at-least', topped: 'at-least', tops: 'at-least', above: 'at-least',
  'upwards of': 'at-least', 'upward of': 'at-least', 'in excess of': 'at-least', 'no fewer than': 'at-least',
  'no less than': 'at-least', 'north of': 'at-least', 'well over': 'at-least', 'well above': 'at-least',
  'more than an estimated': 'at-least', 'over an estimated': 'at-least', 'passed': 'at-least',
  'up to': 'at-most', 'as many as': 'at-most', 'at most': 'at-most', 'no more than': 'at-most',
  'fewer than': 'at-most', 'less than': 'at-most', under: 'at-most', below: 'at-most',
  'not more than': 'at-most', 'a maximum of': 'at-most', 'maximum of': 'at-most', 'up to an estimated': 'at-most',
  'just over': 'at-least', 'a little over': 'at-least', 'slightly more than': 'at-least', 'just above': 'at-least',
  'just under': 'at-most', 'a little under': 'at-most', 'slightly fewer than': 'at-most', 'just below': 'at-most',
  'slightly less than': 'at-most',
});

/** Hedges after a number. */
// prettier-ignore
export const HEDGES_AFTER: Record<string, Qualifier> = lookup({
  'or more': 'at-least', plus: 'at-least', '+': 'at-least', 'or so': 'approx', 'or fewer': 'at-most',
  'or less': 'at-most', 'at least': 'at-least', 'at most': 'at-most',
});

/** Month names and abbreviations: a number next to one is a date. */
// prettier-ignore
export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Words after which a clause about the counted group ends. */
// prettier-ignore
export const CLAUSE_BREAKS = new Set([
  'with', 'while', 'whereas', 'but', 'although', 'though', 'including', 'includes', 'among', 'where',
  'which', 'who', 'when', 'after', 'before', 'adding', 'saying', 'citing', 'as', 'of whom', 'according',
  'because', 'since', 'unlike', 'amid', 'despite',
]);

/** "sent 3,000 troops to help it fight": after "to", these verbs say what for, not where or what the troops do. */
// prettier-ignore
export const PURPOSE_VERBS = new Set([
  'help', 'fight', 'support', 'bolster', 'assist', 'reinforce', 'aid', 'join', 'defend', 'repel', 'retake', 'counter',
]);

/** Modal words: what follows them on the right is a possibility, not the counted state. */
// prettier-ignore
export const MODALS = new Set([
  'could', 'would', 'may', 'might', 'will', 'shall', 'expected', 'likely', 'plans', 'planned', 'set', 'intends',
  'ready', 'preparing', 'prepared', "could've", 'possibly', 'potentially',
]);

/**
 * Measure cues, in priority order: the first measure whose cue appears in the counted clause wins;
 * a number's own head noun ("500 officers") is checked before all of them.
 */
// prettier-ignore
export const MEASURE_CUES: readonly (readonly [Measure, readonly string[]])[] = [
  ['casualties', ['casualties', 'casualty', 'losses', 'lost', 'killed or wounded', 'killed and wounded',
    'dead or wounded', 'dead and wounded', 'killed or injured', 'killed and injured', 'dead and injured', 'lose', 'losing']],
  ['killed', ['killed', 'died', 'dead', 'deaths', 'death toll', 'fatalities', 'lost their lives', 'slain',
    'eliminated', 'perished', 'kia']],
  ['wounded', ['wounded', 'injured']],
  ['captured', ['captured', 'prisoners', 'prisoner', 'pows', 'pow', 'taken prisoner', 'surrendered', 'captive', 'captives']],
  ['other', ['standing army', 'active-duty',
    'active duty', 'strong army', 'deminers', 'demining', 'sappers', 'engineers', 'mine-clearing']],
  ['laborers', ['laborers', 'labourers', 'workers', 'builders', 'construction', 'rebuilding', 'reconstruction']],
  ['reserve', ['reserve', 'reserves']],
  ['training', ['training', 'trained', 'train', 'drills', 'undergoing', 'trainees']],
  ['combat', ['combat', 'fighting', 'fight', 'fought', 'battle', 'battles', 'battling', 'assault', 'assaults',
    'offensive', 'hostilities', 'participating', 'taking part', 'took part', 'engaged', 'engaging', 'attacking',
    'attacks', 'storming', 'combat operations']],
  ['front', ['kursk', 'front', 'fronts', 'frontline', 'frontlines', 'front-line', 'front-lines', 'front line',
    'front lines', 'battlefield', 'battlefields', 'combat zone', 'conflict zone', 'war zone', 'border region',
    'border regions', 'border areas', 'border area', 'donbas', 'donbass', 'donetsk', 'luhansk', 'zaporizhzhia',
    'kherson', 'belgorod', 'bryansk', 'occupied', 'trenches',
    'combat area', 'combat areas', 'fighting zone']],
];

/** Head nouns that name the measure by themselves. */
// prettier-ignore
export const HEAD_MEASURES: Record<string, Measure> = lookup({
  officers: 'officers', officer: 'officers', 'officer-level': 'officers', commanders: 'officers',
  generals: 'generals', general: 'generals',
  laborers: 'laborers', labourers: 'laborers', labourer: 'laborers', laborer: 'laborers', workers: 'laborers',
  builders: 'laborers',
  deminers: 'other', sappers: 'other', engineers: 'other',
  casualties: 'casualties',
  dead: 'killed', deaths: 'killed', fatalities: 'killed', killed: 'killed',
  wounded: 'wounded', injured: 'wounded',
  captured: 'captured', prisoners: 'captured', pows: 'captured', captives: 'captured',
  reservists: 'reserve', trainees: 'training', recruits: 'training',
});

/** Verbs and nouns that introduce what someone said, estimated or reported. */
// prettier-ignore
export const SPEECH = new Set([
  'said', 'says', 'say', 'told', 'tells', 'tell', 'stated', 'states', 'reported', 'estimated', 'estimates',
  'estimate', 'believes', 'believe', 'assessed', 'assesses', 'assess', 'confirmed', 'confirms', 'confirm',
  'claimed', 'claims', 'announced', 'announces', 'disclosed', 'discloses', 'revealed', 'reveals', 'added',
  'adds', 'noted', 'notes', 'warned', 'warns', 'indicated', 'indicates', 'suggested', 'suggests', 'wrote',
  'writes', 'posted', 'briefed', 'stating', 'saying', 'estimating', 'acknowledged', 'acknowledges',
  'admitted', 'admits', 'denied', 'denies', 'deny', 'dismissed', 'dismisses', 'rejected', 'rejects',
  'explained', 'emphasized', 'emphasised', 'informed', 'testified', 'declared', 'alleged', 'alleges',
  'identified', 'asserted', 'asserts', 'put', 'puts', 'reckons', 'understands', 'understand', 'thinks',
  'think', 'assessment', 'statement', 'announcement', 'according', 'citing', 'cited', 'quoted', 'insisted',
  'insists', 'stressed', 'stresses', 'disputed', 'called', 'calls', 'described', 'spoke', 'speaking',
]);

/** Words that stand for a reporter named earlier: "the official said", "it said". */
// prettier-ignore
export const ANAPHORS = new Set([
  'he', 'she', 'it', 'they', 'official', 'officials', 'agency', 'ministry', 'spokesperson', 'spokesman',
  'spokeswoman', 'service', 'office', 'department', 'statement', 'report', 'intelligence', 'directorate',
  'military', 'minister', 'source', 'sources', 'chief', 'lawmaker', 'lawmakers', 'president', 'command',
]);

/** Words that make a figure unattributed even if an earlier sentence named someone. */
export const HEARSAY =
  /\b(reportedly|allegedly|purportedly|(is|are|were|was) (said|believed|thought|estimated) to|rumou?red|according to (media |press |news )?reports|(media |press )?reports (say|said|suggest|suggested|indicate)|unconfirmed reports)\b/i;

// prettier-ignore
export const QUOTES = new Set([
  '"', '“', '”', "'", '‘', '’', '«', '»',
]);

// prettier-ignore
export const VERBISH = new Set([
  'are', 'were', 'is', 'was', 'have', 'has', 'had', 'remain', 'remained', 'remains', 'will', 'would',
  'could', 'may', 'might', 'be', 'been', 'being', 'died', 'arrived', 'made', 'moved', 'went', 'crossed',
  'joined',
]);

/** Verbs and prepositions that state what a count is: "losses have reached 4,000", "put losses at 4,700". */
// prettier-ignore
export const LINKING = new Set([
  'reached', 'reach', 'reaches', 'totalled', 'totaled', 'totals', 'total', 'numbered', 'numbering',
  'numbers', 'stands', 'stood', 'is', 'are', 'was', 'were', 'at', 'to', 'hit', 'risen', 'rose', 'climbed',
  'of', 'which', 'whom', 'additional', 'another', 'further', 'extra',
]);

// prettier-ignore
export const PARTITIVE_FILLERS = new Set([
  'the', 'an', 'some', 'approximately', 'about', 'around', 'estimated', 'roughly', 'nearly',
]);

// prettier-ignore
export const REPORTED = new Set([
  'said', 'says', 'that', 'estimated', 'estimates', 'believes', 'assessed',
]);

/** Words that may follow an elided count: "dropped to about 8,000 from a peak of 12,000". */
// prettier-ignore
export const AFTER_COUNT = new Set([
  'from', 'in', 'by', 'since', 'as', 'after', 'before', 'at', 'on', 'and', 'or', 'while', 'last', 'this',
]);

// prettier-ignore
export const PARTITIVE = new Set([
  'them', 'whom', 'those', 'these',
]);

// prettier-ignore
export const OWN_LOSS = new Set([
  'lost', 'losses', 'casualties', 'dead', 'deaths', 'wounded', 'toll',
]);
