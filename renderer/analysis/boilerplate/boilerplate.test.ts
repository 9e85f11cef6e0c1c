import { describe, expect, it } from 'vitest';
import { ArrayDoc, paragraphs, pick, seededRandom } from '../duplicates/test-support';
import { BoilerplateCheck, findBoilerplate } from './index';

// Invented story paragraphs.
const STORY = [
  'The Pellbridge district council has approved plans for 340 homes on the former brickworks site, ending a dispute that has run for almost four years.',
  'Councillors voted 9-4 in favour after a three-hour debate in which residents raised concerns about traffic on the narrow Mill Road.',
  '"This is the right scheme in the wrong place," said councillor Anita Brask, who voted against it.',
  'The developer, Harrowgate Homes, said building would begin in the spring and that the first families could move in by late next year.',
];

function flagged(texts: string[]): Record<number, string> {
  return Object.fromEntries(findBoilerplate(paragraphs(...texts)).map((b) => [b.index, b.reason]));
}

describe('findBoilerplate: single chrome lines', () => {
  it.each([
    ['Advertisement', 'advertisement label'],
    ['ADVERTISEMENT', 'advertisement label'],
    ['Story continues below advertisement', 'advertisement label'],
    ['Share this article', 'share prompt'],
    ['Share on Facebook | X | Email', 'share prompt'],
    ['Facebook · WhatsApp · LinkedIn', 'share prompt'],
    ['Follow us on Instagram and TikTok for the latest from the valley.', 'social follow prompt'],
    ['Sign up for our Morning Briefing newsletter and get the day\u2019s top stories in your inbox.', 'newsletter sign-up'],
    ['Get Valley Weekend, our free Saturday newsletter on food and walks. Sign up here.', 'newsletter sign-up'],
    ['Read more: How the brickworks shaped Pellbridge', 'read-more link'],
    ['Related coverage: Council budget approved | Mill Road closure extended | Schools plan delayed', 'related-links list'],
    ['Housing targets explained \u2022 Who sits on the planning board \u2022 Map: where the homes will go', 'related-links list'],
    ['\u00A9 2026 Valley Gazette Media. All rights reserved.', 'copyright line'],
    ['Copyright 2026 Pellbridge Echo', 'copyright line'],
    ['Post a comment', 'comment prompt'],
    ['Comments have been disabled on this story.', 'comments heading'],
    ['Get the Valley Planner email with the best of the weekend, every Friday. Sign up now.', 'newsletter sign-up'],
    ['Photo: Valley Gazette/Ines Moreau', 'photo credit'],
    ['Image: Pellbridge District Council', 'photo credit'],
    ['We use cookies to improve your experience. By continuing you accept our privacy policy.', 'site notice'],
    ['Commenting has been switched off on this article for legal reasons.', 'comments heading'],
    ['Reader comments have been closed on this story.', 'comments heading'],
    ['-ENDS-', 'press-release boilerplate'],
    ['This interview appears in the autumn issue of Valley Life. Subscribe to the print edition from \u00A35 an issue.', 'republication notice'],
    ['Advertiser disclosure: some of the lenders on this page may compensate us when you apply through our links.', 'shop or affiliate notice'],
    ['\u2014 Pellbridge Fire Service (@PellFire) March 4, 2026', 'embedded post furniture'],
    ['View this post on Instagram', 'embedded post furniture'],
    ['A post shared by Ines Moreau (@ines.moreau)', 'embedded post furniture'],
    ['Want the weekend guide? Subscribe to the Valley Planner for walks and food every Friday.', 'newsletter sign-up'],
    ["Readers' comments are closed for this article.", 'comments heading'],
    ['Talk about the result in our Harriers supporters\u2019 forum \u2013 it only takes you a minute to join.', 'site notice'],
    ['Follow our live blog for every result as it comes in', 'site notice'],
    ['Results and tables: catch up on every match in the division on our Saturday Scores page.', 'site notice'],
    ['Sign in to follow this live page and get an alert with each new post.', 'site notice'],
    ['Liked this? Back local news in the valley and join the Gazette Circle from \u00A33 a month.', 'appeal for support'],
    ['Comments (14) \u2013 Join the discussion', 'comments heading'],
    ['Live feed', 'page control'],
    ['Get our morning headlines briefing', 'newsletter sign-up'],
    ['Report an editorial error', 'site notice'],
    ['Report a technical issue', 'site notice'],
    ['Editorial code of conduct', 'related-links list'],
    ['Follow related topics: Housing, Local government, Transport', 'related-links list'],
    ['Published - March 4, 2026 07:12 am IST - PELLBRIDGE', 'update stamp'],
    ['Disclaimer: The views and forecasts above are those of individual analysts, not of this publication. Check with a certified adviser before investing.', 'disclaimer'],
    ['Open this photo in gallery: Harbour workers unload the last catch of the season. Valley Picture Agency', 'photo caption'],
    ['Valley Radio acknowledges the Traditional Custodians of the lands on which we live and work, and pays respect to Elders past and present.', 'site notice'],
    ['Read more from our \u2018Night Shift\u2019 series: the baker who opens at 3am, and the last tram driver', 'read-more link'],
    ['Get the Valley Quarterly delivered for $4.50 an issue and never miss an edition.', 'site notice'],
    ['Home \u25B8 Valley \u25B8 Planning \u25B8 Housing', 'related-links list'],
    ['Harbour workers unload the last catch of the season on Friday. Photograph: Ines Moreau/Valley Picture Agency', 'photo caption'],
    ['The mill at dusk, two days before it closed. Photograph: Tom Ekwueme for the Gazette', 'photo caption'],
    ['This article is for information purposes only and does not constitute investment advice.', 'disclaimer'],
    ['Market data delayed by at least 15 minutes.', 'disclaimer'],
    ['Our Standards: The Valley Wire Trust Principles.', 'site notice'],
    ['You may also like', 'read-more link'],
    ['pellfan77 \u00B7 3 hours ago \u2014 Thirty years on this road and nobody has ever asked us.', 'reader comment'],
    ['This story first appeared in The Valley Ledger and is republished here with permission.', 'republication notice'],
    ['Live traffic updates: check the status of your route \u2192', 'read-more link'],
    ['Published: Feb. 3, 2026 at 6:40 AM EST | Updated: 3 hours ago', 'update stamp'],
    ['LIVE | Updated 12 minutes ago', 'update stamp'],
    ['09:15, 4 MAR 2026 | UPDATED 11:02, 4 MAR 2026', 'update stamp'],
    ['March 4 2026 07:00 AM | 3 min read', 'update stamp'],
    ['Download the Valley 7 News app for breaking news alerts and live weather radar.', 'site notice'],
    ['Sign up for our Breaking News email to get alerts on the biggest stories as they happen.', 'newsletter sign-up'],
    ['[Photo: The mill at dusk. Credit: Tom Ekwueme/Valley Picture Agency]', 'photo credit'],
    ['FOR IMMEDIATE RELEASE', 'press-release boilerplate'],
    ['Media Contact: Ana Ruiz, Harrowgate Homes, press@harrowgate.example, (555) 010-0199', 'press-release boilerplate'],
    ['Harrowgate Homes, Inc. (NASDAQ: HRGT) is a leading builder of low-energy homes in the north of the country.', 'press-release boilerplate'],
    ['###', 'press-release boilerplate'],
    ['This press release contains forward-looking statements that involve risks and uncertainties.', 'press-release boilerplate'],
    ['Have your say: 12 comments', 'comment prompt'],
    ['[Image: A wing case under the microscope. Photo: Valley Museum/K. Brandt]', 'photo credit'],
    ['Photo: Residents gather outside the mill on Monday. (Valley Gazette/Tom Ekwueme)', 'photo credit'],
    ['Cookies help us deliver our services. By using this site, you agree to our use of cookies. Learn more', 'site notice'],
    ['Ines Moreau is the science editor of the Valley Gazette. She has covered the brickworks dispute since 2019.', 'author bio'],
    ['The views expressed in the comments above are those of our users and do not necessarily reflect the views of this site.', 'comments disclaimer'],
    ['News \u203A Pellbridge \u203A Council', 'related-links list'],
    ['More from Valley Sport \u25B8 Fixtures \u25B8 Results', 'read-more link'],
    ['Topics: Housing, Pellbridge, Planning', 'related-links list'],
    ['Explore more on these topics', 'related-links list'],
    ['Listen to this article \u00B7 6 min', 'audio player label'],
    ['To order your copy at a discount, visit the Gazette Bookshop. Delivery charges may apply.', 'shop or affiliate notice'],
    ['We may earn a commission if you buy something through a link in this article.', 'shop or affiliate notice'],
    ['Photograph: Ines Moreau/Valley Gazette', 'photo credit'],
    ['Show key events only', 'page control'],
    ['Turn on notifications', 'page control'],
    ['Gift this story - subscribers can send five stories a month to anyone.', 'page control'],
    ['\u2190 Previous page | Next page \u2192', 'page control'],
    ['More court reports \u203A', 'read-more link'],
    ['Registered in England and Wales. Company number 01234567. Registered office: 1 Mill Road, Pellbridge.', 'publisher small print'],
    ['Ines Moreau is a senior reporter at the Valley Gazette covering planning. Follow her on X @inesmoreau', 'author bio'],
    ['Seen something in the valley? Drop us a line at news@valleygazette.example', 'contact line'],
    ['Follow the Valley Gazette on WhatsApp for breaking news.', 'social follow prompt'],
    ['Published on 03 Apr 2026, 08:15 BST | Last updated 03 Apr 2026, 11:02 BST', 'update stamp'],
    ['Image: Floodwater on Mill Road on Sunday morning. (Supplied: Pellbridge Fire Service)', 'photo credit'],
    ['Download the Valley Gazette app and turn on alerts for your area.', 'site notice'],
    ['Sponsored: Five ways to cut your heating bill this winter', 'advertisement label'],
    ['Your weekly planning briefing, in your inbox every Monday. Sign up free.', 'newsletter sign-up'],
    ['Get Valley Planner, our free weekly briefing, straight to your inbox. Enter your email address.', 'site notice'],
    ['Weather alerts by text: reply FLOOD to 60123. Message and data rates may apply.', 'site notice'],
    ['Watch our bulletins live on the free Valley TV app for iPhone and Android.', 'site notice'],
    ['Join the discussion (12 comments)', 'comment prompt'],
    ['ADVERTISEMENT \u00B7 Article continues below', 'advertisement label'],
    ['Support for Valley Radio comes from Pellbridge Building Society, lending locally since 1921.', 'sponsor credit'],
    ['Politics / Local Government', 'section label'],
    ['The brickworks chimney, due to be demolished next spring. (Ines Moreau / Valley Gazette)', 'photo credit'],
    ['Ines Moreau covers housing for the Gazette from its Pellbridge office. Reach her at ines@valleygazette.example.', 'author bio'],
    ['Gazette Plus \u2014 go ad-free and read every story for \u00A33 a month. Cancel any time.', 'appeal for support'],
    ['We value your privacy. We and our partners use cookies and similar technologies on your device.', 'site notice'],
    ['Most Popular: 1. Ferry cut again  2. Mill Road closure extended  3. Your bin day is changing', 'related-links list'],
    ['Homes for sale powered by MoveFinder \u2013 search 9,000 listings in the valley', 'sponsored widget'],
    ['The Gazette is an independent nonprofit newsroom. Give monthly and get our print edition free.', 'appeal for support'],
    ['Local reporting like this depends on readers like you \u2014 support the Gazette for \u00A32 a week.', 'appeal for support'],
    ['New posts appear here automatically: refresh the page if they stop.', 'site notice'],
    ['Updated 12 minutes ago', 'update stamp'],
    ['Last modified: 14 March 2026 09:12', 'update stamp'],
    ['The Valley Briefing is available wherever you get your podcasts.', 'podcast promotion'],
    ['Independent local news costs money. Become a supporter from \u00A35 a month.', 'appeal for support'],
  ])('flags %j in the middle of a story as %s', (line, reason) => {
    expect(flagged([STORY[0] ?? '', STORY[1] ?? '', line, STORY[2] ?? '', STORY[3] ?? ''])).toEqual({ 2: reason });
  });
});

