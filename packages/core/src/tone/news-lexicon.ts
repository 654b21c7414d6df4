/**
 * News-language valences on VADER's −4..+4 scale for words the VADER lexicon lacks (it was built from
 * social-media language): crime and courts, conflict, disasters, markets and the economy, politics.
 * Rated by hand from how news copy uses each word, inflections listed explicitly; not fitted to any
 * evaluation set. VADER's own rating wins where both have a word.
 */
const groups: Array<[number, string]> = [
  // Violence, conflict, disaster
  [-3.0, 'massacre massacred massacres genocide atrocity atrocities slaughter slaughtered bombing bombings suicide-bomber beheaded'],
  [-2.6, 'deaths dead fatalities fatal casualties wounded shooting shootings stabbing stabbed gunman gunmen rape raped assaulted'],
  [-2.3, 'invasion invaded airstrike airstrikes insurgency insurgents insurgent militants militant shelling bombed explosion explosions famine epidemic pandemic outbreak outbreaks tsunami earthquake earthquakes hurricane floods flooding wildfire wildfires drought'],
  [-2.0, 'crimes criminals guns gunfire clashes clashed riots rioting hostilities hostage hostages kidnapped kidnapping refugees starvation poverty homelessness injuries injuring wrecked devastation devastated collapsed collapse'],
  // Crime, courts, wrongdoing
  [-2.4, 'corruption corrupt bribery bribe bribes embezzlement extortion smuggling trafficking laundering'],
  [-1.9, 'convicted conviction jailed imprisoned imprisonment prison prisons jail sentenced indicted indictment charged fraudulent misconduct abuses abused abusing scandals allegations'],
  [-1.4, 'alleged allegedly accused accusing arrested arrest arrests suspect suspects suspected lawsuit sued probe investigated inquiry crackdown detained detention violations violated'],
  [-1.2, 'dispute disputes disputed disputing conflict conflicts tensions tension unrest protests protesters strike strikes sanctions deficit deficits'],
  // Economy and markets
  [-2.2, 'bankruptcy bankrupt insolvency insolvent plunged plunge plummeted plummet slumped crashed layoffs'],
  [-1.6, 'recession downturn slump slowdown stagnation unemployed joblessness inflationary shortfall shortfalls shortages shortage debts indebted'],
  [-1.1, 'fell falling declined declining decline declines slowed slowing losses shrank shrinking contraction eroded weakening weakened weaker lower-than-expected downgrade downgraded'],
  [-0.6, 'inflation debt cuts cutting cut tariffs volatility volatile'],
  [1.0, 'rose risen rising rebound rebounded recovery recovered gains gained expanded expansion upgraded'],
  [1.6, 'surged surge soared soaring boom booming thriving prosperity prosperous profitable breakthrough'],
  // Evaluative words of reporting and opinion writing
  [-2.2, 'deadly lethal toxic hazardous unconstitutional unlawful illegally discrimination exploitation coercion'],
  [-1.7, 'harmful unsafe contaminated pollution crises instability plight hardships inequality inequities deceptive mislead misled mismanagement mismanaged bungled blunder blunders jeopardize jeopardizes jeopardized endanger endangers deteriorating deteriorated'],
  [-1.3, 'wasteful absurd misguided recklessly flawed bleak insufficient inefficient secrecy unresolved refuses refusal lacked lacking lacks'],
  [-0.7, 'expensive overdue delays barriers oppose opposing resisted endangered'],
  [1.3, 'achievement achievements achieved progressed sensible prudent reasonable commendable laudable deserving essential affordable stability protection saves heal healing cure cured remedy fairness humane transparent accountable decent resilient'],
  // Condemnation in the formal register of editorials and opinion writing ("egregious", "feckless",
  // "untenable"), which VADER's social-media lexicon rates least. Ratings are ours, anchored on VADER's
  // own ratings of near-synonyms (abhorrent -3.1, dishonest -2.7, reckless -1.7, flawed -1.3). The
  // matching list of formal praise ("exemplary", "eloquent") was measured and left out: like the 0.75
  // factor on positive valences, editorials hedge, negate and ironise praise ("less than spectacular").
  [-3.0, 'atrocious heinous monstrous depraved gruesome ghastly carnage bloodshed bloodbath'],
  [-2.6, 'despicable reprehensible deplorable unconscionable inexcusable disgraceful repugnant egregious inhumane inhuman callous ruthless venal squalid sordid malicious vindictive pernicious nightmarish nightmare mayhem persecution wretched intolerable unbearable'],
  [-2.2, 'indefensible egregiously callously ruthlessly despotic despot despots hypocrisy demagoguery demagogue demagogues demagogic duplicity dishonesty mendacity bigotry bigoted xenophobia intolerance intolerant sexism sexist misogyny injustices cowardice craven spineless grotesque insidious noxious corrosive malignant mean-spirited crippling ravaged looting looted vandalism arson squalor draconian calamitous scourge blight blighted filth filthy debacle untenable irreparable'],
  [-1.8, 'negligence negligent ineptitude inept recklessness irresponsibly unfairly inequitable exploitative coercive onerous perilous shoddy sloppy squander squandered squandering wrongful wrongdoing wrongheaded counterproductive self-serving unwarranted unjustified baseless groundless unfounded bogus phony sham preposterous farcical idiocy senseless feckless brazen brazenly blatant blatantly flagrant flagrantly crass vulgar tawdry seedy unseemly distasteful demeaning indignity indignities folly plague plagued quagmire dysfunctional fanatic fanatics fanaticism'],
  [-1.4, 'dilapidated derelict crumbling precarious ill-conceived ill-advised shortsighted excessive excessively exorbitant overblown unworkable unrealistic impractical futility pointless haphazard lax laxity meager paltry deficient deficiency deficiencies shortcomings flaw flaws loophole loopholes erode erodes erosion perils stalemate gridlock impasse intransigent intransigence mediocre lackluster uninspired tedious murky muddled evasive secretive unaccountable shabby dingy rundown run-down littered botched bungle mishandled mishandling misplaced wrongly spurious nonsensical heedless flimsy menacing exiled'],
  [-0.9, 'cumbersome belated belatedly stagnant hollow fragile frail'],
  // Politics and public life
  [-1.3, 'controversial controversy backlash condemned condemnation criticised criticising criticise denounced opposed veto vetoed reneging reneged'],
  [-1.7, 'dictator dictatorship authoritarian repression repressive oppression censorship discriminatory racism racist extremist extremism'],
  [1.3, 'reform reforms agreement deal peace ceasefire truce reconciliation cooperation praised welcomed endorsed backing'],
  [1.8, 'landmark milestone historic awarded honoured celebrated victorious'],
];

export const NEWS_VALENCE: Readonly<Record<string, number>> = Object.fromEntries(
  groups.flatMap(([v, words]) => words.split(' ').map((w) => [w, v] as const)),
);

/**
 * Words VADER rates for a social-media sense that news copy almost never uses: "party" (1.7, a
 * celebration) is in news a political party, which carries no tone. They are removed from the lexicon
 * (unrated, not rated 0, so they do not block VADER's booster and negation windows). Candidates with
 * mixed senses ("like", "united", "interest", "shares") were measured and left as VADER rates them.
 */
export const NEWS_UNRATED: ReadonlySet<string> = new Set(['party', 'parties']);
