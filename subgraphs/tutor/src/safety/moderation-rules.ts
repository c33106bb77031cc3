// The phrase rules behind moderateText. They run over folded text (see fold-text.ts) and aim at what a
// message asks for or says it will do, not at topics: "the violence of the Roman conquest", "kill the
// process" and "Durkheim's study of suicide" are coursework and must pass, while "how do I make a pipe bomb"
// and "I want to kill myself" must not. Each rule names the reason recorded on a flagged message.

export type ModerationCategory = 'self_harm' | 'violence' | 'sexual' | 'hate' | 'weapons' | 'personal_data';

export type ModerationDirection = 'input' | 'output';

export interface ModerationRule {
  category: ModerationCategory;
  /** Why a message was flagged, in words an instructor or parent reading the flag understands. */
  reason: string;
  pattern: RegExp;
  /** Which side of the conversation the rule checks. @default both */
  directions?: ModerationDirection[];
}

/** Joins alternatives into one non-capturing group. */
const anyOf = (...alternatives: string[]): string => `(?:${alternatives.join('|')})`;

/** Patterns are case-sensitive on purpose: they only ever see folded, lower-case text. */
const rule = (category: ModerationCategory, reason: string, source: string, directions?: ModerationDirection[]): ModerationRule => ({
  category,
  reason,
  pattern: new RegExp(source),
  directions,
});

// ---- self-harm: first-person intent, asking for methods, or urging someone to do it ----

const SELF_HARM_ACTS = anyOf('kill(?:ing)?', 'hurt(?:ing)?', 'harm(?:ing)?', 'cut(?:ting)?', 'hang(?:ing)?', 'starv(?:e|ing)', 'poison(?:ing)?', 'overdos(?:e|ing)');
const WANTING = anyOf('want to', 'wanna', 'going to', 'gonna', 'plan to', 'planning to', 'thinking about', 'thinking of', 'think about', 'about to', 'trying to', 'urge to', 'need to', 'should');

const SELF_HARM_RULES: ModerationRule[] = [
  rule('self_harm', 'talks about killing themself', String.raw`\b(?:kill|killing|hang|hanging) myself\b`),
  // "I need to cut myself a slice" is lunch.
  rule('self_harm', 'talks about wanting to hurt themself', String.raw`\b${WANTING} ${SELF_HARM_ACTS} myself\b(?! (?:a|an|some|off|free|loose|short|out)\b)`),
  rule('self_harm', 'talks about ending their life', String.raw`\b(?:end|ending|take|taking) my (?:own )?life\b`),
  rule(
    'self_harm',
    'talks about wanting to die',
    String.raw`\bi (?:really )?(?:want|wanna|wish i could) (?:to )?(?:die|be dead|commit suicide|end it all|not (?:be alive|exist|wake up))\b`,
  ),
  rule('self_harm', 'talks about not wanting to live', String.raw`\b(?:don't|dont|do not) want to (?:live|be alive|exist|wake up)(?: any ?more\b|\s*(?:$|[.!?,]))`),
  rule('self_harm', 'says they are suicidal', String.raw`\b(?:i'm|im|i am|i feel|i've been feeling|i have been feeling|feeling) (?:so |really |very )?suicidal\b`),
  rule('self_harm', 'says they have suicidal thoughts', String.raw`\b(?:i|i've|i have|i'm|im|i am) (?:been )?(?:having |had )?suicidal (?:thoughts|feelings|urges)\b`),
  rule('self_harm', 'says they harm themself', String.raw`\b(?:i|i've been|i have been|i'm|im|i am|i keep|i started) self[- ]?harm(?:ing)?\b`),
  rule('self_harm', 'talks about having no reason to live', String.raw`\b(?:no reason to (?:live|keep living|go on)|better off dead)\b`),
  rule(
    'self_harm',
    'asks how to take their own life',
    String.raw`\b(?:how (?:to|do i|can i|could i|should i)|(?:painless|easiest|quickest|fastest|best|surest) (?:way|ways|method|methods) to|methods? (?:of|for)) (?:commit suicide|suicide|kill (?:myself|yourself|oneself)|end (?:my|your|one's) life|die painlessly|overdose)\b`,
  ),
  rule('self_harm', 'asks about a lethal dose', String.raw`\b(?:how many|which|what) (?:pills|tablets)\b.{0,40}\b(?:overdose|to die|kill me|kill myself|lethal)\b`),
  rule('self_harm', 'urges someone to kill themself', String.raw`\b(?:(?:you should|just|go) kill yourself|kys)\b`),
];

