import { COUNTRIES } from './data/gazetteer.js';
import type { EntityType } from '../model/layers.js';

/**
 * The bundled link table: well-known entities with stable ids (ISO 3166-1 alpha-2 codes from
 * countries-list, Wikidata QIDs kept by hand for the best-known ones). Aliases map every common
 * surface form to the canonical name, which is also how "U.S."/"US"/"United States" merge.
 */
export interface KnownEntity {
  name: string;
  type: EntityType;
  aliases: readonly string[];
  links: Record<string, string>;
}

// Wikidata QIDs of countries, by ISO code (the most-mentioned ones; others link by ISO only).
const COUNTRY_QID: Record<string, string> = {
  CN: 'Q148', US: 'Q30', GB: 'Q145', RU: 'Q159', JP: 'Q17', DE: 'Q183', FR: 'Q142', IN: 'Q668', CA: 'Q16', AU: 'Q408', BR: 'Q155',
  IT: 'Q38', ES: 'Q29', MX: 'Q96', KR: 'Q884', KP: 'Q423', IR: 'Q794', IQ: 'Q796', IL: 'Q801', UA: 'Q212', TW: 'Q865', PK: 'Q843',
  AF: 'Q889', SY: 'Q858', EG: 'Q79', SA: 'Q851', TR: 'Q43', ID: 'Q252', ZA: 'Q258', NG: 'Q1033', NL: 'Q55', CH: 'Q39', SE: 'Q34',
  NO: 'Q20', PL: 'Q36', VN: 'Q881', PH: 'Q928', TH: 'Q869', AR: 'Q414', CL: 'Q298', CO: 'Q739', VE: 'Q717', CU: 'Q241', GR: 'Q41',
  PT: 'Q45', BE: 'Q31', AT: 'Q40', DK: 'Q35', FI: 'Q33', IE: 'Q27', NZ: 'Q664', SG: 'Q334', MY: 'Q833', HK: 'Q8646', KE: 'Q114',
  ET: 'Q115', QA: 'Q846', AE: 'Q878', LB: 'Q822', JO: 'Q810', BD: 'Q902', LK: 'Q854', MM: 'Q836', NP: 'Q837', SD: 'Q1049',
  LY: 'Q1016', YE: 'Q805', RS: 'Q403', HU: 'Q28', CZ: 'Q213', RO: 'Q218', BG: 'Q219', BY: 'Q184', KZ: 'Q232', PE: 'Q419',
  DZ: 'Q262', MA: 'Q1028', TN: 'Q948', SO: 'Q1045', CD: 'Q974', ZW: 'Q954', GH: 'Q117', KH: 'Q424', LA: 'Q819', MN: 'Q711',
  HR: 'Q224', GE: 'Q230', AM: 'Q399', AZ: 'Q227', UZ: 'Q265', IS: 'Q189', LU: 'Q32', EE: 'Q191', LV: 'Q211', LT: 'Q37', SK: 'Q214',
  SI: 'Q215', BA: 'Q225', AL: 'Q222', MD: 'Q217', EC: 'Q736', BO: 'Q750', UY: 'Q77', PY: 'Q733', HT: 'Q790', JM: 'Q766',
  PA: 'Q804', CR: 'Q800', GT: 'Q774', HN: 'Q783', NI: 'Q811', SV: 'Q792', DO: 'Q786', UG: 'Q1036', TZ: 'Q924', RW: 'Q1037',
  AO: 'Q916', MZ: 'Q1029', ZM: 'Q953', SN: 'Q1041', ML: 'Q912', NE: 'Q1032', TD: 'Q657', CM: 'Q1009', CI: 'Q1008', SL: 'Q1044',
  LR: 'Q1014', SS: 'Q958', ER: 'Q986', OM: 'Q842', KW: 'Q817', BH: 'Q398', CY: 'Q229', MT: 'Q233',
};

