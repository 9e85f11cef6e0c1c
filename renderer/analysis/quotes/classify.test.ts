// classifyQuote on invented copy: each signal that makes a quote a name, a title, a slogan or
// words-as-words, and the speech next to it that must stay speech.
import { describe, expect, it } from 'vitest';
import { classifyQuote } from './classify';
import { MASK } from './scan';

/**
 * The kind of the `which`-th “…” quote of one sentence. `before` runs from the sentence start
 * with other quotes masked, `after` up to the next quote, as summarizeParagraph passes them.
 */
function kind(sentence: string, spoken: boolean, which = 0): string {
  const spans: [number, number][] = [];
  const re = /“([^”]*)”/g;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) spans.push([m.index, m.index + m[0].length]);
  const span = spans[which];
  if (!span) throw new Error(`no quote ${which} in ${sentence}`);
  let masked = sentence;
  for (const [a, b] of spans) masked = masked.slice(0, a) + MASK.repeat(b - a) + masked.slice(b);
  const next = spans[which + 1];
  return classifyQuote(sentence.slice(span[0] + 1, span[1] - 1), {
    before: masked.slice(0, span[0]),
    after: masked.slice(span[1], next ? next[0] : masked.length),
    spoken,
  });
}

describe('words on banners, signs and shirts, and chants', () => {
  it('a sign or banner reading …', () => {
    expect(kind('Tenants unfurled a bedsheet banner reading “Rents Down, Wages Up.”', false)).toBe('other');
    expect(kind('Some held hand-painted signs reading “Save Our Pool.”', false)).toBe('other');
    expect(kind('Placards reading “Hände weg!” – hands off! – lined the fence.', false)).toBe('other');
    expect(kind('A cardboard sign taped to the shop window read “Back in five minutes”.', false)).toBe('other');
    expect(kind('Many wore T-shirts that said “Not in my name”.', false)).toBe('other');
    // a list of languages or names on the sign does not end the phrase
    expect(kind('Notices in the café window in Welsh, Somali and English read “Free soup on Fridays”.', false)).toBe('other');
  });
  it('holds even when a verb of saying is in the sentence', () => {
    expect(kind('Police said about 200 people carried placards bearing “No more cuts”.', true)).toBe('other');
  });
  it('painted and printed words, chants', () => {
    expect(kind('The wall was daubed with “Tourists go home”.', false)).toBe('other');
    expect(kind('Supporters outside the court were chanting “Free them all”.', false)).toBe('other');
    expect(kind('The march ended with chants of “¡No pasarán!” outside the ministry.', false)).toBe('other');
  });
  it('but a statement or a person reading is speech', () => {
    expect(kind('The board issued a statement saying “we regret the delay and will review the process.”', true)).toBe('speech');
    expect(kind('She signs every letter and reads “the whole thing aloud before I post it,” she said.', true)).toBe('speech');
    expect(kind('He signs cards in Welsh, Somali and English and reads “each one aloud to check it,” he said.', true)).toBe('speech');
    expect(kind('“We will not be moved,” the organiser said.', true)).toBe('speech');
  });
});

describe('lists of related headlines', () => {
  it('items separated by middle dots, bullets or bars', () => {
    const s = 'Read next: “Why glaciers are retreating faster” · “The hunt for the last wild salmon”';
    expect(kind(s, false, 0)).toBe('other');
    expect(kind(s, false, 1)).toBe('other');
    expect(kind('More on this: “Can cities learn to love the heat?” | “Ten years of the levy”', false, 1)).toBe('other');
  });
  it('a headline alone in its paragraph or after a short label', () => {
    expect(kind('“How a small town rebuilt its library after the flood”', false)).toBe('other');
    expect(kind('Also in this series: “The quiet collapse of the village bank”', false)).toBe('other');
  });
  it('but a quoted sentence on its own is speech', () => {
    expect(kind('“We rebuilt it with our own hands, every shelf of it.”', false)).toBe('speech');
    expect(kind('“Her mother kept asking, ‘Is it safe?’ And I had to tell her, ‘Not yet.’”', false)).toBe('speech');
    expect(kind('The message from the minister: “We will not abandon these families.”', false)).toBe('speech');
  });
});

