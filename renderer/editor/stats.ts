// Document statistics for the status bar. Word counts are cached per textblock node: nodes are
// immutable and shared between versions, so a recount after typing only re-tokenises the block
// that changed.
import type { Node } from 'prosemirror-model';

export interface DocStats {
  words: number;
  characters: number;
  /** Non-empty textblocks: what the analysis counts as paragraphs. */
  paragraphs: number;
  /** Minutes at about 230 words a minute, rounded up (0 for an empty doc). */
  readingMinutes: number;
}

export const WORDS_PER_MINUTE = 230;

const wordCache = new WeakMap<Node, number>();
const WORD = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

function wordsIn(node: Node): number {
  let n = wordCache.get(node);
  if (n === undefined) {
    n = countWords(node.textContent);
    wordCache.set(node, n);
  }
  return n;
}

export function docStats(doc: Node): DocStats {
  let words = 0;
  let characters = 0;
  let paragraphs = 0;
  doc.descendants((node) => {
    if (!node.isTextblock) return true;
    const size = node.content.size;
    if (size > 0 && node.textContent.trim() !== '') {
      paragraphs += 1;
      characters += size;
      words += wordsIn(node);
    }
    return false;
  });
  return { words, characters, paragraphs, readingMinutes: Math.ceil(words / WORDS_PER_MINUTE) };
}
