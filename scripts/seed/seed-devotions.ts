// The demo devotions (30 days from today, UTC) and two reading plans. Passages are King James Version
// text, which is in the public domain, reproduced word for word. Idempotent: only missing dates, passages
// and plans are written, so a second run on the same day writes nothing.
import type { PrismaClient } from '../../subgraphs/kit/src';
import { dateColumnOfDay, dayInZone } from '../../subgraphs/kit/src/zoned-time';
import { DEMO_INSTRUCTOR_EMAIL } from './seed-demo-courses';
import { BULK_TRANSACTION_OPTIONS } from '../../subgraphs/kit/src/db';

export const DEMO_DEVOTION_DAYS = 30;

interface SeedDevotion {
  title: string;
  reference: string;
  text: string;
  reflection: string;
  prayerPrompt: string;
  actionStep: string;
}

const KJV = 'KJV';

export const DEMO_DEVOTIONS: SeedDevotion[] = [
  {
    title: 'The Shepherd who leads',
    reference: 'Psalm 23:1-3',
    text: 'The LORD is my shepherd; I shall not want. He maketh me to lie down in green pastures: he leadeth me beside the still waters. He restoreth my soul: he leadeth me in the paths of righteousness for his name\'s sake.',
    reflection: 'David wrote as someone who had kept sheep and knew how helpless they are without a shepherd. Rest and restoration here are not earned; they are given by the one who leads. Today, notice where you are straining to provide for yourself what God offers to give.',
    prayerPrompt: 'Tell God where you feel in want, and ask him to lead you to rest.',
    actionStep: 'Take ten quiet minutes today with no screen, and read the psalm slowly once more.',
  },
  {
    title: 'Loved first',
    reference: 'John 3:16',
    text: 'For God so loved the world, that he gave his only begotten Son, that whosoever believeth in him should not perish, but have everlasting life.',
    reflection: 'The most familiar verse in the Bible begins with God\'s love, not with our effort. Giving is what love does, and God gave what was most precious to him. Faith is simply receiving that gift with open hands.',
    prayerPrompt: 'Thank God by name for the gift of his Son.',
    actionStep: 'Write this verse on a card and put it where you will see it each morning this week.',
  },
  {
    title: 'Trust with the whole heart',
    reference: 'Proverbs 3:5-6',
    text: 'Trust in the LORD with all thine heart; and lean not unto thine own understanding. In all thy ways acknowledge him, and he shall direct thy paths.',
    reflection: 'Our understanding is a gift, but it was never meant to carry our full weight. To acknowledge God in all our ways is to invite him into ordinary decisions, not only the large ones. The promise is direction, step by step.',
    prayerPrompt: 'Name one decision in front of you and hand it to God honestly.',
    actionStep: 'Before your next decision today, pause and pray one sentence about it.',
  },
  {
    title: 'Strength for the waiting',
    reference: 'Isaiah 40:31',
    text: 'But they that wait upon the LORD shall renew their strength; they shall mount up with wings as eagles; they shall run, and not be weary; and they shall walk, and not faint.',
    reflection: 'Isaiah wrote to a tired people in exile. Waiting on the Lord is not idleness; it is leaning our hope on him while he works. Notice the order: soaring, running, walking. Sometimes the greatest grace is simply to keep walking.',
    prayerPrompt: 'Ask God to renew your strength for the part of life that tires you most.',
    actionStep: 'Encourage someone who is in a season of waiting with a short message.',
  },
  {
    title: 'Peace that guards',
    reference: 'Philippians 4:6-7',
    text: 'Be careful for nothing; but in every thing by prayer and supplication with thanksgiving let your requests be made known unto God. And the peace of God, which passeth all understanding, shall keep your hearts and minds through Christ Jesus.',
    reflection: 'Paul wrote these words from prison. "Be careful for nothing" means do not be anxious about anything. The remedy he offers is prayer mixed with thanksgiving, and the result is a peace that stands guard over heart and mind.',
    prayerPrompt: 'List three worries and, beside each, one thing you are thankful for.',
    actionStep: 'When worry rises today, turn it straight into a one-line prayer.',
  },
  {
    title: 'Rest for the weary',
    reference: 'Matthew 11:28-30',
    text: 'Come unto me, all ye that labour and are heavy laden, and I will give you rest. Take my yoke upon you, and learn of me; for I am meek and lowly in heart: and ye shall find rest unto your souls. For my yoke is easy, and my burden is light.',
    reflection: 'Jesus does not invite the strong and organised; he invites the weary. A yoke joins two to share a load. To take his yoke is to walk beside him and learn his gentle pace.',
    prayerPrompt: 'Tell Jesus plainly what burden you are carrying today.',
    actionStep: 'Set one unnecessary task aside today and use the time to rest well.',
  },
  {
    title: 'New every morning',
    reference: 'Lamentations 3:22-23',
    text: 'It is of the LORD\'s mercies that we are not consumed, because his compassions fail not. They are new every morning: great is thy faithfulness.',
    reflection: 'These verses sit in the middle of a book of grief over a ruined city. Hope here is not denial of pain; it is remembering God\'s character in the midst of it. Each morning brings fresh mercy, not leftovers from yesterday.',
    prayerPrompt: 'Thank God for one mercy you received this morning.',
    actionStep: 'Start tomorrow by saying "great is thy faithfulness" before you check your phone.',
  },
  {
    title: 'Courage for the road',
    reference: 'Joshua 1:9',
    text: 'Have not I commanded thee? Be strong and of a good courage; be not afraid, neither be thou dismayed: for the LORD thy God is with thee whithersoever thou goest.',
    reflection: 'Joshua stood at the edge of a task far larger than himself, having lost Moses, his mentor. God\'s command to be courageous rests on a promise: his presence goes wherever Joshua goes. Courage is not the absence of fear but trust in the one who goes with us.',
    prayerPrompt: 'Name the place you are afraid to go, and ask God to go with you there.',
    actionStep: 'Do one thing today that you have been putting off out of fear.',
  },
  {
    title: 'What the Lord requires',
    reference: 'Micah 6:8',
    text: 'He hath shewed thee, O man, what is good; and what doth the LORD require of thee, but to do justly, and to love mercy, and to walk humbly with thy God?',
    reflection: 'Micah\'s hearers wondered what offering would please God. His answer is not a bigger sacrifice but a changed life: fairness toward others, delight in kindness, and humility before God. These three belong together.',
    prayerPrompt: 'Ask God to show you where to act justly and kindly this week.',
    actionStep: 'Do one quiet act of mercy today that no one will thank you for.',
  },
  {
    title: 'All things together for good',
    reference: 'Romans 8:28',
    text: 'And we know that all things work together for good to them that love God, to them who are the called according to his purpose.',
    reflection: 'Paul does not say all things are good. He says God works in all things, even painful ones, toward good for those who love him. This is a promise for the long view, not a slogan for easy days.',
    prayerPrompt: 'Bring God a situation that does not look good yet, and ask him to work in it.',
    actionStep: 'Write down one past hardship God later used for good.',
  },
  {
    title: 'The fruit of the Spirit',
    reference: 'Galatians 5:22-23',
    text: 'But the fruit of the Spirit is love, joy, peace, longsuffering, gentleness, goodness, faith, Meekness, temperance: against such there is no law.',
    reflection: 'Fruit grows; it is not manufactured. These qualities are the Spirit\'s work in a life joined to Christ. Notice that "fruit" is singular: one harvest with many flavours, growing together.',
    prayerPrompt: 'Ask the Spirit to grow the one quality you find hardest.',
    actionStep: 'Practise patience deliberately in one situation that usually frustrates you.',
  },
  {
    title: 'Be still',
    reference: 'Psalm 46:10',
    text: 'Be still, and know that I am God: I will be exalted among the heathen, I will be exalted in the earth.',
    reflection: 'Psalm 46 describes mountains shaking and nations raging. Into that noise God says: be still. Stillness is not indifference; it is ceasing our striving long enough to remember who is God.',
    prayerPrompt: 'Sit in silence for two minutes, then simply say, "You are God."',
    actionStep: 'Turn off notifications for one hour today.',
  },
  {
    title: 'Seek first',
    reference: 'Matthew 6:33-34',
    text: 'But seek ye first the kingdom of God, and his righteousness; and all these things shall be added unto you. Take therefore no thought for the morrow: for the morrow shall take thought for the things of itself. Sufficient unto the day is the evil thereof.',
    reflection: 'Jesus speaks to people anxious about food and clothing. He does not dismiss those needs; he reorders our attention. When God\'s kingdom comes first, tomorrow\'s worries lose their grip on today.',
    prayerPrompt: 'Ask God what seeking his kingdom first would look like in your day.',
    actionStep: 'Plan only today\'s tasks this evening, and leave tomorrow\'s with God.',
  },
  {
    title: 'A renewed mind',
    reference: 'Romans 12:2',
    text: 'And be not conformed to this world: but be ye transformed by the renewing of your mind, that ye may prove what is that good, and acceptable, and perfect, will of God.',
    reflection: 'We are always being shaped by something. Paul urges us to let God reshape our thinking rather than drifting into the world\'s mould. A renewed mind learns to recognise and love God\'s will.',
    prayerPrompt: 'Ask God to show you one way of thinking that needs renewing.',
    actionStep: 'Replace ten minutes of scrolling today with reading a chapter of scripture.',
  },
  {
    title: 'Saved by grace',
    reference: 'Ephesians 2:8-9',
    text: 'For by grace are ye saved through faith; and that not of yourselves: it is the gift of God: Not of works, lest any man should boast.',
    reflection: 'Salvation is a gift from start to finish. We cannot earn it, and so we cannot boast in it. That frees us to serve out of gratitude rather than fear of falling short.',
    prayerPrompt: 'Thank God that your standing with him rests on his grace, not your performance.',
    actionStep: 'Show undeserved kindness to someone today, as grace was shown to you.',
  },
  {
    title: 'Faith defined',
    reference: 'Hebrews 11:1',
    text: 'Now faith is the substance of things hoped for, the evidence of things not seen.',
    reflection: 'Hebrews 11 goes on to list ordinary people who trusted God without seeing the end. Faith gives substance to hope; it acts on what God has promised before the evidence arrives.',
    prayerPrompt: 'Tell God one promise of his you are choosing to trust today.',
    actionStep: 'Read the rest of Hebrews 11 and note one person whose faith encourages you.',
  },
  {
    title: 'Ask for wisdom',
    reference: 'James 1:5',
    text: 'If any of you lack wisdom, let him ask of God, that giveth to all men liberally, and upbraideth not; and it shall be given him.',
    reflection: 'God does not scold us for asking. He gives generously and without reproach. Whatever question is in front of you, the first step to wisdom is to ask the one who has it.',
    prayerPrompt: 'Ask God for wisdom in one specific situation.',
    actionStep: 'Seek counsel today from someone whose faith you respect.',
  },
  {
    title: 'Faithful to forgive',
    reference: '1 John 1:9',
    text: 'If we confess our sins, he is faithful and just to forgive us our sins, and to cleanse us from all unrighteousness.',
    reflection: 'Confession is not a bargain we strike; it is agreeing with God about what is true. His forgiveness rests on his faithfulness and on the work of Christ, so it is sure. We are not only forgiven but cleansed.',
    prayerPrompt: 'Confess honestly what has been weighing on your conscience.',
    actionStep: 'If you have wronged someone, take the first step to make it right.',
  },
  {
    title: 'Help from the Maker',
    reference: 'Psalm 121:1-2',
    text: 'I will lift up mine eyes unto the hills, from whence cometh my help. My help cometh from the LORD, which made heaven and earth.',
    reflection: 'Pilgrims sang this on the road to Jerusalem, with hills around them that could hide danger. The psalmist looks past the hills to the one who made them. Our help is as great as our Maker.',
    prayerPrompt: 'Lift up to God the situation where you most need help.',
    actionStep: 'Take a short walk outside today and thank God for something he made.',
  },
  {
    title: 'Not a spirit of fear',
    reference: '2 Timothy 1:7',
    text: 'For God hath not given us the spirit of fear; but of power, and of love, and of a sound mind.',
    reflection: 'Paul encouraged young Timothy, who may have been timid, to stir up God\'s gift. Fear is not what God gives; he gives power to act, love to act rightly, and a sound mind to act wisely.',
    prayerPrompt: 'Ask God to replace one fear with his power, love and sound mind.',
    actionStep: 'Speak up kindly today where you would normally stay silent.',
  },
  {
    title: 'A lamp for the next step',
    reference: 'Psalm 119:105',
    text: 'Thy word is a lamp unto my feet, and a light unto my path.',
    reflection: 'An ancient lamp lit only a few steps ahead, not the whole road. God\'s word often works that way: enough light for the next faithful step. We walk by it one step at a time.',
    prayerPrompt: 'Ask God to light the next step, even if the whole path is unclear.',
    actionStep: 'Choose one verse from this week to memorise.',
  },
  {
    title: 'Upheld by his hand',
    reference: 'Isaiah 41:10',
    text: 'Fear thou not; for I am with thee: be not dismayed; for I am thy God: I will strengthen thee; yea, I will help thee; yea, I will uphold thee with the right hand of my righteousness.',
    reflection: 'Count the promises: presence, belonging, strength, help, upholding. God answers fear not with an explanation but with himself. His right hand holds us when our grip is weak.',
    prayerPrompt: 'Pray each promise of this verse back to God in your own words.',
    actionStep: 'Send this verse to someone who is anxious.',
  },
  {
    title: 'Light of the world',
    reference: 'Matthew 5:14-16',
    text: 'Ye are the light of the world. A city that is set on an hill cannot be hid. Neither do men light a candle, and put it under a bushel, but on a candlestick; and it giveth light unto all that are in the house. Let your light so shine before men, that they may see your good works, and glorify your Father which is in heaven.',
    reflection: 'Jesus says we are light; he does not tell us to try to become it. Light is meant to be seen, not hidden. The goal of our good works is that others glorify the Father, not us.',
    prayerPrompt: 'Ask God where your light has been hidden and how to let it shine.',
    actionStep: 'Do a good work at home today, where only your household will see it.',
  },
  {
    title: 'Search me',
    reference: 'Psalm 139:23-24',
    text: 'Search me, O God, and know my heart: try me, and know my thoughts: And see if there be any wicked way in me, and lead me in the way everlasting.',
    reflection: 'After marvelling that God knows everything about him, David invites God to search him further. This is the prayer of someone who feels safe being fully known. Honest examination leads to being led in the everlasting way.',
    prayerPrompt: 'Pray these two verses slowly and listen for what comes to mind.',
    actionStep: 'Spend five minutes this evening reviewing your day with God.',
  },
  {
    title: 'As to the Lord',
    reference: 'Colossians 3:23',
    text: 'And whatsoever ye do, do it heartily, as to the Lord, and not unto men;',
    reflection: 'Paul wrote this first to servants whose work was often unseen and unrewarded. Every task becomes worship when done for the Lord. Ordinary work matters because he sees it.',
    prayerPrompt: 'Offer your work or studies today to God.',
    actionStep: 'Do your least favourite task today with care, as a gift to God.',
  },
  {
    title: 'He cares for you',
    reference: '1 Peter 5:7',
    text: 'Casting all your care upon him; for he careth for you.',
    reflection: 'To cast is a deliberate act: we throw our worries onto someone strong enough to carry them. The reason is simple and personal: he cares for you.',
    prayerPrompt: 'Name each care out loud and give it to God one by one.',
    actionStep: 'Write your worries on paper, pray over them, and then put the paper away.',
  },
  {
    title: 'Love while we were sinners',
    reference: 'Romans 5:8',
    text: 'But God commendeth his love toward us, in that, while we were yet sinners, Christ died for us.',
    reflection: 'God did not wait for us to improve before loving us. Christ died for us at our worst. That love is the firm ground under every other promise.',
    prayerPrompt: 'Thank God that his love did not wait for you to deserve it.',
    actionStep: 'Reach out to someone who is hard to love, and be kind to them.',
  },
  {
    title: 'Peace not as the world gives',
    reference: 'John 14:27',
    text: 'Peace I leave with you, my peace I give unto you: not as the world giveth, give I unto you. Let not your heart be troubled, neither let it be afraid.',
    reflection: 'Jesus spoke this the night before his death, to disciples about to be shaken. His peace does not depend on circumstances going well. It is his own peace, given as a gift.',
    prayerPrompt: 'Ask Jesus for his peace in the place where your heart is troubled.',
    actionStep: 'Be a peacemaker today in one tense conversation.',
  },
  {
    title: 'A clean heart',
    reference: 'Psalm 51:10',
    text: 'Create in me a clean heart, O God; and renew a right spirit within me.',
    reflection: 'David prayed this after his great failure. He asks God to create, the same word used in Genesis for making something new. Only God can make a heart clean, and he delights to do it.',
    prayerPrompt: 'Pray this verse as your own, slowly, three times.',
    actionStep: 'Let go of one grudge today and ask God to renew your spirit.',
  },
  {
    title: 'Strength in Christ',
    reference: 'Philippians 4:13',
    text: 'I can do all things through Christ which strengtheneth me.',
    reflection: 'Paul wrote this about contentment, whether he had plenty or little. The strength Christ gives is strength to be faithful in every circumstance, not a promise of getting everything we want.',
    prayerPrompt: 'Ask Christ for strength to be content where you are today.',
    actionStep: 'Thank God for three things you already have.',
  },
];

