import type { ThemeDefinition } from './definition.js';
import { weighted } from './weighted-terms.js';

/**
 * Finer themes our users follow (technology, China's economy, trade and industrial policy), each under
 * its IPTC top level. A term "A ~ B" matches A followed by B within a few words ("restrictions on
 * American investments" for "restrictions ~ investment"); plurals are folded on both sides.
 */
const SCI = 'medtop:13000000';
const ECON = 'medtop:04000000';
const POL = 'medtop:11000000';
const ENV = 'medtop:06000000';

const theme = (slug: string, label: string, topLevel: string, spec: string, description: string): ThemeDefinition => ({
  id: `lede:${slug}`,
  label,
  topLevel,
  parent: topLevel,
  description,
  terms: weighted(spec),
});

export const FINE_THEMES: readonly ThemeDefinition[] = [
  theme('semiconductors', 'semiconductors', SCI, `
    3: semiconductor, semiconductors, chipmaker, chipmakers, microchip, microchips, chip industry, chip maker,
       chip makers, foundry, foundries, wafer, wafers, lithography, integrated circuit, TSMC, ASML, Nvidia, SMIC,
       high-end chips, advanced chips, chip design, chip export;
    2: chip, chips, processor, processors, Intel, AMD, Qualcomm, Huawei's chips`,
  'Chips and the chip industry: design, fabrication, supply chains and export controls.'),

  theme('artificial-intelligence', 'artificial intelligence', SCI, `
    3: artificial intelligence, AI, machine learning, deep learning, neural network, large language model, LLM, LLMs,
       chatbot, chatbots, ChatGPT, OpenAI, DeepSeek, generative AI, AGI, AI model, AI models;
    1: algorithm, algorithms, automation`,
  'AI research, models, companies and policy.'),

  theme('quantum-computing', 'quantum computing', SCI, `
    3: quantum computing, quantum computer, quantum technology, quantum technologies, qubit, qubits,
       quantum communication, quantum supremacy, quantum advantage;
    1: quantum`,
  'Quantum computers, communication and the race to build them.'),

  theme('robotics', 'robotics', SCI, `
    3: robotics, robot, robots, humanoid, humanoids, robotic, industrial robots;
    1: automation, automated`,
  'Robots in industry, services and the home.'),

  theme('electric-vehicles', 'electric vehicles', ECON, `
    3: electric vehicle, electric vehicles, electric car, electric cars, EV, EVs, battery electric, plug-in hybrid,
       Tesla, BYD, NIO, charging stations, new energy vehicles, new energy vehicle;
    1: battery, batteries, carmaker, carmakers, automaker, automakers`,
  'Electric cars, their makers, batteries and charging.'),

  theme('climate-change', 'climate change', ENV, `
    3: climate change, global warming, climate crisis, greenhouse gas, greenhouse gases, carbon emissions,
       net zero, carbon neutrality, carbon neutral, decarbonisation, decarbonization, paris agreement, COP26, COP28,
       kyoto protocol, climate policy, climate target, climate targets;
    2: emissions, renewable energy, renewables, environmental concerns, fossil fuels, carbon;
    1: climate, environmental`,
  'Climate change, emissions and the policies to curb them.'),

  theme('consumer-spending-stimulus', 'consumer spending and stimulus', ECON, `
    3: consumer spending, household spending, stimulus, stimulus package, stimulus measures, stimulate consumption,
       domestic demand, domestic consumption, consumer demand, consumer confidence, retail sales, social welfare benefits,
       consumption vouchers, fiscal stimulus, boost consumption;
    2: consumption, stimulate, consumers, welfare benefits, subsidies, trade-in;
    1: spending, shoppers`,
  'Household consumption and government measures to stimulate demand.'),

  theme('property-sector', 'property sector', ECON, `
    3: property sector, property market, real estate, housing market, property developer, property developers,
       Evergrande, Country Garden, home prices, house prices, housing prices, property crisis, property slump,
       mortgage rates;
    2: developers, mortgage, mortgages, housing, homebuyers, unfinished homes;
    1: property, properties`,
  'Real estate, housing markets and developers.'),

  theme('local-government-debt', 'local government debt', ECON, `
    3: local government debt, local government financing vehicle, local government financing vehicles, LGFV, LGFVs,
       hidden debt, municipal debt, municipal bonds, provincial debt, local debt, special bonds;
    1: debt ~ local government, local governments ~ debt`,
  'Debt of local and provincial governments and their financing vehicles.'),

  theme('foreign-investment', 'foreign investment', ECON, `
    3: foreign investment, foreign direct investment, FDI, foreign investors, overseas investment, overseas investors,
       inbound investment, foreign capital, foreign firms, foreign companies, multinationals;
    1: investment ~ foreign, capital flows`,
  'Investment across borders, into and out of a country.'),

  theme('trade-and-tariffs', 'trade and tariffs', ECON, `
    3: tariff, tariffs, trade war, trade deficit, trade surplus, trade deal, trade talks, trade tensions, WTO,
       world trade organization, anti-dumping, import duties, customs duties, free trade, protectionism, protectionist;
    2: exports, imports, exporters, importers, trade, duties, chinese goods, supply chain, supply chains;
    1: goods`,
  'International trade, tariffs, trade deals and disputes.'),

  theme('investment-restrictions', 'investment restrictions', ECON, `
    3: investment restrictions, investment controls, outbound investment, export controls, export control, export ban,
       entity list, CFIUS, investment screening, restrictions ~ investment, curbs ~ investment, curbing ~ investment,
       ban ~ investment, restrictions ~ exports, curbs ~ exports, blacklist;
    2: national security review, sensitive technologies, strategic sectors, decoupling, derisk, de-risking;
    1: restrictions, curbs, curbing, sanctions`,
  'Export and investment controls: restrictions on investing in, or selling technology to, another country.'),

  theme('national-politics-leadership', 'national politics and leadership', POL, `
    3: national people's congress, NPC, two sessions, communist party, politburo, state council, political system,
       head of state, prime minister, premier, president, presidential, leadership, party congress, central committee,
       Xi Jinping, parliament, cabinet;
    2: leader, leaders, authoritarian, political, politics, government, ruling party, national pride;
    1: party, beijing, washington, kremlin, downing street`,
  'National government, its leaders and their hold on power.'),

  theme('economic-growth-model', 'economic growth model', ECON, `
    3: growth model, economic model, economic growth, engine of growth, growth engine, new engine, economic development,
       infrastructure-driven, infrastructure driven, high-quality development, rebalancing, structural reform,
       structural reforms, growth target, slowing economy, economic slowdown, self-sufficiency, self-reliance;
    2: infrastructure, productivity, industrial policy, growth, development model, economic rejuvenation;
    1: economy, expansion, innovation`,
  'How an economy grows: investment-led, consumption-led or innovation-led models and their limits.'),
];
