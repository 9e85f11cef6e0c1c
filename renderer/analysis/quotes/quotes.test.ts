// Behaviour of the batch analysis on invented news copy: one short story per pattern.
import { describe, expect, it } from 'vitest';
import type { QuoteFinding } from '../types';
import { analyzeQuotes } from './index';

const run = (...texts: string[]) => analyzeQuotes(texts.map((text, i) => ({ id: `p${i}`, text })));
const only = (...texts: string[]): QuoteFinding => {
  const { quotes } = run(...texts);
  expect(quotes).toHaveLength(1);
  return quotes[0] as QuoteFinding;
};
const brief = (q: QuoteFinding) => ({ index: q.index, text: q.text, kind: q.kind, speaker: q.speaker, status: q.status });

describe('finding quotes', () => {
  it('ignores apostrophes of every kind', () => {
    expect(run("The '90s were kind to Matteo’s family, and the students’ union didn't object to the plan's cost.").quotes).toEqual([]);
  });

  it('keeps nested single quotes and square-bracket insertions inside the quote', () => {
    const { quotes } = run(
      '“She told me ‘never again’ and meant it,” said Harriet Oyelaran, a retired nurse.',
      '"They [the contractors] walked away," said Council member Bruno Castellane.',
    );
    expect(quotes.map(brief)).toEqual([
      { index: 0, text: 'She told me ‘never again’ and meant it,', kind: 'speech', speaker: 'Harriet Oyelaran', status: 'ok' },
      { index: 1, text: 'They [the contractors] walked away,', kind: 'speech', speaker: 'Bruno Castellane', status: 'ok' },
    ]);
  });

  it('reports offsets of the text between the marks', () => {
    const text = 'Mayor Lena Torvik said the deal was “a fair compromise”.';
    const q = only(text);
    expect(text.slice(q.start, q.end)).toBe('a fair compromise');
    expect(q.paragraphId).toBe('p0');
  });
});

describe('names, titles and scare quotes', () => {
  it('marks so-called phrases, nicknames, titles of works, modes and operations as other, never flagged', () => {
    const { quotes } = run(
      'The council\'s so-called "green levy" returns next year. The old bridge, known locally as “the Needle”, will close.',
      'The report, titled “Roads to Nowhere”, was published on Monday. Drivers can choose the “Eco” mode on most buses.',
      'Police said the raids were part of “Operation Clean Sweep”.',
      'Read more: “Why the ferry timetable keeps changing?”',
      'Divers recorded a dawn “crackle” over the reef.',
    );
    expect(quotes.map((q) => [q.text, q.kind, q.status])).toEqual([
      ['green levy', 'other', 'ok'],
      ['the Needle', 'other', 'ok'],
      ['Roads to Nowhere', 'other', 'ok'],
      ['Eco', 'other', 'ok'],
      ['Operation Clean Sweep', 'other', 'ok'],
      ['Why the ferry timetable keeps changing?', 'other', 'ok'],
      ['crackle', 'other', 'ok'],
    ]);
  });

  it('keeps short fragments tied to a verb of saying as speech', () => {
    const { quotes } = run(
      'Health minister Pavel Dusek said supplies would last “a week, perhaps less” and asked for patience.',
      'Judge Corinne Mbeki thanked the jury for sitting through what she called “a long and often technical trial.”',
      'Dusek said he was “quietly confident”.',
      'Mbeki called the delay a “disgrace”.',
    );
    expect(quotes.map((q) => [q.kind, q.speaker, q.status])).toEqual([
      ['speech', 'Pavel Dusek', 'ok'],
      ['speech', 'Corinne Mbeki', 'ok'],
      ['speech', 'Pavel Dusek', 'ok'],
      ['speech', 'Corinne Mbeki', 'ok'],
    ]);
  });
});