describe('findBoilerplate: the top of the page', () => {
  it('flags a section name above the headline as a kicker, not the headline', () => {
    expect(flagged(['Obituaries', 'Ines Moreau, mill worker who fought for the valley, dies at 91', ...STORY])).toEqual({ 0: 'section label' });
    expect(flagged(['Health | Medical research', 'Weekly pill cuts heart risk in large trial', ...STORY])).toEqual({ 0: 'section label' });
  });
  it('flags a section name under a cookie banner at the top, above the headline', () => {
    const top = ['We value your privacy. We and our partners use cookies to personalise content. Accept all | Manage preferences', 'PLANNING', 'Brickworks homes approved after four-year fight'];
    expect(flagged([...top, ...STORY])).toEqual({ 0: 'site notice', 1: 'section label' });
  });
  it('leaves a one-word headline over a standfirst alone', () => {
    expect(flagged(['Unbowed', 'The last mill worker in Pellbridge is 91 and still fighting the council.', ...STORY])).toEqual({});
  });
  it('flags a breadcrumb above the headline but not the headline', () => {
    expect(flagged(['News \u203A Pellbridge \u203A Planning', 'Brickworks homes approved after four-year fight', ...STORY])).toEqual({ 0: 'related-links list' });
  });
  it('flags a most-read heading and the headlines under it mid-story', () => {
    const most = ['MOST READ IN VALLEY NEWS', 'Ferry timetable cut again for winter', 'Mill Road closure extended to May'];
    expect(flagged([...STORY.slice(0, 2), ...most, ...STORY.slice(2)])).toEqual({ 2: 'related-links list', 3: 'related-links list', 4: 'related-links list' });
  });
});

