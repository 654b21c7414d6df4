import type { ThemeDefinition } from './definition.js';
import { weighted } from './weighted-terms.js';

/**
 * The 17 top-level IPTC Media Topics (https://cv.iptc.org/newscodes/mediatopic/, CC BY 4.0), the news
 * industry's standard subject taxonomy, each with a keyword lexicon of how news copy talks about it.
 *
 * Weights: 3 = nearly unambiguous for the topic ("goalkeeper", "MPs"); 2 = strong; 1 = typical but
 * shared with other topics; 0.5 = weak, common in other news too. The lists were written from
 * knowledge of news language, not fitted to a corpus; generic words that every topic uses ("said",
 * "year", "new") are left out. Finer themes (fine-themes.ts) also count toward their top level.
 */
/**
 * The main news desks (politics, economy, science and technology, arts, sport) file most stories; the
 * narrower topics (crime, education, society, ...) are usually an angle of one of them: a bill on
 * sentencing is a politics story that talks about courts. So a main desk's evidence counts 1.3 times
 * when ranking top levels: a base-rate prior, set once by hand, that a narrower topic must clearly
 * out-evidence. It never makes a theme appear (minEvidence is checked before it).
 */
const MAIN_DESKS = new Set(['01000000', '04000000', '11000000', '13000000', '15000000']);
const MAIN_DESK_PRIOR = 1.3;

const topic = (code: string, label: string, spec: string, description?: string): ThemeDefinition => ({
  id: `medtop:${code}`,
  label,
  topLevel: `medtop:${code}`,
  ...(description && { description }),
  terms: weighted(spec),
  minEvidence: 3,
  ...(MAIN_DESKS.has(code) && { prior: MAIN_DESK_PRIOR }),
});