// Everyday names that countries-list does not carry.
const COUNTRY_ALIASES: Record<string, readonly string[]> = {
  US: ['United States', 'U.S.', 'US', 'U.S.A.', 'USA', 'America'],
  GB: ['United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain'],
  CN: ['China', "People's Republic of China", 'PRC', 'mainland China'],
  RU: ['Russia', 'Russian Federation'],
  KR: ['South Korea', 'Republic of Korea'],
  KP: ['North Korea', 'DPRK'],
  TW: ['Taiwan'],
  IR: ['Iran'],
  SY: ['Syria'],
  VN: ['Vietnam', 'Viet Nam'],
  CD: ['Democratic Republic of Congo', 'DR Congo', 'DRC'],
  CI: ['Ivory Coast', "Cote d'Ivoire"],
  CZ: ['Czech Republic', 'Czechia'],
  AE: ['United Arab Emirates', 'UAE', 'Emirates'],
  NL: ['Netherlands', 'Holland'],
  MM: ['Myanmar', 'Burma'],
  PS: ['Palestine', 'Palestinian Territories'],
  VA: ['Vatican', 'Vatican City', 'Holy See'],
};

const OTHERS: KnownEntity[] = [
  { name: 'Xi Jinping', type: 'PERSON', aliases: ['Xi Jinping', 'Xi'], links: { wikidata: 'Q15031' } },
  { name: 'Elon Musk', type: 'PERSON', aliases: ['Elon Musk'], links: { wikidata: 'Q317521' } },
  { name: 'Donald Trump', type: 'PERSON', aliases: ['Donald Trump', 'Donald J. Trump'], links: { wikidata: 'Q22686' } },
  { name: 'Joe Biden', type: 'PERSON', aliases: ['Joe Biden', 'Joseph Biden'], links: { wikidata: 'Q6279' } },
  { name: 'Vladimir Putin', type: 'PERSON', aliases: ['Vladimir Putin'], links: { wikidata: 'Q7747' } },
  { name: 'Emmanuel Macron', type: 'PERSON', aliases: ['Emmanuel Macron'], links: { wikidata: 'Q3052772' } },
  { name: 'Narendra Modi', type: 'PERSON', aliases: ['Narendra Modi'], links: { wikidata: 'Q1058' } },
  { name: 'Barack Obama', type: 'PERSON', aliases: ['Barack Obama'], links: { wikidata: 'Q76' } },
  { name: 'Angela Merkel', type: 'PERSON', aliases: ['Angela Merkel'], links: { wikidata: 'Q567' } },
  { name: 'Volodymyr Zelensky', type: 'PERSON', aliases: ['Volodymyr Zelensky', 'Volodymyr Zelenskyy'], links: { wikidata: 'Q3874799' } },
  { name: 'Chinese Communist Party', type: 'ORG', aliases: ['Chinese Communist Party', 'Communist Party of China', 'CCP', 'CPC'], links: { wikidata: 'Q17427' } },
  { name: 'United Nations', type: 'ORG', aliases: ['United Nations', 'UN', 'U.N.'], links: { wikidata: 'Q1065' } },
  { name: 'European Union', type: 'ORG', aliases: ['European Union', 'EU', 'E.U.'], links: { wikidata: 'Q458' } },
  { name: 'NATO', type: 'ORG', aliases: ['NATO', 'North Atlantic Treaty Organization', 'Nato'], links: { wikidata: 'Q7184' } },
  { name: 'World Health Organization', type: 'ORG', aliases: ['World Health Organization', 'WHO'], links: { wikidata: 'Q7817' } },
  { name: 'International Monetary Fund', type: 'ORG', aliases: ['International Monetary Fund', 'IMF'], links: { wikidata: 'Q7804' } },
  { name: 'World Bank', type: 'ORG', aliases: ['World Bank'], links: { wikidata: 'Q7164' } },
  { name: 'World Trade Organization', type: 'ORG', aliases: ['World Trade Organization', 'WTO'], links: { wikidata: 'Q7825' } },
  { name: 'Tesla', type: 'ORG', aliases: ['Tesla', 'Tesla Inc.', 'Tesla Motors'], links: { wikidata: 'Q478214' } },
  { name: 'Apple', type: 'ORG', aliases: ['Apple', 'Apple Inc.'], links: { wikidata: 'Q312' } },
  { name: 'Google', type: 'ORG', aliases: ['Google'], links: { wikidata: 'Q95' } },
  { name: 'Microsoft', type: 'ORG', aliases: ['Microsoft'], links: { wikidata: 'Q2283' } },
  { name: 'Amazon', type: 'ORG', aliases: ['Amazon', 'Amazon.com'], links: { wikidata: 'Q3884' } },
  { name: 'Nvidia', type: 'ORG', aliases: ['Nvidia', 'NVIDIA'], links: { wikidata: 'Q182477' } },
  { name: 'Huawei', type: 'ORG', aliases: ['Huawei'], links: { wikidata: 'Q160120' } },
  { name: 'OpenAI', type: 'ORG', aliases: ['OpenAI'], links: { wikidata: 'Q21708200' } },
  { name: 'DeepSeek', type: 'ORG', aliases: ['DeepSeek'], links: {} },
  { name: "National People's Congress", type: 'ORG', aliases: ["National People's Congress", 'NPC'], links: {} },
];

