// Curated vocabulary for the alias-collision checker. No dictionary package is installed and
// the output must not depend on the build machine, so the lists live here, in the repository.
//
// Where they come from: every single-token alias in the input lists (ASPI, Entity List, MEU,
// 1260H, NS-CMIC, section 1286) was read by hand on 2026-11-28 and checked against (a) everyday
// English, (b) acronyms common in science, engineering, computing, nuclear and export-control
// texts (the drafts Caveat reads), (c) abbreviations of well-known non-Chinese universities and
// bodies that a research draft may name, (d) Chinese given names that appear as author names.
// Add a word here, re-run `npm run data:update`, and the alias report shows what it removed.

/** Everyday English (and common loan) words that occur as aliases or brand names in the lists. */
export const COMMON_ENGLISH_WORDS: ReadonlySet<string> = new Set([
  'best', 'cherry', 'cobber', 'cambrian', 'dawning', 'empyrean', 'stratos', 'orbita', 'suma', 'nata',
  'just', 'cast', 'spa', 'base', 'group', 'academy', 'university', 'institute', 'college', 'center', 'centre',
  'china', 'national', 'state', 'key', 'laboratory', 'research', 'technology', 'science', 'engineering',
  'aerospace', 'aviation', 'electronics', 'electronic', 'information', 'security', 'defense', 'defence',
  'military', 'police', 'navy', 'naval', 'army', 'air', 'force', 'rocket', 'space', 'nuclear', 'ordnance',
  'north', 'south', 'east', 'west', 'central', 'northwest', 'northeast', 'southwest', 'southeast',
  'ultra', 'vision', 'smart', 'cloud', 'star', 'sky', 'link', 'net', 'tech', 'micro', 'power', 'energy',
  'hit', 'bit', 'ace', 'apex', 'alpha', 'beta', 'delta', 'sigma', 'omega', 'nova', 'titan', 'phoenix',
  'eagle', 'dragon', 'golden', 'great', 'grand', 'global', 'united', 'union', 'pacific', 'asia',
  'asialink', 'sinolink', 'skylinks', 'corestorage', 'netrix', 'nanolink', 'x-face', 'o-nice',
  'asam', 'vikor', 'sophon', 'ultron', 'bingo', 'rainbow', 'summit', 'pioneer', 'frontier', 'harmony',
]);

/**
 * Abbreviations that are everyday English words or too short: never matched.
 */
export const WORD_ACRONYMS: ReadonlyMap<string, string> = new Map([
  ['AI', 'artificial intelligence'], ['IT', 'information technology; also an English word'], ['IP', 'intellectual property, internet protocol'],
  ['US', 'United States; English word'], ['UK', 'United Kingdom'], ['EU', 'European Union'],
  ['JUST', 'English word'], ['BEST', 'English word'], ['CAST', 'English word'], ['SPA', 'English word; special protection area'],
  ['PLA', 'polylactic acid, programmable logic array; the army as a whole, not one institution'],
  ['CAS', 'Chinese Academy of Sciences as a whole, chemical abstracts service, computer algebra system'],
  ['MIT', 'Massachusetts Institute of Technology'], ['DNA', 'deoxyribonucleic acid'], ['GPS', 'global positioning system'],
  ['LED', 'light-emitting diode'], ['CPU', 'central processing unit'], ['GPU', 'graphics processing unit'],
  ['ICT', 'information and communication technology'], ['GMCs', 'plural acronym'], ['SOPHON', 'science-fiction term'],
  ['ASAM', 'Association for Standardization of Automation and Measuring Systems'],
]);

/**
 * Acronyms common in technical, legal or academic text, or used by well-known non-Chinese bodies,
 * that are nevertheless how drafts refer to a listed Chinese institution (HIT, BIT, HEU, NPU).
 * They are kept, but only confirmed by the institution's city in the same sentence (the rule's
 * own `context`) or by its full name elsewhere in the document; never by "university" or
 * "laboratory" alone. The reason is shown in the alias report.
 */
