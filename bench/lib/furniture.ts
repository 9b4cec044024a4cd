import { digits } from './figures.ts';
import type { Random } from './random.ts';

/**
 * Everything in a synthetic article that is not a planted figure: headlines, page furniture,
 * neutral sentences, and distractors — sentences with numbers that count no North Korean people
 * (dates, years, ages, distances, money, weapons, Russian losses), which the extractor must skip.
 */

/** Headlines without figures (a figure in a headline would be deduplicated against the body). */
// prettier-ignore
export const HEADLINES = [
  'North Korean troops in Russia: what Seoul and Kyiv now say', 'New estimates of North Korean forces in Kursk',
  'Pyongyang deepens its military role in Russia’s war', 'How many North Korean soldiers are fighting for Russia?',
  'Officials trade figures on North Korean deployment', 'North Korea sends more troops as losses mount in Kursk',
];

// prettier-ignore
const BYLINES = ['By Kim Min-young', 'By Olena Harmash', 'BY YOUNGHYE HAN', 'By Jack Kim and Tom Balmforth', 'By Park Ji-won'];
// prettier-ignore
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];

/** Page furniture the cleaner should drop, by where it stands on the page. */
// prettier-ignore
export const BOILERPLATE = {
  header: ['Home > World > Asia', 'News › World › Asia-Pacific', 'Share', 'Print', 'Listen to this article'],
  middle: ['- Advertisement -', 'Advertisement', 'Story continues below advertisement',
    'Read more: North Korea’s soldiers in Russia', 'Related Articles'],
  footer: ['Follow World news', 'Sign up for our morning newsletter', '© 2025 Example Daily. All rights reserved.',
    'Subscribe to our newsletter for the latest updates'],
};

/** Neutral sentences: no numbers, no attribution, no confirmation or denial. */
// prettier-ignore
export const FILLERS = [
  'The deployment has deepened concern in Seoul and Washington about military ties between Moscow and Pyongyang.',
  'Neither government has published its own figures.',
  'The troops are believed to belong to an elite unit known as the Storm Corps.',
  'Analysts have questioned how well the soldiers were prepared for drone warfare.',
  'The two countries signed a mutual defence pact last year.',
  'Footage shared online could not be independently verified.',
  'Military experts expect the cooperation to continue into next year.',
  'The soldiers were issued Russian uniforms and identity papers, according to the documents.',
  'Pyongyang is thought to receive oil, cash and military technology in return.',
  'Fighting in the region has intensified over recent weeks.',
  'Diplomats at the United Nations discussed the issue behind closed doors.',
  'The language barrier has made coordination with Russian units difficult.',
  'The claims could not be checked on the ground.',
  'Satellite images show new tents at a training ground in the Far East.',
  'The issue is expected to come up at the next summit.',
  'Families in Pyongyang are rarely told where the soldiers are sent.',
  'The war has entered its fourth year with no ceasefire in sight.',
  'Videos posted by Ukrainian units show soldiers speaking Korean.',
  'The ministry gave no details on how its figures were compiled.',
  'Western governments have called the deployment a dangerous escalation.',
  'Winter conditions have slowed operations along much of the front.',
  'Seoul has summoned the Russian ambassador over the issue.',
  'North Korean state media has not mentioned the deployment.',
  'Kyiv has offered to exchange captured soldiers for Ukrainian prisoners of war.',
]

type Distractor = (r: Random) => string;

/** Sentences whose numbers are not counts of North Korean people, by kind. */
export const DISTRACTORS: Record<string, Distractor> = {
  date: (r) => `The figures were released on ${r.pick(MONTHS)} ${r.int(1, 28)}, ${r.int(2024, 2025)}.`,
  year: (r) => `Relations between the two countries have grown closer since ${r.int(2019, 2024)}.`,
  age: (r) =>
    `${r.pick(['Budanov', 'Kim Yong-hyun', 'Peskov'])}, ${r.int(38, 71)}, has held the post since ${r.int(2016, 2023)}.`,
  distance: (r) => `The camp lies about ${r.int(20, 90)} kilometres from the border.`,
  money: (r) => `Russia is believed to pay Pyongyang about $${r.int(2, 9)} million a month for the deployment.`,
  weapons: (r) =>
    `North Korea has also supplied ${r.int(100, 250)} artillery systems and ${r.int(20, 240)} multiple rocket launchers.`,
  shells: (r) => `Pyongyang has shipped more than ${r.int(3, 12)} million artillery shells to Russia.`,
  'russian losses': (r) =>
    `Russia has lost more than ${digits(r.int(500, 900) * 1000)} troops since the invasion began, Ukraine's General Staff says.`,
  percent: (r) => `About ${r.int(20, 80)} percent of South Koreans support sending observers, a poll found.`,
  hours: (r) => `The closed-door briefing lasted ${r.int(2, 5)} hours.`,
  villages: (r) => `Ukrainian troops still hold ${r.int(5, 40)} villages in the region.`,
  drones: (r) => `Russia launched ${r.int(50, 180)} drones at Ukrainian cities overnight.`,
  'ukrainian losses': (r) =>
    `Ukrainian forces lost ${r.int(100, 900)} soldiers in the same battles, officials in Kyiv said.`,
  'age adjective': (r) => `A ${r.int(19, 26)}-year-old soldier from the unit was interviewed by Ukrainian media.`,
};

/** A byline and a date line for the top of an article (the cleaner drops both and keeps them as metadata). */
export function masthead(r: Random): string[] {
  const year = r.pick([2024, 2025]);
  return [r.pick(BYLINES), `${r.pick(MONTHS)} ${r.int(1, 28)}, ${year}`];
}

/**
 * A sidecar for about one document in four, as an editor would write it.
 *
 * @example sidecarFor(7, createRandom(7)) // 'outlet: Example Daily\npublishedOn: 2024-11-07\nlanguage: en\n' or null
 */
export function sidecarFor(index: number, r: Random): string | null {
  if (!r.chance(0.25)) return null;
  const day = String((index % 28) + 1).padStart(2, '0');
  return `outlet: Example Daily\npublishedOn: 2024-11-${day}\nlanguage: en\n`;
}
