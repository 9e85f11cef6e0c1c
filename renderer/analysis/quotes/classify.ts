// Tells someone's words apart from quoted names: scare quotes, nicknames, titles of works and
// named things. Uses the shape of the quoted text and the words around it, not a word list of
// particular names.
import type { QuoteKind } from '../types';
import { NAMING_CUES, THING_NOUNS } from './lexicon';

/** Nouns for written labels whose words are quoted. */
const LABEL_BEFORE = /\b(?:slogan|motto|tagline|catchphrase|headline|caption|banner|placard|inscription|hashtag|strapline|jingle|song|chant|anthem|refrain)s?\s*[,:]?$/i;
/** A label and a copula before its words: "the charity's slogan is", "the motto remains". */
const LABEL_IS = /\b(?:slogan|motto|tagline|catchphrase|inscription|hashtag|strapline|jingle|watchword|rallying\s+cry|battle\s+cry)s?\s+(?:is|was|remains|remained|became|becomes|reads|read|ran|runs|goes|went)\s*[,:]?$/i;

/**
 * Words on something people hold up, wear or put on a wall: "a banner reading", "signs that
 * said", "a sign taped to the door read". A few words may stand between the object and the verb,
 * but no comma, full stop or "and", so "she signs autographs and reads" is not one, nor a
 * statement or a letter in between ("the label's statement reads"): those are someone's words.
 */
const DISPLAY_BEFORE =
  /\b(?:signs?|signboards?|(?:hand-painted|painted|chalked|wooden|notice|sandwich|chalk|menu)\s+boards?|noticeboards?|chalkboards?|blackboards?|whiteboards?|menus?|banners?|placards?|posters?|billboards?|hoardings?|t-shirts?|shirts?|sweatshirts?|badges?|stickers?|flags?|graffiti|murals?|plaques?|sashes|sash|armbands?|wristbands?|hats?|stencils?|tattoos?|headlines?|captions?|subject lines?|bios?|profiles?|labels?|packaging|packets?|mugs?|doormats?|(?:number|licence|license)\s+plates?)\b(?:(?!\b(?:and|but|or|statement|letter|email|e-mail|post|message|note|tweet|release|spokes\w*)\b)[^,;.!?·]){0,60}?\b(?:read|reads|reading|(?:that|which)\s+(?:said|says|read|reads)|bearing|proclaiming|declaring|demanding|with the words|carrying)(?:,?\s+(?:simply|only|just|in\s+full|boldly|starkly))?\s*[,:]?$/i;

/**
 * A sign or banner as the subject of a clause that ends on a colon before its words: "one
 * hand-painted sign summed up the mood:", "Outside the depot a banner said it all:". Not a sign
 * someone holds, wears or stands under ("A man holding a sign told reporters:", "a woman with a
 * banner said:": the person speaks), nor "a sign of …", "a sign that …" in the other sense, nor
 * a clause whose verb only a person does ("told", "asked", "shouted").
 */
