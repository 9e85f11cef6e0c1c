// A deterministic, news-like article of any length for benchmarks: quotes with attributions
// and pronouns, formulaic lines, some pasted-twice paragraphs and a comments block at the end.
// Invented names and wording throughout.

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Marta', 'Jonas', 'Ileana', 'Petar', 'Sunniva', 'Ravi', 'Oona', 'Kofi', 'Linnea', 'Bastien', 'Yara', 'Teodor'];
const LAST = ['Halvorsen', 'Okonkwo', 'Varga', 'Lindqvist', 'Moreau', 'Castell', 'Nakamura', 'Brightwell', 'Adeyemi', 'Sorensen'];
const ROLES = ['the port director', 'a city councillor', 'the health minister', 'a union steward', 'the county engineer', 'a local shopkeeper'];
const TOPICS = ['the bridge repairs', 'the new bus routes', 'the school budget', 'the harbour dredging', 'the flood defences', 'the market hall'];
const VERBS = ['said', 'told reporters', 'added', 'said on Tuesday', 'wrote in a letter'];
const CLAUSES = [
  'The work is expected to take at least two years and will close one lane at a time',
  'Officials have set aside money for a second phase if the first goes to plan',
  'Residents were invited to comment on the plans at three public meetings in the spring',
  'A report published last month found the old structure needed urgent attention',
  'The contract was awarded after a tender that drew bids from five companies',
  'Traffic counts show the route carries more vehicles than it was designed for',
];

export function generateArticle(paragraphCount: number, seed = 7): string[] {
  const rand = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const out: string[] = ['HARBOURTON – Work on the town centre will begin next month, officials said on Monday.'];
  let speaker = `${pick(FIRST)} ${pick(LAST)}`;
  const bodyCount = paragraphCount - 4;
  while (out.length < bodyCount) {
    const r = rand();
    const n = out.length;
    if (r < 0.2) {
      speaker = `${pick(FIRST)} ${pick(LAST)}`;
      out.push(`${speaker}, ${pick(ROLES)}, said ${pick(TOPICS)} had been discussed for ${2 + (n % 9)} years.`);
    } else if (r < 0.45) {
      const surname = speaker.split(' ')[1];
      out.push(`“We expect ${pick(TOPICS)} to be finished by ${2026 + (n % 5)},” ${surname} ${pick(VERBS)}. “It will not be cheap.”`);
    } else if (r < 0.55) {
      out.push(`“Nobody wants another winter like the last one,” he said.`);
    } else if (r < 0.6 && n > 20) {
      out.push(out[Math.floor(rand() * (n - 10)) + 1] as string); // pasted twice
    } else if (r < 0.65) {
      out.push(`The index closed ${(rand() * 2).toFixed(1)} percent higher at ${Math.floor(5000 + rand() * 3000)} points on day ${n}.`);
    } else {
      out.push(`${pick(CLAUSES)}, and ${pick(TOPICS)} remain on schedule (item ${n}).`);
    }
  }
  out.push(
    'Comments',
    'We moderate all comments on our website. Comments must meet our community guidelines before they are published.',
    'Comments that break the guidelines will be removed without notice.',
    'Post a comment',
  );
  return out.slice(0, paragraphCount);
}