describe('words as words and named terms', () => {
  it('the word, the phrase, a nickname', () => {
    expect(kind('Campaigners coined the phrase “food deserts” to describe the estates.', false)).toBe('other');
    expect(kind('The judge dwelt on the Latin word “mens” for several minutes.', true)).toBe('other');
    expect(kind('Teammates still use his old nickname “Gramps”.', false)).toBe('other');
  });
  it('but a possessive and a comma before the quote make it speech', () => {
    expect(kind('During her term, “we fixed more roads than anyone,” Banks said.', true)).toBe('speech');
    expect(kind('The referee pronounced “the end of an era, and a good one.”', true)).toBe('speech');
  });
  it('an apposition that calls the quote a phrase', () => {
    expect(kind('He has long been described as “a writer’s writer”, the sort of phrase that sells few books.', true)).toBe('other');
  });
  it('but a speaker’s words with such an apposition stay speech', () => {
    expect(kind('Okafor said the deal was “dead on arrival”, a phrase she used twice.', true)).toBe('speech');
  });
  it('called the “…”: the article outside makes it a name', () => {
    expect(kind('The squat towers that locals, half fondly, called the “biscuit tins”.', true)).toBe('other');
  });
  it('a thing named before its namer: a series she called “…”', () => {
    expect(kind('The late canvases, a series she called “salt studies”, hang in the last room.', true)).toBe('other');
  });
  it('but a judgement after call stays speech', () => {
    expect(kind('It was a decision he called “indefensible”.', true)).toBe('speech');
    expect(kind('The group has criticised the plan, which it calls “a licence to pollute”.', true)).toBe('speech');
  });
  it('what the union calls …', () => {
    expect(kind('The council is drafting what it calls “street priority zones” for the centre.', true)).toBe('other');
    expect(kind('The charity wants what it calls a “warm bank” in every ward.', true)).toBe('other');
    expect(kind('The fees went to what the firm’s ledgers described as “liaison advisers” in three ports.', true)).toBe('other');
    // (a person’s own description is their judgement)
    expect(kind('He condemned what he described as “reckless spending” by the board.', true)).toBe('speech');
  });
  it('but what she called a judgement stays speech', () => {
    expect(kind('She thanked the jury for sitting through what she called “a long and, frankly, gruelling trial.”', true)).toBe('speech');
    expect(kind('He criticised what he called “a shameful waste” of public money.', true)).toBe('speech');
    expect(kind('He attacked what he called “unacceptable delays” at the port.', true)).toBe('speech');
    expect(kind('She dismissed what she called “lies” about the fund.', true)).toBe('speech');
    // an article outside the quote, a judgement inside it: still her word
    expect(kind('She deplored what she called the “reckless” sell-off of the docks.', true)).toBe('speech');
    expect(kind('He walks what he calls the “Lantern Road” every evening.', true)).toBe('other');
    expect(kind('Farmers are bracing for what locals call “the Gap”, the weeks before harvest.', true)).toBe('other');
  });
  it('billed or marketed as', () => {
    expect(kind('The closing track, which the sleeve notes bill as a “tone essay”, runs nine minutes.', true)).toBe('other');
    expect(kind('The bars are marketed as “ocean grade” steel.', false)).toBe('other');
  });
  it('but branded as is an accusation, and described as is speech', () => {
    expect(kind('Opposition MPs branded the cuts as “cruel and pointless”.', true)).toBe('speech');
    expect(kind('Reyes described the ruling as “a victory for every tenant”.', true)).toBe('speech');
  });
});