describe('attribution', () => {
  it('reads "X said", "said X, title", "X told reporters", "X added" and split quotes', () => {
    const { quotes, sources } = run(
      'Governor Elaine Marsh signed the bill on Friday.',
      '“This is a good day for the city,” Marsh told reporters. “But the work starts now,” she added.',
      '“It will pay for itself,” said Farid Haddou, the state treasurer.',
      '“We listened,” Haddou said, “and we changed the plan.”',
    );
    expect(quotes.map((q) => [q.index, q.speaker, q.status])).toEqual([
      [1, 'Elaine Marsh', 'ok'],
      [1, 'Elaine Marsh', 'ok'],
      [2, 'Farid Haddou', 'ok'],
      [3, 'Farid Haddou', 'ok'],
      [3, 'Farid Haddou', 'ok'],
    ]);
    const haddou = sources.find((s) => s.name === 'Farid Haddou');
    expect(haddou).toMatchObject({ kind: 'person', role: 'state treasurer', quotes: 3, firstIndex: 2, firstParagraphId: 'p2' });
    expect(sources.find((s) => s.name === 'Elaine Marsh')).toMatchObject({ role: 'Governor', quotes: 2, firstIndex: 0 });
  });

  it('reads "according to X" and a colon after the speaker', () => {
    const { quotes } = run(
      'Dr Ana Ruiz led the trial at the Vesta clinic.',
      'According to Ruiz, the results were "a clear success".',
      'Chief executive Paulo Neves was blunt: “We overpromised.”',
      'The drug worked "better than anyone expected", according to Ruiz.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Ana Ruiz', 'Paulo Neves', 'Ana Ruiz']);
    expect(quotes.every((q) => q.status === 'ok')).toBe(true);
  });

  it('resolves he and she to the last person of that gender', () => {
    const { quotes } = run(
      'Ferry captain Jonas Pettersen said he saw the wave first.',
      'Deckhand Rita Adebayo said she was below deck at the time.',
      '“I felt the whole boat lift,” he said.',
      '“I thought we were going over,” she said.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Jonas Pettersen', 'Rita Adebayo']);
  });

  it('falls back to the last person introduced when nobody of that gender has spoken yet', () => {
    const { quotes } = run(
      'Nurse Helen Achebe, a veteran of three outbreaks, arrived on Monday.',
      '“We are ready,” she said.',
      'Prime Minister Theresa May spoke later. “We stand with them,” May said.',
    );
    expect(quotes.map((q) => [q.speaker, q.status])).toEqual([
      ['Helen Achebe', 'ok'],
      ['Theresa May', 'ok'],
    ]);
  });

  it('reads "said the mayor, Jane Doe" and first-name references to a full name', () => {
    const { quotes, sources } = run(
      '“We will rebuild the pier,” said the mayor, Ilse Brandt.',
      '“It will take a year,” the mayor said.',
      'Crown Prince Faisal bin Rashid arrived on Monday. “We are ready to invest,” Prince Faisal said.',
    );
    expect(quotes.map((q) => [q.speaker, q.status])).toEqual([
      ['Ilse Brandt', 'ok'],
      ['Ilse Brandt', 'ok'],
      ['Faisal bin Rashid', 'ok'],
    ]);
    expect(sources[0]).toMatchObject({ name: 'Ilse Brandt', role: 'mayor', quotes: 2 });
  });

  it('matches a title reference to what a relative clause said the person does', () => {
    const { quotes } = run(
      'Dr Hana Berg, who led the research at the institute, presented it on Monday.',
      '“The results surprised us,” the researcher said.',
    );
    expect(quotes.map((q) => [q.speaker, q.status])).toEqual([['Hana Berg', 'ok']]);
  });

  it('resolves title-only references to the person introduced with that title', () => {
    const { quotes } = run(
      'Justice Imelda Sørensen refused bail for Tomas Veld.',
      '"The risk of flight is real," the judge said.',
      'The mayor said the city would appeal.',
      'Mayor Oskar Lindqvist spoke after the hearing. “We will keep fighting,” the mayor said.',
    );
    expect(quotes.map((q) => [q.speaker, q.status])).toEqual([
      ['Imelda Sørensen', 'ok'],
      ['Oskar Lindqvist', 'ok'],
    ]);
  });

  it('gives an unattributed quote to a new subject between quotes rather than the earlier speaker', () => {
    const { quotes } = run(
      'Harbourmaster Ingrid Solberg and pilot Tomas Veld spoke after the rescue.',
      '“It went well,” said Solberg. Veld was less sure. “We were lucky.”',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Ingrid Solberg', 'Tomas Veld']);
  });

  it('credits statements and documents, and bodies referred to as "it" or "the company"', () => {
    const { quotes, sources } = run(
      'The Harbour Board said in a statement that it would “review every contract”.',
      '“We take these concerns seriously,” the board said.',
      '“Talks will continue,” reads a statement from the ministry.',
      'The Marrow Valley Water Company said the supply was safe. “There is no risk to customers,” it said.',
      'The two unions said in a joint statement that they would strike. The statement called the offer “an insult to every member.”',
    );
    expect(quotes.map((q) => q.speaker)).toEqual([
      'Harbour Board',
      'Harbour Board',
      'statement from the ministry',
      'Marrow Valley Water Company',
      'joint statement from the two unions',
    ]);
    expect(sources.map((s) => [s.name, s.kind, s.quotes])).toEqual([
      ['Harbour Board', 'body', 2],
      ['statement from the ministry', 'document', 1],
      ['Marrow Valley Water Company', 'body', 1],
      ['joint statement from the two unions', 'document', 1],
    ]);
  });

  it('credits anonymous sources and later references to them', () => {
    const { quotes, sources } = run(
      'A senior police official, who asked not to be named, said the search would resume at “first light”.',
      '“We expect to find more,” the official said.',
      'A rescuer at the scene, who was not authorised to speak publicly, said the water was “still rising fast.”',
    );
    expect(quotes.map((q) => [q.speaker, q.status])).toEqual([
      ['a senior police official', 'ok'],
      ['a senior police official', 'ok'],
      ['a rescuer at the scene', 'ok'],
    ]);
    expect(sources.map((s) => s.kind)).toEqual(['anonymous', 'anonymous']);
  });

  it('reads a name with its appositive between the quote and the verb, and titles such as Ms.', () => {
    const { quotes } = run(
      '“We had no warning at all,” Maria Lopez, a nurse at the district clinic, said on Sunday.',
      'Ms. Priya Lal chairs the tenants’ group. “We are not going anywhere,” said Ms. Lal.',
      '“Where were they when the water came?” asked resident Ola Nwosu.',
    );
    expect(quotes.map((q) => [q.speaker, q.note])).toEqual([
      ['Maria Lopez', 'said after quote'],
      ['Priya Lal', 'said after quote'],
      ['Ola Nwosu', 'said after quote'],
    ]);
  });

  it('treats a name set off after "the company" as a body, and "the union" as no other body', () => {
    const { quotes, sources } = run(
      'The company, Veltro Foods, said it would cut 200 jobs. “These decisions are never easy,” the company said in a statement.',
      'The union called the cuts “a betrayal of workers who kept the factory running through the winter.”',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Veltro Foods', 'the union']);
    expect(sources.map((s) => [s.name, s.kind])).toEqual([
      ['Veltro Foods', 'body'],
      ['the union', 'body'],
    ]);
  });

  it('reads role-then-name appositives, participles after said, police and unnamed bystanders', () => {
    const { quotes } = run(
      '“We have nothing to add,” the club’s spokesman, Ivo Marek, said.',
      'Environment minister Dana Pruitt said, adding: “This is only the beginning.”',
      'Police said two men had been arrested. “Enquiries are continuing,” police said.',
      '“It’s gone,” one man shouted as the roof collapsed.',
    );
    expect(quotes.map((q) => [q.speaker, q.status])).toEqual([
      ['Ivo Marek', 'ok'],
      ['Dana Pruitt', 'ok'],
      ['Police', 'ok'],
      ['one man', 'ok'],
    ]);
  });

  it('does not take datelines, places or weekdays for people', () => {
    const { quotes, sources } = run(
      'LISBON, Portugal – Officials said on Tuesday that the port would reopen. “The backlog will take weeks,” said Marta Quintas, the port’s operations director.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Marta Quintas']);
    expect(sources.map((s) => s.name)).toEqual(['Marta Quintas']);
  });
});

describe('multi-paragraph quotes and statuses', () => {
  it('treats a quote left open before a paragraph that reopens it as one quotation', () => {
    const { quotes } = run(
      'Fire chief Rosa Delgado-Lind described the night: “We had four crews on the ridge.',
      '“By morning the wind had turned and we pulled them back.”',
    );
    expect(quotes.map((q) => [q.index, q.speaker, q.status])).toEqual([
      [0, 'Rosa Delgado-Lind', 'ok'],
      [1, 'Rosa Delgado-Lind', 'ok'],
    ]);
  });

  it('credits a quote paragraph to the speaker announced with a colon at the end of the one before', () => {
    const { quotes } = run(
      'Health minister Pavel Dusek addressed parliament on Tuesday. He said:',
      '“We will not close a single hospital.”',
      '“Nor will we cut a single bed.”',
    );
    // the second quote-only paragraph goes on in the voice of the first
    expect(quotes.map((q) => [q.speaker, q.status])).toEqual([
      ['Pavel Dusek', 'ok'],
      ['Pavel Dusek', 'ok'],
    ]);
  });

  it('flags an opening mark that is never closed, still with its speaker and text', () => {
    const q = only(
      'Engineer Tomas Brecht said the pump failed because of “a cracked seal that nobody checked.',
      'Repairs began on Friday.',
    );
    expect(brief(q)).toEqual({ index: 0, text: 'a cracked seal that nobody checked.', kind: 'speech', speaker: 'Tomas Brecht', status: 'unbalanced' });
  });

  it('flags a paragraph that is only a quote with no open quote before it', () => {
    const { quotes } = run(
      'Deckhand Rita Adebayo said the crossing was rough.',
      '“Nobody should have to wait this long for a bus.”',
    );
    expect(quotes.map((q) => [q.speaker, q.status])).toEqual([[null, 'unattributed']]);
  });

  it('flags a surname or title never introduced by full name', () => {
    const { quotes } = run('“We will appeal,” Okonkwo said after the hearing.', '"It was fair," the referee said.');
    expect(quotes.map((q) => [q.speaker, q.status])).toEqual([
      ['Okonkwo', 'unintroduced'],
      ['the referee', 'unintroduced'],
    ]);
  });

  it('accepts a surname once the full name has appeared, even much earlier', () => {
    const { quotes } = run('Teodora Okonkwo, a tenant, lost her flat in May.', 'Rents rose.', '“We will appeal,” Okonkwo said.');
    expect(quotes.map((q) => [q.speaker, q.status])).toEqual([['Teodora Okonkwo', 'ok']]);
  });
});

