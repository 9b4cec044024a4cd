import { describe, expect, it } from 'vitest';
import { findEstimates } from '../../scripts/extract/figures/estimates.ts';

type Row = [measure: string, low: number | null, high: number | null, qualifier: string];
const read = (s: string, previousMentionsPeople = false): Row[] =>
  findEstimates(s, { previousMentionsPeople }).map((e) => [e.measure, e.low, e.high, e.qualifier]);

describe('findEstimates() reads figures', () => {
  const cases: [string, Row[]][] = [
    ['Pyongyang has sent 11,000 soldiers to Russia.', [['deployed', 11000, 11000, 'exact']]],
    [
      'Nearly half of the 11,000 North Korean troops have been killed or wounded.',
      [['deployed', 11000, 11000, 'exact']],
    ],
    ['The deployment is believed to number 11,000 to 12,000.', [['deployed', 11000, 12000, 'range']]],
    ['Pyongyang sent 2,000 troops in 2024.', [['deployed', 2000, 2000, 'exact']]],
    [
      'Seoul estimates that more than 300 North Koreans have died and 2,700 have been injured.',
      [
        ['killed', 300, null, 'at-least'],
        ['wounded', 2700, 2700, 'exact'],
      ],
    ],
    ['Officials said twelve thousand North Korean troops were in Russia.', [['deployed', 12000, 12000, 'exact']]],
    ['Seoul believes some 1,500 special forces arrived in Vladivostok.', [['deployed', 1500, 1500, 'approx']]],
    ['Roughly 3,000 more troops were sent in January.', [['deployed', 3000, 3000, 'approx']]],
    ['More than 10,000 North Korean soldiers are now in Russia.', [['deployed', 10000, null, 'at-least']]],
    ['The deployment surpassed 14,000 personnel by March.', [['deployed', 14000, null, 'at-least']]],
    ['At least 100 North Korean soldiers were killed in December.', [['killed', 100, null, 'at-least']]],
    ['Russia could receive up to 12,000 troops.', [['deployed', null, 12000, 'at-most']]],
    ['As many as 15,000 North Koreans may have been dispatched.', [['deployed', null, 15000, 'at-most']]],
    ['Between 11,000 and 12,000 North Korean troops are stationed in Kursk.', [['front', 11000, 12000, 'range']]],
    ['An estimated 10,000-12,000 soldiers have arrived.', [['deployed', 10000, 12000, 'range']]],
    ['Pyongyang sent 11 to 12 thousand soldiers.', [['deployed', 11000, 12000, 'range']]],
    ['Several thousand North Korean soldiers are in training camps.', [['training', 3000, 9000, 'vague']]],
    ['A few hundred North Korean officers are observing the front.', [['officers', 200, 500, 'vague']]],
    ['Hundreds of North Korean soldiers have been killed.', [['killed', 200, 900, 'vague']]],
    ['Tens of thousands of North Korean workers could follow.', [['laborers', 20000, 90000, 'vague']]],
    ['Three North Korean generals accompanied the troops.', [['generals', 3, 3, 'exact']]],
    // The size of a whole army is no estimate of soldiers sent (issue 11).
    ['The army of 1.2 million soldiers is one of the largest.', []],
    ['North Korea fields a 1.2 million-strong military.', []],
    ['A couple thousand North Korean soldiers arrived in Russia in October.', [['deployed', 2000, 2000, 'approx']]],
    ['Kyiv puts the number of North Korean troops near 9,000.', [['deployed', 9000, 9000, 'approx']]],
    [
      'The agency put the number of North Korean soldiers killed at a minimum of 400.',
      [['killed', 400, null, 'at-least']],
    ],
    ['North Korea will send 1,000 deminers to Kursk.', [['other', 1000, 1000, 'exact']]],
    ['North Korea had lost 2 500 men.', [['casualties', 2500, 2500, 'exact']]],
    [
      'North Korea sent about 11,000 soldiers last fall, and an additional 3,000 in January.',
      [
        ['deployed', 11000, 11000, 'approx'],
        ['deployed', 3000, 3000, 'exact'],
      ],
    ],
    ['Pyongyang sent 12,000 troops to Russia to help it fight Ukraine.', [['deployed', 12000, 12000, 'exact']]],
    [
      'The General Staff of the Armed Forces of Ukraine said 12,500 North Korean soldiers are in Russia.',
      [['deployed', 12500, 12500, 'exact']],
    ],
    ['An 11,000-strong North Korean contingent is fighting in Kursk.', [['combat', 11000, 11000, 'exact']]],
    [
      'The number of North Korean troops in Kursk has dropped to about 8,000 from a peak of 12,000.',
      [
        ['front', 8000, 8000, 'approx'],
        // "from a peak of 12,000" counts what the figure before it counted: the troops in Kursk.
        ['front', 12000, 12000, 'exact'],
      ],
    ],
  ];
  for (const [sentence, expected] of cases) {
    it(`reads "${sentence}"`, () => expect(read(sentence)).toEqual(expected));
  }
});

