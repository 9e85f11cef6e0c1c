// Small word lists the quote analysis leans on. They are deliberately generic newsroom
// vocabulary (verbs of saying, titles, role nouns, organisation words), never story names.

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Verbs that introduce reported speech, in the forms news copy uses. */
export const SPEECH_VERBS = set(`
  said says say told tells added adds asked asks explained explains noted notes stated states
  wrote writes argued argues insisted insists warned warns recalled recalls acknowledged
  acknowledges admitted admits announced announces declared declares assured assures claimed
  claims replied replies responded responds continued conceded concedes complained complains
  described describes called calls promised promises predicted predicts stressed stresses
  emphasised emphasized suggested suggests testified tweeted posted reads saying adding
  telling describing joked joked cautioned confirmed confirms countered observed remarked
  reiterated shouted whispered pleaded vowed vows urged urges pledged asserted maintained
  contended contends lamented boasted demanded quipped texted emailed messaged recounted repeated
  answered explaining noting arguing warning insisting accusing
  allege alleges accused accuses criticised criticized condemned condemns dismissed dismisses hailed praised
  welcomed defended branded labelled labeled reported
  tell explain argue insist warn recall acknowledge admit complain describe predict stress
  suggest urge contend
  laughs laughed sighs sighed muses mused chuckles chuckled jokes smiles smiled
  remembers remembered wonders wondered retorted interjected reckons reckoned cautions observes
  fumed fumes exclaimed exclaims sobbed gushed
  whispers murmured murmurs muttered mutters shouts yelled yells radioed
  chanted chorused
`);

/** Titles that may stand before a personal name (compared lower-case, without a final dot). */
export const TITLES = set(`
  mr mrs ms miss mx dr prof professor sir dame cllr cr lord lady rev revd reverend ven venerable father sister brother
  mayor president vice prime minister secretary senator sen rep representative gov governor
  judge justice chief gen general maj major lt lieutenant col colonel capt captain sgt sergeant
  adm admiral cmdr commander brig brigadier cpl corporal pvt commissioner councillor councilor
  councilwoman councilman alderman ambassador deputy king queen prince princess pope sheikh
  imam rabbi bishop archbishop cardinal chancellor speaker attorney inspector superintendent
  detective officer constable coach dean principal co-author author chairman chairwoman chair
  premier emir sultan president-elect state foreign defence defense interior finance justice
  health education home
  sheriff treasurer clerk assessor auditor comptroller controller marshal warden provost
  headteacher headmaster headmistress assemblyman assemblywoman assemblymember congressman
  congresswoman congressmember delegate selectman selectwoman supervisor alderwoman registrar
  coroner magistrate solicitor barrister hon honourable honorable engr barr alhaji oba igwe
  det insp supt con ch baroness baron earl duke duchess viscount countess canon fr pastor ayatollah
  mufti agent trooper commodore ranger collector patriarch
`);

/** Nouns that name a role; a title-only reference ("the mayor said") ends in one of these. */
export const ROLE_NOUNS = set(`
  spokesman spokeswoman spokesperson director minister president secretary mayor member chair
  chairman chairwoman coordinator executive officer attorney lawyer counsel prosecutor judge justice
  manager holder coach striker author co-author professor scientist ecologist economist analyst
  official diplomat ambassador general commander chief governor senator councillor councilor
  leader head founder owner resident driver seller worker organiser organizer operator
  researcher student teacher doctor nurse paramedic engineer expert adviser advisor counterpart
  captain inspector commissioner deputy envoy negotiator activist candidate chancellor king
  queen prince pope patriarch sheikh representative rabbi imam bishop priest pastor farmer fisherman
  vendor shopkeeper witness survivor victim mother father lawmaker legislator politician
  premier administrator superintendent detective officer sergeant colonel lieutenant captain
  physician surgeon historian biologist researcher campaigner volunteer trader banker
  investor landlord tenant miner pilot soldier marine veteran nun monk lecturer economist
  coroner magistrate sheriff chairperson president-elect ceo cfo coo mp mep msp mla
  source insider aide employee staffer neighbour neighbor relative friend colleague
  man woman boy girl person child teenager
  scholar parent pupil passenger patient fan citizen critic opponent guest delegate participant athlete
  founder editor reporter journalist correspondent photographer presenter
  lead boss curator trustee
  clerk treasurer marshal warden provost headteacher headmaster headmistress monarch ruler
  comptroller assessor auditor registrar selectman selectwoman assemblymember congressmember
  consultant accountant assistant attendant servant applicant claimant defendant entrant
  respondent migrant immigrant contestant informant complainant occupant midwife
  graduate coxswain
  champion runner-up finalist medallist medalist laureate titleholder
  steward stewardess congregant landlady chaperone lifeguard farmhand mechanic barista barmaid
  waitress chef nanny schoolboy schoolgirl grandparent orphan intern plaintiff bailiff poet
  playwright actress ally loyalist confidant confidante
`);

