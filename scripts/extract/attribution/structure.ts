import { findDates } from '../text/dates.ts';
import { HOSTS, LABEL_OPENERS, QUESTIONERS } from '../text/lexicon.ts';

/**
 * The shape of a document beyond its sentences: the day each part of a live blog speaks of, the
 * turns of a transcript and who speaks in each (tables: text/tables.ts). Each is read
 * from the lines as pasted, never from one outlet's layout.
 */

/** One line of the raw text, as the cleaner saw it. */
export interface LineRef {
  start: number;
  text: string;
  dropped: boolean;
}

/** A paragraph (a kept line) of the document. */
export interface ParagraphRef {
  start: number;
  text: string;
}

/** A transcript turn: who speaks, from the label at the start of a paragraph. */
export interface Turn {
  /** The label's words ("MR. RYDER", "Q"). */
  label: string;
  /** Offset, in the paragraph, where what is said begins. */
  bodyAt: number;
  /** A question, or the host's words: figures in it are not the speaker's estimates. */
  question: boolean;
}

// (After a time code, as a broadcast transcript gives one: "[01:12] Q:", "00:02:07 RYDER:"; a live
// blog's "10:15 Spy agency: …" is an entry, not a turn.)
const LABEL =
  /^\s*(?:\[\d{1,2}:\d{2}(?::\d{2})?\]\s+|\d{1,2}:\d{2}:\d{2}\s+)?((?:Q|A|QUESTION|ANSWER)|[A-Z][A-Z.'’\- ]{0,40}[A-Z.]|(?:[A-Z][\p{Ll}'’-]+\.?\s){0,3}[A-Z][\p{Ll}'’-]+)(?:\s*\(([^)]{1,60})\))?\s*:\s+/u;

/**
 * Transcript turns by paragraph: a label ("MR. RYDER:", "Q:", "Host:") opens a turn that lasts
 * until the next label. Only a document with at least three labelled paragraphs is a transcript,
 * so a headline such as "Pentagon: up to 12,000 troops" opens no turn.
 */
export function findTurns(paragraphs: readonly ParagraphRef[]): (Turn | null)[] {
  // ("On North Korea: we now assess …": a topic's lead-in, in the turn before, is no label.)
  const labels = paragraphs.map((p) => {
    const m = LABEL.exec(p.text);
    const first = m?.[1]!.trim().split(/\s+/)[0] ?? '';
    return m && first !== first.toUpperCase() && LABEL_OPENERS.has(first.toLowerCase()) ? null : m;
  });
  if (labels.filter(Boolean).length < 3) return paragraphs.map(() => null);
  let current: Turn | null = null;
  // ("RUTH ANSELL (HOST):", then "ANSELL:": the names of those a label called the host go on asking.)
  const askers = new Set<string>();
  return paragraphs.map((p, i) => {
    const m = labels[i];
    if (m) {
      const label = m[1]!.trim();
      const words = label
        .toLowerCase()
        .split(/[\s.]+/)
        .filter(Boolean);
      const named = words.filter((w) => w.length > 2 && !QUESTIONERS.has(w));
      // (The role in parentheses after the name: "RUTH ANSELL (HOST):".)
      const role = m[2]?.toLowerCase().split(/[^\p{L}]+/u) ?? [];
      const asks = words.some((w) => QUESTIONERS.has(w)) || role.some((w) => HOSTS.has(w));
      if (asks) for (const w of named) askers.add(w);
      const question = asks || named.some((w) => askers.has(w)) || /\?\s*$/.test(p.text);
      current = { label, bodyAt: m[0].length, question };
      return current;
    }
    return current ? { ...current, bodyAt: 0 } : null;
  });
}

/**
 * The day each offset of the text speaks of: a line that is only a date ("Tuesday 29 October",
 * "Monday, Dec. 23, 2024") sets the day for what follows it, as a live blog's day headers do; before
 * any such line, the publication date.
 *
 * @example dayAnchors([{ start: 0, text: 'Tuesday 29 October', dropped: true }], '2024-10-30') // [{ start: 0, iso: '2024-10-29' }]
 */
export function dayAnchors(lines: readonly LineRef[], publishedOn: string | null): { start: number; iso: string }[] {
  const out: { start: number; iso: string }[] = [];
  for (const l of lines) {
    const text = l.text.trim();
    if (!text || text.length > 60 || text.split(/\s+/).length > 9) continue;
    const d = findDates(text, publishedOn).find((x) => x.iso && x.day);
    if (!d || !d.iso) continue;
    const rest = (text.slice(0, d.index) + text.slice(d.end)).replace(
      /\b(?:last|first)?\s*(?:updated|published|posted)\b:?|\b\d{1,2}[.:]\d{2}\b|\b(?:gmt|utc|bst|cet|et|est|edt|kst|msk|eet|a\.?m\.?|p\.?m\.?)\b|[\s,|·•–—()-]/gi,
      '',
    );
    if (rest.length <= 3) out.push({ start: l.start, iso: d.iso });
  }
  return out;
}

/**
 * Whether the text reads as a live blog: several lines that are only a time of day ("19:05 GMT"),
 * or three or more entries that open with one ("09:05 Good morning …", "11.20am GMT Zelensky says …").
 */
export function isLiveBlog(lines: readonly LineRef[]): boolean {
  return lines.filter((l) => TIMESTAMP.test(l.text)).length >= 2 || lines.filter((l) => ENTRY.test(l.text)).length >= 3;
}

const TIMESTAMP = /^\s*\d{1,2}[.:]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\s*$/i;
/** An entry's first line that opens with its time: "09:05 Good morning", "4.15pm BST The agency …". */
const ENTRY = /^\s*\d{1,2}[.:]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}\b)?\s+(?=\p{Lu})/u;

/**
 * Where a live blog's first timestamped entry starts (an offset in the text), or null for a text
 * that is no live blog: what stands above it — the "key events" — sums the entries up.
 */
export function firstEntry(lines: readonly LineRef[]): number | null {
  return isLiveBlog(lines) ? (lines.find((l) => TIMESTAMP.test(l.text) || ENTRY.test(l.text))?.start ?? null) : null;
}