export const DEMO_READING_PLANS = [
  {
    slug: 'gospel-of-john-21-days',
    title: 'Gospel of John in 21 days',
    description: 'One chapter a day through the Gospel of John, to meet Jesus through the eyes of the beloved disciple.',
    days: Array.from({ length: 21 }, (_, index) => [`John ${index + 1}`]),
  },
  {
    slug: 'psalms-of-comfort-7-days',
    title: 'Psalms of comfort, 7 days',
    description: 'Seven psalms for hard seasons: the shepherd, the refuge, the keeper and the God who knows you.',
    days: [['Psalm 23'], ['Psalm 27'], ['Psalm 34'], ['Psalm 46'], ['Psalm 91'], ['Psalm 121'], ['Psalm 139']],
  },
];

/** Seeds missing demo devotions (from today, UTC) and reading plans; returns true when it wrote anything. */
export async function seedDevotions(prisma: PrismaClient, now: Date = new Date()): Promise<boolean> {
  const author = await prisma.user.findUnique({ where: { email: DEMO_INSTRUCTOR_EMAIL }, select: { id: true } });
  if (!author) return false;
  const today = dayInZone(now, 'UTC');
  const dates = Array.from({ length: DEMO_DEVOTION_DAYS }, (_, index) => dateColumnOfDay(today + index));
  const taken = new Set((await prisma.devotion.findMany({ where: { date: { in: dates } }, select: { date: true } })).map((row) => row.date.getTime()));
  const missing = dates.map((date, index) => ({ date, content: DEMO_DEVOTIONS[index % DEMO_DEVOTIONS.length]! })).filter(({ date }) => !taken.has(date.getTime()));
  const existingSlugs = new Set((await prisma.readingPlan.findMany({ where: { slug: { in: DEMO_READING_PLANS.map((plan) => plan.slug) } }, select: { slug: true } })).map((plan) => plan.slug));
  const missingPlans = DEMO_READING_PLANS.filter((plan) => !existingSlugs.has(plan.slug));
  if (missing.length === 0 && missingPlans.length === 0) return false;

  await prisma.$transaction(async (tx) => {
    if (missing.length > 0) {
      await tx.passage.createMany({
        data: missing.map(({ content }) => ({ reference: content.reference, translation: KJV, text: content.text })),
        skipDuplicates: true,
      });
      const passages = await tx.passage.findMany({
        where: { translation: KJV, reference: { in: missing.map(({ content }) => content.reference) } },
        select: { id: true, reference: true },
      });
      const passageIds = new Map(passages.map((passage) => [passage.reference, passage.id]));
      await tx.devotion.createMany({
        data: missing.map(({ date, content }) => ({
          date,
          title: content.title,
          passageId: passageIds.get(content.reference)!,
          reflection: content.reflection,
          prayerPrompt: content.prayerPrompt,
          actionStep: content.actionStep,
          authorId: author.id,
        })),
        skipDuplicates: true,
      });
    }
    for (const plan of missingPlans) {
      await tx.readingPlan.create({
        data: {
          slug: plan.slug,
          title: plan.title,
          description: plan.description,
          days: { create: plan.days.map((references, index) => ({ dayNumber: index + 1, references })) },
        },
      });
    }
  }, BULK_TRANSACTION_OPTIONS);
  return true;
}