/** Roles whose holders often go by one name, a stage name ("the singer Solenne", "the street
 * artist Vesper"): after "the", such a role introduces a person known by that name (not "the
 * striker Kane", "the chancellor Reeves": surnames the story must introduce in full). */
export const STAGE_ROLES = set(`
  singer singer-songwriter songwriter rapper artist dj designer model musician vocalist mc
  producer performer guitarist drummer bassist frontman frontwoman influencer youtuber streamer
  wrestler magician illusionist
`);
/** Two-word stage roles, by their last word and the one before ("drag queen"). */
export const STAGE_ROLE_PAIRS = set(`drag-queen drag-king drag-artist street-artist`);

/** Family words: roles in "his wife said", but also surnames ("Son"), so not ROLE_NOUNS. */
export const KIN_NOUNS = set(`
  wife husband son daughter brother sister partner fiancee fiancé uncle aunt cousin nephew niece
  grandson granddaughter grandmother grandfather widow widower
`);

/** Synonyms used when matching a title-only reference against introduced roles. */
export const ROLE_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  judge: ['justice', 'magistrate'],
  justice: ['judge'],
  spokesman: ['spokesperson', 'spokeswoman'],
  spokeswoman: ['spokesperson', 'spokesman'],
  spokesperson: ['spokesman', 'spokeswoman'],
  chief: ['chief executive', 'ceo'],
  executive: ['ceo', 'chief executive'],
  lawyer: ['attorney'],
  attorney: ['lawyer'],
  chair: ['chairman', 'chairwoman', 'chairperson'],
  president: ['president', 'pres'],
  senator: ['sen'],
  governor: ['gov'],
  representative: ['rep'],
  general: ['gen'],
  professor: ['prof'],
  // "the researcher", "the scientist": whoever was introduced doing research
  researcher: ['scientist', 'author', 'co-author', 'professor', 'prof', 'academic', 'lecturer'],
  scientist: ['researcher', 'author', 'co-author', 'professor', 'prof', 'academic', 'ecologist', 'biologist', 'physicist', 'chemist', 'geologist'],
  academic: ['professor', 'prof', 'lecturer', 'researcher', 'scientist'],
  doctor: ['dr', 'physician'],
  lieutenant: ['lt'],
  colonel: ['col'],
  // "the skipper": a team's or a boat's captain
  captain: ['capt', 'skipper'],
  skipper: ['captain', 'capt'],
  sergeant: ['sgt'],
  councillor: ['council member', 'councilor', 'councilwoman', 'councilman', 'cllr'],
  councilor: ['council member', 'councillor', 'councilwoman', 'councilman', 'cllr'],
  prosecutor: ['attorney'],
  coach: ['manager'],
  manager: ['coach'],
  officer: ['official', 'sgt', 'sergeant', 'constable', 'detective', 'trooper', 'inspector', 'deputy'],
  official: ['officer'],
  minister: ['secretary'],
  secretary: ['minister'],
  lawmaker: ['representative', 'rep', 'senator', 'sen', 'congressman', 'congresswoman', 'assemblyman', 'assemblywoman', 'assemblymember', 'legislator', 'mp', 'councillor', 'councilmember', 'delegate'],
  legislator: ['lawmaker', 'representative', 'rep', 'senator', 'sen', 'congressman', 'congresswoman', 'assemblyman', 'assemblywoman', 'assemblymember', 'mp', 'delegate'],
  // "the MP": whoever was introduced as a backbencher or a member of parliament
  mp: ['backbencher', 'member of parliament', 'lawmaker'],
  backbencher: ['mp'],
  congressman: ['representative', 'rep'],
  congresswoman: ['representative', 'rep'],
  assemblyman: ['assemblymember'],
  assemblywoman: ['assemblymember'],
  ceo: ['chief executive', 'executive'],
  envoy: ['ambassador', 'diplomat'],
  ambassador: ['envoy'],
  // "the player": whoever was introduced by their position in a team
  player: ['winger', 'wing', 'striker', 'forward', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'full-back', 'fly-half', 'scrum-half', 'prop', 'hooker', 'flanker', 'playmaker', 'batsman', 'batter', 'bowler', 'pitcher', 'quarterback', 'all-rounder', 'international'],
  striker: ['forward'],
  forward: ['striker'],
  goalkeeper: ['keeper'],
  keeper: ['goalkeeper'],
  physician: ['doctor', 'dr'],
  surgeon: ['doctor', 'dr'],
  councilwoman: ['councillor', 'councilor', 'council member', 'councilmember'],
  councilman: ['councillor', 'councilor', 'council member', 'councilmember'],
  chairman: ['chair', 'chairperson'],
  chairwoman: ['chair', 'chairperson'],
  founder: ['co-founder'],
  monarch: ['king', 'queen', 'ruler', 'emir', 'sultan'],
  ruler: ['monarch', 'king', 'queen', 'emir', 'sultan'],
  boss: ['manager', 'coach', 'chief executive', 'ceo', 'director', 'head'],
  sheriff: ['marshal'],
  headteacher: ['headmaster', 'headmistress', 'principal', 'head'],
  principal: ['headteacher', 'headmaster', 'headmistress'],
};

