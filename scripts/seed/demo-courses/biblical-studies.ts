// Demo courses of the Biblical Studies faculty: the Gospel of John, and the Psalms as Israel's prayer book.
import type { DemoCourse, DemoQuestionClassification } from './types';

const john = (topic: string, difficulty: DemoQuestionClassification['difficulty'], tags: string[]): DemoQuestionClassification => ({
  grade: 11,
  subject: 'Biblical Studies',
  topic,
  difficulty,
  tags: ['gospel-of-john', ...tags],
});

const psalms = (topic: string, difficulty: DemoQuestionClassification['difficulty'], tags: string[]): DemoQuestionClassification => ({
  grade: 12,
  subject: 'Biblical Studies',
  topic,
  difficulty,
  tags: ['psalms', ...tags],
});

export const GOSPEL_OF_JOHN: DemoCourse = {
  slug: 'gospel-of-john',
  title: 'The Gospel of John: Word, Signs and Glory',
  summary: 'A guided reading of the Fourth Gospel, from its prologue through the seven signs to the hour of glory.',
  description: `
The Gospel of John tells the story of Jesus in a voice unlike Matthew, Mark and Luke. In this course you read
it closely, section by section:

- **The prologue** (John 1:1–18) and its echoes of Genesis.
- **The Book of Signs** (chapters 1–12): seven signs and the "I am" sayings.
- **The Book of Glory** (chapters 13–20): the farewell discourse, the cross and the resurrection.

No Greek is required; key words are explained as they come.`,
  facultySlug: 'biblical-studies',
  difficulty: 'beginner',
  tags: ['new-testament', 'gospels', 'john'],
  isFree: true,
  prerequisiteSlugs: [],
  modules: [
    {
      title: 'The Prologue (John 1:1–18)',
      summary: 'How John opens his Gospel by retelling the beginning of all things.',
      lectures: [
        {
          title: 'In the Beginning Was the Word',
          durationMinutes: 18,
          transcript: `
Welcome. We begin where John begins: "In the beginning was the Word, and the Word was with God, and the Word was God." Any reader who knew the Scriptures of Israel would hear at once the first words of Genesis, "In the beginning God created the heavens and the earth." John is deliberately retelling creation. Before he says anything about Bethlehem, Galilee or Jerusalem, he places the story of Jesus against the horizon of the whole universe.

The Greek word translated "Word" is logos. It could mean a spoken word, a message, or the reason and order behind things. For Greek philosophers, especially the Stoics, the logos was the rational principle that holds the cosmos together. The Jewish thinker Philo of Alexandria, a contemporary of Jesus, also spoke of the Logos as the means by which God relates to the world. But John's deepest roots are in the Hebrew Bible: God creates by speaking ("And God said, Let there be light"), the word of the LORD comes to the prophets, and in Proverbs 8 Wisdom is beside God as a master worker at creation. John gathers all these threads into one word.

Notice the three clauses of verse 1. "In the beginning was the Word" says the Word already existed when the beginning began. "The Word was with God" distinguishes the Word from God the Father; the preposition pros suggests being face to face, in relationship. "The Word was God" then identifies the Word as fully divine. In Greek the word for God in this last clause has no article, which is how Greek marks the predicate; it does not mean "a god". John holds distinction and unity together, and later Christian theology spent centuries working out what that means.

Verses 3 to 5 speak of creation, life and light: "All things were made through him, and without him was not any thing made that was made. In him was life, and the life was the light of men. The light shines in the darkness, and the darkness has not overcome it." The verb in that last line, katalambano, can mean to seize, to overcome, or to grasp with the mind, which is why the King James Version reads "the darkness comprehended it not". Both senses fit John: the darkness neither understood the light nor managed to put it out.
`,
        },
        {
          title: 'The Word Became Flesh',
          durationMinutes: 20,
          transcript: `
In the second half of the prologue the camera moves from eternity into history. Verse 6 introduces "a man sent from God, whose name was John". This is John the Baptist, and the Gospel is careful to say that he was not the light; he came to bear witness about the light. Witness, or testimony, is one of the great words of this Gospel. The Baptist, the Samaritan woman, the works of Jesus, the Scriptures and finally the beloved disciple all give testimony so that readers may believe.

Verses 10 and 11 state the tragedy at the heart of the story: "He was in the world, and the world was made through him, yet the world did not know him. He came to his own, and his own people did not receive him." Yet verse 12 opens a door: "to all who did receive him, who believed in his name, he gave the right to become children of God." Belonging to God's family is described as a new birth, "not of blood nor of the will of the flesh nor of the will of man, but of God", a theme Jesus will take up with Nicodemus in chapter 3.

Then comes the sentence the whole prologue has been building toward, verse 14: "And the Word became flesh and dwelt among us, and we have seen his glory, glory as of the only Son from the Father, full of grace and truth." The verb translated "dwelt" is eskenosen, literally "pitched his tent" or "tabernacled". In Exodus, God's glory filled the tabernacle in the wilderness. John says that glory now lives among us in a human life. The phrase "full of grace and truth" echoes Exodus 34:6, where God passes before Moses and is proclaimed "abounding in steadfast love and faithfulness", in Hebrew hesed and emet.

The prologue closes by comparing Moses and Jesus: "For the law was given through Moses; grace and truth came through Jesus Christ. No one has ever seen God; the only God, who is at the Father's side, he has made him known." The final verb is exegesato, from which we get the word exegesis. Jesus is God's exegesis, the one who explains and interprets the Father. Keep verse 18 in mind; the rest of the Gospel shows what it looks like for the unseen God to be made known.
`,
        },
      ],
      readings: [
        {
          title: 'Genesis 1 and John 1 Side by Side',
          estimatedMinutes: 12,
          body: `
Read Genesis 1:1–5 and John 1:1–5 aloud, one after the other. Then note the shared vocabulary:

| Genesis 1 | John 1 |
| --- | --- |
| "In the beginning" | "In the beginning" |
| God speaks and things come to be | All things were made through the Word |
| "Let there be light" | "The light shines in the darkness" |
| Light separated from darkness | The darkness has not overcome the light |

Ask yourself: what does John gain by telling the story of Jesus as a new account of creation?`,
        },
      ],
    },
    {
      title: 'The Book of Signs',
      summary: 'Seven signs and seven "I am" sayings that reveal who Jesus is.',
      lectures: [
        {
          title: 'Seven Signs',
          durationMinutes: 22,
          transcript: `
John never calls the miracles of Jesus "works of power", the usual word in the other Gospels. He calls them signs, semeia in Greek. A sign points beyond itself. When Jesus turns water into wine at the wedding in Cana, the evangelist adds: "This, the first of his signs, Jesus did at Cana in Galilee, and manifested his glory. And his disciples believed in him." The point is not the wine but what the wine reveals.

Most readers count seven signs in chapters 2 to 11. First, water into wine at Cana (2:1–11). Second, the healing of a royal official's son, also at Cana, which John explicitly calls "the second sign" (4:46–54). Third, the healing of a man who had been ill for thirty-eight years at the pool of Bethesda (chapter 5). Fourth, the feeding of the five thousand (6:1–15). Fifth, Jesus walking on the sea (6:16–21). Sixth, the healing of a man born blind (chapter 9). Seventh, the raising of Lazarus (chapter 11). Some scholars leave out the walking on the water and count the great catch of fish in chapter 21 instead; the number seven, a number of completeness, matters more than any single list.

The signs are usually followed by conversation or controversy that unpacks their meaning. After the feeding of the five thousand, Jesus says "I am the bread of life." Before raising Lazarus he says "I am the resurrection and the life." After healing the man born blind, the story becomes an argument about who is truly blind: the man comes to see, step by step, while the religious authorities become more and more sure of themselves and less able to see.

John tells us plainly why he wrote: "Now Jesus did many other signs in the presence of the disciples, which are not written in this book; but these are written so that you may believe that Jesus is the Christ, the Son of God, and that by believing you may have life in his name" (20:30–31). The signs are chosen evidence, and the reader is invited to respond as the first disciples did at Cana.
`,
        },
        {
          title: 'The "I Am" Sayings',
          durationMinutes: 19,
          transcript: `
Seven times in John, Jesus says "I am" followed by an image: "I am the bread of life" (6:35), "I am the light of the world" (8:12), "I am the door of the sheep" (10:7), "I am the good shepherd" (10:11), "I am the resurrection and the life" (11:25), "I am the way, and the truth, and the life" (14:6), and "I am the true vine" (15:1). Each image draws on Israel's Scriptures. Manna was bread from heaven in the wilderness; the LORD is Israel's shepherd in Psalm 23 and Ezekiel 34; Israel is pictured as God's vine in Isaiah 5 and Psalm 80.

There are also sayings where "I am" stands alone, without any image. The most striking is 8:58: "Truly, truly, I say to you, before Abraham was, I am." The crowd picks up stones, because they hear an echo of God's name revealed to Moses at the burning bush in Exodus 3:14, and of the repeated "I am he" of Isaiah 40 to 48. In the Greek translation of the Old Testament, the Septuagint, God says ego eimi, the same words Jesus uses.

The images are not decorations. Each answers a human need. People are hungry, and he is bread; they walk in darkness, and he is light; they are lost, and he is the way; they die, and he is the resurrection and the life. John's Gospel constantly moves from the physical need to the deeper, spiritual one, and the "I am" sayings are where that movement is stated most clearly.

As you read, notice how often people misunderstand Jesus by taking his words only at the physical level. Nicodemus wonders how a grown man can be born again; the Samaritan woman wants water so she need not come to the well; the crowd asks for bread every day. Misunderstanding is one of John's favourite teaching tools: the reader is invited to hear the second, higher meaning the characters miss.
`,
        },
      ],
      readings: [
        {
          title: 'A Map of the Seven Signs',
          estimatedMinutes: 10,
          body: `
1. Water into wine — Cana (John 2:1–11)
2. The official's son healed — Cana and Capernaum (4:46–54)
3. The man at the pool of Bethesda — Jerusalem (5:1–15)
4. Five thousand fed — near the Sea of Galilee (6:1–15)
5. Walking on the sea — Sea of Galilee (6:16–21)
6. The man born blind — Jerusalem, pool of Siloam (9:1–41)
7. Lazarus raised — Bethany (11:1–44)

For each sign, find the saying or dialogue nearby that explains it.`,
        },
      ],
      assignment: {
        title: 'Tracing a Theme Through John',
        dueInDays: 21,
        instructions: `
Choose one of these themes: **light and darkness**, **testimony**, or **belief**. Trace it through at least
four passages of the Gospel, including one from the prologue and one from the Book of Signs.

Write 800–1,200 words. Quote the passages you use and explain how each one develops the theme.`,
        rubric: [
          { id: 'passages', title: 'Choice of passages', description: 'Four or more relevant passages, including the prologue and a sign.', points: 8 },
          { id: 'reading', title: 'Close reading', description: 'Explains what each passage says in its context, with accurate references.', points: 12 },
          { id: 'development', title: 'Development of the theme', description: 'Shows how the theme grows or changes across the Gospel.', points: 10 },
          { id: 'writing', title: 'Clarity', description: 'Organised, clear prose within the word limit.', points: 5 },
        ],
      },
      quiz: {
        title: 'Prologue and Signs',
        description: 'Check your reading of John 1–11.',
        passingScorePercent: 60,
        timeLimitMinutes: 20,
        maxAttempts: 3,
        questions: [
          {
            type: 'multiple_choice_single',
            prompt: 'Which Greek word does John use in 1:1 for "Word"?',
            options: [
              { id: 'a', text: 'Logos' },
              { id: 'b', text: 'Sophia' },
              { id: 'c', text: 'Pneuma' },
              { id: 'd', text: 'Doxa' },
            ],
            answerKey: { correctOptionIds: ['a'] },
            explanation: 'Logos means word, message or reason. Sophia is wisdom, pneuma is spirit and doxa is glory.',
            ...john('Prologue', 'beginner', ['logos', 'vocabulary']),
          },
          {
            type: 'true_false',
            prompt: 'The Gospel of John opens with a genealogy of Jesus.',
            answerKey: { value: false },
            explanation: 'Matthew opens with a genealogy; John opens with the Word who was in the beginning with God.',
            ...john('Prologue', 'beginner', ['comparison']),
          },
          {
            type: 'short_answer',
            prompt: 'Give the chapter and verse of John where "the Word became flesh" (for example 3:16).',
            answerKey: { acceptedAnswers: ['1:14', 'John 1:14'], pattern: '^(john\\s*)?1\\s*[:.]\\s*14$' },
            explanation: 'John 1:14: "And the Word became flesh and dwelt among us."',
            ...john('Prologue', 'intermediate', ['incarnation', 'references']),
          },
          {
            type: 'multiple_choice_multi',
            prompt: 'Which of these are "I am" sayings of Jesus in John? Choose all that apply.',
            options: [
              { id: 'a', text: 'I am the bread of life' },
              { id: 'b', text: 'I am the true vine' },
              { id: 'c', text: 'I am the salt of the earth' },
              { id: 'd', text: 'I am the good shepherd' },
              { id: 'e', text: 'I am the lamb of God' },
            ],
            answerKey: { correctOptionIds: ['a', 'b', 'd'] },
            explanation: '"You are the salt of the earth" is from Matthew 5:13, and "Behold, the Lamb of God" is said about Jesus by John the Baptist (1:29).',
            ...john('I am sayings', 'intermediate', ['i-am', 'christology']),
          },
          {
            type: 'multiple_choice_single',
            prompt: 'Which sign does John call "the first of his signs"?',
            options: [
              { id: 'a', text: 'The raising of Lazarus' },
              { id: 'b', text: 'Water turned into wine at Cana' },
              { id: 'c', text: 'The feeding of the five thousand' },
              { id: 'd', text: 'The healing of the man born blind' },
            ],
            answerKey: { correctOptionIds: ['b'] },
            explanation: 'John 2:11: "This, the first of his signs, Jesus did at Cana in Galilee."',
            ...john('Signs', 'beginner', ['signs', 'cana']),
          },
          {
            type: 'essay',
            prompt: 'How does the prologue of John (1:1–18) retell the creation story of Genesis 1, and why does that matter for how the rest of the Gospel presents Jesus?',
            answerKey: {
              maxWords: 500,
              rubric: [
                { id: 'echoes', title: 'Echoes identified', description: 'Names at least three links between Genesis 1 and John 1.', points: 4 },
                { id: 'meaning', title: 'Significance', description: 'Explains what the links claim about the Word.', points: 4 },
                { id: 'gospel', title: 'Connection to the Gospel', description: 'Connects the prologue to a later passage.', points: 2 },
              ],
            },
            explanation: 'Strong answers note "In the beginning", creation through speech, light and darkness, and the claim that the Word is the agent of creation.',
            points: 10,
            ...john('Prologue', 'advanced', ['genesis', 'creation', 'essay']),
          },
        ],
      },
    },
    {
      title: 'The Book of Glory',
      summary: 'The farewell discourse, the prayer of Jesus, the cross and the empty tomb.',
      lectures: [
        {
          title: 'The Hour Has Come',
          durationMinutes: 24,
          transcript: `
Throughout the first half of the Gospel, Jesus says "my hour has not yet come." At the start of chapter 13 the narrator announces that Jesus knew "his hour had come to depart out of this world to the Father." Chapters 13 to 20 are often called the Book of Glory, because for John the hour of the cross is the hour when the Son is glorified.

The section opens with Jesus washing his disciples' feet, the task of a servant. Peter protests and then asks to be washed all over; Jesus tells them to wash one another's feet. Then comes the long farewell discourse of chapters 14 to 16. Jesus promises "another Helper", the Paraclete, the Spirit of truth, who will teach the disciples and remind them of everything he said. He speaks of abiding in him as branches abide in a vine, and gives the new commandment: "that you love one another: just as I have loved you."

Chapter 17 is a prayer, often called the high priestly prayer. Jesus lifts his eyes to heaven and prays for himself, for his disciples, and for all who will believe through their word: "that they may all be one, just as you, Father, are in me, and I in you." For anyone learning to pray, this chapter repays slow reading: it is intimate, confident, and entirely concerned with the glory of God and the good of others.

In John's account of the crucifixion, Jesus is in command. He carries his own cross, he entrusts his mother to the beloved disciple, and his last word is "It is finished", a single Greek word, tetelestai, meaning completed or accomplished. Earlier he had said, "when I am lifted up from the earth, I will draw all people to myself." Being lifted up on the cross and being lifted up in glory are, for John, the same event.

On the first day of the week Mary Magdalene finds the tomb empty and meets the risen Jesus, whom she first takes for the gardener. A week later Thomas, who had doubted, says "My Lord and my God!" That confession brings the Gospel full circle: the Word who "was God" in the first verse is now worshipped as God by a disciple, and the book turns to its readers, "who have not seen and yet have believed."
`,
        },
      ],
      readings: [
        {
          title: 'Praying John 17',
          estimatedMinutes: 15,
          body: `
Read John 17 slowly three times.

1. The first time, mark every request Jesus makes.
2. The second time, mark who each request is for: himself, the disciples, or later believers.
3. The third time, choose one verse and pray it in your own words.`,
        },
      ],
    },
  ],
};

