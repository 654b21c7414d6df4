// Small hand-kept word lists (facts, not learned): demonyms and groups for NORP, regions that are
// places but not polities (LOC), and patterns of named events. The large place lists (countries,
// cities, states) are generated from maintained packages into data/gazetteer.ts.

/** Nationality and regional adjectives / plural nouns: NORP. */
export const DEMONYMS: readonly string[] = `Afghan Afghans Albanian Albanians Algerian Algerians American Americans Angolan Argentine Argentinian Argentinians
Armenian Armenians Asian Asians Australian Australians Austrian Austrians Azerbaijani Bahraini Bangladeshi Bangladeshis Belarusian Belgian Belgians
Bolivian Bosnian Bosnians Brazilian Brazilians British Briton Britons Bulgarian Bulgarians Burmese Burundian Cambodian Cambodians Cameroonian Canadian Canadians
Chadian Chilean Chileans Chinese Colombian Colombians Congolese Croatian Croatians Croat Croats Cuban Cubans Cypriot Cypriots Czech Czechs Danish Dane Danes Dutch Dutchman
Ecuadorian Egyptian Egyptians Emirati English Englishman Eritrean Estonian Ethiopian Ethiopians European Europeans Filipino Filipinos Finnish Finn Finns French Frenchman
Georgian Georgians German Germans Ghanaian Greek Greeks Guatemalan Guinean Haitian Haitians Honduran Hungarian Hungarians Icelandic Indian Indians Indonesian Indonesians
Iranian Iranians Iraqi Iraqis Irish Israeli Israelis Italian Italians Ivorian Jamaican Japanese Jordanian Jordanians Kazakh Kenyan Kenyans Korean Koreans Kosovar Kuwaiti Kyrgyz
Lao Laotian Latvian Lebanese Liberian Libyan Libyans Lithuanian Luxembourgish Macedonian Malagasy Malawian Malaysian Malaysians Malian Maltese Mauritanian Mexican Mexicans
Moldovan Mongolian Montenegrin Moroccan Moroccans Mozambican Namibian Nepalese Nepali New Zealander Nicaraguan Nigerian Nigerians Nigerien Norwegian Norwegians
Omani Pakistani Pakistanis Palestinian Palestinians Panamanian Paraguayan Peruvian Peruvians Polish Pole Poles Portuguese Qatari Romanian Romanians Russian Russians Rwandan
Saudi Saudis Scottish Scot Scots Senegalese Serb Serbs Serbian Serbians Singaporean Slovak Slovaks Slovenian Slovene Somali Somalis South African South Africans
Spanish Spaniard Spaniards Sri Lankan Sudanese Swedish Swede Swedes Swiss Syrian Syrians Taiwanese Tajik Tanzanian Thai Tibetan Tibetans Togolese Tunisian Turkish Turk Turks
Turkmen Ugandan Ukrainian Ukrainians Uruguayan Uzbek Venezuelan Venezuelans Vietnamese Welsh Yemeni Yemenis Zambian Zimbabwean Zimbabweans
African Africans Arab Arabs Arabic Asian Latin American Latin Americans Middle Eastern Western Westerners Eastern Nordic Scandinavian Caribbean Balkan Baltic
Kurd Kurds Kurdish Pashtun Hispanic Hispanics Latino Latinos Uighur Uighurs Uyghur Uyghurs Han Hutu Tutsi Basque Catalan Chechen Chechens Flemish Walloon Sikh Sikhs
North Korean North Koreans South Korean South Koreans West German East German West Indian Hong Konger`
  .split(/\s+/)
  .reduce<string[]>((acc, w, i, all) => {
    // Two-word demonyms are written with a following capitalised word; join them back.
    const prev = all[i - 1];
    if ((prev === 'South' || prev === 'North' || prev === 'New' || prev === 'Sri' || prev === 'Latin' || prev === 'Middle' || prev === 'West' || prev === 'East' || prev === 'Hong') && acc.length > 0) {
      acc[acc.length - 1] = `${prev} ${w}`;
      return acc;
    }
    acc.push(w);
    return acc;
  }, []);

