/**
 * The directory finds a person by the start of any word of their name. Each word of a
 * name is folded (lower case, accents and apostrophes dropped) and stored as its own index
 * entry, so "Maharani", "maha" or "MAHA" all find "Siti Maharani" with one Query.
 */

/** "Ma'ruf Amîn" -> "maruf amin": lower case, no accents, no apostrophes. */
export function foldName(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/['’`]/g, "")
    .toLowerCase();
}

/** At most this many words of a name are indexed, so that a rename fits in one transaction. */
const MAX_WORDS = 20;

/** The distinct folded words of a name, sorted: "Siti Maharani Siti" -> ["maharani", "siti"]. */
export function nameWords(name: string): string[] {
  const words = foldName(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, MAX_WORDS);
  return [...new Set(words)].sort();
}

/** The folded words in their order, each preceded by a space: " siti maharani". */
export function foldedName(name: string): string {
  return foldName(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => ` ${word}`)
    .join("");
}

export interface NameWordItem {
  staffId: string;
  word: string;
  /**
   * The word just before this one in the sorted words of the name. Words that share a
   * prefix sit next to each other in that order, so a hit on this word is the first hit of
   * its person exactly when the previous word does not start with the searched prefix:
   * that is how a person whose name has two matching words is listed once.
   */
  prevWord?: string;
  /** The whole folded name, so that further searched words can be checked too. */
  folded: string;
  unitId: string;
}

/** One index entry per distinct word of the person's name. */
export function nameWordItems(staff: { id: string; name: string; unitId: string }): NameWordItem[] {
  const words = nameWords(staff.name);
  const folded = foldedName(staff.name);
  return words.map((word, index) => ({
    staffId: staff.id,
    word,
    ...(index > 0 ? { prevWord: words[index - 1] } : {}),
    folded,
    unitId: staff.unitId,
  }));
}