// ---- violence: threats to hurt people, and asking how to ----

const HARM_VERBS = anyOf('kill', 'murder', 'stab', 'shoot', 'strangle', 'choke', 'beat up', 'hurt', 'poison', 'punch', 'torture', 'kidnap', 'rape');
const PEOPLE_NOUNS = anyOf(
  'teacher', 'professor', 'instructor', 'classmate', 'classmates', 'mom', 'mother', 'dad', 'father', 'brother', 'sister',
  'friend', 'boss', 'roommate', 'wife', 'husband', 'girlfriend', 'boyfriend', 'neighbor', 'neighbour', 'family',
  'kid', 'kids', 'child', 'girl', 'boy', 'guy', 'man', 'woman', 'student', 'students', 'bully', 'ex',
);
/** "Kill the child process" is systems programming. */
const NOT_COMPUTING = String.raw`(?! (?:process|processes|thread|threads|node|nodes|element|elements|task|tasks|window|windows|job|jobs|pid|widget|component|components|class|query|queries))`;
const VICTIM = anyOf(
  'you', 'him', 'her', 'them', 'everyone', 'everybody', 'somebody', 'someone', 'people', 'anyone',
  `(?:my|the|that|this|his|her|our|a) ${PEOPLE_NOUNS}\\b${NOT_COMPUTING}`,
  `everyone (?:at|in) (?:school|class|work)`,
);
/** Someone saying what they will do ("I'll", "I'm going to", "I want to"); "I hurt my friend's feelings" tells of the past. */
const THREAT_SUBJECT = String.raw`(?:i|we)(?: really| seriously| honestly| actually)?(?:'ll| will| shall|'m going to| am going to|m going to|'re going to| are going to|'m gonna| am gonna|m gonna|'re gonna| are gonna| gonna| want to| wanna| plan to| am planning to|'m planning to| am about to|'m about to|'re about to| need to| could)`;
/** "I'll shoot you an email" is a message, not a threat. */
const NOT_A_MESSAGE = String.raw`(?! (?:a|an|the) (?:message|email|e-mail|text|note|line|dm|link|quick|call))`;

const VIOLENCE_RULES: ModerationRule[] = [
  rule('violence', 'threatens to hurt someone', String.raw`\b${THREAT_SUBJECT} (?:really |seriously |just )?${HARM_VERBS} ${VICTIM}\b${NOT_A_MESSAGE}`),
  rule(
    'violence',
    'asks how to hurt someone',
    String.raw`\bhow (?:to|do i|can i|could i|would i|should i|do you|can you|could you|would you|do we|does one) (?:\w+ ){0,2}${HARM_VERBS} (?:a person|people|someone|somebody|a human|humans|a baby|him|her|them|(?:my|a|the) ${PEOPLE_NOUNS}\b${NOT_COMPUTING})\b${NOT_A_MESSAGE}`,
  ),
  rule('violence', 'asks how to get rid of a body', String.raw`\b(?:hide|dispose of|get rid of|dissolve) (?:a|the) (?:dead )?body\b`),
  rule(
    'violence',
    'plans an attack on a place',
    String.raw`\b${THREAT_SUBJECT} (?:shoot up|blow up|bomb|attack) (?:the|a|my|our) (?:school|class|classroom|mall|church|mosque|synagogue|temple|office|campus|concert)\b`,
  ),
  rule('violence', 'plans an attack on people', String.raw`\b(?:plan|planning|plot|plotting) (?:a|an|my) (?:school shooting|mass shooting|massacre|terror attack|terrorist attack|stabbing|shooting)\b`),
];

// ---- sexual: explicit sexual content, and anything sexual involving minors ----