describe('findBoilerplate: story paragraphs that mention the same words', () => {
  it.each([
    'The minister declined to comment on the report when approached by reporters on Tuesday.',
    'Residents have until March 3 to respond during the public comment period, the council said.',
    'The club added that it would make no further comment until the transfer had been completed.',
    'The chief executive said in a video posted on the company\u2019s website that the fault had been fixed.',
    'More than 140 residents signed up to speak at the meeting, and several shared their fears about flooding.',
    'The newspaper, which has lost a third of its subscribers since 2019, said it would close its print edition.',
    '"You cannot build 340 homes on a road this narrow and pretend nothing will change," said resident Tom Ekwueme.',
    'Ekwueme said his group would share its traffic survey with the council and might seek a judicial review.',
    'The council will also start a monthly newsletter for tenants, listing repairs due on each estate.',
    'Moderators on the forum removed several posts that named the councillors, according to the site\u2019s owner.',
    'Estate agents in the valley typically earn a commission of 1.5% on each sale, and some charge more for flats.',
    'Fans can buy tickets at the club shop from Monday, and season-ticket holders get first choice of seats.',
    'Listeners to the station\u2019s morning show had called in for weeks to complain about the noise from the works.',
    'The route runs from Pellbridge / Mill Road to the ring road, a distance of about two miles.',
    'The planning commission will meet again in May, when it expects to hear from the developer.',
    'Updated flood maps published in March show 40 more streets at risk of flooding in a heavy storm.',
    'Live music will return to the market square in June after the council approved a licence for the bandstand.',
    'The charity asked residents to donate blankets and tinned food, and 300 people did so in a week.',
    'The podcast, which the two friends started in a garden shed, now has 40,000 listeners a week.',
    'Objections to the scheme can be sent to planning@pellbridge.example until the end of March.',
    'Thousands of residents now follow the mayor on TikTok, where she posts a video every evening.',
    'She went on to become a founding member of the choir and later a trustee of the hall.',
    'Parents can find the new timetable on the school\u2019s website from Monday.',
    'Visitors who enjoyed this year\u2019s festival can see the lantern parade again in October.',
    'Residents can report a pothole problem through the council\u2019s website or by phone.',
    'Staff must report a safeguarding error to the head teacher the same day.',
    'Visitors must sign in to get a pass from reception before entering the ward.',
    'Police will follow this story wherever it leads, the family believes.',
    'Go to our site office first: that was the rule for every contractor on the harbour job.',
    'The club has its own code of conduct for parents on the touchline, and it will be enforced.',
    'Published in 2019, the flood report warned that the Mill Road culvert could not cope with a heavy storm.',
    'The new buses are powered by hydrogen made at the water plant, and the first four arrive in June.',
    'Residents who give monthly to the food bank will be invited to a thank-you evening in the town hall.',
    'The flats will rent for about \u00A3900 a month, below the average in Pellbridge.',
    'By Ines Moreau, Valley Gazette \u00B7 Published 4 March 2026, 06:10',
    'Ines Moreau \u00B7 Housing Reporter \u00B7 4 March 2026',
    'HAVE YOUR SAY: The consultation closes on 14 March. You can respond online through the council\u2019s website, by post to the Town Hall, Pellbridge, or in person at the library on 2 March between 3pm and 7pm.',
    'Ana Ruiz is a former reporter at the Gazette who now runs the tenants\u2019 association on the estate.',
    'Photographs of the flooded square, taken by residents on Tuesday, were shared thousands of times online.',
    'The leaflet is not a substitute for professional medical advice, the charity stresses on its first page.',
    'The fire started at 4am \u2014 3 hours ago \u2014 and crews are still damping down the warehouse.',
    'The flood report, first published in 2019 and reprinted twice since, warned that the culvert would fail.',
    'Harrowgate Homes will release its forward-looking statements on costs at the annual meeting in May, a spokesperson said.',
    'About 40 residents attended the meeting.',
    'The views expressed at the meeting were split, with older residents most opposed to the new flats.',
    'Plans for the streaming service range from $9.99 a month for one screen to $17.99 for four.',
    'Supporters can follow the campaign\u2019s coverage on the club\u2019s own channel, which streams every home match.',
    'Fans who never miss a home game will be offered the new seats first.',
    'The comments section of the council\u2019s website was full of complaints about the bins by Tuesday.',
    'A devoted grandmother, she would never miss a thing at the school gate.',
    'Harrowgate Homes, founded in 1998 and headquartered in Pellbridge, said it would cut 40 jobs.',
    'Fans were told to subscribe to the club\u2019s channel for highlights, but few did.',
    'Ends of the old rope bridge were found a mile downstream on Thursday.',
    'The row began on our street\u2019s Facebook forum in March, and by April the whole estate had joined in.',
    'Supporters can follow our team\u2019s coverage on local radio, which carries every home game.',
  ])('does not flag %j', (line) => {
    expect(flagged([...STORY, line, STORY[0] ?? ''])).toEqual({});
  });
});

