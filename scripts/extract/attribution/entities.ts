import type { ReporterKind } from '../../../src/schemas/vocabulary.ts';
import type { Mention } from './mentions.ts';
import type { Reporter } from '../../../src/schemas/reporter.ts';
import type { Registry } from './registry.ts';

/**
 * The document's memory of who has been mentioned: people (with the body they speak for, their
 * country and role), agencies, governments, unnamed officials and groups, in the order the text
 * names them. Pronouns and descriptions ("he", "the agency", "the Ukrainian leader") resolve to
 * the most recent compatible one, preferring those that have spoken.
 */

/** Who a mention stands for, once resolved. */
export interface Resolved {
  reporterId: string | null;
  person: string | null;
  parties: string[];
  inferred: boolean;
  country: string | null;
  kind: ReporterKind | 'lawmaker' | null;
  isPerson: boolean;
  plural: boolean;
  /** The agency a lawmaker passes figures on from ("lawmakers briefed by the NIS"). */
  briefer: string | null;
  /** The words that name it. */
  text: string;
  /** Named in the possessive here ("Seoul's count"): the owner of what follows. */
  possessive?: boolean;
}

interface Entry extends Resolved {
  sentence: number;
  /** The sentence it last spoke in (was the source of a predicate), or -1. */
  spoke: number;
  /** When it last spoke, as far as the text says. */
  statedOn: string | null;
  /** It was named first in its sentence (its subject, most often). */
  subject: boolean;
  paragraph: number;
}

/** How many sentences back a pronoun or description may reach. */
const REACH = 8;

/** A body the words imply but do not name ("the Ukrainian spy agency", "its General Staff"). */
export function inferredBody(entry: Reporter, text: string): Resolved {
  return {
    reporterId: entry.id,
    person: null,
    parties: [],
    inferred: true,
    country: entry.country,
    kind: entry.kind,
    isPerson: false,
    plural: false,
    briefer: null,
    text,
  };
}

export class DocumentModel {
  private readonly entries: Entry[] = [];
  private readonly surnames = new Map<string, Entry>();
  private readonly names = new Map<string, string>();
  private readonly registry: Registry;

  constructor(registry: Registry) {
    this.registry = registry;
  }

  /** Full names seen so far, by surname and by given name ("Lee" → Lee Seong-kweun). */
  knownNames(): ReadonlyMap<string, string> {
    return this.names;
  }

  /** What a named person's surname alone stands for ("Lee said"), or null. */
  bySurname(word: string): Resolved | null {
    // (In any case: a transcript's label gives "SINGH" for Sabrina Singh.)
    return this.surnames.get(word.toLowerCase()) ?? null;
  }

