/**
 * Search-result excerpts that start at a sentence, built from the text Pagefind stores for a page (its
 * `content`, the word positions of the hits, and the page's anchors). Used by the search page's script;
 * pure, so it is unit tested here. Pagefind counts word positions in the content split at white space.
 */
import { bareWord, fold, MIN_PART, startsAsTyped, STOP_WORDS, words as wordsOf } from './norwegian';
import { INDEX_ANCHOR } from './search-index';

/** The heading before a measure's description: a hit in the name shows the description's first sentence. */
const DESCRIPTION_ANCHOR = 'beskrivelse-tittel';

export interface ExcerptSource {
  content: string;
  /** Word positions of the hits. */
  locations: readonly number[];
  /**
   * Pagefind's score of each hit (`balanced_score`): higher for the word as the reader typed it than
   * for a longer word it begins («NAV» beside «navnet» for «nav»). When given, the excerpt shows the
   * first of the best hits.
   */
  weighted_locations?: readonly { location: number; balanced_score: number }[];
  anchors: readonly { id: string; location: number; text: string }[];
  /** The page's title: the first words of its content. */
  title: string;
  /**
   * Words the synonyms add to the index (folded) → the keys of the texts they stand for
   * (src/lib/search.ts: synonymSources). With it, a page found only by a synonym shows the sentence
   * with the text's own word, marked.
   */
  synonyms?: Readonly<Record<string, readonly string[]>>;
  /** The query as searched: hits that only its small words explain are not marked (stopWordHit). */
  query?: string;
}

/** The words of a page's stored text, as Pagefind counts their positions (split at white space). */
export const contentWords = (content: string): string[] => content.split(/\s+/).filter(Boolean);

/** Lower case, æ/ø/å folded, without punctuation: how a word of the stored text is compared. */
const plain = (word: string) => fold(bareWord(word));

/**
 * The positions of the visible words (from `from` to `end`) that the index-only words a page was found
 * by stand for: the text's words a synonym's key starts («foresatte» for the key «foresatte»,
 * «skolefravær» for «ufrivillig skolefravær»), and the word an index-only word was made from, with
 * æ/ø/å folded or as a part of a compound («skolefravær» for «skolefravaer» and for «fravær»).
 * Empty when no index-only word stands for a visible one (a place, a linked theme).
 */
function standInHits(words: readonly string[], source: ExcerptSource, from: number, end: number): number[] {
  const found = source.locations.filter((l) => l >= end).map((l) => plain(words[l] ?? ''));
  const keys = [
    ...new Set(
      found
        .flatMap((w) => source.synonyms?.[w] ?? [])
        .flatMap((key) => key.split(' ').map(plain))
        .filter((w) => w.length >= 3 && !STOP_WORDS.has(w)),
    ),
  ];
  const parts = [...new Set(found.filter((w) => w.length >= MIN_PART))];
  const out: number[] = [];
  for (let i = from; i < end; i++) {
    const w = plain(words[i]!);
    if (keys.some((key) => w.startsWith(key)) || parts.some((part) => w.includes(part))) out.push(i);
  }
  return out;
}

/**
 * Whether a hit is explained only by a small word of the query: Pagefind finds «i» at the start of
 * «inkluderer» and «innebærer», and such a mark says nothing about why the page was found. A hit that
 * starts as one of the query's other words does is kept; so is every hit when the query has no other
 * words.
 */
function stopWordHit(query: string | undefined): (word: string) => boolean {
  const typed = wordsOf(query ?? '');
  const small = typed.filter((w) => STOP_WORDS.has(w));
  const others = typed.filter((w) => !STOP_WORDS.has(w));
  if (!small.length || !others.length) return () => false;
  return (word) => {
    // Not folded: Pagefind tells «å» from «a», so «å» finds «år», not «alle».
    const w = bareWord(word);
    return small.some((s) => w.startsWith(s)) && !others.some((t) => startsAsTyped(t, w));
  };
}

/** The first visible hit (from `from` to `end`) of those Pagefind scores highest, or undefined. */
function bestHit(source: ExcerptSource, from: number, end: number): number | undefined {
  const visible = (l: number) => l >= from && l < end;
  const scored = (source.weighted_locations ?? []).filter((w) => visible(w.location));
  if (!scored.length) return source.locations.filter(visible).sort((a, b) => a - b)[0];
  const best = Math.max(...scored.map((w) => w.balanced_score));
  return Math.min(...scored.filter((w) => w.balanced_score === best).map((w) => w.location));
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const endsSentence = (word: string) => /[.!?:»]$/.test(word);

/** A hit, marked without the punctuation around it: «<mark>NAV</mark>,», not «<mark>NAV,</mark>». */
function mark(word: string): string {
  const [, before = '', core = '', after = ''] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(word) ?? [];
  return core
    ? `${escapeHtml(before)}<mark>${escapeHtml(core)}</mark>${escapeHtml(after)}`
    : `<mark>${escapeHtml(word)}</mark>`;
}

/**
 * An excerpt of about `length` words as HTML (text escaped, hits in <mark>): from the start of the
 * sentence with the first hit in the page's visible text; from the first sentence after the title (a
 * measure's: of its description) when the only hits are in the title or in index-only words, unless
 * an index-only word stands for a word of the text (a synonym's key, or the word it was made from by
 * folding æ/ø/å or splitting a compound): then from the sentence with that word, marked. A
 * measure's lines between its name and its description (its schools, its edition) count as its title:
 * the result shows the school already, and «Thor Heyerdahl videregående skole. Fra kartleggingen 2025.
 * Beskrivelse.» says nothing about the measure.
 */
export function excerpt(source: ExcerptSource, length = 30): string {
  const words = contentWords(source.content);
  const anchor = (id: string) => source.anchors.find((a) => a.id === id);
  const end = anchor(INDEX_ANCHOR)?.location ?? words.length;
  const titleEnd = source.title.split(/\s+/).filter(Boolean).length;
  const description = anchor(DESCRIPTION_ANCHOR);
  const firstText = description ? description.location + description.text.split(/\s+/).length : titleEnd;
  const noise = stopWordHit(source.query);
  const kept = {
    ...source,
    locations: source.locations.filter((l) => !noise(words[l] ?? '')),
    weighted_locations: (source.weighted_locations ?? []).filter((w) => !noise(words[w.location] ?? '')),
  };
  const hits = new Set(kept.locations);
  let hit = bestHit(kept, firstText, end);
  if (hit === undefined) {
    // Found by index-only words alone: the sentence with the text's word they stand for, marked.
    const standIns = standInHits(words, kept, firstText, end);
    for (const l of standIns) hits.add(l);
    hit = standIns[0];
  }
  let start = firstText;
  let lead = '';
  if (hit !== undefined) {
    start = hit;
    while (start > firstText && !endsSentence(words[start - 1]!)) start--;
    // A hit deep in a long sentence: start a few words before it instead.
    if (hit - start > (length * 2) / 3) {
      start = hit - 4;
      lead = '… ';
    }
  }
  start = Math.min(start, Math.max(0, end - 1));
  const stop = Math.min(end, start + length);
  const shown = words.slice(start, stop).map((w, i) => (hits.has(start + i) ? mark(w) : escapeHtml(w)));
  return lead + shown.join(' ') + (stop < end && !endsSentence(words[stop - 1]!) ? ' …' : '');
}