/** Normalise a surface form for lookup: curly apostrophes, case, spacing, trailing periods kept. */
export function aliasKey(s: string): string {
  // Plain ASCII (single spaces between words, none at the ends): the key is the lower case.
  // Most names are, and lower-casing them costs less than a look-up in a memo this large.
  if (plainAscii(s)) return s.toLowerCase();
  let k = aliasKeys.get(s);
  if (k === undefined) {
    k = s.replace(/[\u2019\u2018]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
    if (aliasKeys.size >= 20_000) aliasKeys.clear(); // bounded memo: names repeat within and across articles
    aliasKeys.set(s, k);
  }
  return k;
}
const aliasKeys = new Map<string, string>();

/** Only ASCII above the space, and single spaces inside: aliasKey's replacements change nothing. */
function plainAscii(s: string): boolean {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c < 127) continue;
    if (c !== 32 || i === 0 || i === n - 1 || s.charCodeAt(i - 1) === 32) return false;
  }
  return true;
}

/** Length and first and last character of a key, packed: a look-up of a plain name no key shares them with is a miss. */
function signature(len: number, first: number, last: number): number {
  return ((len & 0xff) << 16) | ((first & 0xff) << 8) | (last & 0xff);
}
let signatures: Set<number> | undefined;

/** Whether the known-entity table may hold plain ASCII surface s (see `signature`). */
function mayBeKnown(s: string): boolean {
  if (!signatures) {
    signatures = new Set();
    for (const k of knownEntities().keys()) if (k.length > 0) signatures.add(signature(k.length, k.charCodeAt(0), k.charCodeAt(k.length - 1)));
  }
  const n = s.length;
  if (n === 0) return true;
  let a = s.charCodeAt(0);
  let z = s.charCodeAt(n - 1);
  if (a >= 65 && a <= 90) a += 32;
  if (z >= 65 && z <= 90) z += 32;
  return signatures.has(signature(n, a, z));
}

let table: Map<string, KnownEntity> | undefined;

/** Alias (normalised) -> known entity; built once on first use. */
export function knownEntities(): Map<string, KnownEntity> {
  if (table) return table;
  table = new Map();
  const add = (e: KnownEntity): void => {
    for (const a of e.aliases) if (!table!.has(aliasKey(a))) table!.set(aliasKey(a), e);
  };
  for (const e of OTHERS) add(e);
  for (const [iso, name] of COUNTRIES) {
    const qid = COUNTRY_QID[iso];
    const aliases = COUNTRY_ALIASES[iso] ?? [];
    add({ name: aliases[0] ?? name, type: 'GPE', aliases: [name, ...aliases], links: { iso3166: iso, ...(qid && { wikidata: qid }) } });
  }
  return table;
}

/** The known entity a surface form names, if any. Bare "US" needs case to not be the pronoun. */
export function lookupKnown(surface: string): KnownEntity | undefined {
  if (surface === 'us' || surface === 'Us' || surface === 'who' || surface === 'Who') return undefined;
  if (plainAscii(surface) && !mayBeKnown(surface)) return undefined;
  return knownEntities().get(aliasKey(surface));
}

/** Every alias in the table, for the gazetteer. */
export function knownAliases(type: EntityType): string[] {
  const out: string[] = [];
  for (const [, e] of knownEntities()) if (e.type === type) out.push(...e.aliases);
  return [...new Set(out)];
}
