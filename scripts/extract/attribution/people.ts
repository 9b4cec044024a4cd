/** People in news text: names beside an attribution, and surnames resolved to full names. */

const TITLES =
  /^(?:Lt|Brig|Maj|Gen|Col|Capt|Adm|Sgt|Mr|Ms|Mrs|Dr|President|Minister|Secretary|Spokesperson|Spokesman|Spokeswoman|Chief|Deputy|Director|Commander|General|Colonel|Major|Admiral)\.?$/;
const NOT_NAMES =
  /^(?:The|A|An|In|On|At|According|However|Separately|But|And|North|South|Korean|Korea|Ukraine|Ukrainian|Russia|Russian|Kremlin|Pentagon|Defense|Defence|Ministry|Department|State|Intelligence|Service|Agency|Telegram|Times|Journal|Post|News|Press|Daily|Agency|Zone|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Kursk|Moscow|Seoul|Kyiv|Washington|Pyongyang|U\.S\.|US|UN|NATO)$/;

/**
 * A person's name (two or three capitalised words, Korean hyphenated given names allowed) standing
 * next to an attribution: "Andrii Kovalenko, the head of …, said".
 */
export function namedPersonNear(sentence: string, at: number): string | null {
  const re = /(?:\p{Lu}[\p{Ll}-]+\s){1,2}\p{Lu}[\p{Ll}-]+(?![\p{L}’'])/gu;
  let best: { name: string; distance: number } | null = null;
  for (const m of sentence.matchAll(re)) {
    const parts = m[0].split(/\s+/).filter((p) => !TITLES.test(p));
    if (parts.length < 2 || parts.some((p) => NOT_NAMES.test(p))) continue;
    const distance = Math.abs(m.index - at);
    if (distance < 60 && (!best || distance < best.distance)) best = { name: parts.join(' '), distance };
  }
  return best?.name ?? null;
}

/** People a document has named so far, so "Ms Jeon" or "Kim told lawmakers" resolve to a full name. */
export interface PersonIndex {
  /** Record a full name (and its reporter, if known) seen in the text. */
  add(name: string, reporterId: string | null): void;
  /** Resolve a bare surname or "Mr X" to the most recent full name that has it. */
  resolve(word: string): { person: string; reporterId: string | null } | null;
}

export function createPersonIndex(): PersonIndex {
  const names: { name: string; reporterId: string | null }[] = [];
  return {
    add(name, reporterId) {
      names.push({ name, reporterId });
    },
    resolve(word) {
      const bare = word.replace(/^(Mr|Ms|Mrs|Dr)\.?\s+/, '');
      if (!/^\p{Lu}/u.test(bare) || bare.includes(' ')) return null;
      for (let i = names.length - 1; i >= 0; i--) {
        const entry = names[i]!;
        const parts = entry.name.split(/\s+/);
        if (parts.length > 1 && (parts[0] === bare || parts[parts.length - 1] === bare)) {
          return { person: entry.name, reporterId: entry.reporterId };
        }
      }
      return null;
    },
  };
}