describe('findEstimates() tells measures apart', () => {
  const cases: [string, Row[]][] = [
    ['About 8,000 of them are fighting in the Kursk region.', [['combat', 8000, 8000, 'approx']]],
    ['Some 11,000 troops are stationed in Kursk, with some engaging in combat.', [['front', 11000, 11000, 'approx']]],
    ['An additional 9,000 soldiers remain in reserve.', [['reserve', 9000, 9000, 'exact']]],
    ['Around 4,000 North Korean soldiers have been killed or wounded.', [['casualties', 4000, 4000, 'approx']]],
    ['North Korean losses have reached 4,000.', [['casualties', 4000, 4000, 'exact']]],
    [
      'Roughly 300 North Korean soldiers have been killed and 2,700 injured.',
      [
        ['killed', 300, 300, 'approx'],
        ['wounded', 2700, 2700, 'exact'],
      ],
    ],
    ['Ukrainian forces captured two North Korean soldiers in Kursk.', [['captured', 2, 2, 'exact']]],
    ['Pyongyang sent about 150 new laborers to Donbas.', [['laborers', 150, 150, 'approx']]],
    [
      'Russia could receive 12,000 troops, including 500 officers and three generals.',
      [
        ['deployed', 12000, 12000, 'exact'],
        ['officers', 500, 500, 'exact'],
        ['generals', 3, 3, 'exact'],
      ],
    ],
    [
      'Around 10,000 troops are training in eastern Russia and could be sent to the front.',
      [['training', 10000, 10000, 'approx']],
    ],
    ['The number of North Korean casualties has surpassed 3,000.', [['casualties', 3000, null, 'at-least']]],
    [
      'About 4,000 of the approximately 11,000 North Korean troops sent have been killed or injured.',
      [
        ['casualties', 4000, 4000, 'approx'],
        ['deployed', 11000, 11000, 'approx'],
      ],
    ],
    [
      'More than 2,000 North Korean soldiers had been killed and wounded by March.',
      [['casualties', 2000, null, 'at-least']],
    ],
    ['About 14,000 North Koreans were working on Russian building sites.', [['laborers', 14000, 14000, 'approx']]],
    ['Some 600 North Koreans were being sent to work in Russian factories.', [['laborers', 600, 600, 'approx']]],
    ['Roughly 10,000 combat troops had been sent to Russia.', [['deployed', 10000, 10000, 'approx']]],
    ['The losses were a heavy toll for a force of 9,000 or 10,000.', [['deployed', 9000, 10000, 'range']]],
    ['State media showed a wall of 87 portraits of fallen North Korean soldiers.', [['killed', 87, 87, 'exact']]],
    ['Among the North Korean troops, the wounded are approaching 900.', [['wounded', 900, 900, 'exact']]],
    ['The count of losses among North Korean troops is nearing 3,500.', [['casualties', 3500, 3500, 'exact']]],
    [
      'Pyongyang is preparing to send five thousand soldiers and military engineers.',
      [['deployed', 5000, 5000, 'exact']],
    ],
    ['The 4,000 engineers and construction troops could start moving in July.', [['deployed', 4000, 4000, 'exact']]],
    [
      'About 4,000 builders and 1,000 deminers were sent.',
      [
        ['laborers', 4000, 4000, 'approx'],
        ['other', 1000, 1000, 'exact'],
      ],
    ],
    [
      'The units were waiting for about 1,500 fresh soldiers to replace their losses.',
      [['deployed', 1500, 1500, 'approx']],
    ],
    [
      'The institute put the contingent in Kursk at about 10,000 and estimated that losses would mount.',
      [['front', 10000, 10000, 'approx']],
    ],
    // A whole that a part is taken out of counts what it is, not what the part lost.
    [
      'He said two thousand North Koreans had been killed out of nine thousand deployed in Kursk.',
      [
        ['killed', 2000, 2000, 'exact'],
        ['front', 9000, 9000, 'exact'],
      ],
    ],
    [
      'Of a force of nine to ten thousand sent to the Kursk region, he said, roughly half had been killed or wounded.',
      [['front', 9000, 10000, 'range']],
    ],
    [
      'Casualty rates could reach a third, with as many as 700 killed, out of a force she put at 8,000 or 9,000.',
      [
        ['killed', null, 700, 'at-most'],
        ['deployed', 8000, 9000, 'range'],
      ],
    ],
    [
      'Losses could reach 40 percent, with up to 600 killed, for a contingent he sized at 7,000.',
      [
        ['killed', null, 600, 'at-most'],
        ['deployed', 7000, 7000, 'exact'],
      ],
    ],
  ];
  for (const [sentence, expected] of cases) {
    it(`measures "${sentence}"`, () => expect(read(sentence)).toEqual(expected));
  }
});