describe('findBoilerplate: runs of chrome', () => {
  it('flags the headlines listed under a links heading, including one that speaks to the reader', () => {
    const list = ['You may also like', 'Inside the fight for the old brickworks', 'What the new parking rules mean for you'];
    expect(flagged([...STORY, ...list])).toEqual({ 4: 'read-more link', 5: 'related-links list', 6: 'related-links list' });
  });
  it('takes a listed headline ending in a scare-quoted word for a headline, not a sentence', () => {
    const list = ['You may also like', 'Bus drivers walk out over rota \u2018chaos\u2019', 'Inside the fight for the old brickworks'];
    expect(flagged([...STORY, ...list])).toEqual({ 4: 'read-more link', 5: 'related-links list', 6: 'related-links list' });
  });
  it('does not pull a headline-like line above a links block into it', () => {
    const end = ['Ines Mary Moreau, mill worker and campaigner, born 2 May 1935; died 1 March 2026', 'More obituaries \u00B7 Send us an obituary \u00B7 Family notices'];
    expect(flagged([...STORY, ...end])).toEqual({ 5: 'related-links list' });
  });
  it('flags the furniture of a press release pasted into a story, but not the story around it', () => {
    const release = ['FOR IMMEDIATE RELEASE', 'Harrowgate Homes to build 340 homes at Pellbridge brickworks', 'About Harrowgate Homes', 'Harrowgate Homes, Inc. (NASDAQ: HRGT) is a leading builder of low-energy homes.', '###'];
    expect(Object.keys(flagged([...STORY, ...release]))).toEqual(['4', '6', '7', '8']);
  });
  it('flags a company description under its About heading between a release end mark and the media contact', () => {
    const tail = ['-ENDS-', 'About Harrowgate Robotics', 'Harrowgate Robotics builds warehouse robots for grocers. Founded in 2016 and headquartered in Leeds, it employs 300 people.', 'Media contact: Ana Ruiz, press@harrowgate.example'];
    expect(Object.keys(flagged([...STORY, ...tail]))).toEqual(['4', '5', '6', '7']);
    // the same description mid-story, with nothing around it, is the story's
    expect(flagged([...STORY.slice(0, 2), tail[2] ?? '', ...STORY.slice(2)])).toEqual({});
  });
  it('flags reader comments under their heading by the handle before the colon', () => {
    const thread = ['COMMENTS (3) | Sort by: Newest | Oldest', 'millroad_mum: We were never asked about the traffic.', 'Pete_B: Build the homes.'];
    expect(Object.keys(flagged([...STORY, ...thread]))).toEqual(['4', '5', '6']);
  });
  it('does not flag a handle-like line with a colon in the story', () => {
    expect(flagged([...STORY.slice(0, 2), 'G7: leaders agree to meet again in the spring', ...STORY.slice(2)])).toEqual({});
  });
  it('flags plain names before a colon under a comments heading, but not a dateline or a correction by the edge', () => {
    const thread = ['Comments (2)', 'AshbyFan: Absolute robbery. That handball was clear.', 'Geoff M: Good win, but the defence was shaky.'];
    expect(Object.keys(flagged([...STORY, ...thread]))).toEqual(['4', '5', '6']);
    const edges = ['PELLBRIDGE: The district council has approved plans for 340 homes on the brickworks site.', ...STORY.slice(1),
      'Correction: An earlier version of this story gave the wrong vote count.', '\u00A9 2026 Valley Gazette. All rights reserved.'];
    expect(flagged(edges)).toEqual({ 5: 'copyright line' });
  });
  it('flags a reader comments thread with usernames and times', () => {
    const thread = [
      'Join the conversation. Comments are moderated and may take a day to appear.',
      'millroad_mum \u00B7 2 hours ago \u2014 We were never asked about the traffic.',
      'P. Brask \u00B7 40 minutes ago \u2014 Build the homes. My kids can\u2019t afford to live here.',
    ];
    expect(Object.keys(flagged([...STORY, ...thread]))).toEqual(['4', '5', '6']);
  });
  const COMMENTS_BLOCK = [
    'Comments',
    'The Gazette moderates all comments posted on our site. We welcome views that are relevant to the story.',
    'Please keep it civil: be respectful of other readers, even when you disagree with them.',
    'We will not tolerate the following: abuse, threats, profanity, personal attacks or spam.',
    'Comments that break these guidelines will be removed and repeat offenders banned.',
    'Post a comment',
  ];

  it('flags a comments block at the end of the article entirely, policy sentences included', () => {
    const found = findBoilerplate(paragraphs(...STORY, ...COMMENTS_BLOCK));
    expect(found.map((b) => b.index)).toEqual([4, 5, 6, 7, 8, 9]);
    expect(found[0]?.reason).toBe('comments heading');
    expect(found[3]?.reason).toBe('comment-moderation policy');
  });

  it('does not flag those policy sentences when they stand alone in a story', () => {
    expect(flagged([...STORY.slice(0, 2), COMMENTS_BLOCK[2] ?? '', ...STORY.slice(2)])).toEqual({});
    expect(flagged([...STORY.slice(0, 2), COMMENTS_BLOCK[3] ?? '', ...STORY.slice(2)])).toEqual({});
  });

  it('flags a reader-directed line that sits inside a chrome block at the top', () => {
    const top = ['Share this article', 'Listen to this story as you drive: tap the play button above.', 'Advertisement'];
    expect(Object.keys(flagged([...top, ...STORY])).map(Number)).toEqual([0, 1, 2]);
  });

  it('flags the headlines listed under a links heading, but not a subhead next to an ad', () => {
    const block = ['More stories', 'Brickworks chimney to be saved as landmark', 'Mill Road closure extended until June', 'Why starter homes cost more in Pellbridge'];
    expect(Object.keys(flagged([STORY[0] ?? '', STORY[1] ?? '', ...block, STORY[2] ?? '', STORY[3] ?? ''])).map(Number)).toEqual([2, 3, 4, 5]);
    expect(flagged([STORY[0] ?? '', 'What happens next', 'Advertisement', STORY[1] ?? ''])).toEqual({ 2: 'advertisement label' });
  });

  it('keeps an imperative house rule inside a comments block at the end', () => {
    const block = ['Comments', 'Keep it civil and stay on topic.', 'Abusive or off-topic comments will be removed by our moderators.', 'Post a comment'];
    expect(Object.keys(flagged([...STORY, ...block])).map(Number)).toEqual([4, 5, 6, 7]);
  });

  it('does not pull a story paragraph about a newsletter into a sign-up line next to it', () => {
    const story = 'The council will also start a monthly newsletter for tenants, listing repairs due on each estate.';
    const signUp = 'Sign up for our Pellbridge Briefing newsletter to get local news in your inbox.';
    expect(flagged([...STORY, story, signUp])).toEqual({ 5: 'newsletter sign-up' });
  });

  it('leaves a weak story paragraph next to a lone ad label mid-article alone', () => {
    const line = 'If you live on Mill Road, you can ask the council for a parking permit.';
    expect(flagged([STORY[0] ?? '', line, 'Advertisement', STORY[1] ?? '', STORY[2] ?? ''])).toEqual({ 2: 'advertisement label' });
  });
});

