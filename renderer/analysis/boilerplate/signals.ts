// Scores one paragraph as website chrome (comment policies, share and newsletter prompts,
// ad labels, copyright lines, link lists) from general signals: phrase families, address to
// the reader, and the lack of sentence structure that labels and link lists share.
import { foldTypography, words } from '../text';
import { alternationTrie } from './alternation';
import { compileAhead } from './compile-ahead';

/** none; weak: chrome only when it sits in a run with strong chrome; strong: chrome on its own. */
export type Strength = 0 | 1 | 2;

/** Families let a weak paragraph join a strong neighbour of the same kind mid-article. */
export type Family = 'comments' | 'ads' | 'credit' | 'copyright' | 'share' | 'newsletter' | 'links' | 'site' | 'reader' | 'none';

export interface ChromeSignal {
  strength: Strength;
  family: Family;
  reason: string;
}

export const NO_SIGNAL: ChromeSignal = { strength: 0, family: 'none', reason: '' };

const strong = (family: Family, reason: string): ChromeSignal => ({ strength: 2, family, reason });
const weak = (family: Family, reason: string): ChromeSignal => ({ strength: 1, family, reason });

// Labels: the whole line is the label (punctuation ignored).
const AD_LABEL =
  /^(advertisement|advertising|advert|ads?|sponsored( content| links?| post)?|paid (content|post|partnership)|promoted( content| stories| links)?|partner content|(story|article) continues below( advertisement)?|(continue reading|scroll to continue)( below| with content| the main story)?( advertisement)?)$/;
const COMMENTS_LABEL =
  /^(\d+ )?(readers?'?s?'? )?comments?( \d+)?$|^(show|view|hide|load|see|read) (all )?(\d+ )?comments?$|^((readers?'?s?'?|user|your) )?(comments|commenting)( on this (story|article|page|piece|post))? (are|is|have been|has been|were|was|will be|remain) (now |currently |temporarily )?(closed|disabled|switched off|turned off|suspended|unavailable|not (available|open|enabled)|off|open|paused)\b|^(leave a )?reply$|^report (this )?comment$|^(load|show) more( comments)?$|^(post|leave|add|write|submit|share) (a|your) comments?$|^join the (conversation|discussion|debate)( \d+ comments?)?$|^have your say( \d+ comments?)?$|^comments?( \d+)?( -)? (join the (conversation|discussion|debate)|have your say|(leave|add|post) a comment)$/;