/** Religious and political groups: NORP. */
export const GROUPS: readonly string[] = `Muslim Muslims Islamic Christian Christians Catholic Catholics Protestant Protestants Jewish Jew Jews Hindu Hindus Buddhist Buddhists
Moslem Moslems Sunni Sunnis Shi'ite Shi'ites Shiite Shiites Shia Orthodox Evangelical Evangelicals Mormon Mormons Democrat Democrats Democratic Republican Republicans Conservative Conservatives
Labour Liberal Liberals Socialist Socialists Communist Communists Marxist Maoist Maoists Islamist Islamists Taliban Zionist Nazi Nazis Tory Tories Green Greens Bolshevik`.split(/\s+/);

/** Group words that, alone, name a party (ORG) rather than its members, or are too ambiguous for NORP. */
export const NOT_NORP: ReadonlySet<string> = new Set(['labour', 'liberal', 'liberals', 'conservative', 'conservatives', 'green', 'greens', 'tory', 'tories', 'han']);

/** Places that are not polities (LOC rather than GPE). */
export const REGIONS: readonly string[] = [
  'Africa', 'Asia', 'Europe', 'North America', 'South America', 'Latin America', 'Antarctica', 'Oceania', 'Middle East', 'Far East',
  'Eurasia', 'Scandinavia', 'Balkans', 'Caribbean', 'Sahara', 'Sahel', 'Gulf', 'Persian Gulf', 'Gaza Strip', 'Gaza', 'West Bank', 'Darfur',
  'Kashmir', 'Himalayas', 'Alps', 'Andes', 'Amazon', 'Mediterranean', 'Atlantic', 'Pacific', 'Indian Ocean', 'Arctic', 'Nile', 'Yangtze',
  'Mekong', 'Danube', 'Rhine', 'Thames', 'Mississippi', 'Red Sea', 'Black Sea', 'Dead Sea', 'Caspian Sea', 'South China Sea', 'East China Sea',
  'Taiwan Strait', 'Strait of Hormuz', 'Korean Peninsula', 'Horn of Africa', 'Silicon Valley', 'Wall Street', 'Southeast Asia', 'Central Asia',
  'East Asia', 'South Asia', 'Eastern Europe', 'Western Europe', 'Central America', 'Sub-Saharan Africa', 'North Africa', 'West Africa', 'East Africa',
];

/** Named events and their trailing head words ("World Cup", "Olympics", "... Summit"). */
export const EVENTS: readonly string[] = [
  'two sessions', 'Two Sessions', 'World War I', 'World War II', 'Cold War', 'Olympics', 'Olympic Games', 'Winter Olympics', 'Paralympics',
  'World Cup', 'Super Bowl', 'Brexit', 'Holocaust', 'Ramadan', 'Christmas', 'Easter', 'Eid', 'Hanukkah', 'Diwali', 'Lunar New Year',
  'Tour de France', 'Wimbledon', 'US Open', 'French Open', 'Australian Open', 'Davos', 'Arab Spring', 'Cultural Revolution', 'Great Depression',
  // The adjective of the Games, and public holidays (named days: CoNLL MISC).
  'Olympic', 'Paralympic', 'Labor Day', 'Labour Day', 'Memorial Day', 'Independence Day', 'Thanksgiving', 'Christmas Day', 'Christmas Eve',
  'Boxing Day', 'New Year', "New Year's Day", 'Good Friday', 'Passover', 'Yom Kippur', 'Rosh Hashanah', 'Eid al-Fitr', 'Eid al-Adha', 'Halloween',
];
export const EVENT_HEADS: ReadonlySet<string> = new Set([
  'war', 'cup', 'games', 'olympics', 'open', 'championship', 'championships', 'summit', 'conference', 'festival', 'election', 'elections',
  'revolution', 'crisis', 'tournament', 'marathon', 'grand prix', 'series', 'expo', 'forum', 'congress', 'session', 'sessions',
]);

/** Titles and honorifics that precede names but are not part of them. */
export const TITLES: ReadonlySet<string> = new Set(
  `mr mr. mrs mrs. ms ms. dr dr. prof prof. sir dame lord lady president premier chancellor minister secretary senator sen. rep. representative governor gov. mayor
king queen prince princess pope cardinal bishop rev. reverend general gen. colonel col. captain capt. lieutenant lt. sergeant sgt. admiral judge justice chairman chairwoman
ceo chief director spokesman spokeswoman ambassador envoy commissioner coach`.split(/\s+/),
);