describe('a quoted modifier in a noun phrase', () => {
  it('before a noun: a “rapid-entry” boat, the “first come, first served” principle', () => {
    expect(kind('Firefighters said they reached the van with a “swift-water” rescue sled.', true)).toBe('other');
    expect(kind('Ministers said they would scrap the “use it or lose it” principle.', true)).toBe('other');
    expect(kind('She said claims of a “red tape” backlog were wrong.', true)).toBe('other');
  });
  it('a term defined straight after it', () => {
    expect(kind('She said the charity’s “swap shelf”, which lets families trade school shoes, was busy.', true)).toBe('other');
  });
  it('but a judgement before a noun, or a quote before a preposition, is speech', () => {
    expect(kind('Patel said it was a “deeply disappointing” result for the town.', true)).toBe('speech');
    expect(kind('The coach said it was a “shameful” performance.', true)).toBe('speech');
    expect(kind('The union said members wanted a “fair” settlement.', true)).toBe('speech');
    expect(kind('Lopez called the ruling a “betrayal” of the families.', true)).toBe('speech');
    expect(kind('She said the plan was “unworkable”, which angered ministers.', true)).toBe('speech');
  });
});

describe('titles and slogans by their shape', () => {
  it('title case with a closing stop, question or exclamation mark, unspoken', () => {
    expect(kind('Volunteers handed out leaflets headed “Keep Buses Local.”', false)).toBe('other');
    expect(kind('Her second documentary, “Who Owns the Rain?”, opens on Friday.', false)).toBe('other');
  });
  it('title case with the US comma inside, even where someone speaks', () => {
    expect(kind('Hart said her novel, “The Long Field,” took nine years.', true)).toBe('other');
    expect(kind('The app, “Night Shift,” is free.', false)).toBe('other');
  });
  it('brand names with a capital inside', () => {
    expect(kind('He filmed it on an “iPhone” in the dark.', true)).toBe('other');
  });
  it('but short speech stays speech', () => {
    expect(kind('“Absolutely.”', false)).toBe('speech');
    expect(kind('He said, “Come On,” and left the room.', true)).toBe('speech');
    expect(kind('“No,” she said.', true)).toBe('speech');
    expect(kind('She called the plan “reckless and cruel”.', true)).toBe('speech');
    expect(kind('She called it “a disgrace”.', true)).toBe('speech');
  });
});

describe('edges of the list and noun-phrase signals', () => {
  it('a quote right after another quote is not a list item', () => {
    expect(kind('He said “we won” “and we will win again, whatever they say.”', true, 1)).toBe('speech');
  });
  it('“it’s” is not a possessive', () => {
    expect(kind('Diaz said it’s “utterly mad” policy.', true)).toBe('speech');
    expect(kind('Diaz said it’s “a scandal” every winter.', true)).toBe('speech');
  });
});

describe('glosses, translations and link labels', () => {
  it('a word for, short for, means', () => {
    expect(kind('Locals use the Gaelic word for “home”, which is hard to spell.', false)).toBe('other');
    expect(kind('The app’s name is short for “Neighbourhood Exchange”.', false)).toBe('other');
    expect(kind('The word on the sign, “ikaika,” means “strong” in Hawaiian.', false, 1)).toBe('other');
    expect(kind('Students painted the words “Never again” on the steps.', false)).toBe('other');
  });
  it('but what a speaker says something means is speech', () => {
    expect(kind('This means “we are on our own now,” Ruiz said.', true)).toBe('speech');
    expect(kind('In the words of one nurse, “we are running on empty.”', true)).toBe('speech');
    expect(kind('Her last words to him were “look after the dog.”', false)).toBe('speech');
  });
  it('foreign words followed by their translation', () => {
    expect(kind('On the steps, “Ya basta, ya basta!” (enough, enough!) was written in chalk.', false)).toBe('other');
    expect(kind('The crowd’s cry, “Nunca más!” – never again – echoed off the walls.', false)).toBe('other');
  });
  it('but a speaker’s words with a translation stay speech', () => {
    expect(kind('Merz said “Wir schaffen das nicht allein” (we cannot do this alone) at the rally.', true)).toBe('speech');
  });
  it('link labels and listed headlines', () => {
    expect(kind('See also “How the valley lost its orchards”', false)).toBe('other');
    expect(kind('Recommended: “Is the housing slump over?”', false)).toBe('other');
  });
  it('but a lone quoted question is not a headline', () => {
    expect(kind('“What are we supposed to do now?”', false)).toBe('speech');
  });
});

