/**
 * Norwegian words for the search index: the words of a text, æ/ø/å folded as readers type them without
 * a Norwegian keyboard, and compound words split into their parts. Pure; used at build time and by the
 * search page's script (src/scripts/search.ts).
 */

/** The words of a text, lower case: runs of letters and digits (with inner hyphens split). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A word as a text has it, in lower case without the punctuation around it: «NAV,» → «nav», «20-24» stays. */
export const bareWord = (word: string): string => word.toLowerCase().replace(/[^\p{L}\p{N}-]/gu, '');

/**
 * Whether `word` starts as the reader's `typed` word does, less an ending: the first letters of `typed`
 * but its last three (at least four of them), æ/ø/å folded. «språklige» starts as «språklig» does,
 * «mentorordning» as «mentorer», «elevene» not as «elevveilder».
 */
export function startsAsTyped(typed: string, word: string): boolean {
  const t = fold(typed);
  return fold(word).startsWith(t.slice(0, Math.max(Math.min(t.length, 4), t.length - 3)));
}

/** Words that say nothing about what a page is about: left out when a query's words are searched one by one. */
export const STOP_WORDS = new Set(
  'i på av og med for til som fra om en et ei den det de er har kan skal vil at å ikke eller men så hvor hva hvem når'.split(
    ' ',
  ),
);

/** A text to match literally inside a regular expression («lhbt+» → «lhbt\+»). */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** æ → ae, ø → o, å → a (also ä, ö): how «miljøterapeut» is typed on a phone without Norwegian letters. */
export function fold(text: string): string {
  return text.toLowerCase().replace(/æ|ä/g, 'ae').replace(/ø|ö/g, 'o').replace(/å/g, 'a');
}

/** The words of a text and, where they differ, the same words with æ/ø/å folded: «tønsberg», «tonsberg». */
export function wordsAndFolded(text: string): string[] {
  return [...new Set([...words(text), ...words(fold(text))])];
}

/** The shortest part a compound is split into after its first: «koordinator» of «fagkoordinator». */
export const MIN_PART = 4;
/** The shortest first part: «fag|koordinator», «rus|problemer» (not shorter: «i», «og» are words too). */
export const MIN_HEAD = 3;

/** The words a splitter may use as parts, and whether a word starts with a given prefix. */
export interface Vocabulary {
  has(word: string): boolean;
  hasPrefix(prefix: string): boolean;
}

/** A vocabulary of the words in the given texts (the site's own text). Linear in the text, log-time look-ups. */
export function vocabulary(texts: Iterable<string>): Vocabulary & { words: readonly string[] } {
  const set = new Set<string>();
  for (const text of texts) for (const w of words(text)) if (w.length >= MIN_PART && !/\d/.test(w)) set.add(w);
  const sorted = [...set].sort();
  return {
    words: sorted,
    has: (word) => set.has(word),
    hasPrefix: (prefix) => {
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid]! < prefix) lo = mid + 1;
        else hi = mid;
      }
      return lo < sorted.length && sorted[lo]!.startsWith(prefix);
    },
  };
}

/**
 * Endings that Pagefind's Norwegian stemmer takes off a word, roughly: «mentorer» is a form of «mentor».
 * Longest first. (With the past participle's «-t» as well, the speller took a misspelt word of a
 * held-out query for a known one; see docs/ytelse.md, 4 December.)
 */
export const ENDINGS = ['ende', 'ene', 'ers', 'ets', 'ens', 'er', 'en', 'et', 'es', 'te', 'de', 'e', 'r', 's', 'a'];

/** Endings of a word whose stem may be a part of a compound: «lekser» lets «lekse» start «leksehjelp». */
const STEM_ENDINGS = ['e', 'r', 'er', 'en', 'et', 'ene'];

/** Words that end other words as suffixes, not as parts: endr|ingen, felles|skap, sekto|rene. */
const NOT_PARTS = new Set([
  'ingen',
  'inger',
  'ingene',
  'else',
  'elser',
  'ende',
  'lige',
  'heten',
  'skap',
  'skapet',
  'rene',
  'mene',
  'mens',
  'elle',
  'alene',
]);

/** Short words that start other words without being a part of them: vei|leder, inn|hold, god|kjent. */
const NOT_HEADS = new Set(['inn', 'vei', 'god', 'opp', 'til', 'for', 'med', 'som', 'mot', 'ned', 'fra', 'sam']);

/** Linking letters between the parts of a compound: skole|fravær, tilrettelegging|s|koordinator, barn|e|hage. */
const LINKS = ['', 's', 'e'];

/** A part is often a word's stem that the text only has inflected: lekse|hjelp beside «lekser», «hjelpe». */
function isWordPart(part: string, vocab: Vocabulary): boolean {
  return !NOT_PARTS.has(part) && (vocab.has(part) || STEM_ENDINGS.some((e) => vocab.has(part + e)));
}