  /** Resolve a mention; pronouns and descriptions against what came before (`before`: this sentence's earlier mentions). */
  resolve(m: Mention, sentence: number, before: readonly Resolved[] = []): Resolved | null {
    if (m.type !== 'pronoun' && m.type !== 'description') {
      const known = m.type === 'person' && m.person ? this.surnames.get(m.person.toLowerCase()) : undefined;
      if (known && !m.reporterId) return { ...known, text: m.text };
      return {
        reporterId: m.reporterId,
        person: m.person,
        parties: m.parties,
        inferred: m.inferred,
        country: m.country,
        kind: m.kind,
        isPerson: m.isPerson,
        plural: m.plural,
        briefer: null,
        text: m.text,
        possessive: m.possessive,
      };
    }
    const wants = m.wants!;
    const recent = this.entries.filter((e) => e.sentence >= sentence - REACH).reverse();
    if (wants.is === 'statement') {
      const last = recent.find((e) => e.spoke >= 0 && (e.reporterId || e.parties.length));
      return last ? { ...last, text: m.text } : null;
    }
    // ("… by Seoul's count, and the spy agency told lawmakers": a description with no country of its
    // own is of the state its sentence has just named as the owner of a count or a view.)
    const inView =
      m.type === 'description' && wants.kinds && !wants.country
        ? (before.findLast((e) => e.kind === 'government' && e.country && e.possessive)?.country ?? null)
        : null;
    const country = wants.country ?? inView;
    const fits = (e: Resolved) => {
      if (wants.is === 'person' && !e.isPerson) return false;
      if (wants.is === 'body' && (e.isPerson || e.plural)) return false;
      if (wants.plural && !e.plural && e.isPerson) return false;
      if (wants.kinds && !(e.kind && (wants.kinds as string[]).includes(e.kind))) return false;
      if (country && e.country !== country) return false;
      return Boolean(e.reporterId || e.parties.length || e.kind === 'lawmaker' || e.person);
    };
    // A description of two words or more that an entry's own name or alias holds ("the spy agency":
    // "Seoul's spy agency") picks that entry among those equally near.
    const words = m.text.toLowerCase().replace(/^(the|this|that)\s+/, '');
    const named = (e: Resolved) => {
      const entry =
        words.includes(' ') && e.reporterId !== null ? this.registry.reporters.get(e.reporterId) : undefined;
      return entry !== undefined && [entry.name, ...entry.aliases].some((a) => a.toLowerCase().includes(words));
    };
    // The kinds a description names come in order of preference ("the agency": a spy agency before a news agency).
    const pick = <T extends Resolved>(list: readonly T[]): T | undefined => {
      const same = list.find((x) => fits(x) && named(x));
      if (same) return same;
      for (const kind of wants.kinds ?? []) {
        const e = list.find((x) => fits(x) && x.kind === kind);
        if (e) return e;
      }
      return list.find(fits);
    };
    // In its own sentence, the subject first ("The Pentagon will brief on Monday; it says …"), then the nearest.
    // A description of several kinds ("the agency": a spy agency before a news agency) weighs its
    // sentence and the one before together: "… Ukraine's military intelligence … In a statement
    // carried by the Kyiv Independent, the agency said" is the intelligence agency.
    const weighed =
      m.type === 'description' && (wants.kinds?.length ?? 0) > 1
        ? pick([...[...before].reverse(), ...recent.filter((e) => e.sentence === sentence - 1)])
        : undefined;
    if (weighed) return { ...weighed, text: m.text };
    const near = (before[0] && pick([before[0]])) ?? pick([...before].reverse());
    if (near) return { ...near, text: m.text };
    // "The Ukrainian defence minister briefed reporters. It said …": with no body just before, "it"
    // is the body of the person the sentence before was about.
    if (wants.is === 'body' && !wants.kinds && !pick(recent.filter((e) => e.sentence === sentence - 1))) {
      const official = recent.find(
        (e) => e.subject && e.sentence === sentence - 1 && e.isPerson && e.reporterId && !e.plural,
      );
      if (official) return { ...official, person: null, isPerson: false, text: m.text };
    }
    // "… rests on Sergei Shoigu. TASS quoted him as saying": an object pronoun is whoever the sentence
    // before named last.
    const lastNamed = wants.object ? pick(recent.filter((e) => e.sentence === sentence - 1)) : undefined;
    if (lastNamed) return { ...lastNamed, text: m.text };
    // The subject of the sentence just before ("Umerov met allies. He said …"), then who spoke lately,
    // then the subject of the last sentences, then whoever was named last.
    const found =
      pick(recent.filter((e) => (e.subject || e.spoke === sentence - 1) && e.sentence === sentence - 1)) ??
      pick(recent.filter((e) => e.spoke >= sentence - 3)) ??
      pick(recent.filter((e) => e.subject && e.sentence >= sentence - 2)) ??
      pick(recent);
    if (found) return { ...found, text: m.text };
    // "The Pentagon raised its estimate … the 8,000 the secretary cited": a person no one named speaks for the body that did.
    if (wants.is === 'person' && !wants.kinds) {
      const body =
        before.find((e) => !e.isPerson && e.reporterId) ??
        recent.find(
          (e) => !e.isPerson && e.reporterId && (e.spoke >= sentence - 2 || (e.subject && e.sentence >= sentence - 1)),
        );
      if (body) return { ...body, text: m.text, inferred: true };
    }
    // "the Ukrainian spy agency" with no antecedent: the registry's body of that kind and country.
    // With no country in its words, the country of whoever spoke last ("Ukraine's General Staff says
    // … The defence minister told me …": Ukraine's).
    const kind = wants.kinds?.[0];
    const of = country ?? recent.find((e) => e.spoke >= 0 && e.country)?.country ?? null;
    const entry = kind && of ? this.registry.find(kind, of, words) : undefined;
    return entry ? inferredBody(entry, m.text) : null;
  }

  /** Remember a resolved mention; `spoke` when it was the source of a predicate. */
  add(
    r: Resolved,
    sentence: number,
    spoke: boolean,
    statedOn: string | null = null,
    subject = false,
    paragraph = -1,
  ): void {
    const same = this.entries.findLast(
      (e) => e.reporterId === r.reporterId && e.person === r.person && e.parties.join() === r.parties.join(),
    );
    const entry: Entry = {
      ...r,
      briefer: r.briefer ?? same?.briefer ?? null,
      sentence,
      spoke: spoke ? sentence : (same?.spoke ?? -1),
      statedOn: spoke ? statedOn : (same?.statedOn ?? null),
      subject,
      paragraph,
    };
    this.entries.push(entry);
    if (r.person && r.isPerson) {
      const parts = r.person.split(/\s+/);
      for (const part of [parts[0]!, parts.at(-1)!, r.person])
        if (parts.length > 1 && /^\p{Lu}/u.test(part)) {
          this.surnames.set(part.toLowerCase(), entry);
          this.names.set(part, r.person);
        }
    }
  }

  /** The statement date of the last time this reporter spoke (not before paragraph `since`), if the text gave one. */
  lastStatedOn(r: Resolved, since = -1, before = Infinity): string | null {
    const e = this.entries.findLast(
      (x) =>
        x.sentence < before &&
        // (A lawmaker who relayed an agency's briefing spoke for it: "…, a lawmaker said on Tuesday
        // after being briefed by the NIS" dates the agency's words told next.)
        (x.reporterId === r.reporterId || (r.reporterId !== null && !x.reporterId && x.briefer === r.reporterId)) &&
        x.spoke >= 0 &&
        x.statedOn &&
        // (With no reporter, only the same named person: "Jenny Town" is not whoever else went unregistered.)
        (r.reporterId ? !r.person || !x.person || x.person === r.person : x.person === r.person),
    );
    return e && e.paragraph >= since ? e.statedOn : null;
  }

  /** The agency lawmakers were last said to be briefed by, for lawmakers who speak without saying so again. */
  lastBriefer(): string | null {
    return this.entries.findLast((e) => e.briefer)?.briefer ?? null;
  }
}