describe('titles after the kind of work they name', () => {
  it('a memoir, a podcast, an album, in sentence case', () => {
    expect(kind('Her memoir “A year of small rooms” is out in May.', false)).toBe('other');
    expect(kind('Critics said his documentary “What the river took” was his best.', true)).toBe('other');
    expect(kind('A tabloid headline reading “Mayor in hot water” was pinned to the door.', true)).toBe('other');
    expect(kind('Staff were given the password “bluebird” on Monday.', false)).toBe('other');
  });
  it('but words said on a programme, or quoted from a book after a comma, are speech', () => {
    expect(kind('Mendes told the podcast “we knew nothing about what was coming.”', true)).toBe('speech');
    expect(kind('She said on the show “nobody warned us, nobody at all.”', true)).toBe('speech');
    expect(kind('She writes in her memoir, “I was never afraid of the sea.”', true)).toBe('speech');
  });
});

describe('headed, captioned, and words on labels and bios', () => {
  it('a piece headlined …, a bio reading …', () => {
    expect(kind('An op-ed headlined “The slow death of the corner shop” was widely shared.', false)).toBe('other');
    expect(kind('Her profile reads “mum, runner, chaos coordinator”.', true)).toBe('other');
  });
  it('but a headline writer or a profile subject speaking is speech', () => {
    expect(kind('The editor said the headline was “a mistake we regret.”', true)).toBe('speech');
  });
});

describe('scare quotes in US style and longer quoted modifiers', () => {
  it('a trailing comma inside the marks, mid-sentence, with no one speaking', () => {
    expect(kind('Homes in the “red zone,” where the river broke through, will be bought out.', false)).toBe('other');
    expect(kind('Tickets are sold on a “first come, first served” basis.', false)).toBe('other');
    expect(kind('Posters for the “see it, say it, sorted” campaign are everywhere.', true)).toBe('other');
  });
  it('but a short quote opening the sentence or after a comma stays speech', () => {
    expect(kind('“Not yet,” came the reply.', false)).toBe('speech');
    expect(kind('For the mayor, “not now, not ever,” was the answer.', false)).toBe('speech');
    expect(kind('Officials said the “totally unacceptable” delays would end.', true)).toBe('speech');
  });
});

describe('what the display and work signals leave to speech', () => {
  it('a statement or letter between the object and the verb', () => {
    expect(kind('The record label’s statement reads “we are heartbroken and ask for privacy.”', true)).toBe('speech');
  });
  it('headed as a verb of motion, show as a verb', () => {
    expect(kind('The convoy headed “straight into the smoke,” a witness said.', true)).toBe('speech');
    expect(kind('Ruiz said the data show “a culture of contempt” for staff.', true)).toBe('speech');
  });
  it('but a memo headed … is a heading', () => {
    expect(kind('Staff received a memo headed “Changes to your rota”.', false)).toBe('other');
  });
});

describe('crowds and lists joined by commas', () => {
  it('a crowd shouting or roaring', () => {
    expect(kind('As the van left, protesters shouted “Shame on you” at the windows.', false)).toBe('other');
    expect(kind('The crowd in the square roared “Olé, olé, olé!”', false)).toBe('other');
  });
  it('but one person shouting is speech', () => {
    expect(kind('Her father shouted “Get out of the water, now!” from the beach.', true)).toBe('speech');
  });
  it('headlines listed with commas and “and” after a label', () => {
    const s = 'Related: “Inside the race to save the river”, “Why rents keep climbing” and “The mayor’s first year”';
    expect(kind(s, false, 0)).toBe('other');
    expect(kind(s, false, 1)).toBe('other');
    expect(kind(s, false, 2)).toBe('other');
  });
  it('but quotes joined by “and” after a speaker are speech', () => {
    expect(kind('She said: “We have a plan” and “we will stick to it, whatever it costs.”', true, 1)).toBe('speech');
  });
});