export const IPTC_TOP_LEVEL: readonly ThemeDefinition[] = [
  topic('01000000', 'arts, culture, entertainment and media', `
    3: film, films, movie, movies, actor, actress, actors, oscar, oscars, bafta, baftas, grammy, grammys, emmy, box office,
       album, albums, singer, songwriter, rapper, pop star, rock band, sitcom, soap opera, screenplay, hollywood, bollywood,
       box-office, film festival, cannes, academy award, academy awards, golden globe, golden globes, best actor,
       best actress, best film, best picture, supporting actor, starring, starred, blockbuster, cinema, cinemas, musical,
       west end, broadway, theatre, theater, orchestra, opera, ballet, novelist, novel, comedian, sequel, box office takings;
    2: music, song, songs, band, bands, concert, concerts, tour, gig, chart, charts, single, singles, record label,
       director, directed, film-maker, filmmaker, producer, studio, studios, drama, comedy, documentary, animated,
       television series, tv series, tv show, show, shows, episode, episodes, series, presenter, broadcaster, channel,
       BBC One, ITV, channel 4, ratings, viewers, audience, audiences, premiere, award, awards, nominated, nomination,
       nominations, ceremony, celebrity, celebrities, artist, artists, exhibition, gallery, museum, painting, sculpture,
       author, authors, book, books, poet, poetry, fiction, literary, publisher, rock, pop, hip-hop, jazz, rap, dance,
       festival, stage, performance, performances, actors, star, stars, fans, radio, DJ, entertainment,
       culture, cultural, arts, critics, critic, hit, hits, lyrics, fame, famous, glamour, red carpet, tv, television;
    1: media, newspaper, newspapers, magazine, journalist, journalists, press, story, stories, character, characters,
       role, roles, prize, soundtrack, play, plays, video, released, release, sales, copies, debut, perform, performed, sing, sang,
       writer, written, script, scene, scenes, heritage, festival-goers`),

  topic('02000000', 'crime, law and justice', `
    3: murder, murdered, manslaughter, convicted, conviction, jury, jurors, prosecutor, prosecutors,
       defendant, defendants, acquitted, sentenced, jailed, imprisonment, prison sentence, arrested, detectives,
       burglary, robbery, homicide, magistrates, crown court, indicted, indictment,
       bail, parole, convict, scotland yard, FBI;
    2: police, criminal, criminals, crime, crimes, judge, judges, trial, guilty, not guilty, pleaded, prosecution, custody, arrest, theft, fraud, smuggling,
       trafficking, lawsuit, sued, high court, supreme court, court of appeal, lawyer, lawyers, attorney, solicitor,
       barrister, sentence, prison, jail, offence, offences, offender, offenders, verdict, testimony, gang, gangs,
       shooting, stabbing, assault, money laundering, extradition, cocaine, heroin, bribery;
    1.5: charged, accused, suspect, suspects, witness, witnesses, justice, corruption;
    1: court, courts, legal, law, laws, ruling, ruled, appeal, appeals, charges, alleged, allegedly, investigation,
       investigators, victim, victims, illegal, illegally, counterfeit, piracy, copyright infringement, drugs,
       terrorism, terror, anti-terror, detention, detained, home office;
    0.5: case, cases, evidence, rights, civil liberties, settlement, damages, injunction, inquiry, probe, regulator,
       fined, penalty, penalties, breach, banned, ban`),

  topic('03000000', 'disaster, accident and emergency incident', `
    3: earthquake, earthquakes, tsunami, tsunamis, hurricane, typhoon, cyclone, tornado, flood, floods, flooding,
       landslide, avalanche, volcano, volcanic eruption, wildfire, wildfires, bushfire, plane crash, air crash,
       train crash, derailed, derailment, shipwreck, capsized, explosion, blast, death toll, survivors, rescuers,
       rescue workers, search and rescue, evacuated, evacuation, disaster relief, humanitarian aid, aid agencies,
       emergency services, firefighters, fire brigade, casualties;
    2: disaster, disasters, catastrophe, emergency, accident, accidents, crash, crashed, collision, fire, blaze,
       rescue, rescued, victims, injured, killed, dead, missing, destroyed, devastated, devastation, relief effort,
       aid, homeless, displaced, quake, storm, storms, drought, famine, collapse, collapsed, spill, leak, leaked;
    1: damage, damaged, emergency appeal, donations, red cross, affected, warning, warnings, alert`),

  topic('04000000', 'economy, business and finance', `
    3: economy, economic, economies, economists, economist, GDP, gross domestic product, inflation, interest rate,
       interest rates, central bank, federal reserve, bank of england, european central bank, recession, shares,
       share price, share prices, stock market, stock exchange, stock markets, shareholders, shareholder, investors,
       profit, profits, pre-tax profits, revenue, revenues, earnings, turnover, dividend, takeover, merger, mergers,
       acquisition, acquisitions, bid, bidder, chief executive, CEO, chairman, quarterly, fiscal, financial year,
       analysts, analyst, dollar, euro, yen, sterling, currency, currencies, exchange rate, trade deficit, current account,
       budget deficit, bonds, bond, stocks, equity, equities, nasdaq, dow jones, FTSE, nikkei, wall street, IMF,
       world bank, OPEC, oil price, oil prices, crude, barrel, barrels, retail sales, retailer, retailers, consumer,
       consumers, bankruptcy, creditors, loan, loans, lending, mortgage, mortgages, bank, banks, banking, investment,
       investments, investor, exports, imports, manufacturing, carmaker, carmakers, insurer, finance, financial,
       trader, traders, multinational, conglomerate, subsidiary, economic growth, trade, tariff, tariffs;
    1.5: firms, company, companies, firm, business, businesses, market, markets, debt, debts, stake, sales, prices,
       price, growth, export, import, taxation, budget, spending, industry, industries, factory, factories, output,
       demand, supply, customers, brand, brands, airline, airlines, insurance, pension fund, fund, funds, trading,
       traded, deal, deals, contract, contracts;
    1: billion, million, bn, per cent, percent, quarter, forecast, forecasts, figures, growth rate, rose, fell,
       cut, costs, cost, jobs, chain, stores, store, products, product, board, executive, executives, profitability`),

  topic('05000000', 'education', `
    3: school, schools, pupils, pupil, teacher, teachers, teaching, classroom, classrooms, headteacher, head teacher,
       university, universities, college, colleges, students, student, tuition fees, tuition, exam, exams,
       examinations, gcse, gcses, a-levels, curriculum, graduates, graduate, undergraduate, undergraduates,
       higher education, further education, degree, degrees, scholarship, lecturers, academic, academics, campus,
       kindergarten, nursery, primary school, secondary school, literacy, numeracy, education, educational;
    2: learning, lessons, lesson, grades, ofsted, school leavers, league tables, term, semester, professor`),

  topic('06000000', 'environment', `
    3: climate change, global warming, greenhouse gas, greenhouse gases, carbon emissions, carbon dioxide, CO2, emissions,
       kyoto, kyoto protocol, paris agreement, net zero, renewable energy, renewables, solar power, wind power,
       wind farm, wind farms, pollution, pollutants, deforestation, biodiversity, endangered species, conservation,
       conservationists, environmentalists, environmental, environment, recycling, wildlife, habitat, habitats,
       ecosystem, ecosystems, fossil fuels, fossil fuel, clean energy, green energy, sustainability, sustainable,
       climate, carbon, decarbonisation, decarbonization, ozone, sea levels, glaciers, melting ice;
    2: green, greenpeace, friends of the earth, waste, landfill, forests, rainforest, species, extinction, coal,
       energy efficiency, air quality, toxic, contaminated, polar, arctic, ice caps;
    1: energy, nature, natural, oceans, rivers, water`),

  topic('07000000', 'health', `
    3: health, healthcare, health care, NHS, hospital, hospitals, patients, patient, doctors, doctor, nurses, nurse,
       GP, gps, surgeon, surgery, medical, medicine, medicines, disease, diseases, cancer, cancers, tumour, tumor,
       diabetes, obesity, heart disease, stroke, dementia, alzheimer, HIV, AIDS, malaria, tuberculosis, flu, influenza,
       bird flu, pandemic, epidemic, outbreak, vaccine, vaccines, vaccination, vaccinations, immunisation, infection,
       infections, infected, virus, viruses, symptoms, diagnosis, diagnosed, treatment, treatments, therapy, clinical,
       clinical trial, drug, drugs, prescription, pharmaceutical, pharmaceuticals, mental health, depression, smoking,
       tobacco, alcohol, health service, world health organization, WHO, ward, wards, A&E, ambulance;
    2: care, clinic, clinics, illness, ill, sick, healthy, diet, fitness, nutrition, died, deaths, mortality, risk,
       study, researchers, side effects, dose, blood, brain, genetic, gene, genes, bacteria`),

  topic('08000000', 'human interest', `
    3: pet, pets, dog, dogs, cat, cats, zoo, birthday, centenarian, wedding, weddings, romance, royal wedding,
       lottery winner, quirky, bizarre, record-breaking, guinness world record, world record attempt;
    2: anniversary, celebration, celebrations, family, grandmother, grandfather, twins, baby, babies, teenager,
       love, animal, animals, royal, royals, queen, prince, princess, heartwarming, oddity, strange;
    1: people, life, lives, home, community, story`),

  topic('09000000', 'labour', `
    3: jobless, jobless rate, trade union, trade unions, strike, strikes, striking, walkout, industrial action,
       minimum wage, pay rise, pay deal, redundancies, redundancy, layoffs, laid off, job cuts, job losses,
       labour market, labor market, TUC, working hours, overtime, collective bargaining;
    2: unemployment, employment, employees, employee, employer, employers, workers, worker, workforce, union, unions,
       wages, wage, salary, salaries, pension, pensions, retirement, hiring, recruitment;
    1: jobs, job, staff, pay, labour, labor, workplace, career, careers, apprentices, apprenticeship, skills,
       benefit claimants, outsourcing, offshoring;
    0.5: work, working`),

  topic('10000000', 'lifestyle and leisure', `
    3: holiday, holidays, travel, tourism, tourist, tourists, hotel, hotels, resort, resorts, restaurant, restaurants,
       chef, chefs, recipe, recipes, cuisine, cooking, fashion, designer, catwalk, fashion week, shopping, gardening,
       hobby, hobbies, leisure, wine, beer, cocktail, food, foods, diet, lifestyle, vacation, cruise, backpacking,
       spa, wellness, yoga, dating, home improvement, DIY, interior design;
    2: trip, trips, visitors, destination, destinations, beach, beaches, style, clothes, clothing, dress, dresses,
       collection, luxury, christmas, easter, festive, games, puzzle, puzzles, toy, toys, leisure time, weekend,
       outdoors, hiking, camping`),

  topic('11000000', 'politics', `
    3: politics, political, politician, politicians, government, governments, minister, ministers, prime minister,
       parliament, parliamentary, MP, mps, commons, house of commons, house of lords, lords, peers, election,
       elections, general election, electoral, voters, vote, votes, voting, ballot, referendum, manifesto, candidate, candidates, opposition, labour party, conservative party, conservatives,
       conservative, tory, tories, liberal democrats, lib dems, lib dem, UKIP, SNP, plaid cymru, democrats, democrat,
       republicans, republican, senate, senator, senators, congress, congressional, congressman, white house,
       downing street, whitehall, westminster, cabinet, home secretary, foreign secretary, secretary of state,
       shadow, shadow chancellor, backbench, backbenchers, legislation, constituency,
       constituencies, presidential, prime ministers, premier, mayor, mayors, coalition, party leader,
       party, parties, polls, opinion poll, polling, spin doctor, diplomat, diplomats, diplomatic, diplomacy,
       foreign minister, foreign policy, ambassador, embassy, nato, G8, G20, sovereignty, regime, dictator,
       democracy, democratic, councillor, councillors, devolution, legislature, lawmakers, lawmaker, governor,
       governing, ruling party, national people's congress,
       communist party, politburo, state council, kremlin;
    2: president, chancellor, summit, treaty, sanctions, EU, european union, european commission, european parliament,
       united nations, UN, spokesman, spokeswoman, immigration, asylum, public services, civil servants, civil service,
       administration, policy, policies, council, councils, assembly, leadership, bills, department, ministry;
    1.5: leader, leaders;
    1: officials, official, proposals, proposed, plans, critics, debate, debated, lobby, lobbying, welfare, agenda,
       scheme, watchdog, tax, taxes, reform, reforms, authorities;
    0.5: state, states, nation, national, country, countries, public, citizens, taxpayers;
    1: bill, labour, campaign, campaigning`),

  topic('12000000', 'religion', `
    3: church, churches, religion, religious, faith, faiths, pope, vatican, archbishop, bishop, bishops, priest,
       priests, clergy, mosque, mosques, imam, islam, islamic, muslim, muslims, christian, christians, christianity,
       catholic, catholics, protestant, anglican, jewish, jews, judaism, synagogue, rabbi, hindu, hindus, hinduism,
       buddhist, buddhism, sikh, sikhs, temple, temples, worship, prayer, prayers, bible, koran, quran, theology,
       blasphemy, secular, atheist, atheists;
    2: god, spiritual, sermon, pilgrims, pilgrimage, holy, sacred, belief, beliefs, believers, congregation`),

  topic('13000000', 'science and technology', `
    3: technology, technologies, tech, software, hardware, computer, computers, computing, internet, online, website,
       websites, web, broadband, wireless, wi-fi, wifi, bluetooth, mobile phone, mobile phones, mobiles, smartphone,
       smartphones, handset, handsets, phone, phones, gadget, gadgets, device, devices, digital, laptop, laptops, PC, pcs,
       desktop, microsoft, google, apple, ipod, iphone, intel, IBM, yahoo, amazon, ebay, sony, nintendo, playstation,
       xbox, console, consoles, video game, video games, videogame, gamers, gaming, game developers, games industry,
       search engine, search engines, e-mail, email, emails, e-mails, spam, spammers, virus writers, computer virus,
       malware, spyware, hacker, hackers, hacking, phishing, cyber, cybersecurity, firewall, encryption, browser,
       browsers, linux, open source, operating system, windows, apps, app, download, downloads, downloading,
       file-sharing, file sharing, peer-to-peer, P2P, napster, itunes, MP3, MP3 players, digital music, blog, blogs,
       blogger, bloggers, podcast, podcasts, chip, chips, processor, processors, semiconductor, semiconductors,
       silicon, robot, robots, robotics, artificial intelligence, AI, machine learning, algorithm, algorithms,
       database, server, servers, network, networks, networking, telecoms, telecommunications, satellite, satellites,
       DVD, dvds, high-definition, HD, HDTV, flat screen, camera phone, camera phones, digital camera, digital cameras,
       online gaming, virtual reality, science, scientific, scientist, scientists,
       laboratory, lab, experiment, experiments, physics, chemistry, biology, astronomy, astronomers,
       NASA, ESA, spacecraft, telescope, planet, planets, mars, rocket, orbit, genome, DNA, stem cell,
       stem cells, cloning, quantum, nanotechnology, innovation, innovative, engineers, engineering, electronics,
       electronic, gadgetry, tech firms, technology firms, cyberspace, silicon valley, invention, inventor;
    2: users, user, data, research, researchers, virtual, space;
    1: screen, screens, systems, system, program, programs, code, machine, machines, tool, tools, launch, launched,
       service, services, content, access, connection, connections, speed, speeds, storage, memory, battery, version,
       feature, features, interactive, information, probe;
    0.5: players, player, television, tv, music, film, movies, games`),

  topic('14000000', 'society', `
    2: immigration, immigrants, immigrant, migrants, migrant, migration, asylum, asylum seekers, refugees, refugee;
    3: racism, racist, discrimination, equality, inequality, gender, feminist, women's rights, gay, lesbian, LGBT,
       same-sex, homosexual, civil partnership, welfare, social security, benefits, poverty, poor, homeless,
       homelessness, charity, charities, social services, housing, social housing, child poverty, pensioners,
       elderly, disabled, disability, minorities, minority, ethnic, population, census, demographic, demographics,
       identity cards, id cards, civil rights, human rights, protest, protests, protesters, demonstrators, demonstration;
    2: society, social, community, communities, families, family, children, child, young people, youth, teenagers,
       parents, marriage, divorce, volunteers, charity, donations, neighbourhood, inner city, class, wealth, income,
       rich, citizens, public`),

  topic('15000000', 'sport', `
    3: football, footballer, footballers, soccer, rugby, cricket, cricketer, tennis, golf, golfer, athletics, athlete,
       athletes, boxing, boxer, cycling, cyclist, swimming, swimmer, formula one, F1, grand prix, motor racing, snooker,
       hockey, baseball, basketball, NBA, NFL, olympic, olympics, olympic games, paralympic, world cup, euro 2004,
       champions league, UEFA, FIFA, premiership, premier league, championship, league, six nations, grand slam,
       wimbledon, australian open, us open, french open, davis cup, ryder cup, tour de france, test match, test series,
       wickets, wicket, innings, batsman, bowler, bowling, striker, strikers, midfielder, midfielders, defender,
       defenders, goalkeeper, keeper, winger, fly-half, scrum-half, scrum, try, tries, penalty kick, free-kick,
       free kick, corner kick, referee, referees, goal, goals, scored, scorer, scoring, hat-trick, equaliser,
       equalizer, header, coach, coaches, manager, managers, squad, squads, team-mate, team-mates, teammate, teammates,
       captain, captaincy, fixture, fixtures, match, matches, semi-final, semi-finals, quarter-final, quarter-finals,
       final, finals, tournament, tournaments, medal, medals, gold medal, silver medal, bronze medal, medallist,
       champion, champions, sprint, sprinter, marathon, hurdles, high jump, long jump, relay, race, races, racing,
       jockey, horse racing, seeded, tie-break, knockout, club, clubs,
       stadium, half-time, second half, first half, hamstring, doping, drug test, IAAF, IOC, arsenal, chelsea,
       manchester united, liverpool, everton, real madrid, barcelona, celtic, all blacks, wallabies, springboks, sport,
       sports, sporting, title-holder, defending champion, relegation, promotion battle, play-off, play-offs, touchdown,
       playoff, playoffs, postseason, preseason, pitcher, pitchers, catcher, outfielder, infielder, shortstop,
       home run, home runs, RBI, bullpen, dugout, doubleheader, quarterback, quarterbacks, cornerback, linebacker,
       running back, wide receiver, touchdowns, field goal, super bowl, world series, stanley cup, slam dunk, NHL, MLB,
       NCAA, PGA, LPGA, ATP, WTA, gymnastics, gymnast, gymnasts, free agent, free agency, major league, major leagues;
    2: fans, supporters, transfer, season, seasons, title, titles, trophy, cup, player, players, opponent, opponents,
       injury, injuries, fitness, training, team, teams, pitch, newcastle, rangers, leg, points, score;
    0.5: win, wins, won, winning, victory, defeat, defeated, beat, beaten, draw, drew, lead, led, game, games, play,
       played, playing, minutes, rival, rivals, record, england, wales, ireland, scotland, france, italy, side, sides,
       home, away, top, court, track, field, course, event, events, competition, injured, knee, ankle, signing`),

  topic('16000000', 'conflict, war and peace', `
    3: war, wars, warfare, troops, soldier, soldiers, military, army, armies, navy, air force, marines, militants,
       militant, insurgents, insurgency, insurgent, rebels, rebel, guerrilla, guerrillas, militia, militias, ceasefire,
       cease-fire, truce, peace talks, peace process, peace deal, peacekeepers, peacekeeping, invasion, invaded,
       occupation, airstrike, airstrikes, air strike, air strikes, bombing, bombings, bomb, bombs, suicide bomber,
       suicide bomb, missile, missiles, weapons, weapon, nuclear weapons, weapons of mass destruction, armed forces,
       terrorist, terrorists, terrorism, terror attack, al-qaeda, al qaeda, taliban, hostage, hostages, kidnapped,
       battle, battles, fighting, combat, clashes, genocide, massacre, war crimes, defence, defense, pentagon,
       ministry of defence, conflict, conflicts, violence, attack, attacks, attacked, killed, civilians, casualties;
    2: security, security forces, gunmen, gunfire, shelling, tanks, coup, unrest, uprising, siege, border, tensions,
       sanctions, iraq, iraqi, afghanistan, gaza, israeli, palestinian, palestinians, syria, ukraine, nuclear,
       disarmament, arms, peace, refugees, fled`),

  topic('17000000', 'weather', `
    2: weather;
    3: forecasters, weather forecast, met office, rainfall, heavy rain, snow, snowfall, blizzard, blizzards,
       heatwave, heat wave, temperatures, temperature, frost, fog, thunderstorms, thunderstorm, gales, gale, high winds,
       storm, storms, hurricane, hurricanes, monsoon, drought, sunshine, cold snap, freezing, degrees celsius,
       celsius, fahrenheit, el nino, la nina;
    0.5: rain, wind, winds, cold, hot, warm, wet, dry, ice, icy, sunny, cloud, clouds, forecast, winter, summer,
       spring, autumn, season`),
];