const SHARE_START = /^(share|tweet|email|e-mail|print|pin it|copy link|send)\b/;
const SOCIAL = new Set(['facebook', 'twitter', 'x', 'whatsapp', 'linkedin', 'reddit', 'telegram', 'pinterest', 'email', 'e-mail', 'messenger', 'print', 'copy', 'link', 'share', 'tweet', 'bluesky', 'threads']);
const READ_MORE =
  /^(read more|read (more )?(from|in) (our|this|the) [^:]{1,50}|read also|also read|more reading|further reading|read next|see also|full (results|coverage|story|list|schedule|report)|more on this( story)?|more (from|on|in|about) [^:]{1,40}|you may also like|you might also like|don't miss|must read|most (read|popular|viewed|shared|watched)|recommended( reading)?|watch|listen|latest|trending|topics|tags|filed under|explore( more)?( on)?( these)? topics|related( coverage| articles?| stories| content| links| reading| news| topics)?|follow (related )?(authors|topics)( and (authors|topics))?)\s*[:|»›>▸▶►→]/;
const READ_MORE_BARE = /^(read more|see also|you (may|might) also like|(recommended|more) for you|related( coverage| articles| stories| topics)?|recommended|more stories|(most (read|viewed|popular|shared|watched)|top stories|latest( news| stories)?|more (news|stories|headlines))( (in|from|on) \p{L}+( \p{L}+){0,2})?|more (from|on|in) \p{L}+( \p{L}+)?|top stories|editor'?s picks|in other news|more headlines|topics|explore more on these topics|skip to (main )?content|skip (advertisement|ad)|back to top|reuse this content|editorial (code of conduct|standards|guidelines|polic(y|ies))|code of (conduct|ethics)|print this (page|article)|open in app|view in browser|(report|suggest) (an error|a correction)|was this (article|story) (helpful|useful)( yes no)?)$/u;
// A page's controls and live-page labels: "Show key events only", "Turn on notifications".
const INTERFACE_LABEL =
  /^(live( updates| coverage| blog| now| feed)?|key events|show (key events|all updates|more|less|all)( only)?|pinned( post)?|(new|latest) (updates|posts)|auto-?(update|refresh)( on| off)?|refresh( for (the )?latest( updates)?)?|(turn|switch) (on|off) (notifications|alerts|auto-?(update|refresh))|enable (notifications|alerts|javascript)|please (enable|turn on) javascript.*|(view|see|open) (gallery|slideshow|full screen|in full screen|image|all photos)|expand|collapse|jump to( comments| latest)?|(save|bookmark) (this )?(article|story))$|^(show key events|gift (this )?(article|story)|(newer|older|previous|next) (posts|entries|pages?|articles|stories|updates)( (newer|older|previous|next) (posts|entries|pages?|articles|stories|updates))?$)/;
// A line that ends in an arrow or chevron is a link to somewhere else: "More obituaries ›".
const LINK_ARROW = /[›»→▸▶►]\s*$/;
// An update stamp on its own line: "Updated 3 minutes ago", "Last modified: 12 March 2025 14:02".
// A reader's comment as a page lists it: "name · 2 hours ago - text".
const COMMENT_ENTRY = /^[\p{L}\p{N}_.'-]+( [\p{L}\p{N}_.'-]+){0,2}\s*[·•|]\s*(\d+ (seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago|yesterday|just now)\b/u;
// Syndication small print: "This article first appeared in X and is republished under …".
const REPUBLISHED = /^this (article|story|piece|report|column) (was )?(first|originally) (appeared|published|ran) (in|on|by|at)\b|^this (article|story|piece|report|column|interview|feature) (appears|appeared|is published|was published) in the [\w ]{2,30} (issue|edition) of\b|\bcreative commons\b|\brepublished (here )?(with|under) (permission|a )/;
const TIMESTAMP = /^(published|updated|last updated|last modified|first published|posted|modified)( on| at)?\s*[:-]?\s*(\d|\p{L}+\.? \d|\d+ (seconds?|minutes?|hours?|days?) ago)|^\d+ min(ute)?s? read$/u;
// A page's meta line that carries a stamp among other items: "LIVE | Updated 2 hours ago".
const STAMP_SEGMENT = /^(\d{1,2}[:.]\d{2}\b.*\b\d{4}|.*\b\d+ min(ute)?s? read)$/;
const isStampSegment = (segment: string): boolean => {
  const t = segment.trim().toLowerCase();
  return TIMESTAMP.test(t) || STAMP_SEGMENT.test(t);
};
// Press-release furniture pasted with the release: the release line, the company's own
// "About" paragraph, safe-harbour language, media contacts and the end mark.
const PRESS_RELEASE =
  /^for immediate release\b|^(media|press|investor) (contacts?|enquiries|inquiries|relations)\b|\bforward-looking statements\b|\((nasdaq|nyse|nyse american|lse|tsx|asx|otc|otcqx|aim|euronext|xetra)\s*:\s*[\p{L}.]+\)/u;
// A release's end mark: "###", "-30-", "-ENDS-".
const RELEASE_END = /^(#{3}|-\s?30\s?-|-?\s?ends\s?-?)$/;
// A company's standing description under its "About" heading: founded and headquartered.
const COMPANY_BLURB = /\b(founded|established) in (1[89]|20)\d\d\b.*\bheadquartered in\b|\bheadquartered in\b.*\b(founded|established) in (1[89]|20)\d\d\b/;
// What an embedded social post leaves in pasted text: "View this post on Instagram",
// "A post shared by Ana (@ana)", "— Ana Ruiz (@anaruiz) March 3, 2025".
const EMBED =
  /^view (this|the) (post|profile|video|reel|tweet) on (instagram|x|twitter|facebook|tiktok|youtube|threads)$|^a (post|video|photo|reel) shared by\b.*@|^[\u2014\u2013-]\s*[^()]{2,60}\(@[\w.]{2,30}\)\s+\p{L}+\.? \d{1,2}, \d{4}$/u;
// "About Acme Foods", "About the author": the heading of a boilerplate box.
const ABOUT_HEADING = /^about [\p{L}\p{N}&.,'’ -]{2,60}$/u;
// A comment's author as a forum shows it: a handle (or a first name and initial), then a colon.
// Weak: only under a comments heading is it a comment ("Update: …" in a story is not).
const HANDLE_COLON = /^[\p{L}\p{N}_.'’-]{2,30}( \p{Lu}[\p{L}.]{0,2})?:\s/u;
// The site disowning its readers' comments.
const VIEWS_DISCLAIMER = /\bviews expressed\b.*\b(do not|don't|does not) (necessarily )?(reflect|represent)\b/;
// The newsroom's contact details: an e-mail address or "drop us a line" outside quoted speech.
const CONTACT = /[\w.+-]+@[\w-]+\.[\w.]+|\b(drop|send) us a (line|message|note)\b|\bwhatsapp (us|\+?\d)/;
// "Follow The Courier on WhatsApp", "Follow Tom on LinkedIn": a sentence that opens by asking.
const FOLLOW_ON = /(^|[.!?]\s+)follow ([\p{L}'’.&-]+ ){1,4}on (whatsapp|telegram|x|twitter|facebook|instagram|tiktok|linkedin|youtube|threads|bluesky|mastodon|snapchat)\b/u;
// Podcast promotion and appeals for money.
const PODCAST = /\bwherever you get your podcasts\b|\b(subscribe to|follow|listen to) (the|our) podcast\b|\bpodcast\b.*\b(apple|spotify|google|amazon)\b/;
const APPEAL =
  /^(enjoyed|liked|did you (enjoy|like)) (this|this (article|story|piece|interview))\?|\b(become a (member|supporter|subscriber|patron)|make a (contribution|donation)|donate (now|today|here)|support us\b|support (our|independent|quality|local) (journalism|reporting|newsroom)|reader (donations|contributions|support)|(nonprofit|non-profit|reader-funded|reader-supported) newsroom|(depends|relies) on (subscribers|readers|donations|your support|readers like you)|consider supporting us|(from|for) as little as [$£€]\d|free to all readers|support the [\p{L} ]{2,30} for [$£€]\d|for (just |only )?[$£€]\d+(\.\d+)? a (week|month|year))/u;
// Separators between the items of a menu, a breadcrumb or a list of links.
const SEPARATOR = /\s(?:[|•·▸▶►▹›»→⟩>◆◇■●○∙⋅/]|\p{So})\s/gu;
// An audio player or podcast label: "Listen to this article 4 min", "Listen on Spotify".
const AUDIO = /^(listen to (this|the) (article|story|piece|report)|hear this (article|story)|audio version|play audio)\b|\blisten (on|via) (apple|spotify|google|amazon|your podcast)/;
// Shop and affiliate notices: "Buy the book at …", "We may earn a commission …".
const COMMERCE = /\badvertiser disclosure\b|\b(may|might) (compensate|pay) us\b|\b(buy|order) (the book|your copy|a copy) (at|from|on|via)\b|\b(we|this site|our site)( may| might| could| will)? (earn|receive|get) (a |an )?(small )?(commission|share of|affiliate)|\baffiliate (links?|commission)\b|delivery charges may apply/;
// An ad label followed by the reader's instruction: "Advertisement - scroll to continue".
const AD_PREFIX = /^(advertisement|advertising|sponsored)\s*[-:|]\s*(scroll|continue|story continues|article continues)/;
const COPYRIGHT = /©|^\(c\)|^copyright\b|\ball rights reserved\b/;
// The publisher's legal small print: "Registered in England and Wales No. 0123", "ABN 12 345".
const REGISTRATION = /\bregistered (in (england|scotland|wales|ireland)|office|company|number|no\b)|\bcompany (no|number|registration)\b|\b(abn|acn|gst|vat) (no\.? ?)?\d|\breproduction (in whole or in part )?(without|is prohibited)|\b(reproduced|republished|redistributed) without (prior )?(written )?permission\b/;
// A writer's bio box: "Ana Ruiz is a reporter at … Follow her on X @anaruiz".
// The job line alone is weak (a story may say it of someone); a handle or "follow her" is not.
const BIO = /\bfollow (her|him|them|me) (on|at|@)|(^|\s)@[a-z0-9_]{3,}\b|\b(reach|email|e-mail|contact) (her|him|them|me) at\b/;
// The story's own byline: "By Ana Ruiz, Valley Radio · 5 March", "Ana Ruiz · Senior Reporter".
const BYLINE = /^[Bb]y\s+\p{Lu}/u;
const NAME_THEN_JOB = /^\p{Lu}[\p{L}'’.-]+( \p{Lu}[\p{L}'’.-]+){1,3}\s*[,·|•]/u;
const JOBS = 'reporter|correspondent|writer|editor|journalist|columnist|critic|photographer|producer';
const JOB_WORD = new RegExp(`\\b(${JOBS}|contributor|presenter)\\b`);
const BIO_JOB = new RegExp(`^[\\p{L}.' -]{3,40} (is|was) (a |an |the )?([\\p{L}'’-]+ ){0,3}(${JOBS})( (at|for|with|on|of|based) |[.,;])`, 'u');
// ("Ana Ruiz covers the courts for the Valley Post.": the beat as the job line)
// (on the text as written: the title after "for" is capitalised, not "for his father")
const BEAT_OPENING = "^[\\p{L}.' -]{3,40} (covers|writes about|reports on) ";
const BIO_COVERS = new RegExp(`${BEAT_OPENING}[^.!?]{3,80} for (the |The )?\\p{Lu}`, 'u');
const BIO_BEAT = /[.!?]\s+(she|he|they) (has|have|had) (covered|reported on|written about|written for|worked|been (covering|reporting|writing))\b/;
// ("She previously reported for …": a bio only after a job held now; after "was a reporter" it
// is an obituary's or a profile's)
const BIO_BEFORE = /[.!?]\s+(she|he|they) (previously|formerly) (covered|reported|wrote)\b/;
const BIO_JOB_NOW = /^[\p{L}.' -]{3,40} is /u;
const FOLLOW = /\b(follow us|like us on|find us on|connect with us|join (our|the) (whatsapp|telegram|signal) (channel|group|community)|follow (our|the) (whatsapp|telegram) channel)\b/;
const SITE_NOTICE =
  /\b((this|our) (website|site) uses cookies|cookie (policy|settings|preferences)|accept (all )?cookies|terms of (use|service)|privacy policy|click here|tap here|already a subscriber|subscribe now|create (a|an|your) (free )?account|support (our|independent) journalism|log ?in to|logged in|sign in to|unlimited (digital )?access|(email|contact|call|message|tell) us)\b/;
// Phrases only a website says of itself: strong wherever they stand.
const SITE_CHROME =
  /\b(use cookies|use of cookies|cookies help us|by (using|continuing to use) (this|our) (site|website)|cookies and similar technologies|^our standards:|trust principles\b|(privacy|cookie|consent) settings|manage (your )?(choices|preferences|consent)|send (us )?(your )?tips\b|tips securely|ad-free|cancel (any ?time|at any time)|unlock (every|all|unlimited)|report (an|this|a) ((editorial|factual) )?(error|mistake|typo|inaccuracy)|report (a|an) (technical|accessibility) (issue|problem)|spotted (an|a) (error|mistake|typo)|corrections? policy|(got|have) a (story|tip|news tip|story idea)\b|send us your (news|stories|tips|photos|pictures|videos)|app store|google play|e-?paper|(free|premium) articles? (left|remaining|this month)|(subscribe|register|log in|sign in) to (continue|keep) reading|(this|the) (article|story|content) is (for|only for|available to|exclusive to) (subscribers|members|premium)|vote now|cast your vote|take (our|the) poll|listen live|app (for|on) (iphone|ios|ipad|android)|(iphone|ios) and android|enter your e-?mail( address)?|by signing up|(straight|directly|delivered|right) (in|to|into) your inbox|(tap|click) to (join|subscribe|follow|sign up)|message and data rates|(text|reply) [a-z]+ to \d{3,}|stream (it )?live|(download|get|install) (the|our) ([\w'-]+ ){0,4}app\b|(enable|turn on|switch on) javascript|refresh (your|the) (browser|page)|(this|the) page (will )?(update|refresh)(es)? automatically|never miss an (issue|edition)|acknowledges? (the )?(aboriginal|traditional (custodians|owners))|^(sign|log) ?in to (follow|save|comment|receive|join)\b|^this (story|article|page|report) has been updated\b|\b(t&cs|terms and conditions) apply\b|\bgamble responsibly\b|\bnew customers only\b|\bsign (the|our|an) (online )?guest ?book\b|^(this|our) live (blog|page|coverage) (is|has) (no longer being updated|now closed|closed|ended)|(this|the) (story|article|page|report) is (developing|being updated) and will be updated\b|\brefresh (the page )?for the latest( version| updates)?\b|^follow this (live blog|live page|story|topic)\b|\bfollow (our|all (of )?our) (\S+ ){0,4}(live blog|blog|live coverage|live updates)\b)/;
// The site's own pages, sent to with an imperative: "follow every game on our Football Live page".
const OWN_PAGE = /(^|[.!?:]\s+)(follow|visit|head to|go to|check out|catch up|find|get|see|keep up)\b[^.!?]*\bour (\S+ ){0,3}(page|hub|website|live blog)\b/;
// The site's own discussion space, named to the reader: "Have your say in our fans' forum".
const OWN_FORUM = /\b(in|on|join) our (\S+ ){0,3}(forums?|message ?boards?|comments section)\b/;
const NEWSLETTER = /\bnewsletters?\b|\bsubscri(be|bers?|ption)\b/;
const SIGN_UP = /\bsign(ed)? ?-?up\b|\bsubscribe\b|\binbox\b|\bregister\b|\bfree\b|\bhere\b/;
// An imperative to subscribe, opening the line: "Sign up to our daily email".
// ("Local Matters: sign up for our weekly round-up": after the newsletter's name too)
const SIGN_UP_START = /^([^:]{1,30}:\s*)?(sign up|subscribe|register|get|receive)\b.*\b(newsletters?|email|e-mails?|bulletin|briefing|alerts|digest|inbox|round-?up)\b/;
// The call to action that closes a sign-up pitch, whatever it offers: "… Sign up now."
// An imperative to subscribe opening a sentence: "… Subscribe to the print edition from £4.99."
const SUBSCRIBE_OPENING = /(^|[.!?]\s+)(subscribe|sign up) (now |today )?(to|for)\b/;
const CALL_TO_SIGN_UP = /\b(sign up|subscribe|register)( now| here| today| for free| free|,? it's free| ?[-\u2013\u2014] it's free)?[.!]?$/;
// A widget run by a third party: "Listings powered by …", "Forecast powered by …".
const POWERED_BY = /\bpowered by\b/;
// A caption that ends in its credit: "… on Saturday morning. (Supplied: Fire Service)".
const CREDIT_TAIL = /\((supplied|photo|picture|image|credit|courtesy|getty|afp|ap|reuters|pa|epa)\b[^)]*\)\s*$/;
// A caption's credit as its last words, agency and photographer: "… on Friday. Northwire/Imre Salk".
const TRAILING_SLASH_CREDIT = /\s\p{Lu}[\p{L}.&'’-]*(?:\s\p{Lu}[\p{L}.&'’-]*){0,2}\/\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}$/u;
// A caption ending in its photographer: "… last season. (Staff photo by Ana Ruiz)".
const STAFF_CREDIT_TAIL = /\(((staff|file|contributed|courtesy) )?(photo|photograph|picture|image)s? (by|courtesy of)\b[^)]*\)\s*$/;
// A caption's credit in brackets: "(Ana Ruiz / Valley Radio)".
const SLASH_CREDIT = /\(\p{Lu}[^()]{1,60}\s\/\s[^()]{1,40}\)\s*$/u;
// A sponsor's label leading a line: "Sponsored: …", "Partner content | …".
const AD_LEAD = /^(sponsored( content| links?| post| by)?|paid (content|post|partnership)|promoted( content| by)?|partner content|advertorial|in partnership with)\s*[:|\u2013\u2014\u00B7\u2022-]/;
// Sponsors credited the way broadcasters and newsletters do: "Support for X comes from …".
const UNDERWRITING = /^(support for [\p{L}\p{N} ]{2,40} (comes|is provided) (from|by)|(this|the) [\p{L} ]{2,40} is (made possible|brought to you|presented|supported) by)|\b(presented|brought to you) by\b/u;
// Section labels and breadcrumbs: short capitalised items between separators ("Health / Rural").
const SECTION_ITEM = /^\p{Lu}[\p{L}'’&-]*( [\p{Lu}&][\p{L}'’&-]*){0,2}$/u;
// A section name as a kicker: one to three words, the first capitalised ("Medical research").
const KICKER_ITEM = /^\p{Lu}[\p{L}'’&-]*( [\p{L}&][\p{L}'’&-]*){0,2}$/u;
// A clock time alone, perhaps with its zone: "11.42 GMT", "9:05am", "14:10 CET".
const CLOCK_LINE = /^\d{1,2}[:.]\d{2}\s*([AaPp]\.?[Mm]\.?)?(\s+\p{Lu}{2,5})?$/u;
// A listed headline starts with a capital or a figure, perhaps after a bullet.
const HEADLINE_START = /^(?:[•·▪◦‣*–—-]\s*)?[\p{Lu}\p{N}]/u;
// A credit line for a picture or video: "Photo: Agency Name".
const CREDIT = /^[[(]?(photo|photos|photograph|photography|image|images|picture|video|graphic|illustration|footage|image source|image caption)( credit)?\s*[:/|,]/;
// A credit for the pictures, alone on its line: "Photographs by Ana Ruiz", "Video by Ana Ruiz
// for Valley Radio" (the words' own byline, "By Ana Ruiz", is the story's).
const PICTURES_BY = /^([Pp]hotos?|[Pp]hotographs?|[Pp]hotography|[Pp]ictures|[Ii]mages|[Vv]ideos?|[Ii]llustrations?|[Gg]raphics|[Aa]rtwork)( and (photos|photographs|pictures|video|graphics))? by (\p{Lu}[\p{L}'’.-]*\s?){1,4}((for|of|at|\/|,)\s*(the )?(\p{Lu}[\p{L}'’.&-]*\s?){1,4})?\.?$/u;
// A gallery's caption as pasted with its button: "Open this photo in gallery: …".
const GALLERY_CAPTION = /^(open|view|expand) (this )?(photo|image|picture|video) in (the )?gallery\s*:/;
// A caption in brackets, or one that ends with its credit in brackets: "[Image: … ]", "… (Agency/Name)".
const BRACKETED_CREDIT = /^\[.*\]$|\([^()]*\/[^()]*\)\s*$/;
// A caption that ends in its credit: "… on Tuesday. Photograph: Ana Ruiz/Valley Agency".
const CAPTION_CREDIT = /(^|[.!?)]\s+|\s)([Pp]hotograph|[Pp]hoto|[Pp]icture|[Ii]mage|[Ii]llustration|[Cc]omposite|[Vv]ideo|[Cc]redit)s?( [Cc]redit)?:\s*\p{Lu}(?:[^:.!?]|(?<=\b\p{Lu})\.){1,80}[\])]?$/u;
// Legal small print under finance and health copy: "… for information purposes only".
const DISCLAIMER =
  /^disclaimer\s*:|^(this|the|our) (article|story|content|information|material|page|report|newsletter|column|site|website)\b.*(\bfor (general )?(information(al)?|educational) purposes only\b|\bdoes not constitute (investment|financial|legal|medical|professional) advice\b|\bnot (a substitute|intended as a substitute|a replacement) for (professional )?(medical|legal|financial)? ?advice\b)|^(market data|quotes|prices) (are |is )?delayed (by )?(at least )?\d/;
const COMMENT_WORD = /\bcomment(s|ing|ers?)?\b|\bguestbook\b|\bbook of condolence\b/;
// Vocabulary of moderation policies.
const MODERATION =
  /moderat|guideline|approv|reject|off-?topic|profan|vulgar|abus|hate speech|personal attack|offensive|obscen|inappropriate|harass|spam|\bremov|\bdelet|\bblock|\bban(ned)?\b|publish|submit|civil|respectful|constructive|relevant|\bedited\b|discussion|tolerat|threat|defamat|promotion/g;
// The site speaking to its reader, outside quoted speech.
const SITE_VOICE =
  /\b(you|your|yours)\b|\bour (website|site|community|readers|guidelines|policy|policies|terms|journalism|newsletters?|app|team|editors)\b|^we (will|welcome|reserve|may|do not|don't|remove|encourage|ask)\b|\bwe (will not|reserve|welcome)\b|^(please|keep|be|stay|avoid|remember|don't|do not)\b/;
// Attribution marks news copy, which chrome never has.
const ATTRIBUTION = /\b(said|says|told|according to|spokes(man|woman|person)|confirmed|announced|added|claimed|alleged|denied)\b/;

// Long paragraphs (too long to be labels) can only be chrome if one of these occurs; most
// story paragraphs fail this one test and skip the rest.
// Written for lower-case text: case-insensitive matching is markedly slower.
const LONG_TRIGGER_WORDS = `
  comment | advertis | sponsor | © | (c) | copyright | rights reserved | newsletter | subscri | inbox | headquartered
  follow us | like us | find us | with us | cookie | terms of | privacy | click | tap here | sign in
  account | journalism | moderat | guideline | profan | vulgar | abus | hate speech | personal attack
  unlimited | logged in | facebook | twitter | whatsapp | linkedin | share | tweet | reply
  conversation | discussion | your say | continue | commission | affiliate | buy the | order your
  refresh | javascript | registered | reproduc | permission | error | mistake | typo | app store
  google play | paper | free article | reading | poll | vote | listen | follow | @ | reporter
  correspondent | writer | editor | journalist | columnist | partner | presented by
  brought to you | support for | ad-free | cancel any | unlock | powered by | iphone | android
  rates may apply | newsroom | readers | us a line | updated | published | posted | podcast | donat
  contribution | member | supporter | photograph | photo: | picture: | image: | purposes only
  constitute | substitute for | disclaimer | in gallery | custodians | delayed by | guestbook | guest book | photo by | t&c | gamble | condolence | creative commons
  first appeared | originally published | min read | immediate release | forward-looking
  media contact | press contact | media enquir | press enquir | media inquir | press inquir
  investor relations | nasdaq | nyse | lse: | tsx: | asx: | views expressed | _
`.trim().split(/\s*[|\n]\s*/);
const LONG_TRIGGER_PATTERNS = [
  /sign.?up|log ?in|\bapp\b|\byou|\bour\b|^we\b|\bwe (will|reserve|welcome)|[|•·]|[▸▶►›»→]|tips?\b| ago\b/,
  /\b(email|contact|call|message|tell) us\b|reach (her|him)|[\w.+-]@[\w-]|\/ [^()]{1,40}\)$/,
  /^[\p{L}\p{N}_.'’-]{2,30}( \p{L}[\p{L}.]{0,2})?:\s/u,
  // ("Ana Ruiz covers the courts for …": a writer's beat opening a bio)
  new RegExp(BEAT_OPENING, 'u'),
  /^(enjoyed|liked|did you|photo|image|picture|video|graphic|illustration|footage|sign|subscribe|register|get|receive|read|also|see|more|further|related|recommended|watch|listen|latest|trending|don|must|most|you)\b/,
];
// (the words as a prefix trie: a flat alternation of a hundred words is twice as slow to test)
const LONG_TRIGGER = new RegExp([alternationTrie(LONG_TRIGGER_WORDS), ...LONG_TRIGGER_PATTERNS.map((r) => r.source)].join('|'), 'u');
// Labels, prompts and link lines are short; longer text must hit LONG_TRIGGER to be scored.
const SHORT_TEXT = 60;
// Text that does not end like a sentence: a headline in a list of links (or a subhead).
// (A character test from the end: as a regex, `[^…]\s*$` is tried at every position.)
const SENTENCE_END_CHARS = new Set('.!:;,"\'\u201D\u2019)]');
const CLOSING_QUOTES = new Set('"\'\u201D\u2019');
const SPACE = /\s/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
function headlineEnd(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && SPACE.test(text.charAt(i))) i--;
  if (i < 0) return false;
  // a closing quote ends a sentence after its punctuation ('… “a disgrace.”'), and a headline
  // after a word ("Crews rally over ‘crisis’")
  if (CLOSING_QUOTES.has(text.charAt(i)) && i > 0) return LETTER_OR_DIGIT.test(text.charAt(i - 1));
  return !SENTENCE_END_CHARS.has(text.charAt(i));
}

// A line reduced to its words: each run of anything but letters, digits, apostrophes and hyphens
// (white space included) becomes one space. (One pass: the same as blanking the other characters
// and then collapsing white space.)
const LABEL_GAPS = /[^\p{L}\p{N}'-]+/gu;
const toLabel = (s: string): string => s.toLowerCase().replace(LABEL_GAPS, ' ').trim();
const SEGMENT_SPLIT = /\s+[|•·/›»>]\s+/;
const QUOTED_SPEECH = /"[^"]*"/g;
const SENTENCE_END = /[.!?]["')\]]?$/;
const COMMENT_PROMPT_START = /^(post|leave|add|write|submit|share|join|have)/;
const READ_MORE_START = /^(read|see|more|further|you|don't|must)/;
const US = /\bus\b/;
const OUR = /\bour\b/;
// (afterNews: the end of the sentence before a notice, and the site's voice in that sentence)
const LAST_SENTENCE_END = /[.!?]["')\]]?\s+(?:\S+\s+){0,3}$/;
const READER_ADDRESS = /\b(?:our|us|you|your)\b/;

/** Every pattern above (one left out only misses the head start: see compile-ahead.ts). */
const PATTERNS = [
  AD_LABEL, COMMENTS_LABEL, SHARE_START, READ_MORE, READ_MORE_BARE, INTERFACE_LABEL, LINK_ARROW,
  COMMENT_ENTRY, REPUBLISHED, TIMESTAMP, STAMP_SEGMENT, PRESS_RELEASE, RELEASE_END, COMPANY_BLURB,
  EMBED, ABOUT_HEADING, HANDLE_COLON, VIEWS_DISCLAIMER, CONTACT, FOLLOW_ON, PODCAST, APPEAL,
  SEPARATOR, AUDIO, COMMERCE, AD_PREFIX, COPYRIGHT, REGISTRATION, BIO, BYLINE, NAME_THEN_JOB,
  JOB_WORD, BIO_JOB, BIO_COVERS, BIO_BEAT, BIO_BEFORE, BIO_JOB_NOW, FOLLOW, SITE_NOTICE,
  SITE_CHROME, OWN_PAGE, OWN_FORUM, NEWSLETTER, SIGN_UP, SIGN_UP_START, SUBSCRIBE_OPENING,
  CALL_TO_SIGN_UP, POWERED_BY, CREDIT_TAIL, SLASH_CREDIT, TRAILING_SLASH_CREDIT, STAFF_CREDIT_TAIL, AD_LEAD, UNDERWRITING, SECTION_ITEM,
  KICKER_ITEM, CLOCK_LINE, HEADLINE_START, CREDIT, PICTURES_BY, GALLERY_CAPTION, BRACKETED_CREDIT,
  CAPTION_CREDIT, DISCLAIMER, COMMENT_WORD, MODERATION, SITE_VOICE, ATTRIBUTION, LONG_TRIGGER,
  SPACE, LETTER_OR_DIGIT, LABEL_GAPS, SEGMENT_SPLIT, QUOTED_SPEECH, SENTENCE_END,
  COMMENT_PROMPT_START, READ_MORE_START, US, OUR, LAST_SENTENCE_END, READER_ADDRESS,
];
let compiledAhead = false;

export function scoreParagraph(text: string): ChromeSignal {
  if (!compiledAhead) {
    compiledAhead = true;
    compileAhead(PATTERNS);
  }
  if (text.length > SHORT_TEXT && !LONG_TRIGGER.test(text.trimStart().toLowerCase()) && !headlineEnd(text)) return NO_SIGNAL;
  const folded = foldTypography(text);
  const lower = folded.toLowerCase();
  const label = toLabel(lower);
  const tokens = words(folded);
  const n = tokens.length;
  // "###", "-30-": a press release's end mark has no words at all
  if (n === 0) return RELEASE_END.test(folded.trim()) ? strong('site', 'press-release boilerplate') : NO_SIGNAL;
  // Speech inside quotation marks is the story's, even when it says "you".
  const prose = lower.replace(QUOTED_SPEECH, ' " ');
  const attributed = ATTRIBUTION.test(prose);
  const sentence = SENTENCE_END.test(folded);

  // a byline is the story's, whatever separators and dates it carries
  if (n <= 20 && (BYLINE.test(folded) || (NAME_THEN_JOB.test(folded) && JOB_WORD.test(lower)))) return NO_SIGNAL;
  const segments = folded.split(SEGMENT_SPLIT);
  // (one segment is the whole line, and `lower` is `folded` lower-cased: the same label)
  const firstLabel = segments.length === 1 ? label : toLabel(segments[0] ?? '');
  if (AD_LABEL.test(label) || (n <= 10 && AD_LABEL.test(firstLabel)) || (n <= 8 && AD_PREFIX.test(lower)) || AD_LEAD.test(lower))
    return strong('ads', 'advertisement label');
  if (!attributed && UNDERWRITING.test(lower)) return strong('ads', 'sponsor credit');
  if (!attributed && SLASH_CREDIT.test(folded)) return strong('credit', 'photo credit');
  if (!sentence && !attributed && POWERED_BY.test(lower)) return strong('ads', 'sponsored widget');
  if (n <= 12 && PICTURES_BY.test(folded.trim())) return strong('credit', 'photo credit');
  if (CREDIT.test(lower) && (n <= 10 || (n <= 50 && (CREDIT_TAIL.test(lower) || BRACKETED_CREDIT.test(lower) || TRAILING_SLASH_CREDIT.test(folded.trim())))))
    return strong('credit', 'photo credit');
  if (n <= 50 && !attributed && (CAPTION_CREDIT.test(folded) || GALLERY_CAPTION.test(lower) || STAFF_CREDIT_TAIL.test(lower) || CREDIT_TAIL.test(lower)))
    return strong('credit', 'photo caption');
  if (n <= 60 && !attributed && DISCLAIMER.test(lower)) return strong('site', 'disclaimer');
  if (n <= 40 && !attributed && REGISTRATION.test(lower)) return strong('copyright', 'publisher small print');
  if (n <= 120 && !attributed && (PRESS_RELEASE.test(lower) || RELEASE_END.test(lower))) return strong('site', 'press-release boilerplate');
  if (n <= 60 && !attributed && VIEWS_DISCLAIMER.test(lower)) return strong('comments', 'comments disclaimer');
  if (n <= 50 && !attributed && REPUBLISHED.test(lower)) return strong('copyright', 'republication notice');
  if (n <= 80 && COMMENT_ENTRY.test(lower)) return strong('comments', 'reader comment');
  if (n <= 20 && EMBED.test(lower)) return strong('site', 'embedded post furniture');
  if (n <= 60 && !attributed && BIO.test(lower)) return strong('site', 'author bio');
  // (strong when it goes on to the writer's beat: "She has covered the courts since 2014.")
  const covers = BIO_COVERS.test(folded);
  if (n <= 60 && !attributed && (BIO_JOB.test(lower) || covers)) {
    const now = covers || BIO_JOB_NOW.test(lower);
    return BIO_BEAT.test(lower) || (now && BIO_BEFORE.test(lower)) ? strong('site', 'author bio') : weak('site', 'author bio');
  }
  if (n <= 30 && !attributed && COPYRIGHT.test(lower)) return strong('copyright', 'copyright line');
  // ("Comments (12) | Sort by: Newest | Oldest": the heading leads the comment controls)
  if (COMMENTS_LABEL.test(label) || (n <= 12 && segments.length >= 2 && COMMENTS_LABEL.test(firstLabel))) {
    return strong('comments', COMMENT_PROMPT_START.test(label) ? 'comment prompt' : 'comments heading');
  }
  if (READ_MORE.test(lower) || READ_MORE_BARE.test(label)) {
    return strong('links', READ_MORE_START.test(lower) ? 'read-more link' : 'related-links list');
  }
  if (n <= 10 && !sentence && (SHARE_START.test(label) || socialShare(tokens))) return strong('share', 'share prompt');
  const separators = (folded.match(SEPARATOR) ?? []).length;
  // Headlines in a list may say "says"; prose that happens to hold pipes has long segments.
  if (separators >= 2 && (!attributed || n <= 10 * (separators + 1))) return strong('links', 'related-links list');
  if (n <= 8 && segments.length >= 2 && !sentence && segments.every((s) => SECTION_ITEM.test(s.trim()))) return strong('links', 'section label');
  if (attributed) return NO_SIGNAL;
  const siteVoice = SITE_VOICE.test(prose);
  if (n <= 16 && AUDIO.test(lower)) return strong('site', 'audio player label');
  if (INTERFACE_LABEL.test(label)) return strong('site', 'page control');
  if (n <= 12 && LINK_ARROW.test(folded) && !sentence) return strong('links', 'read-more link');
  if (n <= 24 && !sentence && (TIMESTAMP.test(lower) || (segments.length >= 2 && segments.some(isStampSegment))))
    return strong('site', 'update stamp');
  // A council's or a court's address in a story is news; the site's own is chrome.
  if (CONTACT.test(lower) && (n <= 10 || siteVoice || US.test(prose))) return strong('site', 'contact line');
  if (FOLLOW_ON.test(lower)) return strong('share', 'social follow prompt');
  if (PODCAST.test(prose)) return strong('site', 'podcast promotion');
  if (APPEAL.test(prose)) return strong('site', 'appeal for support');
  if (COMMERCE.test(prose)) return strong('site', 'shop or affiliate notice');

  if (FOLLOW.test(prose)) return strong('share', 'social follow prompt');
  // (not a news paragraph with the notice tacked on as its last sentence: removing it would
  // remove the story; "… flooding the town centre. Follow our live coverage below.")
  if (SITE_CHROME.test(prose) && !afterNews(prose, SITE_CHROME)) return strong('site', 'site notice');
  if (SITE_NOTICE.test(prose) && !afterNews(prose, SITE_NOTICE))
    return siteVoice || n <= 12 ? strong('site', 'site notice') : weak('site', 'site notice');
  if ((siteVoice && OWN_FORUM.test(prose)) || (n <= 25 && OWN_PAGE.test(prose))) return strong('site', 'site notice');
  // (a longer pitch when it offers the site's own: "sign up for our weekly round-up of …")
  if (NEWSLETTER.test(prose) || ((n <= 20 || (n <= 30 && OUR.test(prose))) && SIGN_UP_START.test(lower))) {
    if (SIGN_UP.test(prose) && (siteVoice || !sentence || SIGN_UP_START.test(lower))) {
      return strong('newsletter', 'newsletter sign-up');
    }
  }
  if (CALL_TO_SIGN_UP.test(prose) || (n <= 40 && SUBSCRIBE_OPENING.test(prose))) return strong('newsletter', 'newsletter sign-up');
  // "Get our afternoon news briefing": the offer of the site's own bulletin, as a label
  if (n <= 10 && !sentence && SIGN_UP_START.test(lower) && OUR.test(prose)) return strong('newsletter', 'newsletter sign-up');

  const moderation = new Set(prose.match(MODERATION) ?? []).size;
  if (COMMENT_WORD.test(prose)) {
    if (moderation >= 2 || (moderation >= 1 && siteVoice)) return strong('comments', 'comment-moderation policy');
    if (moderation >= 1) return weak('comments', 'comment-moderation policy');
  } else if (moderation >= 2 && siteVoice) {
    return weak('comments', 'comment-moderation policy');
  }
  if (n <= 8 && ABOUT_HEADING.test(lower)) return weak('site', 'press-release boilerplate');
  if (n <= 120 && COMPANY_BLURB.test(lower)) return weak('site', 'press-release boilerplate');
  // Only joins a run led by a links heading ("Related", "More stories"): see runs.ts. Before the
  // reader test: a listed headline may say "you" ("What the new rules mean for you").
  // ("11.42 GMT", "9:05am": a live page's post time is the story's, no listed headline)
  const headlineLike = n <= 20 && headlineEnd(folded) && HEADLINE_START.test(folded) && !CLOCK_LINE.test(folded.trim());
  // "Obituaries", "Health | Medical research": a section name; above the headline it is a kicker
  if (headlineLike && n <= 6 && segments.length <= 2 && (n <= 3 || segments.length === 2) && segments.every((s) => KICKER_ITEM.test(s.trim())))
    return weak('links', 'section label');
  // ("WHY DOES IT MATTER?": a subhead in capitals, not a listed headline)
  if (headlineLike && n >= 2 && folded !== folded.toUpperCase()) return weak('links', 'related-links list');
  // (a comment ends like a sentence; "Analysis: Why reform fails" is a listed headline)
  if (n <= 80 && HANDLE_COLON.test(folded)) return weak('comments', 'reader comment');
  // long practical text for readers ("Have your say: the consultation closes …") is a service box
  if (siteVoice && n <= 30) return weak('reader', 'text addressed to the reader');
  return NO_SIGNAL;
}

/** The fewest words of news before a notice (up to the last sentence end at most three words
 * before it) for the paragraph to stay story. */
const NEWS_BEFORE_WORDS = 15;
/** The first match of `re` comes after a whole sentence of news (of `NEWS_BEFORE_WORDS` or more,
 * not addressed to the reader). */
function afterNews(prose: string, re: RegExp): boolean {
  const at = prose.search(re);
  if (at <= 0) return false;
  const before = prose.slice(0, at);
  const end = before.search(LAST_SENTENCE_END);
  const news = before.slice(0, end);
  // (the site talking to its readers before is chrome too: "Catch all the latest on our website.")
  return end > 0 && !READER_ADDRESS.test(news) && words(news).length >= NEWS_BEFORE_WORDS;
}

/** A line made of sharing targets: "Facebook | Twitter | Email". */
function socialShare(tokens: string[]): boolean {
  const social = tokens.filter((t) => SOCIAL.has(t)).length;
  return social >= 2 && social * 2 >= tokens.length;
}