describe('headlines after a bullet', () => {
  it('a dash or bullet before a lone headline', () => {
    expect(kind('– “Inside the race to save the river”', false)).toBe('other');
  });
  it('but a dash before a quoted sentence stays speech', () => {
    expect(kind('– “We will rebuild, and we will do it ourselves.”', false)).toBe('speech');
  });
});

describe('a name things commonly go by', () => {
  it('“often described as”, “widely known in the trade as”: no one gives the name', () => {
    expect(kind('Growers fear the blight, often described in farming manuals as “grey rot.”', true)).toBe('other');
    expect(kind('The corner, widely called “dead man’s bend”, has claimed three lives.', false)).toBe('other');
  });
  it('but with an agent, or one speaker’s description, it stays speech', () => {
    expect(kind('The deal, often described by rivals as “a very bad joke,” collapsed.', true)).toBe('speech');
    expect(kind('Harlan described the deal as “a very bad joke.”', true)).toBe('speech');
  });
});

describe('a verb of naming, its object and “the” outside the quote', () => {
  it('“branded the levy the “bus tax.””', () => {
    expect(kind('Leaflets had branded the levy the “bus tax.”', false)).toBe('other');
    expect(kind('Locals call the junction the “spaghetti knot” and avoid it.', false)).toBe('other');
  });
  it('but “a” before the quote, or a judgement, stays speech', () => {
    expect(kind('The union leader called the offer a “betrayal.”', true)).toBe('speech');
    expect(kind('She called the levy the “worst idea ever.”', true)).toBe('speech');
  });
});

describe('a label and a copula before its words', () => {
  it('“the charity’s slogan is …”, “the motto remains …”', () => {
    expect(kind('The charity’s slogan is “No child hungry.”', false)).toBe('other');
    expect(kind('The club said its motto remains “Forward together.”', true)).toBe('other');
  });
  it('but someone’s words about a slogan stay speech', () => {
    expect(kind('The slogan, she said, “was never meant to offend anyone at all.”', true)).toBe('speech');
  });
});

describe('a song or chant set off after its name', () => {
  it('“The Herons’ song, “…,” was sung”: a line of a song, no one’s words', () => {
    expect(kind('The Herons’ song, “Fly high, the Herons, fly high,” rang round the ground.', false)).toBe('other');
    expect(kind('Their chant, “Whose streets? Our streets,” carried to the square.', false)).toBe('other');
  });
  it('but words spoken about the song stay speech', () => {
    expect(kind('The song, the captain said, “is what keeps us going in the last ten minutes.”', true)).toBe('speech');
  });
});

describe('a name in capitals given to a person after a naming verb', () => {
  it('“labeled him “Mayor Gridlock.””, “dubbed her “Lady Veto””', () => {
    expect(kind('One advert labeled him “Mayor Gridlock.”', true)).toBe('other');
    expect(kind('Rivals dubbed her “Lady Veto” after the budget fight.', true)).toBe('other');
  });
  it('but a judgement after the pronoun stays speech', () => {
    expect(kind('Rivals branded him “a liar.”', true)).toBe('speech');
  });
});

describe('a short fragment ending the sentence, US style', () => {
  it('a lower-case fragment with the full stop inside the marks, no one speaking', () => {
    expect(kind('For years the tram was a running joke, a “ghost train.”', false)).toBe('other');
    expect(kind('The new rules target what are known as “forever chemicals.”', false)).toBe('other');
  });
  it('but a capitalised answer, or a sentence with a verb of saying, stays speech', () => {
    expect(kind('Her answer was “Never.”', false)).toBe('speech');
    expect(kind('She said the tram was a “ghost train.”', true)).toBe('speech');
  });
});