describe('generalisations', () => {
  const who = (...texts: string[]) => run(...texts).quotes.map((q) => [q.text, q.kind, q.speaker, q.status]);

  it('keeps an initialism with dots and a place word in the title before the name', () => {
    expect(who('U.K. High Court Judge Rosalind Ferreira-Lunn said the tenants were "entitled to a hearing".')).toEqual([
      ['entitled to a hearing', 'speech', 'Rosalind Ferreira-Lunn', 'ok'],
    ]);
  });

  it('matches "the board chairman" to a "Board chairman" introduced by name', () => {
    expect(
      who('Board chairman Tobias Wren opened the meeting at noon.', '“We cannot keep borrowing,” the board chairman said.'),
    ).toEqual([['We cannot keep borrowing,', 'speech', 'Tobias Wren', 'ok']]);
  });

  it('treats the agency in a dateline as the publisher, not a source', () => {
    expect(
      who(
        'LISBON (Harbourline Wire) — Velmora, a maker of garden robots, said on Tuesday it would recall 20,000 mowers.',
        '“Safety is our first concern,” the company said in a statement.',
      ),
    ).toEqual([['Safety is our first concern,', 'speech', 'the company', 'ok']]);
  });

  it('credits an organisation speaking through a regional branch', () => {
    const [q] = run('The Northern Farmers Federation’s Highland branch said the quota was “a step backwards”.').quotes;
    expect(q?.speaker).toBe('Northern Farmers Federation');
  });

  it('does not make the person told the subject of the next quote', () => {
    expect(
      who(
        'Ilse Marrow, a ferry captain, waited on the quay.',
        '“The tide turned early,” she told Ronan Pike. “We lost an hour.”',
      ).map((q) => q[2]),
    ).toEqual(['Ilse Marrow', 'Ilse Marrow']);
  });

  it('reads a US-style product name with the comma inside as a name', () => {
    expect(who('The app, called "Quiet Hours," mutes alerts overnight.')).toEqual([['Quiet Hours,', 'other', null, 'ok']]);
  });

  it('prefers the person whose role shares the qualifier of "the club chairman"', () => {
    expect(
      who(
        'Club chairman Osric Vell opened the season at the ground.',
        'Union chairman Dara Linnet criticised the ticket prices.',
        '“We listened to the fans,” the club chairman said.',
      ).map((q) => q[2]),
    ).toEqual(['Osric Vell']);
  });

  it('gives a verb of saying joined by "but" the subject of the clause', () => {
    expect(
      who(
        'Trade envoy Pell Garrow said the talks had run late.',
        'Arvenia’s finance minister, Ilario Tesk, praised the deal but said his office would check the figures.',
        '“We have seen numbers like these before,” he said.',
      ).map((q) => q[2]),
    ).toEqual(['Ilario Tesk']);
  });

  it('keeps a full name inside a description’s "from" tail as a person of the story', () => {
    expect(
      who(
        'Halden led after a header from winger Basil Orrick and a penalty from Tove Lund.',
        'Orrick called the result “a small miracle”.',
      ).map((q) => [q[2], q[3]]),
    ).toEqual([['Basil Orrick', 'ok']]);
  });

  it('continues the last speaker through paragraphs of quotation alone', () => {
    expect(
      who(
        'Lock keeper Anselm Quarry has worked the weir for thirty years. “I know every stone of it,” Quarry said.',
        '“In a flood you hear it before you see it.”',
        '“And you never forget the sound.”',
        'The canal trust plans to automate the lock next year.',
        '“Nobody asked us.”',
      ).map((q) => [q[2], q[3]]),
    ).toEqual([
      ['Anselm Quarry', 'ok'],
      ['Anselm Quarry', 'ok'],
      ['Anselm Quarry', 'ok'],
      [null, 'unattributed'],
    ]);
  });

  it('credits documents that allege, find or read, and tells one document from another', () => {
    expect(
      who(
        'The tenants’ lawsuit, lodged with the county court in April, alleges that the landlord “left the boilers broken all winter.”',
        'A joint statement from the two landlords read: “We reject every claim.”',
        'The inspection report found the flats “unfit for families.”',
        'The complaint says the agent “ignored forty emails.”',
        'Police found the keys “in a kitchen drawer.”',
      ).map((q) => [q[2], q[3]]),
    ).toEqual([
      ['the lawsuit', 'ok'],
      ['joint statement from the two landlords', 'ok'],
      ['the report', 'ok'],
      ['the complaint', 'ok'],
      // police find things; they say them only with a verb of saying (no speaker, but a
      // phrase woven into a sentence is not flagged)
      [null, 'ok'],
    ]);
  });

  it('credits unnamed people counted in the plural, and the head of a relative clause', () => {
    expect(
      who(
        'Two engineers familiar with the bridge inspection said the cables were “worse than reported.”',
        'Four senior officers who spoke on condition of anonymity said the drill had been “a shambles.”',
        'Dozens of commuters said the new timetable was “unworkable.”',
        'A county clerk who was not allowed to talk to the Tolworth Gazette said the ballots were “stored safely.”',
        'Shopkeepers who lost stock in the Harrowgate flood said the payouts were “an insult.”',
      ).map((q) => [q[2], q[3]]),
    ).toEqual([
      ['two engineers familiar with the bridge inspection', 'ok'],
      ['four senior officers', 'ok'],
      ['dozens of commuters', 'ok'],
      ['a county clerk', 'ok'],
      ['shopkeepers', 'ok'],
    ]);
  });

  it('reads accusations, titled councillors named after a group, and a builder named after its role', () => {
    expect(
      who(
        'The deputy leader of the opposition Green group, Cllr Idris Penhallow, accused the mayor of “gambling with the rates”.',
        '“We will fight it at every stage,” he told a local radio station.',
        'Replying, the harbour master said the dredging had been “long overdue”.',
        'The builder, Tarnmoor Living, said in a statement it was “delighted to start work”.',
      ).map((q) => [q[2], q[3]]),
    ).toEqual([
      ['Idris Penhallow', 'ok'],
      ['Idris Penhallow', 'ok'],
      ['the master', 'unintroduced'],
      ['Tarnmoor Living', 'ok'],
    ]);
  });

  it('keeps a surname that is also a place word for someone described with "who", and a body before "whose"', () => {
    expect(
      who(
        '“The ferry is the lifeline,” said Colin Bay, who runs the island shop.',
        'The WHO, whose inspectors visited Portmarra in June, said the clinic was “well run”.',
      ).map((q) => q[2]),
    ).toEqual(['Colin Bay', 'WHO']);
  });

  it('flags "he said" after a surname that was never introduced, as the surname itself is', () => {
    expect(
      who(
        'Rents in the old town have doubled since 2019.',
        'Mr Ferreday, who owns two bakeries on the square, said the rise was “unsustainable”. “I will close one of them,” he said.',
      ).map((q) => [q[2], q[3]]),
    ).toEqual([
      ['Ferreday', 'unintroduced'],
      ['Ferreday', 'unintroduced'],
    ]);
  });

  it('prefers a person known to fit "he" or "she" who was mentioned after a quoted person of unknown gender', () => {
    expect(
      who(
        'Harbour board member Tunde Okafor-Ruiz opened the inquiry.',
        '“The dredger was late,” Okafor-Ruiz said.',
        'Board member Karen Whitlow voted against the plan. Her colleague Peter Lindqvist abstained.',
        '“We were given no figures,” she said.',
      ).map((q) => q[2]),
    ).toEqual(['Tunde Okafor-Ruiz', 'Karen Whitlow']);
  });

  it('credits an unnamed source described after "one of" them, and a draft document', () => {
    expect(
      who(
        '“Nothing is signed,” said one of the negotiators, a senior adviser to the mayor who asked not to be named.',
        'According to a draft seen by the Courier, the city would “cap fares for two years”.',
      ).map((q) => q[2]),
    ).toEqual(['a senior adviser to the mayor', 'draft']);
  });

  it('reads organisations: names with "and", a kind of body before the name, a trading name ending in ’s', () => {
    expect(
      who(
        'The Ministry of Fisheries and Coastal Affairs said in a statement that quotas were “under review”.',
        'The campaign group Clean Rivers Cornwall has criticised the plan, which it calls “a licence to pollute”.',
      ).map((q) => q[2]),
    ).toEqual(['Ministry of Fisheries and Coastal Affairs', 'Clean Rivers Cornwall']);
    expect(
      who(
        'LEEDS - Hobbard’s, the hardware chain, reported higher sales on Monday.',
        'Its shares rose 3%, according to Torvex data. The company said trading had been “resilient”.',
      ).map((q) => q[2]),
    ).toEqual(['Hobbard’s']);
  });

  it('treats a radio station told something as the listener, a paper as a document, and one of the people', () => {
    expect(
      who(
        'Coach Rhiannon Teague said her players had been “brave”.',
        '“We never stopped running,” she told Harbour FM Radio. “That is all I ask.”',
        'The paper notes that the sample was small and “cannot settle the question.”',
        'Three people close to the club said the sale was agreed. “It is done,” one of the people said.',
      ).map((q) => q[2]),
    ).toEqual(['Rhiannon Teague', 'Rhiannon Teague', 'Rhiannon Teague', 'the paper', 'one of the people']);
  });

  it('keeps the words of a slogan or banner as a name, not speech', () => {
    expect(who('Posters on every bus carried the campaign’s slogan, “Ride more. Drive less.” in green letters.')).toEqual([
      ['Ride more. Drive less.', 'other', null, 'ok'],
    ]);
  });

  it('reads "said the head of X, Title Full Name" and roles owned by a body', () => {
    expect(
      who(
        '“The nets are empty,” said the chair of the anglers’ federation, Dr Wilhelmina Oakes.',
        'Tamsin Rourke, the county’s flood lead, toured the levees. Gideon Marsh is the club’s head of youth coaching.',
        '“The pumps held,” the county’s flood lead said.',
        '“We train on the pitch again on Monday,” said the club’s head of youth coaching.',
        '“Our donors stayed with us,” the charity’s chief executive said.',
      ).map((q) => [q[2], q[3]]),
    ).toEqual([
      ['Wilhelmina Oakes', 'ok'],
      ['Tamsin Rourke', 'ok'],
      ['Gideon Marsh', 'ok'],
      // a role held at a named body describes its holder: an unnamed source, not a missing name
      ['the charity’s chief executive', 'ok'],
    ]);
  });

  it('credits a bare title only to someone introduced with it', () => {
    expect(
      who(
        'Culture Minister Odile Ferrand opened the gallery’s new wing on Friday.',
        '“Art belongs to everyone,” the minister said.',
        '“The loans arrived in June,” the curator said.',
      ).map((q) => [q[2], q[3]]),
    ).toEqual([
      ['Odile Ferrand', 'ok'],
      ['the curator', 'unintroduced'],
    ]);
  });

  it('finds the person a title belongs to long after they were introduced', () => {
    const filler = Array.from({ length: 14 }, (_, i) => `Ward ${i + 1} councillor Ines Mbatha-${i} voted with the majority.`);
    expect(
      who(
        'Council leader Dagny Holloway presented the budget on Monday.',
        ...filler,
        'Opposition leader Ruaridh Penn said the cuts went too far.',
        '“We had no choice,” the council leader said.',
      ).map((q) => [q[2], q[3]]),
    ).toEqual([['Dagny Holloway', 'ok']]);
  });

  it('reads "Title Full Name said at a news conference that … “…”" with a compound title and a clause between', () => {
    expect(
      who(
        'Fisheries Organisation Director-General Ilse Marquardt-Obi said at a news conference in Tromsø on Friday that the new quotas, which the fleets had opposed, were “the only way to save the stock.”',
        '“There is no plan B,” Marquardt-Obi said.',
      ).map((q) => [q[2], q[3]]),
    ).toEqual([
      ['Ilse Marquardt-Obi', 'ok'],
      ['Ilse Marquardt-Obi', 'ok'],
    ]);
  });

  it('reads the subject inside an "in which" clause and a role held at a named body as a description', () => {
    expect(
      who(
        'The inquiry published letters in which an adviser to the port authority, the Tallin Bay Board, asked for “a quiet word with the minister”.',
        'The harbour’s own safety officer had warned in a memo that the crane was “an accident waiting to happen.”',
      ).map((q) => [q[2], q[3]]),
    ).toEqual([
      ['an adviser to the port authority', 'ok'],
      ['the harbour’s own safety officer', 'ok'],
    ]);
  });

  it('gives "the minister" to the minister rather than to a secretary mentioned since', () => {
    expect(
      who(
        'Housing Minister Petra Lindgren launched the scheme on Monday.',
        'Abel Mwangi, general secretary of the tenants’ union, said it was a start.',
        '“We will build where people need homes,” the minister said.',
      ).map((q) => q[2]),
    ).toEqual(['Petra Lindgren']);
  });

  it('reads family members as unnamed sources and a role word ending in -ee before a name', () => {
    expect(
      who(
        'Governor Lionel Asante-Park spoke first. Trustee Maren Holt-Vidal followed him.',
        '“It was a long night,” Holt-Vidal said.',
        '“We were frightened,” said Joao Brandt, a ferry passenger. “We held on to each other,” his daughter added.',
        '“Son is right about the costs,” said Beata Lund, a councillor.',
      ).map((q) => q[2]),
    ).toEqual(['Maren Holt-Vidal', 'Joao Brandt', 'his daughter', 'Beata Lund']);
  });

  it('credits papers in the plural, orders, and prosecutors who allege', () => {
    expect(
      who(
        'Council records show the depot was “inspected only once in ten years.”',
        'The order states that the market must be “cleared by Friday.”',
        'Prosecutors allege that the broker “invented clients to hide the losses.”',
      ).map((q) => q[2]),
    ).toEqual(['council records', 'the order', 'prosecutors']);
  });

  it('learns a gender from "she said …" outside a quote and reads "the MP"', () => {
    expect(
      who(
        'Tariq Osei and Lumi Haverinen run the ferry kiosk together.',
        '“We open at six,” Osei said. “Every day,” Haverinen said.',
        'She said the council had doubled their rent.',
        '“I cannot see how we stay,” he said.',
        'Local MP Fenella Strand said she would raise the case. “This is wrong,” the MP said.',
      ).map((q) => q[2]),
    ).toEqual(['Tariq Osei', 'Lumi Haverinen', 'Tariq Osei', 'Fenella Strand']);
  });

  it('introduces a full name written inside a description or after a chain of particles', () => {
    expect(
      who(
        'A spokeswoman for Mayor Oskar Lindqvist-Reyes said the tram would run by June.',
        '“It will run,” Lindqvist-Reyes told the council.',
        'Luisa de la Fontaine’s shop has sold hats since 1979.',
        '“We never closed,” de la Fontaine said.',
      ).map((q) => [q[2], q[3]]),
    ).toEqual([
      ['Oskar Lindqvist-Reyes', 'ok'],
      ['Luisa de la Fontaine', 'ok'],
    ]);
  });

  it('credits the person, not the body they are "of", "at" or "from"', () => {
    expect(
      who('Dr Ilka Brennan of the Northfield Institute of Oceanography said the reef was “recovering faster than anyone hoped.”').map((q) => q[2]),
    ).toEqual(['Ilka Brennan']);
  });

  it('goes on with an unnamed source just quoted for "he"/"she" when the description fits', () => {
    expect(
      who(
        'The ferry’s skipper, who asked not to be named, said the engine had “simply stopped”.',
        '“I have never lost power like that,” he said.',
        'A spokeswoman for the operator said the vessel was “being inspected”.',
        '“It is safe,” she said.',
      ).map((q) => q[2]),
    ).toEqual(['the ferry’s skipper', 'the ferry’s skipper', 'a spokeswoman for the operator', 'a spokeswoman for the operator']);
    // "Another said" is one more unnamed source, never a surname
    expect(who('One resident said the road was “a death trap”. Another said it was “fine at night”.').map((q) => [q[2], q[3]])).toEqual([
      ['one resident', 'ok'],
      ['another', 'ok'],
    ]);
  });

  it('reads names with letters after them and bodies named inside a description', () => {
    expect(
      who(
        'A former treasurer of Brightwater Rowing Club was fined on Friday.',
        'Her barrister, Imelda Osei-Grant KC, said she was “deeply sorry”. “She repaid every penny,” Ms Osei-Grant said.',
        'The club said it had “tightened its controls”.',
      ).map((q) => [q[2], q[3]]),
    ).toEqual([
      ['Imelda Osei-Grant', 'ok'],
      ['Imelda Osei-Grant', 'ok'],
      ['Brightwater Rowing Club', 'ok'],
    ]);
  });

  it('gives "he" to the man the previous paragraph was about rather than an earlier speaker', () => {
    expect(
      who(
        'Circuit Judge Howard Lindqvist struck down the curfew on Monday.',
        '“We will appeal at once,” said Peter Oyelowo, counsel for the city.',
        'Lindqvist, who was appointed in 2009, has overturned two city ordinances before.',
        'In his ruling, he wrote that the curfew was “a blunt instrument.”',
      ).map((q) => q[2]),
    ).toEqual(['Peter Oyelowo', 'Howard Lindqvist']);
  });

  it('reads parties and one-word companies that speak of themselves as "it" as organisations', () => {
    expect(
      who(
        'Labour said the cuts were “cruel and unnecessary”.',
        'Quellix said on Monday it would “stay in the city”.',
        'Drummond said it was “a mistake”.',
      ).map((q) => [q[2], q[3]]),
    ).toEqual([
      ['Labour', 'ok'],
      ['Quellix', 'ok'],
      ['Drummond', 'unintroduced'],
    ]);
  });

  it('keeps a surname followed by a comparative or "later" a name', () => {
    expect(
      who(
        'Harbour Commissioner Idris Vaughan-Tate said the quay was safe.',
        'Vaughan-Tate later told Bay FM that he was “completely confident”.',
        'Vaughan-Tate earlier said the repairs were “overdue”.',
      ).map((q) => q[2]),
    ).toEqual(['Idris Vaughan-Tate', 'Idris Vaughan-Tate']);
  });
});