export const PSALMS_PRAYER_BOOK: DemoCourse = {
  slug: 'psalms-israels-prayer-book',
  title: 'The Psalms: Israel’s Prayer Book',
  summary: 'How the 150 psalms are made, how they are arranged, and how they teach lament and praise.',
  description: `
The Psalms have been the prayer book of synagogue and church for over two thousand years. This course
explains how Hebrew poetry works, how the Psalter is arranged into five books, and what the main kinds of
psalm are, with close readings of Psalms 1, 13, 22, 88 and 150.

You will finish by writing a lament of your own in the classic shape.`,
  facultySlug: 'biblical-studies',
  difficulty: 'intermediate',
  tags: ['old-testament', 'psalms', 'prayer', 'poetry'],
  isFree: false,
  prerequisiteSlugs: [],
  modules: [
    {
      title: 'Reading Hebrew Poetry',
      summary: 'Parallel lines, images, and the five books of the Psalter.',
      lectures: [
        {
          title: 'Parallelism and the Shape of a Psalm',
          durationMinutes: 21,
          transcript: `
Hebrew poetry does not rhyme, and its rhythm is a matter of stresses rather than a fixed metre. Its most recognisable feature is parallelism: a line is made of two, sometimes three, short parts that answer one another. In 1753 the Oxford scholar Robert Lowth, lecturing on the sacred poetry of the Hebrews, named this parallelismus membrorum, the parallelism of the members.

Lowth described three kinds. In synonymous parallelism the second half restates the first: "The heavens declare the glory of God; and the firmament sheweth his handywork" (Psalm 19:1). In antithetic parallelism the second half states the opposite: "For the LORD knoweth the way of the righteous: but the way of the ungodly shall perish" (Psalm 1:6). Everything else he called synthetic, where the second half completes or extends the first.

Twentieth-century scholars such as James Kugel and Robert Alter showed that the second line is rarely a mere repetition. It usually sharpens, intensifies or specifies the first: "A, and what's more, B." In Psalm 19, the heavens declare God's glory, and what's more the sky itself is described as his handiwork. Reading a psalm well means asking, line by line, what the second half adds.

The Psalter itself is a book of 150 psalms arranged in five books: Psalms 1 to 41, 42 to 72, 73 to 89, 90 to 106, and 107 to 150. Each of the first four books ends with a short doxology, a blessing of God such as "Blessed be the LORD, the God of Israel, from everlasting to everlasting! Amen and Amen" (41:13), and Psalm 150 serves as the doxology of the whole collection. Many readers see the five books as a deliberate echo of the five books of Moses.

Psalms 1 and 2 form a gateway. Psalm 1 pictures the person who delights in the law of the LORD, like a tree planted by streams of water; Psalm 2 pictures the LORD's anointed king, set on Zion despite the raging of the nations. Torah and king, personal faithfulness and God's rule over history: the rest of the book prays its way between these two poles.
`,
        },
      ],
      readings: [
        {
          title: 'How the Psalter Is Arranged',
          estimatedMinutes: 10,
          body: `
- **Book I** — Psalms 1–41, mostly headed "of David".
- **Book II** — Psalms 42–72, including psalms "of the sons of Korah"; ends "The prayers of David, the son of Jesse, are ended."
- **Book III** — Psalms 73–89, many "of Asaph"; ends with Psalm 89's question about God's promise to David.
- **Book IV** — Psalms 90–106, opening with "a prayer of Moses".
- **Book V** — Psalms 107–150, with the Songs of Ascents (120–134) and the final Hallelujah psalms (146–150).

The Hebrew title of the book is *Tehillim*, "praises".`,
        },
      ],
    },
    {
      title: 'Lament and Praise',
      summary: 'Praying in the dark, and the praise that answers it.',
      lectures: [
        {
          title: 'The Lament: Praying in the Dark',
          durationMinutes: 23,
          transcript: `
At the start of the twentieth century the German scholar Hermann Gunkel sorted the psalms by form: hymns of praise, individual laments, communal laments, songs of thanksgiving, royal psalms and wisdom psalms. The surprise for many readers is that laments are the largest group. The prayer book of Israel gives more room to complaint than to any other kind of prayer.

A lament usually moves through the same steps. It opens by addressing God. It states the complaint, often sharply. It asks God to act. It expresses trust. And it ends with a vow to praise, as if the answer were already on its way. Psalm 13 shows the whole shape in six verses. It begins "How long, O LORD? Wilt thou forget me for ever?", asks "Consider and hear me, O LORD my God: lighten mine eyes", and closes "But I have trusted in thy mercy; my heart shall rejoice in thy salvation. I will sing unto the LORD."

Psalm 22 begins with the cry "My God, my God, why hast thou forsaken me?", words Jesus prays from the cross in Mark 15:34 and Matthew 27:46. The psalm goes on through mockery, thirst and pierced hands and feet, then turns at verse 21 to praise in the great congregation, ending with the announcement that the LORD "hath done this". Praying the first verse would call the whole psalm to mind for those who knew it.

Psalm 88 is the exception that proves how honest the Psalter is. It never turns. It ends in darkness: "lover and friend hast thou put far from me, and mine acquaintance into darkness." Its place in Scripture tells those who are praying through depression or grief that even a prayer with no resolution is still a prayer addressed to God.

Walter Brueggemann suggested a simple map: psalms of orientation, when life is ordered and good; psalms of disorientation, when that order collapses; and psalms of new orientation, when a person comes through to surprised gratitude. The laments are the psalms of disorientation, and they teach that faith can speak its pain aloud.
`,
        },
        {
          title: 'Praise and Thanksgiving',
          durationMinutes: 17,
          transcript: `
The word hallelujah is Hebrew for "praise Yah", a short form of the divine name. Hymns of praise usually have two parts: a call to praise ("O come, let us sing unto the LORD") and the reasons for praise, often introduced by "for": for he is good, for his steadfast love endures for ever, for he made the heavens, for he rescued his people from Egypt.

Psalms 113 to 118 are known in Jewish tradition as the Egyptian Hallel and are sung at Passover. Psalm 118 was likely among the hymns Jesus and his disciples sang after the Last Supper, and its verse "The stone which the builders refused is become the head stone of the corner" is quoted several times in the New Testament.

The song of thanksgiving, in Hebrew todah, is close to praise but more personal. It tells the story of a rescue: I was in trouble, I cried to the LORD, he heard me, and now I keep my vow before his people. Psalm 30 is a good example: "Thou hast turned for me my mourning into dancing." Thanksgiving is lament remembered from the other side.

The Psalter ends with five psalms that each begin and end with hallelujah. Psalm 150 calls on trumpet, harp, lyre, tambourine, strings, pipe and cymbals, and finally on "every thing that hath breath". After all the laments, the book's last word is praise, not because the pain was unreal, but because Israel believed the God who hears complaint is also the God who will be praised.
`,
        },
      ],
      readings: [
        {
          title: 'Psalm 13 in Five Movements',
          estimatedMinutes: 8,
          body: `
Mark these movements in Psalm 13:

1. **Address** — "O LORD" (v. 1)
2. **Complaint** — "How long?" four times (vv. 1–2)
3. **Petition** — "Consider and hear me… lighten mine eyes" (v. 3)
4. **Trust** — "But I have trusted in thy mercy" (v. 5)
5. **Vow of praise** — "I will sing unto the LORD" (v. 6)`,
        },
      ],
      assignment: {
        title: 'Write a Lament',
        dueInDays: 28,
        instructions: `
Write a psalm of lament of 12–20 lines about a real situation (your own, your community's, or the world's).
Follow the five movements: address, complaint, petition, trust, vow of praise. Use parallelism in at least
four lines.

Then add a short note (200–300 words) explaining which psalm you modelled it on and why.`,
        rubric: [
          { id: 'form', title: 'Lament form', description: 'All five movements are present and recognisable.', points: 10 },
          { id: 'parallelism', title: 'Parallelism', description: 'At least four lines use parallelism, and the second half adds something.', points: 6 },
          { id: 'honesty', title: 'Honesty and imagery', description: 'The complaint is concrete; images are fresh and fitting.', points: 6 },
          { id: 'note', title: 'Reflection note', description: 'Names a model psalm and explains the choice.', points: 3 },
        ],
      },
      quiz: {
        title: 'Poetry, Lament and Praise',
        description: 'Check your understanding of how the psalms work.',
        passingScorePercent: 70,
        timeLimitMinutes: 15,
        maxAttempts: 2,
        questions: [
          {
            type: 'multiple_choice_single',
            prompt: 'Into how many books is the Psalter divided?',
            options: [
              { id: 'a', text: 'Three' },
              { id: 'b', text: 'Five' },
              { id: 'c', text: 'Seven' },
              { id: 'd', text: 'Twelve' },
            ],
            answerKey: { correctOptionIds: ['b'] },
            explanation: 'Psalms 1–41, 42–72, 73–89, 90–106 and 107–150.',
            ...psalms('Structure of the Psalter', 'beginner', ['structure']),
          },
          {
            type: 'short_answer',
            prompt: 'Which psalm begins "My God, my God, why hast thou forsaken me?" Give its number.',
            answerKey: { acceptedAnswers: ['22', 'Psalm 22', 'Ps 22', 'Ps. 22'] },
            explanation: 'Psalm 22, which Jesus prays from the cross in Mark 15:34.',
            ...psalms('Lament', 'beginner', ['lament', 'psalm-22']),
          },
          {
            type: 'true_false',
            prompt: 'Every lament psalm ends with a turn to trust or praise.',
            answerKey: { value: false },
            explanation: 'Psalm 88 ends in darkness without a turn.',
            ...psalms('Lament', 'intermediate', ['lament', 'psalm-88']),
          },
          {
            type: 'multiple_choice_multi',
            prompt: 'Which of these are usual movements of an individual lament? Choose all that apply.',
            options: [
              { id: 'a', text: 'Complaint' },
              { id: 'b', text: 'Petition' },
              { id: 'c', text: 'Genealogy' },
              { id: 'd', text: 'Vow of praise' },
            ],
            answerKey: { correctOptionIds: ['a', 'b', 'd'] },
            explanation: 'Address, complaint, petition, trust and a vow of praise; genealogies belong to narrative, not lament.',
            ...psalms('Lament', 'intermediate', ['lament', 'form-criticism']),
          },
          {
            type: 'multiple_choice_single',
            prompt: 'What kind of parallelism is "the LORD knoweth the way of the righteous: but the way of the ungodly shall perish"?',
            options: [
              { id: 'a', text: 'Synonymous' },
              { id: 'b', text: 'Antithetic' },
              { id: 'c', text: 'Synthetic' },
            ],
            answerKey: { correctOptionIds: ['b'] },
            explanation: 'The second half states the opposite of the first (Psalm 1:6).',
            ...psalms('Hebrew poetry', 'intermediate', ['parallelism']),
          },
          {
            type: 'essay',
            prompt: 'Using Psalm 13 or Psalm 22, explain how a lament can move from complaint to praise without denying the pain it began with.',
            answerKey: {
              maxWords: 600,
              rubric: [
                { id: 'movements', title: 'Movements traced', description: 'Identifies the movements with verse references.', points: 4 },
                { id: 'turn', title: 'The turn', description: 'Explains what makes the turn to trust possible.', points: 4 },
                { id: 'pain', title: 'Honesty kept', description: 'Shows that the complaint is not cancelled by the praise.', points: 4 },
              ],
            },
            explanation: 'Good answers see the vow of praise as trust spoken before the answer comes.',
            points: 12,
            ...psalms('Lament', 'advanced', ['lament', 'essay']),
          },
        ],
      },
    },
  ],
};