/**
 * Whether `word` is `start` itself, inflected, or a compound that `start` begins: the rest of the word
 * is nothing, one of the ENDINGS, or (after a linking «s» or «e») a part of the vocabulary's words. A
 * doubled last letter may be shared, as Norwegian writes «matematikk|kurs» as «matematikkurs». So
 * «rusproblemer» and «lærlingeplasser» are forms of «rus» and «lærling»; «rustes» and «mattering» are
 * not forms of «rus» and «matte».
 */
export function isFormOf(word: string, start: string, vocab: Vocabulary): boolean {
  const w = word.toLowerCase();
  const s = start.toLowerCase();
  if (!w.startsWith(s)) return false;
  const rest = w.slice(s.length);
  if (rest === '' || ENDINGS.includes(rest)) return true;
  const shared = s.length > 1 && s.at(-1) === s.at(-2) ? [s.at(-1)! + rest] : [];
  return [rest, ...shared].some((tail) =>
    LINKS.some(
      (link) =>
        tail.startsWith(link) && tail.length - link.length >= MIN_PART && isWordPart(tail.slice(link.length), vocab),
    ),
  );
}

/**
 * The first part of a compound whose last part the vocabulary does not have: the longest start of the
 * word that is a part (at least MIN_PART letters, and MIN_PART left after it), or undefined.
 * A reader's «miljøterapeut» is about «miljø» where the site has no «terapeut» of its own.
 *
 *   compoundModifier('miljøterapeut') → 'miljø'
 */
export function compoundModifier(word: string, vocab: Vocabulary): string | undefined {
  const w = word.toLowerCase();
  for (let end = w.length - MIN_PART; end >= MIN_PART; end--) {
    const head = w.slice(0, end);
    if (isWordPart(head, vocab) && !NOT_HEADS.has(head)) return head;
  }
  return undefined;
}

/**
 * The parts of a compound word, when each part is itself a word of the vocabulary (or the stem of
 * one) and at least MIN_PART letters long; the longest first part that leads to a full split wins. A linking -s- or -e-
 * between two parts is dropped. Returns [] for a word that is not a compound of known words.
 *
 *   compoundParts('skolefravær')                  → ['skole', 'fravær']
 *   compoundParts('tilretteleggingskoordinator')  → ['tilrettelegging', 'koordinator']
 */
export function compoundParts(word: string, vocab: Vocabulary): string[] {
  const w = word.toLowerCase();
  const memo = new Map<number, string[] | null>();
  const isPart = (part: string) => isWordPart(part, vocab);
  // The parts of w from position `from` to the end (a word of its own counts as one part).
  const rest = (from: number): string[] | null => {
    if (memo.has(from)) return memo.get(from)!;
    let found: string[] | null = null;
    const tail = w.slice(from);
    if (from > 0 && tail.length >= MIN_PART && isPart(tail)) found = [tail];
    for (let end = w.length - MIN_PART; !found && end >= from + (from === 0 ? MIN_HEAD : MIN_PART); end--) {
      const head = w.slice(from, end);
      if (!isPart(head) || (from === 0 && NOT_HEADS.has(head))) continue;
      for (const link of LINKS) {
        if (link && !w.startsWith(link, end)) continue;
        const after = rest(end + link.length);
        if (after) {
          found = [head, ...after];
          break;
        }
      }
    }
    memo.set(from, found);
    return found;
  };
  const parts = rest(0);
  return parts && parts.length > 1 ? parts : [];
}

/**
 * Other spellings of a compound that readers write: where the text has no linking -s- before a part
 * that starts with s («minoritetspråklige»), the form with it («minoritetsspråklige»), when the site
 * writes that form elsewhere. Returns [] when there is none.
 */
export function linkingVariants(word: string, vocab: Vocabulary): string[] {
  const w = word.toLowerCase();
  const variants: string[] = [];
  for (let i = MIN_PART; i <= w.length - MIN_PART; i++) {
    if (w[i] !== 's' || w[i - 1] === 's') continue;
    const tail = w.slice(i);
    const withLink = `${w.slice(0, i)}s${tail}`;
    if (vocab.has(tail) && vocab.hasPrefix(`${w.slice(0, i)}ss`)) variants.push(withLink);
  }
  return variants;
}

/**
 * The parts of the vocabulary's compounds, sorted: a small vocabulary with which the search page splits
 * a reader's compound that the site writes otherwise («eksamenstrening» → eksamen, trening).
 */
export function compoundVocabulary(vocab: Vocabulary & { words: readonly string[] }): string[] {
  const parts = new Set<string>();
  for (const w of vocab.words) for (const part of compoundParts(w, vocab)) parts.add(part);
  return [...parts].sort();
}