export const COMMON_ACRONYMS: ReadonlyMap<string, string> = new Map([
  ['BIT', 'binary digit, built-in test, bilateral investment treaty'],
  ['HIT', 'heterojunction solar cells, human intelligence task, Holon Institute of Technology'],
  ['NPU', 'neural processing unit'], ['HEU', 'highly enriched uranium'], ['SEU', 'single-event upset (radiation effects)'],
  ['AMS', 'accelerator mass spectrometry, American Mathematical Society, Alpha Magnetic Spectrometer'],
  ['CEC', 'Commission of the European Communities, cation exchange capacity'],
  ['CSIC', 'Spanish National Research Council (Consejo Superior de Investigaciones Cientificas)'],
  ['CAEP', 'ICAO Committee on Aviation Environmental Protection'], ['MPS', 'Max Planck Society, message passing'],
  ['NDU', 'US National Defense University'], ['NUC', 'Intel NUC computers; nuclear'],
  ['NEU', 'Northeastern University (Boston)'], ['USC', 'University of Southern California'],
  ['SDU', 'University of Southern Denmark'], ['CSU', 'California, Colorado and other State Universities'],
  ['SCU', 'Santa Clara University'], ['LUT', 'look-up table; LUT University (Finland)'],
  ['NCU', 'National Central University (Taiwan), Nicolaus Copernicus University'],
  ['NCHU', 'National Chung Hsing University (Taiwan)'], ['DLMU', 'Dalian Maritime University (not listed)'],
  ['TJU', 'Thomas Jefferson University'], ['THU', 'Thursday'], ['YSU', 'Youngstown State University'],
  ['SHU', 'Seton Hall, Sacred Heart and Sheffield Hallam Universities'], ['SAU', 'several universities'],
  ['AHU', 'air handling unit'], ['IEU', 'several unions and universities'], ['SPC', 'statistical process control'],
  ['AUAF', 'American University of Afghanistan'], ['PCL', 'Point Cloud Library, polycaprolactone'], ['NTS', 'several technical uses'],
  ['CSRC', 'China Securities Regulatory Commission (a regulator, not this entity)'], ['HMC', 'hybrid memory cube'],
  ['PST', 'Pacific Standard Time'], ['AOE', 'area of effect'],
  ['AIRI', 'Artificial Intelligence Research Institute (Moscow) and others'], ['PNC', 'several banks and institutions'],
  ['CUC', 'several universities'], ['SCH', 'several uses'], ['IGL', 'several uses'], ['CEV', 'crew exploration vehicle'],
  ['FGI', 'several uses'], ['STIC', 'several uses'], ['CUG', 'closed user group'], ['NUE', 'nitrogen use efficiency'],
  ['UIR', 'several uses'], ['SWID', 'software identification tags'], ['CTI', 'cyber threat intelligence'],
  ['NTSC', 'television standard'], ['RADI', 'several uses'], ['SMSC', 'several uses'],
]);

/**
 * First words of "<Word> University" that drafts do not use alone for that university: they are
 * also road, hospital or newspaper names ("Renmin Road", "Tongji Hospital", "Donghua Road").
 */
export const NOT_SHORT_NAMES: ReadonlySet<string> = new Set(['renmin', 'tongji', 'donghua', 'northeastern', 'northwestern', 'central', 'southern', 'northern', 'eastern', 'western']);

/** Chinese given names that double as aliases ("Zhiyuan", "Kezhen"); author lists are full of them. */
export const CHINESE_GIVEN_NAMES: ReadonlySet<string> = new Set([
  'zhiyuan', 'kezhen', 'shuguang', 'hualing', 'yayang', 'nanda', 'biren', 'zhangge',
]);

/**
 * Chinese provinces, regions and cities that appear in the listed names. A bare place name is
 * an everyday word in a draft; it is never a name of one institution.
 */
export const CHINESE_PLACE_NAMES: readonly string[] = [
  'Anhui', 'Baoding', 'Baotou', 'Beijing', 'Bengbu', 'Changchun', 'Changsha', 'Changzhou', 'Chengdu',
  'Chongqing', 'Dalian', 'Dongguan', 'Foshan', 'Fujian', 'Fuzhou', 'Gansu', 'Guangdong', 'Guangxi',
  'Guangzhou', 'Guilin', 'Guiyang', 'Guizhou', 'Haikou', 'Hainan', 'Hangzhou', 'Harbin', 'Hebei',
  'Hefei', 'Heilongjiang', 'Henan', 'Hengyang', 'Hohhot', 'Hong Kong', 'Hongkong', 'Hubei', 'Hunan',
  'Inner Mongolia', 'Jiangsu', 'Jiangxi', 'Jilin', 'Jinan', 'Jiujiang', 'Kunming', 'Kunshan', 'Lanzhou',
  'Liaoning', 'Luoyang', 'Macau', 'Macao', 'Mianyang', 'Nanchang', 'Nanjing', 'Nanning', 'Peking', 'Nantong',
  'Ningbo', 'Ningxia', 'Qingdao', 'Qinghai', 'Qinhuangdao', 'Sanya', 'Shaanxi', 'Shandong', 'Shanghai',
  'Shanxi', 'Shenyang', 'Shenzhen', 'Shijiazhuang', 'Sichuan', 'Suzhou', 'Taiyuan', 'Tangshan', 'Tianjin',
  'Tibet', 'Urumqi', 'Weihai', 'Wenzhou', 'Wuhan', 'Wuhu', 'Wuxi', "Xi'an", 'Xian', 'Xiamen', 'Xiangtan',
  'Xinjiang', 'Xuzhou', 'Yangzhou', 'Yanshan', 'Yantai', 'Yinchuan', 'Yunnan', 'Zhejiang', 'Zhengzhou', 'Zhenjiang',
  'Zhuhai', 'Zhuzhou', 'Zibo',
];

