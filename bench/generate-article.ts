// A deterministic, news-like article of any length for benchmarks: varied sentences from a
// small grammar and vocabulary, quotes with attributions and pronouns, formulaic market lines,
// about 1% pasted-twice paragraphs and a comments block at the end. Invented names and wording.

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

const FIRST = ['Marta', 'Jonas', 'Ileana', 'Petar', 'Sunniva', 'Ravi', 'Oona', 'Kofi', 'Linnea', 'Bastien', 'Yara', 'Teodor', 'Agnes', 'Emeka', 'Hilde', 'Soren'];
const LAST = ['Halvorsen', 'Okonkwo', 'Varga', 'Lindqvist', 'Moreau', 'Castell', 'Nakamura', 'Brightwell', 'Adeyemi', 'Sorensen', 'Quill', 'Marchbank', 'Tavares', 'Ekberg'];
const ROLES = ['the port director', 'a city councillor', 'the health minister', 'a union steward', 'the county engineer', 'a local shopkeeper', 'the school principal', 'a hospital nurse'];
const ADJ = ['new', 'old', 'costly', 'delayed', 'regional', 'northern', 'temporary', 'disputed', 'second', 'larger', 'quiet', 'public', 'private', 'urgent', 'modest', 'coastal'];
const NOUN = ['bridge', 'bus route', 'school budget', 'harbour', 'flood wall', 'market hall', 'clinic', 'rail link', 'library', 'water plant', 'ferry', 'stadium', 'housing plan', 'tax rebate', 'court ruling', 'wind farm', 'tunnel', 'airport', 'museum', 'police station'];
const VERB = ['approved', 'delayed', 'criticised', 'funded', 'reviewed', 'rejected', 'expanded', 'inspected', 'redesigned', 'postponed', 'defended', 'questioned'];
const GROUP = ['residents', 'traders', 'officials', 'engineers', 'parents', 'farmers', 'commuters', 'inspectors', 'lawmakers', 'doctors'];
const PLACE = ['Harbourton', 'Eastmere', 'Kilvane', 'Ostrow', 'Bramley Cross', 'Sandhollow', 'Varnick', 'Tollbridge'];
const MONTH = ['January', 'March', 'May', 'July', 'September', 'November'];

const SYLLABLES = ['ba', 'ren', 'to', 'mar', 'li', 'quo', 'sel', 'dun', 'fra', 'vek', 'os', 'tal', 'min', 'gor', 'ae', 'lis', 'pra', 'nor', 'ub', 'cet', 'hal', 'dra', 'ky', 'mo'];

/**
 * Real prose has a long tail of rare words, which is what keeps most word triples unique. A
 * vocabulary of invented words drawn with Zipf-like weights gives the article that tail.
 */
function vocabulary(rand: () => number, size: number): () => string {
  const words: string[] = [];
  for (let i = 0; i < size; i++) {
    let w = '';
    const n = 2 + Math.floor(rand() * 3);
    for (let k = 0; k < n; k++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
    words.push(w);
  }
  return () => words[Math.floor(size * Math.pow(rand(), 2.2))] as string;
}

export function generateArticle(paragraphCount: number, seed = 7): string[] {
  const rand = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const rare = vocabulary(rand, 12_000);
  const num = (max: number) => 1 + Math.floor(rand() * max);
  const thing = () => `the ${pick(ADJ)} ${rand() < 0.6 ? rare() : pick(NOUN)} ${rare()} in ${pick(PLACE)}`;
  const PREP = ['in', 'near', 'after', 'before', 'during', 'under', 'across', 'behind', 'for', 'with'];
  const DET = ['the', 'a', 'its', 'their', 'this', 'one'];
  const phrase = () => `${pick(DET)} ${rand() < 0.5 ? `${pick(ADJ)} ` : ''}${rand() < 0.75 ? rare() : pick(NOUN)}`;
  const verb = () => (rand() < 0.5 ? pick(VERB) : `${rare()}ed`);
  // Subject, verb, object, then up to three prepositional phrases, a place or a figure.
  const sentence = () => {
    let out = `${cap(phrase())} ${verb()} ${phrase()}`;
    const extras = Math.floor(rand() * 5);
    for (let i = 0; i < extras; i++) {
      const r = rand();
      if (r < 0.6) out += ` ${pick(PREP)} ${phrase()}`;
      else if (r < 0.8) out += ` in ${pick(PLACE)}`;
      else out += ` ${pick(PREP)} ${num(900)} ${pick(GROUP)}`;
    }
    return out;
  };
  const out: string[] = [`${pick(PLACE).toUpperCase()} – Work on ${thing()} will begin next month, officials said on Monday.`];
  let speaker = `${pick(FIRST)} ${pick(LAST)}`;
  const bodyCount = paragraphCount - 4;
  while (out.length < bodyCount) {
    const r = rand();
    const n = out.length;
    if (r < 0.15) {
      speaker = `${pick(FIRST)} ${pick(LAST)}`;
      out.push(`${speaker}, ${pick(ROLES)}, said ${thing()} had been discussed for ${num(20)} years.`);
    } else if (r < 0.35) {
      const surname = speaker.split(' ')[1];
      out.push(`“We expect ${thing()} to be ${pick(VERB)} by ${pick(MONTH)},” ${surname} said. “${sentence()}.”`);
    } else if (r < 0.42) {
      out.push(`“${sentence()},” he added.`);
    } else if (r < 0.43 && n > 20) {
      out.push(out[1 + Math.floor(rand() * (n - 10))] as string); // pasted twice
    } else if (r < 0.47) {
      out.push(`The ${pick(PLACE)} index closed ${(rand() * 2).toFixed(1)} percent higher at ${Math.floor(5000 + rand() * 3000)} points.`);
    } else {
      out.push(rand() < 0.15 ? `${sentence()}. ${sentence()}.` : `${sentence()}.`);
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

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