const MINOR = anyOf(
  'children', 'child', 'kids', 'kid', 'minors', 'underage', 'under-age', 'preteens?', 'pre-teens?', 'toddlers?',
  'little (?:girls?|boys?)', 'schoolgirls?', 'schoolboys?', String.raw`\d{1,2}[- ]?(?:yo|y/o|year[- ]olds?)`,
  '(?:young )?teens?', '(?:young )?teenagers?',
  String.raw`(?:a|an) minor(?! (?:role|part|key|chord|scale|change|issue|detail|character|league|injury|point|mistake|error|offen[cs]e))`,
);
const SEXUAL_NEAR_MINOR = anyOf(
  'sexy', 'nudes?', String.raw`naked (?:pics?|photos?|pictures?|images?|videos?)`, 'erotic', 'erotica', 'porn', 'porno',
  'lewd', 'have sex', 'having sex', 'had sex', 'sex with', 'intercourse', 'molest(?:ing|ed)?',
  String.raw`sexual (?:acts?|pictures?|photos?|images?|videos?|stor(?:y|ies)|roleplay|role-play|fantas(?:y|ies)|intercourse|touching|relationship)`,
);
const EXPLICIT_FORMS = anyOf(
  'story', 'stories', 'scene', 'scenes', 'fanfic', 'fan fiction', 'roleplay', 'role-play', 'chat', 'pics?', 'pictures?',
  'photos?', 'images?', 'text', 'poem', 'content', 'details',
);
const SEXUAL_RULES: ModerationRule[] = [
  rule('sexual', 'asks for sexual content involving a minor', String.raw`\b${SEXUAL_NEAR_MINOR}\b(?: \S+){0,3} ${MINOR}\b`),
  rule('sexual', 'asks for sexual content involving a minor', String.raw`\b${MINOR}(?: \S+){0,3} ${SEXUAL_NEAR_MINOR}\b`),
  rule('sexual', 'asks for sexual content involving a minor', String.raw`\b(?:loli|lolicon|shotacon|jailbait)\b`),
  rule('sexual', 'mentions pornography', String.raw`\b(?:porn|porno|pornhub|hentai)\b`),
  rule('sexual', 'uses explicit sexual language', String.raw`\b(?:blow ?job|hand ?job|cumshot|creampie|gangbang|dick pics?|send (?:me )?nudes|sext(?:ing)?)\b`),
  rule(
    'sexual',
    'asks for explicit sexual content',
    String.raw`\b(?:explicit|erotic|sexy|dirty|smutty|nsfw|x-rated|lewd|steamy|graphic sex(?:ual)?) ${EXPLICIT_FORMS}\b`,
  ),
  rule('sexual', 'asks for explicit sexual content', String.raw`\b(?:sex|sexual|erotic) (?:roleplay|role-play|chat|fantasy|fantasies|scene|scenes)\b`),
  rule('sexual', 'asks for explicit sexual content', String.raw`\b(?:have|having) sex with (?:me|you)\b`),
  rule('sexual', 'asks for explicit sexual content', String.raw`\b(?:explicit|graphic) (?:description|depiction|details) of (?:sex|sexual)\b`),
];

// ---- hate: slurs, and attacks on people for who they are ----

/** Slurs with no innocent reading; words with one ("chink in the armour") are deliberately left out. */
const SLURS = anyOf('nigger', 'niggers', 'faggot', 'faggots', 'kike', 'kikes', 'spic', 'spics', 'wetback', 'wetbacks', 'raghead', 'ragheads', 'towelhead', 'towelheads', 'tranny', 'trannies');
const GROUP = anyOf(
  'jews', 'jewish people', 'muslims', 'christians', 'catholics', 'hindus', 'sikhs', 'atheists', 'blacks', 'black people',
  'whites', 'white people', 'asians', 'arabs', 'mexicans', 'africans', 'latinos', 'hispanics', 'chinese people', 'indians',
  'immigrants', 'refugees', 'migrants', 'gays', 'gay people', 'lesbians', 'trans people', 'transgender people', 'women', 'men',
  'gypsies', 'roma', 'disabled people',
);
/** Reported views ("Nazi propaganda claimed that Jews are vermin") are history being studied, not hate. */
const NOT_REPORTED = String.raw`(?<!\b(?:claim|claims|claimed|believe|believes|believed|argue|argues|argued|say|says|said|taught|teach|teaches|portrayed|depicted|thought|think|thinks|propaganda|ideology|view|views|held|insisted|asserted|preached|why)(?: that)? (?:the |all )?)`;