/** Chinese spellings of the cities above, for addresses written in Chinese ("中国北京市海淀区…"). */
export const CHINESE_CITY_SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['北京', 'Beijing'], ['上海', 'Shanghai'], ['天津', 'Tianjin'], ['重庆', 'Chongqing'], ['哈尔滨', 'Harbin'],
  ['西安', "Xi'an"], ['南京', 'Nanjing'], ['长沙', 'Changsha'], ['武汉', 'Wuhan'], ['成都', 'Chengdu'],
  ['沈阳', 'Shenyang'], ['大连', 'Dalian'], ['郑州', 'Zhengzhou'], ['洛阳', 'Luoyang'], ['广州', 'Guangzhou'],
  ['深圳', 'Shenzhen'], ['杭州', 'Hangzhou'], ['合肥', 'Hefei'], ['长春', 'Changchun'], ['石家庄', 'Shijiazhuang'],
  ['绵阳', 'Mianyang'], ['南昌', 'Nanchang'], ['济南', 'Jinan'], ['青岛', 'Qingdao'], ['兰州', 'Lanzhou'],
]);

/**
 * Words that say what kind of body something is, plus filler. A name made only of these (and
 * numbers or places) names no institution in particular: "Research Institute", "Institute 1",
 * "Ninth Academy", "Key Laboratory".
 */
export const GENERIC_NAME_WORDS: ReadonlySet<string> = new Set([
  'university', 'universities', 'institute', 'institution', 'college', 'academy', 'school', 'research',
  'center', 'centre', 'laboratory', 'laboratories', 'lab', 'labs', 'key', 'state', 'national', 'of', 'the',
  'and', 'for', 'in', 'at', 'no', 'number', 'technology', 'technologies', 'science', 'sciences',
  'engineering', 'company', 'corporation', 'group', 'co', 'ltd', 'limited', 'inc', 'china', 'chinese',
  'prc', 'branch', 'department', 'base', 'division', 'office', 'bureau', 'unit', 'first', 'second',
  'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'general', 'design',
  'international', 'trading', 'trade', 'import', 'export', 'holding', 'holdings', 'industry', 'industrial',
]);

/** Chinese short forms too generic to name one body ("Chinese aerospace", "aviation industry"). */
export const GENERIC_CHINESE_TERMS: ReadonlySet<string> = new Set([
  '中国航天', '航空工业', '中国电子', '警察大学', '人民大学', '中国兵装',
]);

/**
 * Names that are, word for word, also the name of a well-known non-Chinese institution or a
 * generic description. They stay out of the English match list; the rule still matches the
 * entity's other names (Chinese name, "PLA …" forms).
 */
export const AMBIGUOUS_NAMES: ReadonlyMap<string, string> = new Map([
  ['national defense university', 'also the US National Defense University (and Pakistan\'s)'],
  ['naval command college', 'also the international course at the US Naval War College'],
  ['air force research institute', 'also a US Air Force body (Maxwell AFB)'],
  ['army research institute', 'also the US Army Research Institute'],
  ['naval academy', 'also the US Naval Academy and many others'],
  ['northeastern university', 'also Northeastern University in Boston'],
  ['soochow university', 'also Soochow University in Taipei'],
  ['special police academy', 'a generic description used in many countries'],
  ['luoyang university', 'a former, different university (merged into Henan University of Science and Technology)'],
  ['air force aviation university', 'a generic description'],
  ['naval engineering university', 'a generic description'],
]);