describe('failure classes from unseen drafts', () => {
  const who = (...texts: string[]) => run(...texts).quotes.map((q) => [q.text, q.speaker, q.status]);

  it('credits a question quote to the name and verb right after it, not a new sentence', () => {
    expect(
      who('Ferryman Osric Delacourt, 52, has waited a year for a berth.', '“Waiting for what?” Delacourt asked. “Nobody says.”'),
    ).toEqual([
      ['Waiting for what?', 'Osric Delacourt', 'ok'],
      ['Nobody says.', 'Osric Delacourt', 'ok'],
    ]);
    // a question followed by a sentence that only mentions someone is not theirs
    expect(
      who('Ferryman Osric Delacourt spoke first.', '“Why now?” Marella Quint looked up from the ledger and left.').map((q) => q[1]),
    ).not.toContain('Marella Quint');
  });

  it('finds the body of "which has said" past its bracketed short name', () => {
    expect(
      who('The meeting was called by the Coastal Ferry Users Association (CFUA), which has called the timetable “a betrayal of islanders”.'),
    ).toEqual([['a betrayal of islanders', 'Coastal Ferry Users Association (CFUA)', 'ok']]);
    // the short form alone later names the same body
    expect(
      who('The Coastal Ferry Users Association (CFUA) met on Friday.', 'The CFUA said the fares were “out of reach”.').map((q) => q[1]),
    ).toEqual(['Coastal Ferry Users Association (CFUA)']);
    // letters in brackets that are not the name's initials are no short form of it
    expect(who('Anouk Vellacott (MVP) said the season was “long”.').map((q) => q[1])).toEqual(['Anouk Vellacott']);
  });

  it('does not take a name after a preposition in a description as the speaker', () => {
    expect(
      who('Imelda Farrow-Quist, chief economist at brokerage Kestrel Partners, said prices would “keep climbing”.'),
    ).toEqual([['keep climbing', 'Imelda Farrow-Quist', 'ok']]);
    expect(
      who('The audit report, prepared by examiner Bram Oosterholt, found the accounts were “materially misstated”.')[0]?.[1],
    ).toMatch(/^the (?:audit|report)/);
    // a name set off on its own after a role still speaks
    expect(who('The ferry operator’s spokesman, Ivo Talbrecht, said the crossing was “fully booked”.')).toEqual([
      ['fully booked', 'Ivo Talbrecht', 'ok'],
    ]);
  });

  it('takes the name a role opens a sentence with as its subject, not a name after "by"', () => {
    expect(
      who(
        'Fishmonger Ansel Threlfall said trade was slow.',
        'The skipper’s sister, Wilhelmina Threlfall-Oduya, 44, has sailed with the boat since 2010.',
        '“We go out in any weather,” she said.',
      ).map((q) => q[1]),
    ).toEqual(['Ansel Threlfall', 'Wilhelmina Threlfall-Oduya'].slice(1));
    expect(
      who(
        'Inspector Corwin Halloway told the panel the gates were shut.',
        'Questioned by counsel Ottilie Brandvold, for the tenants, he conceded the log was incomplete. “I trusted my deputy,” he said.',
      ).map((q) => q[1]),
    ).toEqual(['Corwin Halloway']);
  });

  it('gives "he"/"she" to a person the previous paragraph introduced without quoting anyone', () => {
    expect(
      who(
        'Harbourmaster Gideon Ashworth said the channel was “clear by Friday”.',
        'Tamsin-Lee Okonedo-Marsh, 63, from Porthallow, has fished the bay since 1979.',
        '“The sand moves every winter,” she said.',
      ).map((q) => q[1]),
    ).toEqual(['Gideon Ashworth', 'Tamsin-Lee Okonedo-Marsh']);
    // … unless that person is known not to fit: "he" stays with the man who spoke
    expect(
      who(
        'Harbourmaster Gideon Ashworth said the channel was “clear by Friday”.',
        'Mrs Tamsin Okonedo-Marsh, 63, from Porthallow, has fished the bay since 1979.',
        '“The sand moves every winter,” he said.',
      ).map((q) => q[1]),
    ).toEqual(['Gideon Ashworth', 'Gideon Ashworth']);
  });

  it('reads "one of them said" and "the other said" as one member of the group just mentioned', () => {
    expect(
      who(
        'Three lighthouse keepers, who asked not to be named, said the lamps had failed twice. “Nobody came for a week,” one of them said.',
        'The other said the relief boat was “always late”.',
      ).map((q) => q.slice(1)),
    ).toEqual([
      ['one of the three lighthouse keepers', 'ok'],
      ['one of the three lighthouse keepers', 'ok'],
    ]);
    // with no group before it, "the other" is not someone's surname and not a group member
    expect(who('The other said the fee was “too high”.').map((q) => q[1])).toEqual(['the other']);
  });

  it('reads "In a statement to the Paper, a spokesperson for X said" with the description as the subject', () => {
    expect(
      who('In a statement to the Valley Courier, a spokeswoman for the Harbour Trust said the berths would “reopen in spring”.').map((q) => q[1]),
    ).toEqual(['a spokeswoman for the Harbour Trust']);
    // a description closed by a comma still describes the name before it
    expect(
      who('Odile Marchetti-Byrne, a spokeswoman for the Harbour Trust, said the berths would “reopen in spring”.').map((q) => q[1]),
    ).toEqual(['Odile Marchetti-Byrne']);
  });

  it('keeps a title with a comma in its own name ("Minister for X, Y and Z") for "the minister" later', () => {
    expect(
      who(
        'The Minister for Fisheries, Ports and the Islands, Ruairí Delahunt-Moss, has defended the quota.',
        'Later, the Minister promised “no sudden closures” for the fleet.',
      ).map((q) => q.slice(1)),
    ).toEqual([['Ruairí Delahunt-Moss', 'ok']]);
    // a possessive role before the name is still that role
    expect(
      who('The skipper’s mother, Ines Ballantyne-Roe, 71, watched from the pier.', 'The mother said it was “a long night”.').map((q) => q[1]),
    ).toEqual(['Ines Ballantyne-Roe']);
  });

  it('reads "which police had said" and a body noun that only qualifies another ("the police complaints panel")', () => {
    expect(
      who(
        'Coroner Mirela Stanescu-Hale ordered the logs, which police had said were “destroyed in a fire”.',
        'The police complaints panel, which reviewed the case, said officers had “acted lawfully”.',
      ).map((q) => q[1]),
    ).toEqual(['the police', 'the police complaints panel']);
    // the body noun alone still refers back to a body named before
    expect(
      who('Brackwater Council approved the plan on Monday.', 'The council said the road would “open in May”.').map((q) => q[1]),
    ).toEqual(['Brackwater Council']);
  });

  it('credits "the family of X say" to the family, not to X', () => {
    expect(
      who('The family of a fisherman lost off Skerrow Point in 2019 say they want “the whole truth”.').map((q) => q[1]),
    ).toEqual(['the family of a fisherman lost off Skerrow Point in 2019']);
    // a family that only owns something does not speak
    expect(
      who('Mayor Lorcan Tiernan-Webb said the family boat was “beyond repair”.').map((q) => q[1]),
    ).toEqual(['Lorcan Tiernan-Webb']);
  });

  it('reads a tabloid intro in capitals ("MARGARET Oyelowo-Finch …") as a full name', () => {
    expect(
      who('MARGARET Oyelowo-Finch has quit the club after 30 years.', 'Oyelowo-Finch said the decision was “long overdue”.').map((q) => q.slice(1)),
    ).toEqual([['Margaret Oyelowo-Finch', 'ok']]);
    // an initialism before a name is no given name
    expect(
      who('NATO Secretary General Ingrid Solheim-Vik said the plan was “sound”.').map((q) => q[1]),
    ).toEqual(['Ingrid Solheim-Vik']);
  });

  it('reads "Al Nuaimi" as a surname with its particle: unintroduced alone, the full name once introduced', () => {
    expect(who('“We will rebuild,” Al Nuaimi, who chairs the fund, told reporters.').map((q) => q.slice(1))).toEqual([
      ['Al Nuaimi', 'unintroduced'],
    ]);
    expect(
      who('Fund chairman Khalid Al Nuaimi spoke on Monday.', '“We will rebuild,” Al Nuaimi told reporters.').map((q) => q.slice(1)),
    ).toEqual([['Khalid Al Nuaimi', 'ok']]);
  });

  it('reads a short rank after a civilian role noun ("resident Col Hennessy") as a given name', () => {
    expect(
      who(
        'Premier Adaeze Worrall toured the shelter on Sunday.',
        'Lakeside resident Col Hennessy-Marr, 70, said he saw the flames at dawn.',
        '“It came over the hill like a train,” he said.',
      ).map((q) => q.slice(1)),
    ).toEqual([['Col Hennessy-Marr', 'ok']]);
    // with no role noun before it, "Col" is still a rank and the surname alone is unintroduced
    expect(who('“Hold the line,” said Col Pask.').map((q) => q.slice(1))).toEqual([['Pask', 'unintroduced']]);
  });

  it('keeps a bare surname with the first person of that name; "Mrs X" finds the woman of it', () => {
    expect(
      who(
        'Farmer Eamon Quillinan, 58, lost his flock in the storm.',
        'His sister, Bridget Quillinan, 61, said the barn was “gone in a minute”.',
        '“We start again,” Quillinan said.',
        'Mrs Quillinan said she would “stay on the hill”.',
      ).map((q) => q[1]),
    ).toEqual(['Bridget Quillinan', 'Eamon Quillinan', 'Bridget Quillinan']);
    // an unrelated namesake introduced later takes the bare surname from then on
    expect(
      who('Farmer Eamon Quillinan lost his flock.', 'Dr Padraig Quillinan, of the county board, said the losses were “unusual”.', '“We are testing,” Quillinan said.').map(
        (q) => q[1],
      ),
    ).toEqual(['Padraig Quillinan', 'Padraig Quillinan']);
    // one person of the name: the surname finds them whatever the title
    expect(who('Teacher Orla Vantongeren retired.', '“It was time,” Ms Vantongeren said.').map((q) => q[1])).toEqual(['Orla Vantongeren']);
  });

  it('treats a relative called by given name ("his wife Denise") as introduced', () => {
    expect(
      who('Welder Tobiah Grennan, 47, lost his job.', 'His wife Marguerite said they had “nothing left to cut”.').map((q) => q.slice(1)),
    ).toEqual([['Marguerite', 'ok']]);
    // a one-word name with no relative before it is still a surname never introduced
    expect(who('Grennan said they had “nothing left to cut”.').map((q) => q.slice(1))).toEqual([['Grennan', 'unintroduced']]);
  });

  it('reads a relative set off by commas ("Grennan’s wife, Marguerite, runs …") as introduced', () => {
    expect(
      who('Welder Tobiah Grennan, 47, lost his job.', 'Grennan’s wife, Marguerite, runs a café. “Trade is down by half,” she said.').map((q) => q.slice(1)),
    ).toEqual([['Marguerite', 'ok']]);
  });

  it('reads "One said:" and "Another said" after a group as members of that group', () => {
    expect(
      who('Several stallholders said the rent rise was “impossible”. One said: “We close in March.”').map((q) => q[1]),
    ).toEqual(['several stallholders', 'one of the several stallholders']);
    // "Another" after one unnamed person, with no group, stays one more unnamed source
    expect(who('A nurse said the ward was “full”. Another said it was “chaos”.').map((q) => q[1])).toEqual(['a nurse', 'another']);
  });

  it('reads "the ex-captain" with no one introduced so as the person just quoted', () => {
    expect(
      who(
        'Dr Rafferty Oyelaran-Moss said the deal was “a steal”.',
        'The ex-captain, who played 300 games for the club, added that the board had “finally woken up”.',
      ).map((q) => q.slice(1)),
    ).toEqual([
      ['Rafferty Oyelaran-Moss', 'ok'],
      ['Rafferty Oyelaran-Moss', 'ok'],
    ]);
    // with nobody before it, it stays a title never introduced
    expect(who('The ex-captain said the board had “finally woken up”.').map((q) => q.slice(1))).toEqual([['the ex-captain', 'unintroduced']]);
  });

  it('takes a relative’s gender from the relation, not from a pronoun about someone else', () => {
    expect(
      who('Dr Abena Sarpong-Welby said the ward was “at breaking point”.', 'Her husband, Kwame, said the family had barely seen her. “She sleeps all day,” he said.').map(
        (q) => q.slice(1),
      ),
    ).toEqual([
      ['Abena Sarpong-Welby', 'ok'],
      ['Kwame', 'ok'],
    ]);
  });

  it('reads "Surname’s spokesman said" as that person’s unnamed spokesman', () => {
    expect(
      who('Transport minister Odette Varga-Lind visited the depot.', 'Varga-Lind’s spokesman said she would “meet the drivers”.').map((q) => q[1]),
    ).toEqual(['Varga-Lind’s spokesman']);
    // a possessive before a thing is no speaker
    expect(
      who('Transport minister Odette Varga-Lind said Varga-Lind’s plan was “fully costed”.').map((q) => q[1]),
    ).toEqual(['Odette Varga-Lind']);
  });

  it('gives "he" to an unnamed relative the paragraph is about ("His son, a paramedic, said … he said")', () => {
    expect(
      who(
        'Retired welder Ambrose Fennimore-Gale, 71, has waited two years for a new hip.',
        'His son, a firefighter in Hull, said the system was “broken”. “Dad deserves better,” he said.',
        '“We will keep pushing,” he added.',
      ).map((q) => q[1]),
    ).toEqual(['his son', 'his son', 'his son']);
    // a relative named right after the noun is that person
    expect(
      who('Retired welder Ambrose Fennimore-Gale, 71, waits at home.', 'His daughter Rosalind drives him to hospital. “He never complains,” she said.').map((q) => q[1]),
    ).toEqual(['Rosalind']);
  });

  it('matches "the Prime Minister" only to someone introduced with that office', () => {
    expect(
      who(
        'Union general secretary Dalia Oyenuga-Pratt said members would “not be bought off”.',
        'Asked about the strike, the Prime Minister said: “Everybody should talk.”',
      ).map((q) => q.slice(1)),
    ).toEqual([
      ['Dalia Oyenuga-Pratt', 'ok'],
      ['the Prime Minister', 'unintroduced'],
    ]);
    expect(
      who('Prime Minister Ansel Varga-Holm flew to Brussels.', 'Later, the Prime Minister said talks were “close”.').map((q) => q.slice(1)),
    ).toEqual([['Ansel Varga-Holm', 'ok']]);
  });

  it('reads "a/an <noun>, who …, said" as an unnamed person whatever the noun', () => {
    expect(
      who('A lab technician, who asked not to be named, said samples had been lost “weeks ago”. “Nobody listened,” she said.').map((q) => q[1]),
    ).toEqual(['a lab technician', 'a lab technician']);
    // "which" is for things: no one speaks
    expect(who('A lab report, which was leaked, described the samples as “compromised”.').map((q) => q[1])).not.toContain('a lab report, which');
  });

  it('reads "the publisher", "the operator" as the body last named when no person holds that role', () => {
    expect(
      who('The contract went to Brenmoor Logistics, the new operator.', 'The operator said sailings would “resume in May”.').map((q) => q.slice(1)),
    ).toEqual([['Brenmoor Logistics', 'ok']]);
    // a person introduced with the role keeps it
    expect(
      who('Operator Fenwick Dalgleish-Moore runs the ferry.', 'The operator said sailings would “resume in May”.').map((q) => q[1]),
    ).toEqual(['Fenwick Dalgleish-Moore']);
  });

  it('keeps a name with a place word as a body when a kind of body is set off after it', () => {
    expect(
      who('The route goes to Skerrow Sea Links, the new operator.', 'The operator said sailings would “resume in May”.').map((q) => q[1]),
    ).toEqual(['Skerrow Sea Links']);
    // a place with any other description stays a place, never a source
    expect(
      who('They walked along Skerrow Sea Front, the old promenade, and the operator said the view was “priceless”.').map((q) => q[1]),
    ).toEqual(['the operator']);
  });

  it('finds the verb of saying before a title quoted earlier in the same sentence', () => {
    expect(
      who('Producer Anneliese Grubb-Horvat said the album “Low Tide” had sold “beyond our dreams”.').map((q) => q.slice(1)),
    ).toEqual([
      [null, 'ok'],
      ['Anneliese Grubb-Horvat', 'ok'],
    ]);
    // a second speaker with a verb of their own keeps their quote
    expect(
      who('Producer Anneliese Grubb-Horvat called it “a triumph”, but critic Odo Bramley said it was “overcooked”.').map((q) => q[1]),
    ).toEqual(['Anneliese Grubb-Horvat', 'Odo Bramley']);
  });

  it('drops an occupation opening the sentence from a full name after it, not a given name', () => {
    expect(who('Trawlerman Eoin Blackwood-Ree said the catch was “the worst in years”.').map((q) => q[1])).toEqual(['Eoin Blackwood-Ree']);
    expect(who('Anna Maria Fischer said the catch was “the worst in years”.').map((q) => q[1])).toEqual(['Anna Maria Fischer']);
  });

  it('reads "Surname’s brother, who …, said" as that unnamed relative, who goes on as "he"', () => {
    expect(
      who(
        'Skipper Rory Penhallow-Tree, 58, has sold his boat.',
        'Penhallow-Tree’s brother, who still fishes out of Looe, said prices were “criminal”.',
        '“There is no future in it,” he said.',
      ).map((q) => q[1]),
    ).toEqual(['Penhallow-Tree’s brother', 'Penhallow-Tree’s brother']);
    // a possessive before a thing followed by "who" is no speaker
    expect(
      who('Skipper Rory Penhallow-Tree said Penhallow-Tree’s boat was “finished”.').map((q) => q[1]),
    ).toEqual(['Rory Penhallow-Tree']);
  });

  it('reads a surname with its particle ("Te Rangi-Holt", "van Dijkstra") as the full name introduced before', () => {
    expect(
      who('Chief executive Ngaire Te Rangi-Holt spoke first.', 'Te Rangi-Holt, asked about pay, said: “Everything is on the table.”').map((q) => q[1]),
    ).toEqual(['Ngaire Te Rangi-Holt']);
    // someone else with only the last word in common is someone else
    expect(
      who('Chief executive Ngaire Te Rangi-Holt spoke first.', 'Farmer Anaru Rangi-Holt said prices were “brutal”.').map((q) => q[1]),
    ).toEqual(['Anaru Rangi-Holt']);
  });

  it('reads "the club’s official statement" as a document and "Surname’s grandson, 9, said" as the relative', () => {
    expect(
      who('Rovers won the league on Saturday.', 'The club’s official statement called the win “historic”.').map((q) => q[1]),
    ).toEqual(['the statement']);
    expect(
      who('Supporter Orla Stennet-Vale cried at the final whistle.', 'Stennet-Vale’s grandson, 9, said it was “the best day ever”.').map((q) => q[1]),
    ).toEqual(['Stennet-Vale’s grandson']);
    // "the club's official" alone is still a person's title
    expect(who('The club’s official said the pitch was “unplayable”.').map((q) => q[1])).not.toContain('the statement');
  });
});