const DISPLAY_SUBJECT_COLON =
  /(?<!\b(?:with|without|under|beneath|behind|beside|near|by|from|of|to|for|hold|holds|held|carry|carries|wave|waves|wear|wears|wore|make|makes|made|bear|bears|bore|brought|has|have|had|hoist|hoists|unfurl|unfurls|hung|put|see|sees|saw|seen)\s|\p{L}(?:ed|ing)\s)\b(?:one|a|an|the|another|this|its|their|his|her|many|several|some|two|three|four|\d[\d,]*)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:signs?|signboards?|banners?|placards?|posters?|billboards?|hoardings?|t-shirts?|badges?|stickers?|graffiti|murals?|plaques?|noticeboards?|(?:hand-painted|painted|chalked|wooden|chalk|sandwich)\s+boards?)(?![\p{L}'’-])(?!\s+(?:of|that)\b)(?:(?!\b(?:told|tells|asked|asks|shouted|shouts|yelled|explained|explains|insisted|replied|added)\b)[^,;.!?·]){0,60}:$/iu;

/** An earlier quote of a list and its joiner at the end of the text before a quote: "placards
 * reading “A” and “B”": the second stands where the first does. */
const LISTED_AFTER_QUOTE = /(?:\u00B7+\s*(?:\(\s*\u00B7+\s*\)\s*)?(?:,\s*(?:and|or)?|and|or)\s*)+$/u;
/** A quote in brackets straight after another: "read “Pas de pain” (“No bread”)": its translation
 * or gloss, words of the same kind. */
const GLOSS_AFTER_QUOTE = /\u00B7+\s*[(\u2013\u2014-]\s*$/u;
/** … or any quote's, saying which language it is from: "“Nova, nova” – “new” in Veskaran –". */
const AFTER_QUOTE = /\u00B7+\s*[(,\u2013\u2014-]\s*$/u;
const IN_LANGUAGE_AFTER = /^\s*in\s+\p{Lu}\p{Ll}+(?:an|ese|ish|ic|i|ch|ew|ek|in|ali|ese|u|og)\b/u;

/** A product or business selling itself with a line: "advertises itself with the line “…”",
 * "marketed under the slogan". */
const ADVERTISED_WITH =
  /\b(?:advertis|market|promot|sell|sold|bill|brand|pitch)\w*\s+(?:(?:it|itself|them|themselves)\s+)?(?:with|under|using)\s+(?:the|a|its|their)\s+(?:[\p{L}-]+\s+)?(?:line|slogan|tagline|strapline|promise|words)\s*[,:]?$/iu;

/** Marketing text given as an example: "a front-of-pack claim like “…”", "slogans such as". */
const CLAIM_LIKE = /\b(?:claims?|slogans?|taglines?|straplines?|boasts?|labels?)\s+(?:like|such\s+as)\s*[,:]?$/i;

/** A line of a work quoted by where it begins or ends: "the monologue that begins “…”". */
const WORK_LINE =
  /\b(?:monologue|soliloquy|song|poem|verse|chorus|aria|lyric|hymn|anthem|passage|chapter|novel|book|play|scene|sonnet|ballad|track)s?\s+(?:that|which)\s+(?:begins|began|opens|opened|starts|started|ends|ended|closes|closed)(?:\s+with)?\s*[,:]?$/i;

/** A job's name in an employer's words: "new roles as on-board “customer hosts”" (not "her
 * work as", "the post as": what someone's work or post is called is a judgement). */
const JOB_AS = /\b(?:roles?|jobs?|positions?|titles?|working|worked|employed|retrained|redeployed|rehired)\s+as(?:\s+(?:a|an|the))?(?:\s+[\p{L}-]+)?\s*$/iu;
/** A verb of judging earlier in the clause: "described her new role as “a poisoned chalice”". */
const JUDGED = /\b(?:describ|dismiss|brand|call|label|hail|criticis|criticiz|condemn|prais|regard|portray|characteris|characteriz|lambast|deride|mock)\w*\b[^.;:!?]*$/i;

/** A work named by its preposition before a closing quote: "for his role in “Heavy.”" is a
 * title (not "broke the silence with “Enough.”"). */
const PREPOSITION_END = /\b(?:roles?|parts?|starred|starring|stars|appeared|appears|appearance|performance|turn|cameo|debut|nominated|nomination|award|prize|won|wins|cast|credits?|wrote|written|directed|directing)\b(?:\s+[^\s.;:!?]+){0,6}?\s+(?:in|on|for|from|of)$/i;

/** A text given its heading: "a piece headlined “…”", "an email headed “…”". */
const HEADED_BEFORE =
  /\b(?:headlined|captioned|subtitled|subheaded|straplined|(?:letter|email|memo|note|page|column|section|chapter|document|paper|leaflet|flyer|notice|post|slide)s?\s+headed)\s*[,:]?$/i;

/** Painted or printed words, whatever they are on: "daubed with", "emblazoned with". */
const PAINTED_BEFORE = /\b(?:emblazoned|daubed|scrawled|spray-painted|painted|printed|stencilled|stenciled|embroidered|etched|engraved|carved)\s+(?:with|on|across)(?:\s+the\s+words)?\s*[,:]?$/i;

/** A crowd's words: "chanting", "chants of", "cries of". */
const CHANT_BEFORE = /\b(?:chant(?:s|ed|ing)?|(?:cries|cry|shouts|chorus|choruses|roars?)\s+of|sang|singing|sing)(?:\s+(?:of|the))?\s*[,:–—-]?$/i;
/** A crowd shouting: "protesters shouted “…”", "the crowd roared “…”"; no one person's words. */
const CROWD_SHOUTS =
  /\b(?:crowds?|protesters|protestors|demonstrators|marchers|fans|supporters|strikers|activists|mourners|onlookers|spectators|the\s+audience)\b(?:(?![,.;!?·]).){0,30}?\b(?:shout(?:s|ed|ing)?|roar(?:s|ed|ing)?|yell(?:s|ed|ing)?|chorus(?:es|ed|ing)?|scream(?:s|ed|ing)?|cried|cry|crying|sang|sing|singing)\s*[,:–—-]?$/iu;

/**
 * Nouns for words as words: "the word “access”", "coined the phrase “heat crimes”". After a
 * possessive only with no comma: "during her term, “we fixed the roads”" is her speaking.
 */
const WORD_NOUNS =
  '(?:word|term|phrase|expression|label|nickname|moniker|epithet|acronym|abbreviation|catchphrase|buzzword|euphemism|refrain|mantra|coinage|neologism|password|codename|code\\s+name|code\\s+word)';
const WORD_NOUN_BEFORE = new RegExp(
  `(?:\\b(?:the|a|an|this|that)\\s+(?:[\\p{L}-]+\\s+)?${WORD_NOUNS}\\s*,?|\\b(?:its|their|his|her|our|your)\\s+(?:[\\p{L}-]+\\s+)?${WORD_NOUNS})$`,
  'iu',
);

/**
 * A title straight after the kind of work it names, itself after a determiner or a possessive:
 * "her memoir “A year of small rooms”", "the band's 2019 album “…”". No verbs among the nouns
 * ("show", "play", "track"): "the data show “…”" is not a title.
 */
const WORK_BEFORE =
  /\b(?:a|an|the|his|her|their|its|our|your|my|this|that|whose|\p{L}+['’]s?)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:book|novel|novella|memoir|biography|film|movie|documentary|album|song|single|EP|LP|musical|opera|poem|essay|podcast|series|sitcom|drama|painting|sculpture|installation|exhibition|programme|collection|anthology|cookbook|app)s?\s*$/iu;
/** "… said on the podcast “…”", "told the programme “…”": the work is where someone spoke. */
const SPOKE_ON_WORK =
  /\b(?:(?:said|says|say|added|adds|wrote|writes|explained|speaking|talking)\s+(?:on|in|to|during)|told|tells|telling)\s+(?:the|a|an|his|her|their|its|this)?\s*(?:[\p{L}-]+\s+)?[\p{L}]+\s*$/iu;

/** "the words “Never again”", but not "his words" nor "in the words of". */
const THE_WORDS_BEFORE = /(?<!\bin\s)\b(?:the|these|those)\s+words\s*$/i;

/** Glosses and spellings: "the Welsh word for “home”", "short for", "spelt", "Latin for". */
const GLOSS_BEFORE =
  /\b(?:(?:word|term|phrase|name|slang|shorthand)\s+for|short\s+for|stands\s+for|spelled|spelt|(?:Latin|Greek)\s+for)\s*[,:]?$/iu;
/** "“Salaam” means “peace”": a meaning given, when no one is speaking. */
const MEANING_BEFORE = /\b(?:means|meant|meaning|translates\s+(?:as|to)|translated\s+(?:as|to))\s*[,:]?$/i;
/** A translation straight after the quote, in brackets or between dashes: "“Ab Devgarh” (Devgarh will change)". */
const TRANSLATION_AFTER = /^\s*(?:\([^()]{1,80}\)|[–—]\s[^–—]{1,80}\s[–—])/u;

/** Link labels without a colon: "See also “…”". */
const LINK_LABEL = /^(?:see also|also read|read also|read more|more|related|recommended|further reading|also on|elsewhere)\s*[:-]?$/i;

/** An apposition that names the quote as a phrase: "…”, the kind of phrase that …". */
const PHRASE_AFTER =
  /^\s*[,–—-]\s*(?:a|an|the|that|this)\s+(?:[\p{L}-]+\s+){0,3}?(?:word|term|phrase|expression|label|nickname|moniker|epithet|cliché|cliche|catchphrase|buzzword|euphemism|coinage|neologism)s?\b/iu;

/** Agentless passive before the quote: "being described as", "has been called". */
const PASSIVE_BEFORE = /\b(?:be|been|being|is|was|are|were)\s+(?:[\p{L}]+ly\s+)?(?:described|called|dubbed|hailed|branded|labell?ed|termed|billed)(?:\s+as)?\s*$/iu;

/** After an agentless passive's quote: the sentence ends, or goes on to something other than
 * who said it. */
const AGENTLESS_AFTER = /^[\s,.;!?]*$|^\s*[,;]?\s*(?:and|but|which|while|although|though|after|before|since|despite|as)\b/i;

/** Selling a thing under a name: "the notes bill as a “sound poem”", "marketed as “Nordic”".
 *  Not "branded the plan as “cruel”": branding and labelling a thing that way is an accusation. */
const MARKETED_AS =
  /\b(?:bill|bills|billed|billing|market|markets|marketed|marketing|advertise|advertises|advertised|advertising|style|styles|styled|styling|sell|sells|sold|selling|package|packages|packaged|rebrand|rebrands|rebranded)\s+(?:(?:it|them|itself|themselves|himself|herself)\s+)?as(?:\s+(?:a|an|the))?\s*$/iu;

/** A thing naming itself: "describes itself as", "calls itself", "bills itself as". */
const SELF_LABEL =
  /\b(?:describe|describes|described|describing|call|calls|called|calling|bill|bills|billed|billing|style|styles|styled|brand|brands|branded|market|markets|marketed|promote|promotes|promoted|pitch|pitches|pitched)\s+itself(?:\s+as)?(?:\s+(?:a|an|the))?\s*$/iu;

/** "what it calls", "what farmers call", "what its accounts described as": the writer holding a
 * term at arm's length. */
const WHAT_THEY_CALL =
  /\bwhat\s+(?:[\p{L}’'-]+\s+){1,3}?(?:call|calls|called|calling|term|terms|termed|dub|dubs|dubbed|refers?\s+to\s+as|referred\s+to\s+as|describes?\s+as|described\s+as)(?:\s+(?:a|an|the))?\s*$/iu;

/** A name things commonly go by, with no one giving it: "often described in leaflets as",
 * "widely known as", "sometimes called". An agent ("by critics") makes it someone's words. */
const HABITUAL_NAMING =
  /\b(?:often|commonly|widely|sometimes|popularly|usually|generally|routinely|frequently|colloquially|informally|occasionally|loosely)\s+(?:described|called|referred\s+to|known|dubbed|termed|labell?ed|billed|nicknamed|branded|characteri[sz]ed)(?:\s+(?!by\b)[\p{L}’'-]+){0,5}?(?:\s+as)?(?:\s+(?:the|a|an))?\s*$/iu;

/** A verb of naming, its object, then "the" outside the quote: "branded the levy the “bus
 * tax”", "calls the stretch the “Gap”". ("called the plan a “betrayal”" is a judgement.) */
const NAMED_OBJECT_THE =
  /\b(?:call|calls|called|calling|dub|dubs|dubbed|dubbing|brand|brands|branded|branding|label|labels|labell?ed|labell?ing|nickname|nicknames|nicknamed|christen|christened|rename|renamed|term|termed)\s+(?:the|its|their|his|her|this|that|these|those)\s+(?:[\p{L}’'-]+\s+){0,3}?the\s*$/iu;

/** A verb of naming and a pronoun object right before the quote: "labeled him", "dubbed it". */
const NAMING_VERB_OBJECT =
  /\b(?:call|calls|called|calling|dub|dubs|dubbed|brand|brands|branded|label|labels|labell?ed|nickname|nicknames|nicknamed|christened|named|crowned)\s+(?:it|them|him|her|itself|himself|herself|themselves)$/i;
/** The same verbs with a noun object: "branded the project" (then a name of two words or more,
 * "“X’s Folly.”"; one capitalised word may be a judgement: "called the decision “Shameful.”"). */
const NAMING_VERB_NOUN =
  /\b(?:call|calls|called|calling|dub|dubs|dubbed|brand|brands|branded|label|labels|labell?ed|nickname|nicknames|nicknamed|christened|named|crowned)\s+(?:the|its|their|his|her|this|that)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+$/u;

/** A quote opening like a description, not a name: "a licence to pollute", "my worst day". */
const DESCRIPTION_START = /^(?:a|an|my|our|his|her|their|your)\s/i;

/** A verb of naming with a determiner straight after it: "her neighbours called the “mud paintings”". */
const CALLED_THE = /\b(?:call|calls|called|calling)\s+(?:a|an|the)\s*$/i;
/** "what he called the ": a person's word for the thing named after the quote. */
const WHAT_ONE_CALLED_THE = /\b[Ww]hat\s+(?:(?:[Hh]e|[Ss]he|I|[Ww]e|[Yy]ou|(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu}[\p{Ll}’'-]+)\s+(?:call|calls|called)|\p{Lu}[\p{Ll}’'-]+\s+called)\s+(?:a|an|the)\s*$/u;
/** "what he calls ", "what she termed ", "what she described as a ": one person's word for a
 * thing, right before the quote. */
// (or one person's name: "what Techelt called “the harder conversation”")
// (a bare capitalised name only with "called", once: "what Google calls “…”" is a firm's term
// for a thing, and "what Tesco described as" a firm's, not a person's word)
const WHAT_ONE_SAYS = /\b[Ww]hat\s+(?:(?:[Hh]e|[Ss]he|I|[Ww]e|[Yy]ou|(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu}[\p{Ll}’'-]+)\s+\S+|\p{Lu}[\p{Ll}’'-]+\s+called)(?:\s+(?:to\s+)?as)?(?:\s+(?:[Aa]n?|[Tt]he))?$/u;

/** Speakers denying their own usage right before the quote: "we don't say", "I never use", "we
 * stopped saying" (not "she did not say": what one did not say may be reported). */
const NOT_SAID_BEFORE =
  /\b(?:i|we|you)\s+(?:(?:don['’]t|didn['’]t|do not|did not|never|won['’]t|wouldn['’]t|no longer)\s+(?:say|use|call (?:it|them))|(?:stopped|avoid)\s+(?:saying|using))\s*$/i;

/** A determiner or possessive (not "it's") just before the quote: the quote is in a noun phrase. */
const DETERMINER_BEFORE = /(?:\b(?:a|an|the|its|their|his|her|our|your)|(?<!\b(?:it|that|what|there|here|he|she|who|where|let))\p{L}['’]s?)\s*$/iu;

/** Words after a determiner-led quote that show it is not the head of a noun phrase. */
const FUNCTION_WORDS = new Set(`
  of in on at to for from by with about into onto over under between through during after before
  since until and or but nor so yet that which who whom whose where when while as than is are was
  were be been being has have had do does did will would shall should can could may might must not
  it its he she they we you i this these those there here if because although though whether also
  still now then all both each every some any no more most less very too just even only ever never
  said says say told
`.split(/\s+/).filter(Boolean));

/** Heads of ideas and set-ups: "the “first come, first served” principle". */
const CONCEPT_NOUNS = new Set(`
  principle principles approach system regime formula standard status era movement effect
  syndrome rule rules model zone network agenda doctrine philosophy mindset culture theory
  label term phrase tax levy fee rating loophole clause mechanism test framework arrangement basis
`.split(/\s+/).filter(Boolean));

/** Words that make a short quote someone's judgement rather than a name. */
const JUDGEMENT_WORDS = new Set(`
  very too so most more less utterly deeply really quite extremely absolutely totally completely
  truly incredibly hugely not never no i we my our me us you your better worse best worst good bad
  fair unfair huge great real true false wrong right clear strong weak poor proper total vital dire
  grim sad mad crazy stupid silly cruel harsh tough hard easy safe unsafe massive awful terrible
  horrible perfect ideal fine nice sick rotten broken insane absurd
`.split(/\s+/).filter(Boolean));

/** Endings of describing words ("dangerous", "unacceptable", "reckless", "disappointing"). */
const ADJECTIVE_ENDING = /(?:ful|ous|able|ible|less|ive|ic|ical|ish|ing|ed|ent|ant|ary|ory|est)$/i;
/** The surer of those endings, for every word of a quote and not only its last. */
const JUDGEMENT_ENDING = /(?:ful|ous|able|ible|less|ive|ic|ical)$/i;

const SMALL_WORDS = new Set('a an the of in on at to for and or but by with from vs nor as'.split(' '));

/** An ASCII letter or digit. */
const asciiAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
/** A word without the punctuation around it (most words have none: no regex for those). */
const stripped = (w: string): string =>
  w.length > 0 && asciiAlnum(w.charCodeAt(0)) && asciiAlnum(w.charCodeAt(w.length - 1)) ? w : w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
const bare = (w: string): string => stripped(w).toLowerCase();

/** "Fading Voices: Fifteen Years of Loss", "Operation Safe Harbour", "the Quarrel", "Turbo". */
function isTitleCased(words: string[]): boolean {
  let caps = 0;
  for (const raw of words) {
    const w = stripped(raw);
    if (!w) continue;
    // "iPhone", "eBay": a capital inside a word marks a name too
    if (/^[\p{Lu}\p{N}]|^\p{Ll}{1,3}\p{Lu}/u.test(w)) caps++;
    else if (!SMALL_WORDS.has(w.toLowerCase())) return false;
  }
  return caps > 0;
}

/** No word of the quote is a judgement: no "very", "-ly", "-ous", "-able", no "I" or "we". */
function withoutJudgement(words: string[]): boolean {
  return words.map(bare).every((w) => !JUDGEMENT_WORDS.has(w) && !/ly$/.test(w) && !JUDGEMENT_ENDING.test(w));
}

/** "rapid-entry", "green tape", "warning strikes": reads as a name, not as a judgement. */
function looksLikeTerm(words: string[]): boolean {
  const head = bare(words[words.length - 1] ?? '');
  return head !== '' && withoutJudgement(words) && !ADJECTIVE_ENDING.test(head);
}

/** A verb of saying right before the quote: 'he said, “Come On,”' is his words. */
const SAID_JUST_BEFORE = /\b(?:said|says|say|added|adds|asked|asks|replied|replies|wrote|writes|told\s+[\p{L}]+|shouted|yelled|called out)\s*,?$/iu;

/**
 * Separators between items of a list of links: "You may also like: “…” · “…”". One mark only:
 * a masked quote before this one is a run of the same middle dot.
 */
const LIST_SEPARATOR_AFTER = /^\s*[·•|](?:\s|$)/u;
const LIST_SEPARATOR_BEFORE = /(?:^|\s)[·•|]\s*$/u;

/** Words on something shown: a sign, a T-shirt, a chant, a headline. (DISPLAY_SUBJECT_COLON ends on
 * a colon: text without one skips its scan.) */
const displayed = (before: string): boolean =>
  DISPLAY_BEFORE.test(before) || (before.endsWith(':') && DISPLAY_SUBJECT_COLON.test(before)) || PAINTED_BEFORE.test(before) || CHANT_BEFORE.test(before) || HEADED_BEFORE.test(before) || CROWD_SHOUTS.test(before) ||
  (NAME_LIST_JOIN.test(before) && DISPLAY_BEFORE.test(before.replace(NAME_LIST_JOINS, ' ')));

/** A comma or "and" before a capitalised word: a list of names or languages ("signs in English,
 * Urdu and Polish read"), which a sign may carry without the list ending the phrase. */
const NAME_LIST_JOIN = /(?:,|\sand|\sor)\s+\p{Lu}/u;
const NAME_LIST_JOINS = /(?:,|\s+and|\s+or)\s+(?=\p{Lu})/gu;

export interface KindContext {
  /** Narrative of the same sentence before the quote (quotes masked). */
  before: string;
  /** Narrative after the quote up to the end of the sentence. */
  after: string;
  /** A verb of saying ties the quote to a speaker in its sentence. */
  spoken: boolean;
}

/** White space, as `\s` counts it. */
const isWhite = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f ||
  c === 0x3000 || c === 0xfeff;
/** The runs of non-space characters of `t`, in order (what `t.split(/\s+/).filter(Boolean)` gives). */
function wordsOf(t: string): string[] {
  const out: string[] = [];
  let from = -1;
  for (let i = 0; i < t.length; i++) {
    if (isWhite(t.charCodeAt(i))) {
      if (from >= 0) out.push(t.slice(from, i));
      from = -1;
    } else if (from < 0) from = i;
  }
  if (from >= 0) out.push(t.slice(from));
  return out;
}

export function classifyQuote(text: string, ctx: KindContext): QuoteKind {
  const t = text.trim();
  const words = wordsOf(t);
  const punctEnd = /[.,!?;…]$/.test(t);
  if (!t) return 'other';
  // every signal below is for a quote of 20 words or fewer
  if (words.length > 20) return 'speech';
  // the signals look at the last few words before the quote; no match is longer than this tail
  const before = ctx.before.slice(-160).replace(/\s+$/, '');
  if (NAMING_CUES.test(before) && words.length <= 14) return 'other';
  if (/^Operation\s+\p{Lu}/u.test(t) && words.length <= 5) return 'other';
  if (words.length <= 8 && HABITUAL_NAMING.test(before)) return 'other';
  // "The deal was hailed as “historic.”", "has been described as “…”": a passive with no one
  // doing it, the sentence ending or going on to something else ("… by one reviewer" speaks)
  // (but "described as “a war zone on a quiet night”": a longer description is someone's words)
  if (words.length <= 8 && PASSIVE_BEFORE.test(before) && AGENTLESS_AFTER.test(ctx.after) && !(words.length >= 5 && DESCRIPTION_START.test(t)))
    return 'other';
  // (a full stop inside the marks is only the sentence's own end, US style)
  if (words.length <= 4 && (!punctEnd || (/\.$/.test(t) && ctx.after.trim() === '')) && NAMED_OBJECT_THE.test(before) &&
    looksLikeTerm(t.replace(/\.$/, '').split(/\s+/)))
    return 'other';
  // "the event's slogan, “See more. Carry less.”": words on a banner, not anyone speaking
  if (!ctx.spoken && words.length <= 12 && LABEL_BEFORE.test(before)) return 'other';
  // (a copula or "reads" after the label: whatever else the sentence says, these are its words)
  if (words.length <= 12 && LABEL_IS.test(before)) return 'other';
  // "a banner reading “Homes Not Hotels.”", "T-shirts emblazoned with", "chanting “…”", "headlined “…”"
  // (and the next of a list: "placards reading “…” and “…”")
  if (words.length <= 12 && displayed(before)) return 'other';
  if (words.length <= 12 && LISTED_AFTER_QUOTE.test(before) && displayed(before.replace(LISTED_AFTER_QUOTE, '').replace(/\s+$/, ''))) return 'other';
  if (words.length <= 12 && GLOSS_AFTER_QUOTE.test(before) && displayed(before.replace(GLOSS_AFTER_QUOTE, '').replace(/\s+$/, ''))) return 'other';
  if (words.length <= 4 && AFTER_QUOTE.test(before) && IN_LANGUAGE_AFTER.test(ctx.after)) return 'other';
  // "advertises itself with the line “…”", "a claim like “…”": a product's words, no one's
  if (words.length <= 12 && (ADVERTISED_WITH.test(before) || CLAIM_LIKE.test(before))) return 'other';
  // "the monologue that begins “…”": a line of a work
  if (words.length <= 20 && WORK_LINE.test(before)) return 'other';
  // links listed one after another: "More: “Why stars die” · “The race to Mars”"
  if (words.length <= 20 && (LIST_SEPARATOR_AFTER.test(ctx.after) || LIST_SEPARATOR_BEFORE.test(before))) return 'other';
  // a headline standing alone, after a bullet or after a short label: no verb, no closing
  // punctuation (a question mark only after a label: a lone quoted question may be a speaker going
  // on). Earlier items of the same list are masked quotes joined by commas or "and": "Related: “A”,
  // “B” and “C”" leaves the label alone before each of them.
  const lead = before.replace(/·{2,}\s*(?:[,;&]|\band\b)?/gu, '').replace(/^\s*[-–—*•>]\s*/u, '').trim();
  const label = /^[^.!?·,;]{1,40}:$/u.test(lead) || LINK_LABEL.test(lead);
  const closing = t.replace(/[’'"”»)\]]+$/u, '');
  if (!ctx.spoken && !/[.!;:…]$/.test(closing) && (label || !/[?,]$/.test(closing)) && !/[.!?]\s/.test(t) &&
    words.length >= 3 && words.length <= 20 && /^\p{Lu}/u.test(t) &&
    /^[\s·•|,;&–—-]*(?:and\s*)?$/u.test(ctx.after) && (lead === '' || label))
    return 'other';
  // "her memoir “A year of small rooms”"; a comma before the quote would make it a quotation
  if (words.length <= 12 && !/[.!?]\s/.test(t) && WORK_BEFORE.test(before) && !SPOKE_ON_WORK.test(before)) return 'other';
  // words as words: "the word “access”", "coined the phrase “heat crimes”", "short for “…”"
  if (words.length <= 8 && (WORD_NOUN_BEFORE.test(before) || THE_WORDS_BEFORE.test(before) || GLOSS_BEFORE.test(before))) return 'other';
  if (words.length <= 8 && !ctx.spoken && MEANING_BEFORE.test(before)) return 'other';
  // "We don't say “coding for girls”", "we stopped saying “clients”": a phrase the speaker does
  // not use is mentioned, not said
  if (words.length <= 6 && !/[.!?,;]$/.test(t) && NOT_SAID_BEFORE.test(before)) return 'other';
  // foreign words with their translation after them, and no one speaking: a slogan or a name
  if (words.length <= 8 && !ctx.spoken && TRANSLATION_AFTER.test(ctx.after)) return 'other';
  if (words.length <= 20 && LINK_LABEL.test(before.trim())) return 'other';
  // "being described as “a painter’s painter”, the kind of phrase that …"
  if (words.length <= 8 && PHRASE_AFTER.test(ctx.after) && (!ctx.spoken || PASSIVE_BEFORE.test(before))) return 'other';
  if (words.length <= 6 && !/[.!?]$/.test(t) && MARKETED_AS.test(before)) return 'other';
  // "The hotel describes itself as “a home from home.”": a thing's label for itself
  if (words.length <= 8 && SELF_LABEL.test(before)) return 'other';
  // US style keeps the comma inside: 'The app, called "Quiet Hours," logs …' names a thing
  if (words.length <= 5 && /,$/.test(t) && isTitleCased(t.slice(0, -1).split(/\s+/)) &&
    /\b(?:called|named|dubbed|titled|entitled|nicknamed|branded|known as)$/i.test(before))
    return 'other';
  const next = /^\s*([\p{L}-]+)/u.exec(ctx.after)?.[1]?.toLowerCase();
  if (words.length <= 4 && !punctEnd && next && THING_NOUNS.has(next) && /\b(?:the|a|an|its|their|his|her|our|your)$/i.test(before))
    return 'other';
  // "Dad calls it “the little tyrant”", "they call him “the Professor”": a name given to someone
  // or something, whoever gives it (not "called the plan “a disgrace”", a judgement)
  if (words.length <= 4 && !punctEnd && /^the\s/i.test(t) && /\b(?:call|calls|called|calling)\s+(?:it|him|her|them)$/i.test(before)) return 'other';
  // "what fishermen call “the Quarrel”" names a thing; "called the plan “a disgrace”" is speech
  if (words.length <= 4 && !punctEnd && /\b(?:call|calls|called|calling)(?:\s+(?:it|them|him|her|this|that))?$/i.test(before) &&
    (isTitleCased(words) || !ctx.spoken))
    return 'other';
  // "an ad that labeled him “Mayor Gridlock.”", "branded her “Lady Veto”": a name in capitals
  // given to a person or thing (a full stop inside the marks only ends the sentence, US style)
  if (words.length <= 4 && (!punctEnd || (/\.$/.test(t) && ctx.after.trim() === '')) && (NAMING_VERB_OBJECT.test(before) || (words.length >= 2 && NAMING_VERB_NOUN.test(before))) && isTitleCased(words))
    return 'other';
  // "called the “mud paintings”": the article outside the quote makes the quote a name
  // (not "what she called the “reckless” sale": one person's judgement is her word)
  if (words.length <= 4 && !punctEnd && CALLED_THE.test(before) && !(WHAT_ONE_CALLED_THE.test(before) && !withoutJudgement(words))) return 'other';
  // "a series she called “mud studies”": the thing named stands before its namer, so no object
  // comes between the verb and a quote that reads as a term; "which it calls “a licence to
  // pollute”" opens with an article, a description, and "what he called “lies”" is his word
  if (words.length <= 4 && !punctEnd && /\b(?:call|calls|called|calling)$/i.test(before) && looksLikeTerm(words) &&
    !DESCRIPTION_START.test(t) && !WHAT_ONE_SAYS.test(before))
    return 'other';
  // "what the union calls “full pay restoration”", "what locals call “the Gap”"; not "what she
  // called “a dense and …”": one person's "what he calls “lies”" is his word, a body's is its term
  if (words.length <= 4 && !punctEnd && WHAT_THEY_CALL.test(before) && !DESCRIPTION_START.test(t) &&
    (isTitleCased(words) || (looksLikeTerm(words) && !WHAT_ONE_SAYS.test(before))))
    return 'other';
  // the quote modifies a noun after it: "a “rapid-entry” inflatable boat", "the “first come,
  // first served” principle"; not "a “deeply disappointing” result"
  const nounAfter = next !== undefined && /^\s*\p{Ll}/u.test(ctx.after) && !FUNCTION_WORDS.has(next);
  if (nounAfter && words.length <= 6 && !/[.!?;…]$/.test(t) && DETERMINER_BEFORE.test(before)) {
    const namedHead = CONCEPT_NOUNS.has(next) || THING_NOUNS.has(next) || !ctx.spoken;
    if ((namedHead && withoutJudgement(words)) || (words.length <= 3 && !/,/.test(t) && looksLikeTerm(words))) return 'other';
  }
  // a term defined right after it: "the group's “feed line”, which matches …"
  if (words.length <= 3 && !punctEnd && DETERMINER_BEFORE.test(before) && /^\s*,\s*which\b/i.test(ctx.after) && looksLikeTerm(words))
    return 'other';
  if (words.length <= 10 && !punctEnd && isTitleCased(words)) return 'other';
  // a short slogan or title in title case: “Keep Babies Local.”, “Homes Not Hotels!”, “Who Killed
  // the Reef?”; two words at least, so a one-word answer (“Absolutely.”) stays speech
  if (!ctx.spoken && words.length >= 2 && words.length <= 6 && /[.!?]$/.test(t) && isTitleCased(words)) return 'other';
  // US style: 'her novel, “The Salt Ledger,” is …' even in a sentence with a verb of saying
  if (words.length >= 2 && words.length <= 10 && /,$/.test(t) && before.trim() !== '' && !/:$/.test(before) && !SAID_JUST_BEFORE.test(before) &&
    isTitleCased(t.slice(0, -1).split(/\s+/)))
    return 'other';
  // "moved into new roles as “customer hosts”": a job's name, not a judgement
  if (words.length <= 4 && !punctEnd && JOB_AS.test(before) && !JUDGED.test(before) && looksLikeTerm(words)) return 'other';
  // "for his role in “Heavy.”": a title ending the sentence, after its preposition (US style stop)
  if (words.length <= 3 && !ctx.spoken && /\.$/.test(t) && ctx.after.trim() === '' && PREPOSITION_END.test(before) &&
    isTitleCased(t.slice(0, -1).split(/\s+/)))
    return 'other';
  // a lone word inside a noun phrase ("a dawn “crackle” over the reef") is a scare quote
  if (words.length === 1 && !punctEnd && !ctx.spoken && /\b(?:a|an|the|its|their|his|her|this|our)(?:\s+[\p{Ll}-]+)?$/u.test(before))
    return 'other';
  if (words.length <= 3 && !punctEnd && !ctx.spoken) return 'other';
  // unspoken title-case text is a name or a title even with a comma after it
  if (words.length <= 10 && !ctx.spoken && isTitleCased(words) && !/[.!?]$/.test(t)) return 'other';
  // a few words inside a sentence with no verb of saying anywhere near: a scare quote. US style
  // keeps a following comma inside ('residents of the “red zone,” where …'), so one is allowed at
  // the end when the quote stands mid-sentence, not opening it nor after a colon or a comma
  const midSentence = before.trim() !== '' && !/[:,]$/.test(before);
  // … and its full stop, when a fragment of a few words in lower case ends the sentence ('a
  // “ghost train.”'); a capital opens words of their own ('Her answer was “Never.”'), as a
  // longer stretch does ('her last words were “look after the dog.”')
  const usStop = midSentence && words.length <= 3 && /^\p{Ll}/u.test(t) && ctx.after.trim() === '';
  const body = midSentence ? t.replace(usStop ? /[,.]$/ : /,$/, '') : t;
  if (words.length <= 6 && !/[.!?,;]/.test(body) && !ctx.spoken && before.trim() !== '') return 'other';
  return 'speech';
}