/** Nouns for any person ("the woman said"): resolved like he/she, not as a title. */
export const PERSON_NOUNS: Readonly<Record<string, 'm' | 'f' | null>> = {
  man: 'm', woman: 'f', boy: 'm', girl: 'f', person: null, child: null, teenager: null,
  mother: 'f', father: 'm', grandmother: 'f', grandfather: 'm', widow: 'f', widower: 'm',
};

/** Words that make a capitalised run an organisation or body, never a person. */
export const ORG_WORDS = set(`
  council ministry authority forum union institute university company bureau agency department
  commission committee court police party bank group terminals devices athletic association
  federation service services office corporation corp inc ltd llc plc club trust foundation
  board administration coalition forces force command army navy government parliament assembly
  senate congress church school college hospital network press media times post news courier
  herald journal gazette tribune centre center society league organisation organization
  fund council ministries airlines airways railways motors industries holdings partners
  laboratories labs systems technologies institute academy tribunal cabinet embassy consulate chamber
  fc united city-council guard foods energy pharma pharmaceuticals logistics solutions studios
  records entertainment capital ventures brands stores markets resources mining telecom
  communications airline insurance wire newswire alliance radio television tv channel magazine
  labour conservatives tories democrats republicans greens socialists liberals pay
  trains rail railway transit transport buses ferries water electric gas utilities
  securities associates consulting consultancy analytics advisory advisors advisers economics research
  consortium observatory museum gallery library hospice clinic cooperative co-operative collective
  syndicate partnership taskforce networks grid homes pictures films productions publishing
  diocese archdiocese synod presbytery directorate secretariat inspectorate division
`);

/** Place words: a capitalised run containing one is neither a person nor a body. */
export const PLACE_WORDS = set(`
  river street road avenue lane lake mount island islands bay coast region province district
  city county republic kingdom port valley park square bridge station airport harbour
  harbor base camp sea ocean gulf north south east west northern southern eastern western
  quay pier wharf marina ground grounds stadium arena gardens
  central upper lower
  fen moor loch creek canyon peninsula delta cove beach cape
`);