const POOL = [
  ...STORY,
  'Comments',
  'The Gazette moderates all comments posted on our site. We welcome views that are relevant to the story.',
  'We will not tolerate the following: abuse, threats, profanity, personal attacks or spam.',
  'Please keep it civil: be respectful of other readers, even when you disagree with them.',
  'Post a comment',
  'Advertisement',
  'Share this article',
  'The minister declined to comment on the report when approached by reporters on Tuesday.',
];

describe('BoilerplateCheck', () => {
  it('matches the batch result after random inserts, updates, removals and moves', () => {
    const random = seededRandom(777);
    for (let run = 0; run < 12; run++) {
      const doc = new ArrayDoc();
      const check = new BoilerplateCheck();
      let next = 0;
      for (let step = 0; step < 120; step++) {
        const r = random();
        if (doc.length === 0 || r < 0.35) {
          doc.insert(Math.floor(random() * (doc.length + 1)), { id: `n${next++}`, text: pick(random, POOL) }, [check]);
        } else if (r < 0.65) {
          doc.update(doc.idAt(Math.floor(random() * doc.length)), pick(random, POOL), [check]);
        } else if (r < 0.8) {
          doc.remove(doc.idAt(Math.floor(random() * doc.length)), [check]);
        } else {
          doc.move(doc.idAt(Math.floor(random() * doc.length)), Math.floor(random() * doc.length), [check]);
        }
        expect(check.findings(doc)).toEqual(findBoilerplate(doc.paragraphs()));
      }
    }
  });

  it('flags a policy sentence once it is moved into the comments block at the end', () => {
    const policy = 'We will not tolerate the following: abuse, threats, profanity, personal attacks or spam.';
    const doc = new ArrayDoc(paragraphs(STORY[0] ?? '', policy, STORY[1] ?? '', 'Comments', 'Post a comment'));
    const check = new BoilerplateCheck();
    for (let i = 0; i < doc.length; i++) check.paragraphChanged(doc.idAt(i), 'insert', doc);
    expect(check.findings(doc).map((b) => b.index)).toEqual([3, 4]);
    doc.move('p1', 3, [check]);
    expect(check.findings(doc).map((b) => b.index)).toEqual([2, 3, 4]);
  });
});