describe('an agentless passive before the quote', () => {
  it('“was hailed as “historic.””, the sentence ending or going on to something else', () => {
    expect(kind('The agreement was hailed as “historic.”', true)).toBe('other');
    expect(kind('The bridge was hailed as “a marvel” and opened in 1890.', true)).toBe('other');
  });
  it('but an agent after it, or someone said it, makes it speech', () => {
    expect(kind('The agreement was hailed as “historic” by the prime minister.', true)).toBe('speech');
    expect(kind('The agreement was hailed as “a turning point for us all,” a diplomat said.', true)).toBe('speech');
  });
});

describe('a thing naming itself', () => {
  it('“describes itself as”, “calls itself”', () => {
    expect(kind('The hotel describes itself as “a home from home.”', true)).toBe('other');
    expect(kind('The group, which calls itself “the Quiet Majority,” formed in May.', true)).toBe('other');
  });
  it('but a person describing herself is speaking', () => {
    expect(kind('Okafor describes herself as “a stubborn optimist.”', true)).toBe('speech');
  });
});

describe('words on display with an adverb after the verb', () => {
  it('“her caption read simply: …”, “the sign reads, in full:”', () => {
    expect(kind('Her caption read simply: “Home.”', true)).toBe('other');
    expect(kind('The sign on the door reads, in full: “Back never.”', true)).toBe('other');
  });
  it('but a person reading simply is still speaking', () => {
    expect(kind('Her statement read simply: “I am sorry for what happened that night.”', true)).toBe('speech');
  });
});

describe('the next item of a list of displayed words', () => {
  it('“banners reading “A” and “B””: the second is on a banner too', () => {
    expect(kind('Marchers carried banners reading “Fund our libraries” and “Books not bombs, not now”.', false, 1)).toBe('other');
    expect(kind('Marchers carried banners reading “Fund our libraries”, “Close the gap” or “Not again, not here”.', false, 2)).toBe('other');
  });
  it('“placards read “A” (“a”) and “B” (“b”)”: a translation in brackets is on the placard too', () => {
    expect(kind('Placards read “Sin agua no hay vida” (“Without water there is no life”) and “Basta ya” (“Enough now”).', false, 1)).toBe('other');
    expect(kind('Placards read “Sin agua no hay vida” (“Without water there is no life”) and “Basta ya” (“Enough now”).', false, 2)).toBe('other');
    expect(kind('Placards read “Sin agua no hay vida” (“Without water there is no life”) and “Basta ya” (“Enough now”).', false, 3)).toBe('other');
  });
  it('but a second quote after someone’s words stays speech', () => {
    expect(kind('The mayor said it was “a fine day” and “a turning point for us all, truly”.', true, 1)).toBe('speech');
    expect(kind('The mayor told residents “Nos vamos” (“We are leaving for good, all of us”) on Monday.', true, 1)).toBe('speech');
  });
});

describe('a product’s own lines', () => {
  it('“advertises itself with the line …”, “a claim like …”', () => {
    expect(kind('The bakery still markets itself with the slogan “Baked before you woke.”', false)).toBe('other');
    expect(kind('The chain advertises itself with the line “Cheaper than yesterday, every day.”', false)).toBe('other');
    expect(kind('Packets carry claims like “Now with extra fibre!” on the front.', false)).toBe('other');
  });
  it('but a person opening with a line, or a claim someone made, is speaking', () => {
    expect(kind('She opened her speech with the line “I never wanted this job, and I still don’t.”', true)).toBe('speech');
    expect(kind('He repeated the claim that the scheme was “a licence to print money for the few”.', true)).toBe('speech');
  });
});

