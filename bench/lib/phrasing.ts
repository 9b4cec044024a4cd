import { readFileSync } from 'node:fs';
import type { Measure } from '../../src/schemas/vocabulary.ts';
import { loadRegistry } from '../../scripts/extract/attribution/registry.ts';
import type { Random } from './random.ts';

/** Someone a text can attribute a figure to: an agency by one of its aliases, or one of its people. */
export interface Voice {
  reporterId: string;
  /** How the text names it mid-sentence: "the National Intelligence Service", "Kyrylo Budanov". */
  name: string;
  /** "He", "She", "It", "They": how a later sentence refers back to it. */
  pronoun: string;
  /** For people: their role ("spokesperson"), for an appositive. */
  role: string | null;
}

const NO_ARTICLE = new Set(['government', 'anonymous-official']);

/**
 * The voices a generated text quotes: every alias and person of `content/reporters.yaml`, except
 * the media (they cite others) and the Kremlin (it denies rather than estimates).
 *
 * @example loadVoices('content/reporters.yaml').find((v) => v.reporterId === 'kr-nis')?.name // 'the NIS'
 */
export function loadVoices(registryPath: string): Voice[] {
  const registry = loadRegistry(registryPath, readFileSync(registryPath, 'utf8'));
  return [...registry.reporters.values()]
    .filter((rep) => rep.kind !== 'media' && !rep.id.startsWith('ru-'))
    .flatMap((rep) => [
      ...rep.aliases.map((alias) => ({
        reporterId: rep.id,
        name:
          alias.includes("'s") || NO_ARTICLE.has(rep.kind) || /^(President |NATO$)/.test(alias)
            ? alias
            : `the ${alias}`,
        pronoun: rep.kind === 'anonymous-official' ? 'They' : 'It',
        role: null,
      })),
      ...rep.people.map((p, k) => ({
        reporterId: rep.id,
        name: p.name,
        pronoun: k % 2 ? 'She' : 'He',
        role: p.role ?? null,
      })),
    ]);
}

/** What follows the figure, by measure: "[11,000] North Korean troops have been sent to Russia". */
// prettier-ignore
export const PREDICATES: Record<Exclude<Measure, 'other'>, readonly string[]> = {
  deployed: ['North Korean troops have been sent to Russia', 'North Korean soldiers are now in Russia',
    'North Korean troops have been deployed to Russia', 'soldiers from North Korea have arrived in Russia',
    'North Korean military personnel are in Russia'],
  front: ['North Korean soldiers are stationed in the Kursk region', 'North Korean troops have been moved to the front line',
    'North Korean troops are deployed in Kursk'],
  combat: ['North Korean soldiers are fighting in the Kursk region', 'North Korean troops are engaged in combat',
    'North Korean troops have taken part in assaults on Ukrainian positions'],
  training: ['North Korean soldiers are undergoing training in eastern Russia',
    'North Korean troops are training at bases in the Russian Far East'],
  reserve: ['North Korean troops remain in reserve', 'North Korean soldiers are being held in reserve'],
  killed: ['North Korean soldiers have been killed', 'North Korean troops have died in the fighting',
    'North Korean soldiers were killed in action in Kursk'],
  wounded: ['North Korean soldiers have been wounded', 'North Korean troops were injured in drone strikes'],
  casualties: ['North Korean soldiers have been killed or wounded', 'North Korean casualties have been recorded'],
  captured: ['North Korean soldiers have been captured by Ukrainian forces', 'North Korean troops were taken prisoner'],
  officers: ['North Korean officers are in Russia', 'North Korean officers are commanding units in Kursk'],
  generals: ['North Korean generals are in Russia', 'North Korean generals accompanied the troops'],
  laborers: ['North Korean workers have been sent to Russia', 'North Korean laborers are working on building sites in Russia'],
};

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const OUTLETS = ['Yonhap', 'Reuters', 'CNN', 'the BBC', 'the Wall Street Journal'];
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A planted figure wrapped in its attribution: one or two sentences, and the reporter expected. */
export interface Attributed {
  text: string;
  reporterId: string | null;
}

type Shape = (clause: string, v: Voice, r: Random) => string;

/**
 * Ways a text attributes a figure: before it, after it, in a quotation's tail, one sentence
 * earlier, by pronoun, by citing, or not at all (hearsay). Keys name the phrasing for recall reports.
 */
export const SHAPES: Record<string, Shape> = {
  'said before': (c, v) => `${cap(v.name)} said ${c}.`,
  'said on day that': (c, v, r) => `${cap(v.name)} said on ${r.pick(WEEKDAYS)} that ${c}.`,
  'estimates that': (c, v) => `${cap(v.name)} estimates that ${c}.`,
  'according to': (c, v) => `According to ${v.name}, ${c}.`,
  'said after': (c, v) => `${cap(c)}, ${v.name} said.`,
  'told reporters after': (c, v, r) => `${cap(c)}, ${v.name} told reporters on ${r.pick(WEEKDAYS)}.`,
  'inverted after': (c, v) => `${cap(c)}, said ${v.name}.`,
  appositive: (c, v) => (v.role ? `${v.name}, the ${v.role}, said ${c}.` : `${cap(v.name)} said ${c}.`),
  'previous sentence': (c, v, r) => `${cap(v.name)} briefed lawmakers on ${r.pick(WEEKDAYS)}. ${cap(c)}.`,
  pronoun: (c, v) => `${cap(v.name)} briefed reporters on the deployment. ${v.pronoun} said ${c}.`,
  'quote tail': (c, v) => `“${cap(c)},” ${v.name} said.`,
  'quote tail inverted': (c, v) => `“${cap(c)},” said ${v.name}.`,
  'quote, next sentence': (c, v) => `“${cap(c)}. The situation is changing quickly,” ${v.name} said.`,
  citing: (c, v, r) => `${cap(r.pick(OUTLETS))} reported, citing ${v.name}, that ${c}.`,
};

/** Shapes after which the figure has no reporter. */
export const HEARSAY_SHAPES: Record<string, (clause: string) => string> = {
  'media reports': (c) => `${cap(c)}, according to media reports.`,
  reportedly: (c) => `Reportedly, ${c}.`,
};

/**
 * Attribute a clause ("more than 11,000 North Korean troops have been sent to Russia") in a shape
 * drawn at random; about one in twelve figures is left to hearsay.
 *
 * @example attribute('some 3,000 North Korean troops remain in reserve', voice, r)
 * // { text: 'According to the NIS, some 3,000 …', reporterId: 'kr-nis', shape: 'according to' }
 */
export function attribute(clause: string, voices: readonly Voice[], r: Random): Attributed & { shape: string } {
  if (r.chance(0.08)) {
    const shape = r.pick(Object.keys(HEARSAY_SHAPES));
    return { text: HEARSAY_SHAPES[shape]!(clause), reporterId: null, shape };
  }
  const shape = r.pick(Object.keys(SHAPES));
  const voice = r.pick(voices);
  return { text: SHAPES[shape]!(clause, voice, r), reporterId: voice.reporterId, shape };
}