describe('findBoilerplate: a notice tacked onto news', () => {
  it('leaves a news paragraph whose last sentence is a site notice, and flags the notice alone', () => {
    const lede =
      'Gales tore across the Pellbridge coast on Tuesday night, cutting power to 30,000 homes and closing the harbour road for the first time in a decade. Follow our live coverage below.';
    expect(flagged([lede, ...STORY])).toEqual({});
    expect(flagged([...STORY, 'Follow our live coverage below.'])).toEqual({ 4: 'site notice' });
    // (a short lead-in before the notice is no news: "Storm latest. Follow our live coverage …")
    expect(flagged([...STORY, 'Storm latest. Follow our live coverage of the storm below.'])).toEqual({ 4: 'site notice' });
    // (nor a sentence that talks to the reader: the site's own voice is chrome too)
    const promo = 'Catch all the latest business news, market news, breaking news and expert views from across the region on our website. Follow our live blog for updates.';
    expect(Object.keys(flagged([...STORY, promo]))).toEqual(['4']);
  });
});

describe('findBoilerplate: picture credits and live-page times', () => {
  it('flags a picture credit alone on its line, not a sentence about pictures', () => {
    expect(flagged(['Photographs by Ines Moreau', ...STORY])).toEqual({ 0: 'photo credit' });
    expect(flagged(['Video by Tom Ekwueme for Valley Radio', ...STORY])).toEqual({ 0: 'photo credit' });
    expect(flagged([STORY[0] ?? '', 'Photographs by Ines Moreau hang in the library until May.', ...STORY.slice(1)])).toEqual({});
  });
  it('leaves a live page\u2019s post time after a links line to the story', () => {
    expect(flagged([STORY[0] ?? '', '09.15 GMT', STORY[1] ?? '', 'Related: Mill Road closure | Schools plan delayed', '11.42 GMT', STORY[2] ?? '', STORY[3] ?? ''])).toEqual({
      3: 'related-links list',
    });
  });
});