describe('a line of a work, a job’s name, a title after its preposition', () => {
  it('“the song that opens “…””, “roles as “…””, “for her part in “Tideline.””', () => {
    expect(kind('Critics praised the ballad that opens “I kept the lamp lit for you all winter”.', false)).toBe('other');
    expect(kind('Guards will be retrained as platform “journey advisers”.', false)).toBe('other');
    expect(kind('The award went to Ama Ofori for her part in “Tideline.”', false)).toBe('other');
    expect(kind('The prize went to Ivo Mrak for his role as a retired boxer in “Southpaw.”', false)).toBe('other');
  });
  it('but a judgement after “as”, and a one-word answer, stay speech', () => {
    expect(kind('He said staff had been treated as “utterly disposable”.', true)).toBe('speech');
    expect(kind('Her answer was “Never.”', false)).toBe('speech');
    expect(kind('The minister dismissed the report, describing its authors as “armchair generals”.', true)).toBe('speech');
    expect(kind('Lena Brask, the new mayor, described her work as “unfinished business”.', true)).toBe('speech');
    expect(kind('Ms Oduya dismissed the post as “utter nonsense” on Tuesday.', true)).toBe('speech');
    expect(kind('He described his new role as “a poisoned chalice”.', true)).toBe('speech');
    expect(kind('She broke the silence with “Enough.”', false)).toBe('speech');
  });
});

describe('an agentless passive before a longer description', () => {
  it('“has been described as “a car park with beds in it””: someone’s words, unattributed', () => {
    expect(kind('The ward has been described as “a car park with beds in it”.', true)).toBe('speech');
  });
  it('but a short label after the passive stays a label', () => {
    expect(kind('The bridge was described as “unsafe”.', true)).toBe('other');
    expect(kind('The old mill is often called “the Cathedral”.', true)).toBe('other');
  });
});

describe('a phrase someone does not say', () => {
  it('is mentioned, not said', () => {
    expect(kind('We don’t say “science for boys” or hand out blue kits.', true)).toBe('other');
    expect(kind('We stopped using “the elderly” years ago.', true)).toBe('other');
  });
  it('but words said are still speech', () => {
    // (a whole sentence quoted after the denial is said: the rule is for short phrases)
    expect(kind('We never say “Science is for everyone, and we mean it.”', true)).toBe('speech');
    expect(kind('She did not say “we will resign”, but she did not deny it either.', true)).toBe('speech');
  });
});

describe('names given to a thing and words on a board', () => {
  it('reads a title-case name given with a verb of naming and its object as a name', () => {
    expect(kind('Protesters carried a banner that branded the dam “Harrow’s Folly.”', true)).toBe('other');
    expect(kind('Fans say the owners have branded the stadium “The Cauldron.”', true)).toBe('other');
    // a judgement after the object stays someone's words
    expect(kind('The mayor branded the scheme “a disgrace.”', true)).toBe('speech');
    // (one capitalised word is a judgement too)
    expect(kind('Ana Ruiz, the opposition leader, called the decision “Shameful.”', true)).toBe('speech');
  });
  it('reads the words on a painted or chalk board, a noticeboard or a menu as shown, not said', () => {
    expect(kind('A hand-painted board by the till reads: “Pay what you can. Take what you need.”', true)).toBe('other');
    expect(kind('The chalkboard outside reads “No dogs, no exceptions.”', true)).toBe('other');
    // a board of people speaks
    expect(kind('The board said: “We will appeal the ruling.”', true)).toBe('speech');
  });
});

describe('a gloss straight after a quote', () => {
  it('between dashes or saying its language is the quote’s meaning, not speech', () => {
    expect(kind('The crowd chanted “Nova, nova, nova” - “new” in Veskaran - and waved flags.', true, 1)).toBe('other');
    expect(kind('Protesters chanted “Basta” – “enough” – outside the hall.', true, 1)).toBe('other');
    expect(kind('She greeted them with “Salaam”, “peace” in Arabic, and sat down.', true, 1)).toBe('other');
  });
  it('but a quote after another that says something is still speech', () => {
    expect(kind('“We won,” she said – “finally, after ten years of trying” – and left the stage.', true, 1)).toBe('speech');
  });
});