describe('verbs of saying that are also nouns', () => {
  it('reads "claims", "reports" after a preposition or a verb as nouns, not as a speaker’s verb', () => {
    // no verb of saying in the sentence: a one-word quote is the writer's scare quote
    expect(run('The law allows claims from countries the cabinet lists as “secure” to be refused within weeks.').quotes.map(brief)).toEqual([
      expect.objectContaining({ kind: 'other', status: 'ok' }),
    ]);
    expect(run('The ministry opened an inquiry amid reports of “chaos” at the border.').quotes.map((q) => q.kind)).toEqual(['other']);
    // a noun that does the saying keeps its verb: "the filing states", "the agency claims"
    expect(
      run('The ruling on the port, which the agency claims is “plainly wrong”, stands.', 'Its filing states: “The port was never sold.”').quotes.map((q) => q.kind),
    ).toEqual(['speech', 'speech']);
  });
});

describe('a subject in -s or -ed before a verb of saying that is also a noun', () => {
  it('keeps "claims" a verb after a noun phrase or an adverb ("the accused claims", "a group of parents claims", "always claims")', () => {
    const kinds = (text: string) => run(text).quotes.map((q) => q.kind);
    expect(kinds('The accused claims he was “nowhere near the harbour” that night.')).toEqual(['speech']);
    expect(kinds('A group of parents claims the school ignored “dozens of complaints” last year.')).toEqual(['speech']);
    expect(kinds('Ana Ruiz always claims the figures are “made up by the ministry”.')).toEqual(['speech']);
    // (a verb before it still makes it its object)
    expect(kinds('The council rejected claims that the pool was “unsafe”.')).toEqual(['other']);
  });
});