describe('findBoilerplate: a writer\u2019s bio that opens on their beat', () => {
  it('flags "X covers … for <Site>. She previously reported for …" at the end of a story', () => {
    const bio = 'Lena Okafor covers ports and shipping for Harbour Freight Weekly. She previously reported for the Tyneside Courier.';
    expect(flagged([...STORY, bio])).toEqual({ 4: 'author bio' });
  });
  it('but not a story sentence about someone who covers a shift', () => {
    const shift = 'Dara Quinn covers the night shift for the bakery on Mill Road. She previously worked at the brickworks until it closed.';
    expect(flagged([...STORY, shift])).toEqual({});
  });
  it('nor an obituary\u2019s career nor a family business in the same words', () => {
    const career = 'Ines Moreau was a reporter for the Valley Post from 1971 until 1998. She previously reported from Lisbon and Madrid for a news agency.';
    expect(flagged([STORY[0] ?? '', career, ...STORY.slice(1)])).toEqual({});
    const family = 'Tom Ekwueme covers the early shift for his mother, who opened the bakery. He previously covered the night shift at a bread factory.';
    expect(flagged([STORY[0] ?? '', family, ...STORY.slice(1)])).toEqual({});
  });
});

describe('findBoilerplate: banners, notes, small print and captions found in blind drafts', () => {
  it.each([
    ['This live blog is no longer being updated. Scroll down for the key moments, or head to our council hub for the reaction.', 'site notice'],
    ['LIVE UPDATES \u00B7 This story is developing and will be updated as more information becomes available. Refresh for the latest version.', 'site notice'],
    ['Valley Weekly: the best local arts reporting, reviews and listings, delivered every Thursday. Sign up \u2014 it\u2019s free.', 'newsletter sign-up'],
    ['Photo: Families queue for water at a tent on the edge of Pellbridge on Friday. Valleywire/Ana Ruiz', 'photo credit'],
    ['This story has been updated with new evacuation orders and the latest containment figures.', 'site notice'],
    ['Share a memory or sign the online guest book for Ada Quill at the Valley Register obituaries page.', 'site notice'],
    ['Our journalism is free for everyone to read, but it isn\u2019t free to produce. Please consider supporting us today \u2013 from as little as \u00A31.', 'appeal for support'],
    ['Former head coach Russ Dunmore watches from the sideline during a game last season. (Staff photo by Ana Ruiz)', 'photo caption'],
    ['Local Matters: sign up for our weekly round-up of the stories coming out of town halls across the country, free every Thursday.', 'newsletter sign-up'],
    ['Bet \u20AC10, Get \u20AC40 in Free Bets with Paddock Sport. New customers only. 18+. T&Cs apply. Please gamble responsibly.', 'site notice'],
    ['Striking dockworkers gather outside Gate 4 of the container terminal on Monday. (Photo: Lene Haugaard/Coastline Pictures)', 'photo caption'],
  ])('flags %s at the top of a story', (line, reason) => {
    expect(flagged([line, ...STORY])).toEqual({ 0: reason });
  });
  it.each([
    ['a police statement that the page will be updated', 'The force said its website would be updated as more information became available.'],
    ['news of a council’s own bulletin', 'Residents can sign up for the council\u2019s weekly round-up of planning decisions, which is free, from Monday, the council said.'],
    ['a photo described in a story', 'The photo by Ana Ruiz, taken in 1962, shows the brickworks at full production, with six chimneys still standing.'],
    ['a story sentence about betting rules', 'The regulator said operators must tell new customers that terms and conditions apply, Brask said.'],
    ['a correction note, left to the editor', 'Correction: An earlier version of this story gave the wrong number of homes. It is 340, not 430.'],
  ])('but not %s', (_what, line) => {
    expect(flagged([...STORY, line])).toEqual({});
  });
  it('nor a subhead in capitals under a links line', () => {
    expect(flagged([STORY[0] as string, 'Read more: How the brickworks shaped Pellbridge', 'WHY DOES IT MATTER?', ...STORY.slice(1)])).toEqual({ 1: 'read-more link' });
  });
});
