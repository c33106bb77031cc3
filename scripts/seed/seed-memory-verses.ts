// The curated scripture-memory set: well-known verses in the King James Version (public domain),
// stored as passages and offered to everyone as memory verses. Idempotent: adds only what is missing.
import type { PrismaClient } from '../../subgraphs/kit/src';
import { BULK_TRANSACTION_OPTIONS } from '../../subgraphs/kit/src/db';

export const MEMORY_VERSE_TRANSLATION = 'KJV';

/** [canonical reference, KJV text]. */
export const MEMORY_VERSES: readonly (readonly [string, string])[] = [
  ['Genesis 1:1', 'In the beginning God created the heaven and the earth.'],
  ['Deuteronomy 31:6', 'Be strong and of a good courage, fear not, nor be afraid of them: for the LORD thy God, he it is that doth go with thee; he will not fail thee, nor forsake thee.'],
  ['Joshua 1:9', 'Have not I commanded thee? Be strong and of a good courage; be not afraid, neither be thou dismayed: for the LORD thy God is with thee whithersoever thou goest.'],
  ['Psalm 23:1', 'The LORD is my shepherd; I shall not want.'],
  ['Psalm 27:1', 'The LORD is my light and my salvation; whom shall I fear? the LORD is the strength of my life; of whom shall I be afraid?'],
  ['Psalm 34:8', 'O taste and see that the LORD is good: blessed is the man that trusteth in him.'],
  ['Psalm 37:4', 'Delight thyself also in the LORD; and he shall give thee the desires of thine heart.'],
  ['Psalm 46:10', 'Be still, and know that I am God: I will be exalted among the heathen, I will be exalted in the earth.'],
  ['Psalm 51:10', 'Create in me a clean heart, O God; and renew a right spirit within me.'],
  ['Psalm 118:24', 'This is the day which the LORD hath made; we will rejoice and be glad in it.'],
  ['Psalm 119:11', 'Thy word have I hid in mine heart, that I might not sin against thee.'],
  ['Psalm 119:105', 'Thy word is a lamp unto my feet, and a light unto my path.'],
  ['Psalm 139:14', 'I will praise thee; for I am fearfully and wonderfully made: marvellous are thy works; and that my soul knoweth right well.'],
  ['Proverbs 3:5-6', 'Trust in the LORD with all thine heart; and lean not unto thine own understanding. In all thy ways acknowledge him, and he shall direct thy paths.'],
  ['Proverbs 22:6', 'Train up a child in the way he should go: and when he is old, he will not depart from it.'],
  ['Ecclesiastes 3:1', 'To every thing there is a season, and a time to every purpose under the heaven:'],
  ['Isaiah 40:31', 'But they that wait upon the LORD shall renew their strength; they shall mount up with wings as eagles; they shall run, and not be weary; and they shall walk, and not faint.'],
  ['Isaiah 41:10', 'Fear thou not; for I am with thee: be not dismayed; for I am thy God: I will strengthen thee; yea, I will help thee; yea, I will uphold thee with the right hand of my righteousness.'],
  ['Isaiah 53:5', 'But he was wounded for our transgressions, he was bruised for our iniquities: the chastisement of our peace was upon him; and with his stripes we are healed.'],
  ['Jeremiah 29:11', 'For I know the thoughts that I think toward you, saith the LORD, thoughts of peace, and not of evil, to give you an expected end.'],
  ['Lamentations 3:22-23', "It is of the LORD's mercies that we are not consumed, because his compassions fail not. They are new every morning: great is thy faithfulness."],
  ['Micah 6:8', 'He hath shewed thee, O man, what is good; and what doth the LORD require of thee, but to do justly, and to love mercy, and to walk humbly with thy God?'],
  ['Nahum 1:7', 'The LORD is good, a strong hold in the day of trouble; and he knoweth them that trust in him.'],
  ['Matthew 5:9', 'Blessed are the peacemakers: for they shall be called the children of God.'],
  ['Matthew 5:16', 'Let your light so shine before men, that they may see your good works, and glorify your Father which is in heaven.'],
  ['Matthew 6:33', 'But seek ye first the kingdom of God, and his righteousness; and all these things shall be added unto you.'],
  ['Matthew 11:28', 'Come unto me, all ye that labour and are heavy laden, and I will give you rest.'],
  ['Matthew 22:37', 'Jesus said unto him, Thou shalt love the Lord thy God with all thy heart, and with all thy soul, and with all thy mind.'],
  ['Matthew 28:19', 'Go ye therefore, and teach all nations, baptizing them in the name of the Father, and of the Son, and of the Holy Ghost:'],
  ['John 1:1', 'In the beginning was the Word, and the Word was with God, and the Word was God.'],
  ['John 3:16', 'For God so loved the world, that he gave his only begotten Son, that whosoever believeth in him should not perish, but have everlasting life.'],
  ['John 13:34', 'A new commandment I give unto you, That ye love one another; as I have loved you, that ye also love one another.'],
  ['John 14:6', 'Jesus saith unto him, I am the way, the truth, and the life: no man cometh unto the Father, but by me.'],
  ['John 15:5', 'I am the vine, ye are the branches: He that abideth in me, and I in him, the same bringeth forth much fruit: for without me ye can do nothing.'],
  ['John 16:33', 'These things I have spoken unto you, that in me ye might have peace. In the world ye shall have tribulation: but be of good cheer; I have overcome the world.'],
  ['Acts 1:8', 'But ye shall receive power, after that the Holy Ghost is come upon you: and ye shall be witnesses unto me both in Jerusalem, and in all Judaea, and in Samaria, and unto the uttermost part of the earth.'],
  ['Romans 3:23', 'For all have sinned, and come short of the glory of God;'],
  ['Romans 5:8', 'But God commendeth his love toward us, in that, while we were yet sinners, Christ died for us.'],
  ['Romans 6:23', 'For the wages of sin is death; but the gift of God is eternal life through Jesus Christ our Lord.'],
  ['Romans 8:28', 'And we know that all things work together for good to them that love God, to them who are the called according to his purpose.'],
  ['Romans 10:9', 'That if thou shalt confess with thy mouth the Lord Jesus, and shalt believe in thine heart that God hath raised him from the dead, thou shalt be saved.'],
  ['Romans 12:2', 'And be not conformed to this world: but be ye transformed by the renewing of your mind, that ye may prove what is that good, and acceptable, and perfect, will of God.'],
  ['1 Corinthians 10:13', 'There hath no temptation taken you but such as is common to man: but God is faithful, who will not suffer you to be tempted above that ye are able; but will with the temptation also make a way to escape, that ye may be able to bear it.'],
  ['1 Corinthians 13:4', 'Charity suffereth long, and is kind; charity envieth not; charity vaunteth not itself, is not puffed up,'],
  ['2 Corinthians 5:17', 'Therefore if any man be in Christ, he is a new creature: old things are passed away; behold, all things are become new.'],
  ['2 Corinthians 12:9', 'And he said unto me, My grace is sufficient for thee: for my strength is made perfect in weakness. Most gladly therefore will I rather glory in my infirmities, that the power of Christ may rest upon me.'],
  ['Galatians 2:20', 'I am crucified with Christ: nevertheless I live; yet not I, but Christ liveth in me: and the life which I now live in the flesh I live by the faith of the Son of God, who loved me, and gave himself for me.'],
  ['Galatians 5:22-23', 'But the fruit of the Spirit is love, joy, peace, longsuffering, gentleness, goodness, faith, Meekness, temperance: against such there is no law.'],
  ['Ephesians 2:8-9', 'For by grace are ye saved through faith; and that not of yourselves: it is the gift of God: Not of works, lest any man should boast.'],
  ['Ephesians 6:10', 'Finally, my brethren, be strong in the Lord, and in the power of his might.'],
  ['Philippians 4:6', 'Be careful for nothing; but in every thing by prayer and supplication with thanksgiving let your requests be made known unto God.'],
  ['Philippians 4:7', 'And the peace of God, which passeth all understanding, shall keep your hearts and minds through Christ Jesus.'],
  ['Philippians 4:13', 'I can do all things through Christ which strengtheneth me.'],
  ['Colossians 3:23', 'And whatsoever ye do, do it heartily, as to the Lord, and not unto men;'],
  ['1 Thessalonians 5:16-18', 'Rejoice evermore. Pray without ceasing. In every thing give thanks: for this is the will of God in Christ Jesus concerning you.'],
  ['2 Timothy 3:16', 'All scripture is given by inspiration of God, and is profitable for doctrine, for reproof, for correction, for instruction in righteousness:'],
  ['Hebrews 4:12', 'For the word of God is quick, and powerful, and sharper than any twoedged sword, piercing even to the dividing asunder of soul and spirit, and of the joints and marrow, and is a discerner of the thoughts and intents of the heart.'],
  ['Hebrews 11:1', 'Now faith is the substance of things hoped for, the evidence of things not seen.'],
  ['Hebrews 13:8', 'Jesus Christ the same yesterday, and to day, and for ever.'],
  ['James 1:5', 'If any of you lack wisdom, let him ask of God, that giveth to all men liberally, and upbraideth not; and it shall be given him.'],
  ['1 Peter 5:7', 'Casting all your care upon him; for he careth for you.'],
  ['1 John 1:9', 'If we confess our sins, he is faithful and just to forgive us our sins, and to cleanse us from all unrighteousness.'],
  ['1 John 4:19', 'We love him, because he first loved us.'],
  ['Revelation 3:20', 'Behold, I stand at the door, and knock: if any man hear my voice, and open the door, I will come in to him, and will sup with him, and he with me.'],
];

/** Adds the missing curated passages and memory verses; returns true when it wrote anything. */
export async function seedMemoryVerses(prisma: PrismaClient): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const passages = await tx.passage.createMany({
      data: MEMORY_VERSES.map(([reference, text]) => ({ reference, translation: MEMORY_VERSE_TRANSLATION, text })),
      skipDuplicates: true,
    });
    const stored = await tx.passage.findMany({
      where: { translation: MEMORY_VERSE_TRANSLATION, reference: { in: MEMORY_VERSES.map(([reference]) => reference) } },
      select: { id: true },
    });
    const verses = await tx.memoryVerse.createMany({ data: stored.map((passage) => ({ passageId: passage.id, curated: true })), skipDuplicates: true });
    return passages.count + verses.count > 0;
  }, BULK_TRANSACTION_OPTIONS);
}
