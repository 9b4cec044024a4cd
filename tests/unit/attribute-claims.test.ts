/** Attribution with sentences of our own: before, after, one sentence earlier, quotes, citing, hedges. */
import { describe, expect, it } from 'vitest';
import { runSource } from '../support/pipeline.ts';

const who = async (text: string) =>
  (await runSource(text)).claims.map((c) => [c.low ?? c.high, c.reporter?.id ?? null, c.speaker]);

/** An article of a date line, a headline and paragraphs: each figure's value, reporter and statement date. */
const dated = async (dateLine: string, ...paragraphs: string[]) =>
  (await runSource([dateLine, 'Headline for a day of news', '', ...paragraphs].join('\n'))).claims.map((c) => [
    c.low ?? c.high,
    c.reporter?.id ?? null,
    c.statedOn,
  ]);

describe('attribute-claims', () => {
  it('reads attribution after the figure ("…, the NIS said")', async () => {
    expect(await who('About 11,000 North Korean troops are in Russia, the NIS said on Wednesday.')).toEqual([
      [11000, 'kr-nis', null],
    ]);
  });
  it('reads attribution before the figure ("According to …")', async () => {
    expect(await who('According to the Pentagon, up to 12,000 North Korean soldiers are in Russia.')).toEqual([
      [12000, 'us-dod', null],
    ]);
  });
  it('reads a speaker with an appositive and resolves the agency', async () => {
    expect(
      await who('Andriy Yusov, a spokesperson for Ukrainian military intelligence, said 3,000 North Koreans had died.'),
    ).toEqual([[3000, 'ua-hur', 'Andriy Yusov']]);
  });
  it('reads a quote tail ("…,” Budanov said)', async () => {
    expect(await who('“There are about 8,000 North Korean soldiers in Kursk,” Budanov said.')).toEqual([
      [8000, 'ua-hur', 'Kyrylo Budanov'],
    ]);
  });
  it('carries attribution to the next sentence of the same paragraph', async () => {
    expect(
      await who('The NIS briefed lawmakers on Tuesday. About 300 North Korean soldiers have been killed, it said.'),
    ).toEqual([[300, 'kr-nis', null]]);
    expect(
      await who('The Pentagon said on Monday it had new figures. Up to 12,000 North Korean troops are in Russia.'),
    ).toEqual([[12000, 'us-dod', null]]);
  });
  it('takes "the agency" for a spy agency, never a broadcaster named since', async () => {
    const text = [
      'Lawmakers met the National Intelligence Service behind closed doors on Wednesday.',
      'Earlier that day the broadcaster KBS had aired footage of a troop train near the border.',
      'The agency told the committee that about 1,200 North Korean soldiers had been killed.',
    ].join('\n');
    expect(await who(text)).toEqual([[1200, 'kr-nis', null]]);
  });
  it('gives an outlet’s report of a body’s assessment to the body', async () => {
    const text = [
      'Ukraine’s military intelligence expects more. Its assessment, reported by the BBC on Monday, says 20,000 more North Korean soldiers could arrive by autumn.',
      'When the BBC reported on Monday that 4,000 North Korean troops had been wounded, it relied on a single assessment by Ukraine’s defence intelligence agency.',
      'The BBC reported on Monday that 900 North Korean labourers had arrived, by its own count.',
    ].join('\n');
    expect(await who(text)).toEqual([
      [20000, 'ua-hur', null],
      [4000, 'ua-hur', null],
      [900, 'bbc', null],
    ]);
  });
  it('gives a lawmaker’s later figures to the agency that briefed the lawmaker', async () => {
    const text =
      'Park Ji-hoon, an opposition lawmaker, was briefed by Ukraine’s military intelligence in Kyiv last week. On Monday he said about 1,500 North Korean soldiers were near Kursk.';
    expect(await who(text)).toEqual([[1500, 'ua-hur', 'Park Ji-hoon']]);
  });
  it('takes "Russia’s Kursk region" for a place, never a source', async () => {
    const text = [
      'Britain’s Defence Intelligence posted that North Korean forces had suffered more than 5,000 casualties in Russia’s Kursk region.',
      'Zelensky said 2,500 North Korean soldiers had been killed and wounded in Russia’s Kursk region. Later he said 40 more had died.',
    ].join('\n');
    expect(await who(text)).toEqual([
      [5000, 'uk-mod', null],
      [2500, 'ua-president', 'Volodymyr Zelensky'],
      [40, 'ua-president', 'Volodymyr Zelensky'],
    ]);
    const unknown =
      'A Baltic intelligence service posted that North Korean forces had suffered 4,800 casualties in Russia’s Kursk region.';
    expect((await who(unknown))[0]?.[1]).not.toBe('ru-kremlin');
  });
  it('reads "its General Staff", "his own military intelligence" as the body of that country', async () => {
    const text = [
      'Kyiv said the fighting was not over; its General Staff put North Korea’s losses at over 3,800 killed and wounded.',
      'President Volodymyr Zelensky put the losses at more than 4,000. Yet his own military intelligence agency told a lawmaker that it counted about 350 killed.',
      'Zelensky told reporters on Monday that 3,000 were in Russia, and his intelligence expected them to have 9,000 soon.',
    ].join('\n');
    expect(await who(text)).toEqual([
      [3800, 'ua-general-staff', null],
      [4000, 'ua-president', 'Volodymyr Zelensky'],
      [350, 'ua-hur', null],
      [3000, 'ua-president', 'Volodymyr Zelensky'],
      [9000, 'ua-president', 'Volodymyr Zelensky'],
    ]);
  });
  it('keeps no more than 500 claims of one source, and says from which line on it stopped', async () => {
    const lines = Array.from(
      { length: 520 },
      (_, k) => `The NIS said on Monday that ${k + 1000} North Korean soldiers were in Russia.`,
    );
    const { claims, warnings } = await runSource(['Headline for a day of many numbers', ...lines].join('\n'));
    expect(claims).toHaveLength(500);
    expect(claims.at(-1)?.low).toBe(1499);
    expect(warnings).toContain(
      'line 502: more than the 500 figures and statements a source may give; the first 500 are kept and the rest, from this line on, are not read as claims',
    );
  });
  it('gives no one an outlet’s hearsay ("reportedly", "various estimates", "an estimated")', async () => {
    const text = [
      'North Korean troops have been in Russia since October.',
      'The broadcaster KBS said the new group was reportedly 1,500 to 2,500 strong.',
      'The Kyiv Independent said various estimates placed the losses at 3,000 to 5,000.',
      'The Japan Times put last year’s contingent at an estimated 13,000.',
      'The BBC has learned from officials’ documents that 700 North Korean engineers arrived in May.',
    ].join('\n');
    expect(await who(text)).toEqual([
      [1500, null, null],
      [3000, null, null],
      [13000, null, null],
      [700, 'bbc', null],
    ]);
  });
  it('takes a name with its own verb after "said" for the reported clause’s subject, not the speaker', async () => {
    const text =
      'An assessment by Ukraine’s military intelligence, seen by the network, said Pyongyang was preparing to send another 20,000 soldiers.';
    expect(await who(text)).toEqual([[20000, 'ua-hur', null]]);
    expect(await who('“About 9,000 North Korean soldiers are in Kursk,” said Rutte.')).toEqual([
      [9000, 'nato', 'Mark Rutte'],
    ]);
  });
  it('gives "cited Western officials as saying" to the officials', async () => {
    expect(
      await who(
        'The same report cited Western officials as saying around 3,500 North Korean soldiers had been killed or wounded.',
      ),
    ).toEqual([[3500, 'western-officials', null]]);
  });
  it('reads a lead after an opening adverbial as the label of its colon ("On Oct. 24, X went higher: …")', async () => {
    const text = [
      'Headline for the week of estimates here',
      'North Korean troops kept arriving in Russia.',
      'On Oct. 24, Ukraine’s military intelligence agency went higher still: nearly 11,500 sent, including 400 officers.',
    ].join('\n');
    expect(await who(text)).toEqual([
      [11500, 'ua-hur', null],
      [400, 'ua-hur', null],
    ]);
  });
  it('resolves "the official said" to the official named earlier', async () => {
    const text =
      'A Ukrainian military intelligence official spoke to reporters.\n\nThe official said 500 North Korean officers had arrived.';
    expect(await who(text)).toEqual([[500, 'ua-hur', null]]);
  });
  it("gives an outlet's figure to the officials it cites", async () => {
    expect(
      await who(
        'The Wall Street Journal reported, citing U.S. officials, that 1,500 North Korean soldiers had arrived.',
      ),
    ).toEqual([[1500, 'us-officials', null]]);
    expect(await who('Daily NK reported that about 150 North Korean laborers were sent to Donbas.')).toEqual([
      [150, 'daily-nk', null],
    ]);
  });
  it('leaves "reportedly" figures and unknown speakers unattributed', async () => {
    expect(await who('The NIS met. North Korea reportedly sent 3,000 more troops.')).toEqual([[3000, null, null]]);
    expect(await who('A Russian blogger said 2,000 North Korean soldiers were in Kursk.')).toEqual([
      [2000, null, null],
    ]);
  });
  it('resolves "Ms Jeon" and "Kim told" to full names seen earlier', async () => {
    const text =
      'South Korean Defense Minister Kim Yong-hyun spoke on Tuesday.\n\n“About 3,000 more North Korean troops were sent,” Kim told lawmakers.';
    expect(await who(text)).toEqual([[3000, 'kr-mnd', 'Kim Yong-hyun']]);
  });
  it('does not take the outlet someone "told" for the speaker', async () => {
    expect(
      await who(
        'Ukraine’s intelligence chief, Kyrylo Budanov, told The War Zone that 11,000 North Korean soldiers were in Kursk.',
      ),
    ).toEqual([[11000, 'ua-hur', 'Kyrylo Budanov']]);
  });
  it('prefers a named agency or person to a state named as a whole', async () => {
    expect(await who('Kyiv estimates Pyongyang’s losses at 5,000, Budanov told the BBC.')).toEqual([
      [5000, 'ua-hur', 'Kyrylo Budanov'],
    ]);
  });
  it('gives "U.S. and NATO officials" to both parties, never one of them', async () => {
    const claims = (await runSource('U.S. and NATO officials said about 10,000 North Korean troops are training.'))
      .claims;
    expect(claims.map((c) => [c.low, c.reporter, c.parties])).toEqual([[10000, null, ['us-officials', 'nato']]]);
  });
  it('resolves the statement date against the publication date when there is one', async () => {
    const { claims } = await runSource(
      'Wednesday, December 4, 2024\nHeadline for a day of news\n\nThe NIS said on Monday that 11,000 North Korean troops are in Russia.',
    );
    expect(claims[0]).toMatchObject({ statedOn: '2024-12-02', statedOnText: 'on Monday' });
  });
  it('dates an agency’s belief by the lawmaker who told it, set off after the figure', async () => {
    const { claims } = await runSource(
      'Wednesday, December 4, 2024\nHeadline for a day of news\n\nSouth Korea’s spy agency believes that about 1,800 North Korean soldiers have died, lawmaker Kim Min-jae said on Monday after a closed briefing, three times the toll it gave before.',
    );
    expect(claims[0]).toMatchObject({ low: 1800, statedOn: '2024-12-02', statedOnText: 'on Monday' });
  });
  it('dates a count a guest tells as holding now to the transcript’s day', async () => {
    const { claims } = await runSource(
      [
        'Transcript: lawmakers on the latest count from Kursk',
        'Broadcast Thursday 6 March 2025 | Transcript',
        'HOST: What did the spy agency tell the committee?',
        'KIM MIN-JAE: The National Intelligence Service went over its numbers again. Its estimate is now about 1,800 killed.',
      ].join('\n'),
    );
    expect(claims.map((c) => [c.low, c.reporter?.id, c.statedOn])).toEqual([[1800, 'kr-nis', '2025-03-06']]);
  });
  it('dates a statement by the next sentence that takes it up again ("made the briefing public on Tuesday")', async () => {
    const { claims } = await runSource(
      'Friday 5 September 2025\nHeadline for a day of news\n\nSouth Korea’s spy agency told a visiting lawmaker that it counted about 1,800 North Korean soldiers killed. The lawmaker made the briefing public on Tuesday.\n\nThe NIS said 900 North Korean soldiers had been wounded. Lawmakers met on Tuesday.',
    );
    expect(claims.map((c) => [c.low, c.statedOn])).toEqual([
      [1800, '2025-09-02'],
      [900, null],
    ]);
  });
  // Dates the text gives only around the figure: a date line, then paragraphs; each figure's value, reporter and day.
  const datedCases: [name: string, lines: string[], expected: (string | number | null)[][]][] = [
    [
      'dates each of two statements a state’s body made on two days ("and on Tuesday it said")',
      [
        'Wednesday 30 October 2024',
        'In Washington, the Pentagon said on Monday that North Korea had sent around 9,000 soldiers to train in eastern Russia, and on Tuesday it said a couple thousand of them were near the Kursk border region.',
      ],
      [
        [9000, 'us-dod', '2024-10-28'],
        [2000, 'us-dod', '2024-10-29'],
      ],
    ],
    [
      'dates an agency’s later words by the day a lawmaker told them, but not a count it had given before',
      [
        'Friday 14 March 2025',
        'Lawmaker Park Ji-won said on Wednesday that the National Intelligence Service now counted about 1,500 North Korean dead.',
        'Park, who sits on the intelligence committee, said the agency had counted no more than 600 dead in January but had since revised its view. The agency also believes about 4,000 more soldiers will be sent, he said.',
      ],
      [
        [1500, 'kr-nis', '2025-03-12'],
        [600, 'kr-nis', null],
        [4000, 'kr-nis', '2025-03-12'],
      ],
    ],
    [
      'dates a statement by the one day of the next sentence that relays it ("relayed the estimate on Wednesday")',
      [
        'Friday 14 March 2025',
        'About 1,500 North Korean soldiers have been killed, according to the National Intelligence Service. Lawmaker Park Ji-won relayed the estimate on Wednesday after a briefing by the agency.',
      ],
      [[1500, 'kr-nis', '2025-03-12']],
    ],
    [
      'dates nothing said at no one time ("have said"), even in a live blog entry',
      [
        'Monday 16 December 2024',
        '09:30 Welcome to our live coverage of the war.',
        '10:15 Some background. U.S. and South Korean officials have said that more than 9,000 North Korean soldiers were sent to Russia.',
        '11:40 The Pentagon says about 100 North Korean soldiers have been killed.',
      ],
      [
        [9000, null, null],
        [100, 'us-dod', '2024-12-16'],
      ],
    ],
    [
      'gives "a few days later" no day, and lends the statement no earlier one',
      [
        'Friday 4 April 2025',
        'On March 24 the Joint Chiefs of Staff said about 3,000 North Koreans had become casualties. A few days later the National Intelligence Service told lawmakers that about 2,500 more soldiers had been sent.',
      ],
      [
        [3000, 'kr-jcs', '2025-03-24'],
        [2500, 'kr-nis', null],
      ],
    ],
    [
      'dates a figure by the statement it names itself ("up from its April assessment of 500")',
      [
        'Friday 5 September 2025',
        'On Tuesday the National Intelligence Service said about 1,800 North Korean soldiers had died, up from its April assessment of at least 500.',
      ],
      [
        [1800, 'kr-nis', '2025-09-02'],
        [500, 'kr-nis', null],
      ],
    ],
    [
      'dates words an outlet passes on ("It quoted officials as saying") by the day it passed them on',
      [
        'Saturday 15 March 2025',
        'Yonhap gave its own account on Thursday. It quoted South Korean military officials as saying about 900 North Korean soldiers had sailed from Wonsan.',
      ],
      [[900, 'kr-officials', '2025-03-13']],
    ],
  ];
  for (const [name, [dateLine, ...paragraphs], expected] of datedCases) {
    it(name, async () => expect(await dated(dateLine!, ...paragraphs)).toEqual(expected));
  }
  it('takes the publication date from a wire dateline with its year at the head of a paragraph', async () => {
    const { claims } = await runSource(
      'Pentagon raises its count of North Korean troops\nWASHINGTON, Oct. 30, 2024 (Harbour Wire) - The Pentagon said on Monday that about 9,000 North Korean soldiers were training in Russia.',
    );
    expect(claims.map((c) => [c.low, c.statedOn])).toEqual([[9000, '2024-10-28']]);
  });
  it('dates a live blog’s entries that open with their time to the day above them', async () => {
    const { claims } = await runSource(
      [
        'Live: North Korean troops in Kursk',
        'Monday 4 November 2024',
        '09:05 Good morning and welcome to our coverage of the war.',
        '11:20 President Volodymyr Zelensky says there are now 11,000 North Korean troops in Kursk.',
        'Tuesday 5 November 2024',
        '08:15 The Pentagon says about 10,000 North Korean soldiers are in Kursk.',
      ].join('\n'),
    );
    expect(claims.map((c) => [c.low, c.statedOn])).toEqual([
      [11000, '2024-11-04'],
      [10000, '2024-11-05'],
    ]);
  });
  it('knows a transcript’s speaker by the surname of the label in capitals ("SINGH:")', async () => {
    const { claims } = await runSource(
      [
        'Pentagon briefing: the count reaches 9,000',
        'The Westgate Monitor | Transcripts | Monday 18 November 2024',
        'Condensed excerpts from Monday’s briefing at the Pentagon by Deputy Press Secretary Sabrina Singh.',
        'SABRINA SINGH: Good morning. A few items first.',
        'Q: Where does the count stand?',
        'SINGH: On the numbers, our assessment is that about 9,000 DPRK soldiers have likely moved into the Kursk region.',
      ].join('\n'),
    );
    expect(claims.map((c) => [c.low, c.reporter?.id, c.speaker, c.statedOn])).toEqual([
      [9000, 'us-dod', 'Sabrina Singh', '2024-11-18'],
    ]);
  });
  it('takes a question’s "you" for the one who answers, and "you" elsewhere for no one', async () => {
    const { claims } = await runSource(
      [
        'Pentagon briefing: the count reaches 9,000',
        'The Westgate Monitor | Transcripts | Monday 18 November 2024',
        'Excerpts from Monday’s briefing at the Pentagon by Deputy Press Secretary Sabrina Singh.',
        'Q: On October 28 you said around 8,000 North Korean soldiers had been sent to train there. Why the jump?',
        'SINGH: The numbers moved as they arrived.',
        'Q: And now?',
        'SINGH: We think 9,500 are there.',
      ].join('\n'),
    );
    expect(claims.map((c) => [c.low, c.reporter?.id, c.speaker, c.statedOn])).toEqual([
      [8000, 'us-dod', 'Sabrina Singh', '2024-10-28'],
      [9500, 'us-dod', 'Sabrina Singh', '2024-11-18'],
    ]);
    expect(
      await who('North Korean troops are in Russia. “You will see 7,000 more soldiers,” the analyst wrote.'),
    ).toEqual([[7000, null, null]]);
  });
  it('keeps a named subject through an appositive ("Sean Parnell, the spokesperson, said")', async () => {
    expect(await who('Sean Parnell, the spokesperson, said 5,500 North Korean troops are in Kursk.')).toEqual([
      [5500, 'us-dod', 'Sean Parnell'],
    ]);
  });
  it('does not take "an estimated 7,000" for someone estimating', async () => {
    expect(
      await who('The NIS briefed lawmakers on Tuesday. An estimated 7,000 North Korean troops are in Kursk.'),
    ).toEqual([[7000, 'kr-nis', null]]);
  });
  it('keeps a subject through a span of time before its verb ("have for months said")', async () => {
    expect(
      await who(
        'Ukrainian intelligence and Western intelligence agencies have for months said North Korea sent more than 8,000 troops; Moscow has acknowledged none of them.',
      ),
    ).toEqual([[8000, null, null]]);
    const { claims } = await runSource(
      'Western intelligence agencies have for months said North Korea sent more than 8,000 troops.',
    );
    expect(claims[0]!.reporter?.id).toBe('western-officials');
  });
  it('gives a deed agreed on ("had agreed to send 4,000") to whoever told of it, not to the state that agreed', async () => {
    expect(
      await who(
        'The regional governor, Anton Belov, said in June that Pyongyang had agreed to send 4,000 construction workers.',
      ),
    ).toEqual([[4000, null, 'Anton Belov']]);
  });
  it('gives an outlet passing on unnamed sources of no country no reporter, and keeps its day', async () => {
    const { claims } = await runSource(
      'Saturday 15 March 2025\nHeadline for a day of news\n\nJapan’s NHK reported on Thursday that Pyongyang was weighing sending about 20,000 workers to a drone plant, citing diplomatic sources it did not name.',
    );
    expect(claims.map((c) => [c.low, c.reporter?.id ?? null, c.statedOn])).toEqual([[20000, null, '2025-03-13']]);
  });
  it('keeps apart a figure of a person the registry does not list and the same figure of a body it does', async () => {
    expect(
      await who(
        'The National Intelligence Service said another 900 military engineers were clearing mines. The regional governor, Anton Belov, said in June that 900 demining specialists would come.',
      ),
    ).toEqual([
      [900, 'kr-nis', null],
      [900, null, 'Anton Belov'],
    ]);
  });
  it('reads "the U.S. Secretary of State said" in one sentence', async () => {
    expect(await who('North Korea has sent 11,000 troops to Russia, the U.S. Secretary of State said.')).toEqual([
      [11000, 'us-state', null],
    ]);
  });
});
