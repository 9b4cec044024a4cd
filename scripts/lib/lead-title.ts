import { splitSentences } from '../extract/text/sentences.ts';

/** Longest title made from a first sentence, in characters. */
const LEAD_TITLE_CHARS = 110;

/**
 * A title for an article with no headline: its first sentence, cut at a word before 110 characters.
 *
 * @example leadTitle('Ukrainian intelligence has reported that soldiers are entering the battlefield. More.') // 'Ukrainian intelligence has reported that soldiers are entering the battlefield.'
 */
export function leadTitle(paragraph: string): string | null {
  const [first] = splitSentences(paragraph);
  const sentence = first ? paragraph.slice(...first).trim() : '';
  if (!sentence) return null;
  if (sentence.length <= LEAD_TITLE_CHARS) return sentence;
  const cut = sentence.slice(0, LEAD_TITLE_CHARS);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length).replace(/[\s,;:]+$/, '')}…`;
}