describe('interview prose: questions, openers and the sentence before', () => {
  const who = (...texts: string[]) => run(...texts).quotes.filter((q) => q.kind === 'speech').map((q) => [q.speaker, q.status]);
  const intro = 'Hilde Sorvik, 79, has run the harbour café for half a century.';
  it('gives the answer after a question about "she" to her, and never reads "Was" or "Did" as a name', () => {
    expect(who(intro, 'Did she ever think of selling? She shrugs. “Twice a week, for fifty years.”')).toEqual([['Hilde Sorvik', 'ok']]);
    expect(who(intro, 'Why keep the old name, when she could have her own? “Because the regulars would never use it.”')).toEqual([['Hilde Sorvik', 'ok']]);
    // (a question that names someone else is about them: no answer for "she")
    expect(who(intro, 'Tom Vale asked Hilde Sorvik’s niece whether she would take over? “Never.”')[0]?.[0]).not.toBe('Hilde Sorvik');
  });
  it('gives a quote to "she" after a short opener of time or place ("In conversation she …")', () => {
    expect(who(intro, 'In person she is gentler about the council than in her letters. “They mean well, mostly.”')).toEqual([['Hilde Sorvik', 'ok']]);
  });
  it('gives a bare quote to whom the sentence before reports speaking ("…, Sorvik says. “…”")', () => {
    expect(who(intro, 'The café opens again in March, Sorvik says. “The roof comes first.”')).toEqual([['Hilde Sorvik', 'ok']]);
    // (the subject of the sentence before still comes first)
    expect(who(intro, 'Tom Vale, her nephew, is less sure, Sorvik says. Tom Vale shakes his head. “We need a new kitchen.”')[0]?.[0]).toBe('Tom Vale');
  });
});

