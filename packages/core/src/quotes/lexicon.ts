// Word lists the quote analyzer reasons with. Kept as plain sets: attribution in news English turns
// on a small closed class of reporting verbs, titles and pronouns, which no library ships typed.

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Reporting verbs, every inflection, lower case: the cue of an attribution. */
export const CUE_VERBS = words(`
  say says said saying tell tells told telling add adds added adding ask asks asked asking
  write writes wrote writing written respond responds responded responding reply replies replied replying
  continue continues continued continuing conclude concludes concluded concluding explain explains explained explaining
  note notes noted noting insist insists insisted insisting argue argues argued arguing claims claimed claiming
  stated stating declare declares declared declaring announce announces announced announcing
  warn warns warned warning urge urges urged urging acknowledge acknowledges acknowledged acknowledging
  admit admits admitted admitting recalls recalled recalling quip quips quipped quipping
  joked joking shout shouts shouted shouting yell yells yelled yelling tweeted tweeting
  posted posting suggest suggests suggested suggesting predict predicts predicted predicting
  promised promising vow vows vowed vowing assert asserts asserted asserting
  contend contends contended contending maintain maintains maintained maintaining stressed stressing
  emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising
  complain complains complained complaining boast boasts boasted boasting charged
  allege alleges alleged alleging concede concedes conceded conceding confirm confirms confirmed confirming
  deny denies denied denying reported reporting describe describes described describing
  called calling commented commenting remarked remarking
  observes observed observing pointed pointing agree agrees agreed agreeing
  caution cautions cautioned cautioning advise advises advised advising recount recounts recounted recounting
  reads whisper whispers whispered whispering exclaim exclaims exclaimed exclaiming
  testify testifies testified testifying mutter mutters muttered muttering scream screams screamed
  chant chants chanted chanting proclaim proclaims proclaimed proclaiming reiterate reiterates reiterated
  countered countering retort retorts retorted retorting interject interjects interjected
  report reports elaborate elaborates elaborated elaborating fume fumes fumed fuming
  mock mocks mocked mocking scoff scoffs scoffed scoffing snap snaps snapped lament laments lamented lamenting
  quipped marvel marvels marveled marvelled muse muses mused musing opine opines opined opining
  plead pleads pleaded pleading beg begs begged demand demands demanded demanding
  reason reasons reasoned sigh sighs sighed gripe gripes griped grumble grumbles grumbled
  clarify clarifies clarified clarifying bragged bragging brag brags
`);

/** Cue verbs that introduce indirect (reported) speech with a following clause. */
export const INDIRECT_VERBS = words(`
  said says told tells warned warns argued argues claimed claims stated declared declares
  announced announces insisted insists noted notes explained explains added adds acknowledged acknowledges
  admitted admits contended contends maintained maintains stressed stresses asserted asserts conceded concedes
  confirmed confirms predicted predicts alleged alleges emphasized emphasizes emphasised emphasises
  suggested suggests reiterated reiterates cautioned cautions promised promises vowed vows testified testifies
  recalled recalls wrote writes tweeted tweets complained complains countered counters
`);

/** Verbs that name or label something: a quoted word after them is a term, not a quotation. */
export const NAMING_WORDS = words(`
  so-called dubbed dubbing titled entitled named nicknamed labeled labelled branded termed known
  word words term terms phrase slogan hashtag headline
`);

/** Words before a capitalised name that give a person's role; stripped from the canonical name. */
export const TITLES = words(`
  mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sen sen. senator rep rep. representative
  gov gov. governor president pres pres. vice gen gen. general col col. lt lt. sgt sgt. capt capt. captain
  rev rev. judge justice mayor secretary sec sec. chairman chairwoman chair minister premier chancellor
  king queen prince princess pope sir dame lord lady ambassador commissioner director speaker leader
  sheriff chief officer attorney spokesman spokeswoman spokesperson adviser advisor aide candidate nominee
  analyst economist lawyer coach councilman councilwoman congressman congresswoman assemblyman
  first lady former acting deputy assistant executive st st. supt supt. det det. insp insp. cllr
`);

/** Capitalised words that begin sentences or name things but are never a person's name. */
export const NOT_NAMES = words(`
  the a an this that these those it its he she they we i you his her their our my your him them us
  and but or so if when while as at in on of for to from by with about after before during since until
  there here then now today yesterday tomorrow however meanwhile also still yet even just only
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december mr mrs ms dr some many most all both each every no not any
  what who whom whose which where why how one two three four five six seven eight nine ten
  according asked said says told added wrote photo image video read more
`);

export const MALE_PRONOUNS = words('he him his himself');
export const FEMALE_PRONOUNS = words('she her hers herself');
export const PLURAL_PRONOUNS = words('they them their we i');
export const SUBJECT_PRONOUNS = words('he she they we i it who');

/** Gendered titles and nouns: evidence for resolving "he"/"she" and "the minister". */
export const MALE_WORDS = words('mr mr. sir lord king prince father son brother husband man boy congressman councilman spokesman chairman uncle grandfather');
export const FEMALE_WORDS = words('mrs mrs. ms ms. miss dame lady queen princess mother daughter sister wife woman girl congresswoman councilwoman spokeswoman chairwoman aunt grandmother');

/**
 * Common given names by gender (US/UK census-frequent, plus names frequent in world news).
 * Only a prior for pronoun agreement; unknown names stay compatible with either pronoun.
 */
export const MALE_NAMES = words(`
  james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony
  mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan
  jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank
  patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter
  noah jeremy christian keith roger gerald harold sean austin carl arthur lawrence dylan jesse jordan
  bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene
  russell bobby mason philip louis barack bernie ted marco mike jeb chris rand ben newt rick mitch harry
  bill tim lindsey rudy reince corey bob jim tom dan ron jon jeff steve tony nick matt
  vladimir emmanuel boris rishi keir tony gordon david justin narendra recep benjamin volodymyr olaf
  elon jeff warren sundar satya tim mohammed muhammad ahmed ali hassan omar abdul jae
  victor nis sergei dmitry ivan igor alexei luis carlos
  jorge pedro miguel antonio francisco manuel pierre jean jacques francois hans klaus wolfgang
  giuseppe giovanni marco matteo hamid reza abbas yusuf ibrahim kofi nelson jacob cyril
`);

export const FEMALE_NAMES = words(`
  mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra
  ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura
  cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra
  rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren
  christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison
  frances kathryn janice jean abigail alice judy sophia grace denise amber doris marilyn danielle beverly
  isabella theresa diana natalie brittany charlotte marie kayla alexis lori hillary chelsea huma kellyanne
  nikki carly elizabeth michelle melania ivanka sarah nancy dianne kamala theresa angela ursula jacinda
  christine liz giorgia marine hasina indira benazir golda aung malala oprah beyonce taylor
  kate meghan diana camilla anne donna debbie tulsi elena sonia jill laura barbara condoleezza
  madeleine janet susan samantha valerie ruth sandra sonia ketanji amy gina hope mary-kay ann
  fran vaile sophie claire lucy chloe amelia ella mia zoe leah nora
`);