const HATE_RULES: ModerationRule[] = [
  rule('hate', 'uses a slur', String.raw`\b${SLURS}\b`),
  rule(
    'hate',
    'calls for harm to a group of people',
    String.raw`${NOT_REPORTED}\b(?:all )?${GROUP} (?:should|must|need to|deserve to|ought to) (?:all )?(?:die|be killed|be exterminated|be gassed|be wiped out|be eliminated|burn|be shot|be hanged|be lynched)\b`,
  ),
  rule('hate', 'calls for harm to a group of people', String.raw`\b(?:kill|exterminate|gas|wipe out|eradicate|lynch) (?:all (?:the )?|the )${GROUP}\b`),
  rule(
    'hate',
    'dehumanises a group of people',
    String.raw`${NOT_REPORTED}\b(?:all )?${GROUP} are (?:all |just |nothing but )?(?:subhuman|sub-human|vermin|animals|parasites|cockroaches|rats|inferior|a disease|filth|scum|not human|a plague)\b`,
  ),
  rule('hate', 'uses a hate slogan', String.raw`\b(?:heil hitler|sieg heil)\b`),
];

// ---- weapons: making weapons or explosives ----

const MAKE = anyOf(
  'make', 'making', 'build', 'building', 'assemble', 'assembling', 'create', 'creating', 'construct', 'constructing',
  'manufacture', 'manufacturing', 'produce', 'producing', 'synthesi[sz]e', 'synthesi[sz]ing', 'cook', 'cooking', 'craft',
  'crafting', '3d[- ]?print', 'rig', 'wire',
);
/** A bath bomb or a seed bomb is a craft, not a weapon. */
const BOMB = String.raw`(?<!\b(?:bath|seed|glitter|photo|cherry|flavor|flavour|calorie|cake|chocolate|cocoa|stink) )bombs?`;
const WEAPON = anyOf(
  BOMB, 'explosives', String.raw`explosive (?:devices?|charges?|materials?|vests?|belts?)`, 'ieds?', 'molotov(?: cocktails?)?',
  'napalm', 'grenades?', 'detonators?', 'ghost guns?', 'untraceable (?:guns?|firearms?)', 'zip guns?', 'homemade (?:guns?|firearms?)',
  'silencers?', 'suppressors?', 'nerve (?:agents?|gas)', 'sarin', 'ricin', 'vx', 'mustard gas', 'chlorine gas', 'poison gas',
  'anthrax', 'bioweapons?', 'biological weapons?', 'chemical weapons?', 'tatp', 'hmtd', 'nitroglycerin', 'thermite', 'c-?4',
  'semtex', 'land ?mines?', 'flamethrowers?',
);
const ASKING_TO_MAKE = anyOf(
  String.raw`how (?:to|do i|can i|could i|would i|should i|do you|can you|could you|would you|does one|do we|would one)`,
  String.raw`(?:instructions|steps|recipe|guide|tutorial|blueprints?|plans|formula|walkthrough) (?:for|to|on)(?: how to)?`,
  // An answer spelling it out starts a sentence with "To make…".
  String.raw`(?:^|[.!?:;] )to`,
  'teach me (?:how )?to', 'show me how to', 'help me', 'explain how to', 'tell me how to',
  String.raw`(?:i|we)(?:'m| am|'re| are)? (?:want|wanna|need|going|gonna|trying|planning)(?: to)?`, 'ways to',
);

const WEAPON_RULES: ModerationRule[] = [
  rule('weapons', 'asks how to make a weapon or explosive', String.raw`\b${ASKING_TO_MAKE} (?:\S+ ){0,2}${MAKE} (?:\S+ ){0,3}${WEAPON}\b`),
  rule('weapons', 'asks how to make a weapon or explosive', String.raw`\b3d[- ]?print(?:ed|ing)? (?:a |an )?(?:gun|firearm|pistol|rifle|receiver|lower receiver)\b`),
];

export const MODERATION_RULES: readonly ModerationRule[] = [
  ...SELF_HARM_RULES,
  ...VIOLENCE_RULES,
  ...SEXUAL_RULES,
  ...HATE_RULES,
  ...WEAPON_RULES,
];