/** Capitalised words that open sentences or name dates, never part of a personal name. */
export const NON_NAMES = set(`
  the a an in on at by for from to of and but or so yet if as after before during while when
  under over about across against among amid around behind beyond despite inside outside
  through throughout toward towards within without unlike like with upon into onto between
  beside besides alongside beneath via
  where since until unless although though however meanwhile also still then there here this
  that these those it its his her their our my your we they he she i you
  monday tuesday wednesday thursday friday saturday sunday january february march april may
  june july august september october november december jan feb mar apr jun jul aug sep sept
  oct nov dec today yesterday tomorrow later earlier
  some many most more other others each every all both several few no not another
  everyone everybody nobody someone somebody anyone anybody back elsewhere nearby
  one two three four five six seven eight nine ten eleven twelve dozens hundreds thousands
  advertisement comments share read related sign subscribe follow click
  covid-19 god
  was were is are am do does did has have had would could should shall might must why what how whom whose which
`);

/** Particles allowed inside personal names ("Ludwig van Beethoven", "Mustafa al-Kadhimi"). */
export const NAME_PARTICLES = set(`al el ad ar as bin binti bint ibn abu de da di du del della van von der den ter le la dos das y ap ab ferch verch`);

/** Abbreviations whose dot does not end a sentence. */
export const ABBREVIATIONS = set(`
  mr mrs ms dr prof cllr gen maj lt col sgt capt cpl adm gov sen rep st jr sr rev revd ven hon mt ft no nos
  vs etc inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec calif fla wash ariz
  mass pa va ind ill mich minn ore tex conn colo u.s a.m p.m e.g i.e brig cmdr pvt atty supt insp
  det pres sec amb dept univ assn ave blvd
`);

/** Nouns for statements and documents that can be quoted ("the statement said"). */
export const DOCUMENT_NOUNS = set(`
  statement letter report communique communiqué memo memorandum note release filing ruling
  judgment judgement tweet post declaration document affidavit transcript email e-mail
  complaint lawsuit suit indictment petition motion submission study survey audit review
  assessment dossier summons subpoena verdict citation draft paper order record minutes
  decision response reply proposal notice guidance announcement advisory bulletin manifesto
  advertisement advert summary readout manual handbook playbook rulebook ordinance bylaw by-law
  statute presentation alert entry resolution
`);

/** Verbs only a document "says" with ("the report found", "the lawsuit alleges", "a joint
 * statement read"): as verbs of saying they count only after a document. */
export const DOCUMENT_VERBS = set(`
  alleged found finds concluded concludes read show shows showed reveal reveals revealed
  indicate indicates indicated charges charged ruled rules concluding finding lists listed
  estimated estimates rated rates recommended recommends commits committed
`);

/** Who rules on evidence: "the tribunal found", "the judge ruled", as a document's verbs. */
export const ADJUDICATORS = set(`
  court tribunal inquiry panel jury judge justice magistrate coroner ombudsman arbitrator
  inspectors investigators auditors examiners assessors inspectorate
`);

/** Generic nouns that refer back to an organisation ("the company said"). */
export const BODY_NOUNS = set(`
  company firm club team group organisation organization ministry department agency authority
  council union institute university bureau commission committee court police government
  government's association federation board administration party bank coalition command
  army navy hospital school network airline carrier regulator charity district
  corporation foundation trust tribunal inquiry panel jury embassy consulate coastguard campaign
  diocese archdiocese synod directorate secretariat inspectorate division
`);

/** Words for a company's legal form, which end no one's name: "Coleman Vance Inc". */
export const LEGAL_FORMS = set(`inc ltd llc plc corp co gmbh ag sa nv bv pty llp limited incorporated`);
/** What a company has that a person does not: "Coleman Vance's shareholders". */
export const FIRM_PARTS = set(`
  shares shareholders staff employees workforce executives directors management leadership bosses
  stores shops branches offices headquarters profits revenue accounts brand products subsidiary
  takeover merger
`);