describe('findEstimates() ignores numbers that are not counts of North Korean people', () => {
  const distractors = [
    'The strike happened on Dec. 5 last year.',
    'In 2022, the two nations signed a pact.',
    'The troops trained at five military bases for two weeks.',
    'Each unit gets one translator and three Russian commanders per 30 soldiers.',
    'The KN-23 missiles flew 400 km.',
    'One of the prisoners, who is 26, said he had served since 2016.',
    'About 1 in 3 North Korean soldiers has been wounded.',
    'The constructor troops were deployed, and the toString valueOf soldiers too.',
    'One in five North Korean soldiers was killed.',
    'Russia has lost more than 600,000 soldiers since 2022.',
    'Ukraine says 1,200 Russian troops were killed on Tuesday.',
    'The package is worth $5 billion.',
    'Kim Jong Un, 40, inspected the 11th brigade.',
    'Temperatures fell to 20 degrees in Kursk.',
    'The 155mm shells arrived by 3,000 railcars.',
    'Turnout rose 12 percent.',
    'The comment box allows 0/250 characters.',
    'The General Staff said Russian losses on the same day amounted to 1,540 troops and 12 tanks.',
    'Moscow lost 1,500 soldiers on the same day.',
    'Ukrainian forces lost 300 soldiers in the same battles, officials in Kyiv said.',
    'At 10 a.m. North Korean troops attacked Ukrainian positions.',
    'Soldiers aged 18 to 24 make up most of the units.',
    'Mediazona has confirmed the deaths of 120,000 Russian soldiers.',
  ];
  for (const sentence of distractors) {
    it(`finds nothing in "${sentence}"`, () => expect(read(sentence)).toEqual([]));
  }
  // (Even where the text is about the soldiers, so a bare number could count them.)
  const inContext = [
    'The talks lasted roughly two and a half hours, the agency said.',
    'Russia itself has signed up around 250,000 contract soldiers since January, he said.',
    'He added that Moscow was tying down 55,000 of its own troops there.',
    'Zelensky said his forces in Kursk face 45,000 enemy troops.',
    'Two Russian landing ships and four escort vessels carried the soldiers.',
    'In the NIS figures the wounded outnumber the dead by close to six to one.',
    'The Evening at Nine: where are North Korea’s soldiers now?',
    'The two are hard to square, a lawmaker said of the soldiers’ counts.',
    'Neither count has been withdrawn, and the three may cover different months.',
  ];
  for (const sentence of inContext) {
    it(`finds nothing, in context, in "${sentence}"`, () => expect(read(sentence, true)).toEqual([]));
  }
  it('still reads a capitalised number word that opens a list item', () => {
    expect(read('- Two, according to the Ukrainian president, who said special forces took them.', true)).toEqual([
      ['deployed', 2, 2, 'exact'],
    ]);
  });
});

