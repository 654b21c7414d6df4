/**
 * English function words that never start, end or stand as a key phrase. The NLTK English list
 * (Porter / Bird et al., Apache-2.0) plus news boilerplate (titles, reporting words, time words).
 * POS tags already keep most function words out; this list catches what the tagger calls a noun.
 */
const WORDS = `i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her
hers herself it its itself they them their theirs themselves what which who whom this that these those am is are
was were be been being have has had having do does did doing a an the and but if or because as until while of at
by for with about against between into through during before after above below to from up down in out on off over
under again further then once here there when where why how all any both each few more most other some such no nor
not only own same so than too very s t can will just don should now d ll m o re ve y ain
mr mrs ms dr prof sir st jr
one two three four five six seven eight nine ten hundred thousand million billion trillion
monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
year years month months week weeks day days time times
lot lots thing things way ways part kind sort number cent per
someone something anything everything nothing everyone anyone
said says say told according`;

export const STOPWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/));