/** Cue words before a quote that mark it as a name, a title or a scare quote. */
export const NAMING_CUES =
  /(?:so-called|so called|known(?:\s+[\p{L}’'-]+){0,3}\s+as|dubbed|nicknamed|titled|entitled|named|branded|labelled|labeled|termed|Read more:|Related:|See also:|Watch:|Listen:)(?:\s+(?:the|a|an|its|their|his|her))?\s*$/iu;

/** Nouns after a quoted name that mark it as a named thing ("the “Turbo” setting"). */
export const THING_NOUNS = set(`
  setting settings mode button link tab option menu feature label campaign programme program
  initiative scheme project plan app brand model series column section page policy rule
  clause doctrine strategy package deal bill act law festival event show album song film book
  novel play exhibition tour slogan hashtag index category option icon function tool
`);

/** Common nouns ending like occupations (-er, -or, -ist, -ian) that name no one. */
export const NOT_PEOPLE = set(`
  number water river letter order other power matter paper corner border quarter centre center
  winter summer weather error sector factor register computer counter offer answer manner
  dinner tower layer chapter shelter theater theatre meter metre liter litre cluster elevator
  motor tractor door floor mirror horror terror colour color honour honor favour favor flavour
  labour labor harbour harbor rumour rumor humour humor behaviour behavior interior exterior
  superior majority minority priority authority territory history story victory factory
  category memory theory inventory calendar dollar pillar cellar collar vapour vapor corridor
  rear year hour tour our four per over under after never ever however whether together
  further rather either neither another character parameter disaster container trailer
  printer charger scooter helicopter monster cancer fever hunger anger danger finger ladder
  leather feather shoulder silver butter bitter filter banner dinner partner-ship wonder thunder
  member-state barrier carrier frontier premier-league glacier dossier
  former latter later sooner earlier
  older younger bigger smaller larger greater higher lower longer shorter faster slower better
  stronger weaker richer poorer closer wider broader deeper harder easier cheaper newer fewer
  tougher lighter heavier safer riskier busier quieter louder clearer
  list artist-free mist twist wrist three free tree degree agree decree spree fee glee knee
  coffee toffee jubilee guarantee refugee-camp committee
  guardian-angel median librarian-free
`);

/** Occupation-like word shape: "rescuer", "referee", "economist", "technician". */
export const ROLE_SHAPE = /^[\p{Ll}-]{3,}(?:er|or|ist|ian|eer|ee|man|woman|person|master|keeper|smith)$/u;

/** Body nouns specific enough that "the union" must name a union, not any organisation. */
export const SPECIFIC_BODY_NOUNS = set(`
  union council ministry court police government university party hospital school army navy
  tribunal inquiry panel jury federation association commission committee embassy consulate
  department directorate secretariat inspectorate division
`);

/** Nouns for a kind of organisation ("the campaign group …"). */
export const BODY_TYPES = set(`
  carmaker automaker chipmaker drugmaker steelmaker planemaker
  company firm group club organisation organization charity agency union party manufacturer retailer airline bank chain insurer broadcaster newspaper network maker developer operator supplier startup carrier publisher business brand lender fund regulator coalition campaign consortium conglomerate watchdog trust foundation association society institute thinktank think-tank
`);

/** Words in a body's name that tell what kind of body it is, for the nouns a story calls it by
 * after: "the operator" after "Southline Rail", "the airline" after "Skyway Airways". */
export const BODY_KIND_WORDS: Readonly<Record<string, readonly string[]>> = {
  operator: ['rail', 'railway', 'railways', 'trains', 'buses', 'ferries', 'transit', 'airlines', 'airways', 'water'],
  airline: ['airlines', 'airways', 'air'],
  carmaker: ['motors', 'automotive'],
  automaker: ['motors', 'automotive'],
  insurer: ['insurance', 'assurance'],
  broadcaster: ['radio', 'television', 'tv', 'broadcasting'],
  lender: ['bank', 'lending', 'building society'],
};

/** Nouns for an organisation set off before its name: "The company, Veltro Foods, said". */
export const BODY_APPOSITION = /\b(?:company|firm|group|club|organisation|organization|charity|agency|union|party|manufacturer|retailer|airline|bank|chain|insurer|broadcaster|newspaper|network|team|maker|developer|operator|supplier|startup|carrier|publisher),\s+$/i;

/** Common given names that nearly always belong to one gender, for "he"/"she" when no title or
 * pronoun has told us yet. Names used by either gender (Alex, Jordan, Sam) are left out. */
export const FEMALE_NAMES = set(`
  mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret
  betty sandra ashley dorothy kimberly emily donna michelle carol amanda melissa deborah
  stephanie rebecca laura sharon cynthia kathleen amy shirley angela helen anna brenda pamela
  nicole samantha katherine christine emma ruth catherine virginia rachel janet maria heather
  diane julie joyce victoria christina joan evelyn lauren judith olivia martha cheryl
  megan hannah jacqueline ann gloria kathryn alice teresa sara janice doris
  madison julia grace judy abigail marie denise beverly amber theresa marilyn danielle diana
  natalie brittany charlotte rose isabella kayla alexis lori sophia tiffany fiona claire
  sophie lucy chloe ella amelia isla ava mia zoe ellie holly jade molly lily freya georgia
  eleanor harriet imogen phoebe poppy rosie bethany jasmine kirsty leanne gemma hayley
  siobhan aoife niamh ciara sinead mairead bridget eileen maureen colleen kathy debbie
  tracy tracey wendy yvonne jill gillian joanne joanna jane janet louise lorraine pauline
  elaine sheila valerie irene agnes edith ethel mabel esther miriam naomi leah deborah
  ingrid astrid sigrid helga greta birgit annika kristin karin liv solveig hanna johanna
  francesca giulia chiara valentina alessandra silvia elena paola federica martina
  carmen lucia isabel pilar rocio dolores mercedes beatriz ana sofia camila valeria
  fernanda gabriela daniela mariana adriana paula marta monica veronica patricia
  amelie camille chloe manon juliette margot celine isabelle nathalie sylvie brigitte
  monique genevieve helene anne-marie marie-claire
  katarzyna agnieszka malgorzata ewa joanna magdalena olga tatiana svetlana natalia irina
  elena ekaterina yulia oksana ludmila galina
  fatima aisha amina zainab mariam khadija leila layla yasmin nadia samira noura hana
  priya anjali sunita lakshmi deepa kavita pooja neha divya asha meera shreya
  aiko yuki sakura keiko yumi
  ngozi chioma amara adaeze folake funmilayo wanjiru akosua abena efua
  nina eva vera rita gina tina lena ruby maya kate katie kelly erin tanya sonia sonya carla
  clara flora nora iris hazel violet jess jessie beth becky liz meg annie ellen alison allison
  miranda tamara natasha keira
`);

export const MALE_NAMES = set(`
  james john robert michael william david richard joseph thomas charles christopher daniel
  matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
  ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
  scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
  tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy
  christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse
  bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy
  roy vincent ralph eugene russell bobby mason philip louis harry oliver charlie alfie
  freddie archie leo oscar theo hugo toby rory callum connor liam owen rhys dafydd gareth
  iain ian ewan angus hamish fergus niall declan ciaran padraig seamus eamon colm cormac
  dermot brendan kieran graham nigel clive trevor derek colin malcolm neil stuart gordon
  barry geoffrey roger martin simon tony keith howard duncan alistair
  lars erik anders johan nils sven olaf bjorn henrik magnus jens klaus hans jurgen dieter
  wolfgang stefan matthias tobias florian sebastian markus andreas thomas
  giuseppe giovanni francesco antonio marco luca alessandro matteo lorenzo davide
  carlos javier miguel luis jorge pedro pablo diego alejandro manuel rafael fernando
  sergio ricardo eduardo francisco antonio joao tiago rodrigo
  pierre jacques michel philippe alain francois nicolas olivier laurent thierry
  christophe sebastien julien guillaume mathieu antoine
  piotr tomasz pawel krzysztof andrzej marek jan jakub wojciech michal
  ivan dmitri sergei alexei vladimir mikhail nikolai andrei yuri oleg pavel boris igor
  mohammed muhammad mohamed ahmed ahmad omar hassan hussein ibrahim khalid mustafa
  yusuf abdullah karim tariq rashid hamid mahmoud samir nabil walid faisal
  raj rahul amit sanjay vijay arjun rohan vikram anil sunil ravi suresh ramesh deepak
  hiroshi takashi kenji haruto yuto kenta
  chinedu emeka tunde kwame kofi kwesi yaw femi babajide segun
  tom tim ben dan dave mike jim bob nick matt pete steve jon josh luke jake ted leon felix
  jamal darnell tyrone marcus dominic victor hector ollie ross craig glenn kurt troy idris
  tomas mateo alasdair calum
`);

/** The auxiliaries of a passive: "was told", "had been asked", "got told" (whoever they are
 * said of heard the words, not said them). */
export const PASSIVE_AUXILIARIES = set(`was were been being be is are get got gets`);