describe('findEstimates() reads elided counts only with context', () => {
  it('reads "as many as 10,000 have…" after a sentence about troops', () => {
    expect(read('We assess that as many as 10,000 have made their way to Kursk.', true)).toEqual([
      ['front', null, 10000, 'at-most'],
    ]);
  });
  it('reads "It said 1,500 had already arrived" after a sentence about troops', () => {
    expect(read('It said 1,500 had already arrived in Vladivostok.', true)).toEqual([
      ['deployed', 1500, 1500, 'exact'],
    ]);
  });
  it('reads "Of those, 300 were killed" after a sentence about casualties', () => {
    expect(read('Of those, 300 were killed, a lawmaker told reporters.', true)).toEqual([
      ['killed', 300, 300, 'exact'],
    ]);
  });
  it('reads "nearly 200 have been captured" and "about 90 died" after a sentence about troops', () => {
    expect(read('Nearly 200 have been captured since December.', true)).toEqual([['captured', 200, 200, 'approx']]);
    expect(read('About 90 died in the first week.', true)).toEqual([['killed', 90, 90, 'approx']]);
  });
  it('reads "the roughly 11,000 already in Russia" when the clause named the troops', () => {
    expect(read('It was preparing to send more troops, on top of the roughly 11,000 already in Russia.')).toEqual([
      ['deployed', 11000, 11000, 'approx'],
    ]);
  });
  it('gives "two of them" the measure of the group it picks from', () => {
    expect(read('Dozens of soldiers were captured, though Kyiv has shown only two of them.')).toEqual([
      ['captured', 24, 108, 'vague'],
      ['captured', 2, 2, 'exact'],
    ]);
  });
  it('reads "some 3,000 more could follow" after a sentence about troops', () => {
    expect(read('Washington believes some 3,000 more could follow.', true)).toEqual([
      ['deployed', 3000, 3000, 'approx'],
    ]);
  });
  it('does not read "300 were killed" with no people named before it', () => {
    expect(read('Of those, 300 were killed, a lawmaker told reporters.', false)).toEqual([]);
  });
  it('does not read a bare number without that context', () => {
    expect(read('We assess that as many as 10,000 have made their way to Kursk.', false)).toEqual([]);
  });
});

describe('findEstimates() keeps the figure verbatim', () => {
  it('keeps "just under" and "a little over" whole', () => {
    expect(findEstimates('Just under 12,000 North Korean troops were sent.')[0]?.numberText).toBe('Just under 12,000');
    expect(findEstimates('A little over 2,000 North Korean soldiers were sent.')[0]?.numberText).toBe(
      'A little over 2,000',
    );
  });
  it('gives the hedge and number as numberText with offsets into the sentence', () => {
    const s = 'Barilevich said over 11,000 North Korean soldiers are in Kursk.';
    const [e] = findEstimates(s);
    expect(e?.numberText).toBe('over 11,000');
    expect(s.slice(e!.start, e!.end)).toBe('over 11,000');
  });
});