describe('titles with "of" and relative clauses before the verb', () => {
  const who = (...texts: string[]) => run(...texts).quotes.filter((q) => q.kind === 'speech').map((q) => [q.speaker, q.status]);
  it('reads a known given name after "Title of Something" as the start of the name', () => {
    expect(who('Chief Inspector of Prisons Mary Ann Quill said the wing was “not fit for people”.')).toEqual([['Mary Ann Quill', 'ok']]);
    expect(who('Director of Public Prosecutions Tom Vale said the evidence was “overwhelming”.')).toEqual([['Tom Vale', 'ok']]);
    // (a body's name with "of" and no given name after it stays a body)
    expect(who('The Royal College of General Practitioners said surgeries were “at breaking point”.')).toEqual([['Royal College of General Practitioners', 'ok']]);
  });
  it('passes over the names in ", whose … ," to the subject before it', () => {
    expect(
      who('Floods reached Silver Marsh on Monday.', 'Assemblywoman Carla Venn, whose district includes Silver Marsh, said she had asked for aid. “These families need help now,” she said.'),
    ).toEqual([['Carla Venn', 'ok']]);
  });
});

describe('a phrase quoted inside a sentence whose source the check cannot name', () => {
  // (the speaker is a body word the lexicon lacks, so no rule names it)
  const status = (text: string) => run(text).quotes.map((q) => [q.speaker, q.status]);
  it('is not flagged: the sentence has a source, in a form the check does not read', () => {
    expect(status('The Brotherhood of Lantern Keepers, which runs the lighthouse, said it had \u201Cgrudgingly\u201D agreed to the sale.')).toEqual([[null, 'ok']]);
  });
  it('but a quote heading its own sentence with no source still is', () => {
    expect(status('The vote was close. \u201CWe grudgingly agreed to the sale.\u201D')).toEqual([[null, 'unattributed']]);
  });
  it('and so is a description put in no one’s mouth', () => {
    expect(status('The ward has been described as \u201Ca war zone on a quiet night\u201D by those who work there.').map((x) => x[1])).not.toEqual(['ok']);
    expect(status('The ward has been described as \u201Ca war zone on a quiet night\u201D.')).toEqual([[null, 'unattributed']]);
  });
});
