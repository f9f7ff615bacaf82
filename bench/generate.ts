/**
 * Synthetic records in the plain-text layout of `tests/fixtures/records/seed.txt`, for the
 * benchmark: deterministic for a seed, varied like real PubMed exports (affiliations, structured
 * and unstructured abstracts of 150 to 400 words with Chinese counterparts, 0 to 30 related
 * citations, dates over decades, several dozen journals).
 */

/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same records everywhere. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const journals = [
  'J Transl Med',
  'Nature',
  'Lancet',
  'BMJ',
  'N Engl J Med',
  'JAMA',
  'PLoS One',
  'Sci Rep',
  'Nat Med',
  'Cell',
  'Ann Afr Med',
  'J Med Internet Res',
  'BMC Med Inform Decis Mak',
  'Front Digit Health',
  'Eur Arch Otorhinolaryngol',
  'Obstet Gynecol',
  'NPJ Digit Med',
  'Kidney Dis (Basel)',
  'Lancet Oncol',
  'Lancet Infect Dis',
  'BMC Public Health',
  'Int J Environ Res Public Health',
  'Front Public Health',
  'J Clin Med',
  'Cancers (Basel)',
  'Nutrients',
  'Diabetes Care',
  'Circulation',
  'Eur Heart J',
  'Gut',
  'Hepatology',
  'Radiology',
  'Ann Intern Med',
  'JAMA Netw Open',
  'Clin Infect Dis',
  'J Am Coll Cardiol',
  'Am J Epidemiol',
  'Epidemiol Infect',
  'Chin Med J (Engl)',
  'Zhonghua Yi Xue Za Zhi',
  'World J Gastroenterol',
  'Front Immunol',
  'Nat Commun',
  'Sci Transl Med',
  'Brain',
  'Neurology',
  'Stroke',
  'Medicina (Kaunas)',
];

// Affiliations are drawn from departments x institutions, so a city is as rare as in real data.
const departments = [
  'Department of Epidemiology',
  'School of Public Health',
  'Department of Medicine',
  'Institute of Health Informatics',
  'Department of Biostatistics',
  'Faculty of Medicine',
  'Department of Cardiology',
  'Department of Radiology',
  'Department of Oncology',
  'Department of Paediatrics',
  'Centre for Global Health',
  'Department of Infectious Diseases',
  'Department of Psychiatry',
  'School of Nursing',
  'Department of Surgery',
];

const institutions = [
  'Peking University, Beijing, China',
  'Fudan University, Shanghai, China',
  'Sorbonne University, Paris, France',
  'University of Toronto, Toronto, Canada',
  'University College London, London, UK',
  'Harvard T.H. Chan School of Public Health, Boston, MA, USA',
  'Karolinska Institutet, Stockholm, Sweden',
  'University of Lagos, Lagos, Nigeria',
  'Charité - Universitätsmedizin Berlin, Berlin, Germany',
  'Sichuan University, Chengdu, China',
  'Seoul National University Hospital, Seoul, Korea',
  'University of Melbourne, Melbourne, Australia',
  'University of São Paulo, São Paulo, Brazil',
  'University of Cape Town, Cape Town, South Africa',
  'All India Institute of Medical Sciences, New Delhi, India',
  'University of Tokyo, Tokyo, Japan',
  'Zhejiang University, Hangzhou, China',
  'Sun Yat-sen University, Guangzhou, China',
  'University of Copenhagen, Copenhagen, Denmark',
  'University of Oxford, Oxford, UK',
  'Johns Hopkins University, Baltimore, MD, USA',
  'McGill University, Montreal, Canada',
  'University of Amsterdam, Amsterdam, the Netherlands',
  'University of Helsinki, Helsinki, Finland',
  'Makerere University, Kampala, Uganda',
  'National University of Singapore, Singapore',
  'University of Milan, Milan, Italy',
  'University of Barcelona, Barcelona, Spain',
  'Wuhan University, Wuhan, China',
  'Lithuanian University of Health Sciences, Kaunas, Lithuania',
];

// Real abstracts follow Zipf's law: a few dozen function words make up nearly half the text,
// and the rest comes from a vocabulary of thousands of terms, most of them rare. The search
// index and a query's results depend on that shape (a vocabulary of a hundred words puts every
// word in every paper), so the generator draws from one: the domain terms below first, then
// made-up terms built from syllables, in a fixed order so every run draws the same words.
const englishFunctionWords = (
  'the of and in to a with for was were is by on as at from that this or between among after than not ' +
  'we our these be are which also compared using during more both have had but their its all'
).split(' ');

const englishTerms = (
  'patients cohort randomized trial outcomes mortality risk analysis data model intervention treatment ' +
  'clinical hospital health care artificial intelligence learning algorithm diagnosis screening prevalence ' +
  'incidence association regression confidence interval hazard ratio odds significant primary secondary ' +
  'follow-up baseline participants women men children adults elderly population survey interviews qualitative ' +
  'quantitative systematic review meta-analysis evidence quality bias sensitivity specificity accuracy imaging ' +
  'genomic biomarkers inflammation infection vaccine antibiotic resistance cancer tumour survival chemotherapy ' +
  'radiotherapy surgery cardiovascular diabetes obesity hypertension stroke kidney liver lung depression anxiety ' +
  'cognitive dementia pregnancy maternal neonatal nutrition exercise smoking alcohol policy cost effectiveness ' +
  'implementation adherence telemedicine digital mobile application privacy regulation ethics stakeholders'
).split(' ');

const chineseFunctionWords =
  '的 和 在 与 了 是 对 中 为 及 等 后 其 有 将 并 可 以 由 于 从 被 比 较 各 该 这些 我们 研究'.split(' ');

const chineseTerms = (
  '患者 队列 随机 试验 结局 死亡率 风险 分析 数据 模型 干预 治疗 临床 医院 医疗保健 人工智能 学习 算法 诊断 筛查 ' +
  '患病率 发病率 关联 回归 置信区间 风险比 比值比 显著 主要 次要 随访 基线 参与者 女性 男性 儿童 成人 老年人 人群 ' +
  '调查 访谈 定性 定量 系统评价 荟萃分析 证据 质量 偏倚 敏感性 特异性 准确性 影像 基因组 生物标志物 炎症 感染 疫苗 ' +
  '抗生素 耐药 癌症 肿瘤 生存 化疗 放疗 手术 心血管 糖尿病 肥胖 高血压 卒中 肾脏 肝脏 肺 抑郁 焦虑 认知 痴呆 妊娠 ' +
  '孕产妇 新生儿 营养 运动 吸烟 饮酒 政策 成本效益 实施 依从性 远程医疗 数字 移动应用 隐私 监管 伦理 利益相关者'
).split(' ');

const englishSyllables = (
  'ab ac ad al am an ar as at ba be bi bo ca ce ci co cy da de di do du el em en er es fa fe fi fo ga ge gi ' +
  'go ha he hi ho hy id il im in ir is ka la le li lo lu ly ma me mi mo mu my na ne ni no nu ob oc ol om on ' +
  'op or os pa pe phi pho pi po pre pro ra re ri ro ru sa se si so su ta te ti to tri tu ty ul um un ur va ve vi vo'
).split(' ');

const chineseCharacters = [
  ...'病症疗效药物细胞蛋白基因血液组织器官功能代谢免疫神经心脏肾肝肺脑骨皮肤眼耳鼻口腔胃肠道胰腺甲状腺乳腺前列腺',
  ...'年龄性别体重指数剂量浓度时间频率比例数量程度水平指标评分量表问卷样本方法策略系统网络平台技术设备材料结构',
  ...'急性慢性早期晚期轻度重度原发继发复发转移进展缓解稳定改善降低增加减少维持预防控制管理评估监测检测识别预测',
].filter((character) => character.trim());

/** `count` distinct made-up words from `parts`, `min` to `max` parts each, in a fixed order. */
function madeUpWords(parts: readonly string[], count: number, min: number, max: number, exclude: readonly string[]) {
  const random = prng(20_201_009);
  const words = new Set(exclude);
  const made: string[] = [];
  while (made.length < count) {
    const length = min + Math.floor(random() * (max - min + 1));
    const word = Array.from({ length }, () => parts[Math.floor(random() * parts.length)]).join('');
    if (!words.has(word)) {
      words.add(word);
      made.push(word);
    }
  }
  return made;
}

/** Draws from `words` with Zipf's law (the r-th word about 1/r as often as the first). */
function zipf<T>(words: readonly T[]): (random: () => number) => T {
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= words.length; rank++) cumulative.push((total += 1 / rank ** 1.05));
  return (random) => {
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] as number) < target) low = middle + 1;
      else high = middle;
    }
    return words[low] as T;
  };
}

const englishWord = zipf([
  ...englishFunctionWords,
  ...englishTerms,
  ...madeUpWords(englishSyllables, 20_000, 3, 5, englishTerms),
]);
const chineseWord = zipf([
  ...chineseFunctionWords,
  ...chineseTerms,
  ...madeUpWords(chineseCharacters, 20_000, 2, 3, chineseTerms),
]);
const journalOf = zipf(journals);

const structures = [
  [
    ['BACKGROUND', '背景'],
    ['METHODS', '方法'],
    ['RESULTS', '结果'],
    ['CONCLUSIONS', '结论'],
  ],
  [
    ['OBJECTIVE', '目的'],
    ['METHODS', '方法'],
    ['RESULTS', '结果'],
    ['CONCLUSION', '结论'],
  ],
  [
    ['BACKGROUND', '背景'],
    ['METHODS', '方法'],
    ['FINDINGS', '结果'],
    ['INTERPRETATION', '解释'],
  ],
  [
    ['AIM', '目的'],
    ['METHODS', '方法'],
    ['RESULTS', '结果'],
    ['CONCLUSIONS', '结论'],
  ],
] as const;

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The `index`-th synthetic record of the set made with `seed`, as the text of a record file. */
export function generateRecord(index: number, seed = 1): string {
  const random = prng(seed * 1_000_003 + index);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[int(0, list.length - 1)] as T;

  const englishSentence = () => {
    const words = Array.from({ length: int(8, 22) }, () => englishWord(random));
    const text = words.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}${random() < 0.3 ? ` (n=${int(20, 9000)}; p<0.0${int(1, 5)})` : ''}.`;
  };
  const chineseSentence = () =>
    `${Array.from({ length: int(4, 15) }, () => chineseWord(random)).join('')}${random() < 0.3 ? `(n=${int(20, 9000)})` : ''}。`;

  const lines: string[] = [];
  for (let i = int(1, 5); i > 0; i--)
    lines.push(`${pick(departments)}, ${pick(institutions)}${random() < 0.8 ? '.' : ''}`);

  const year = int(1985, 2025);
  const month = int(1, 12);
  const day = int(1, 28);
  const date =
    random() < 0.7
      ? `${year} ${months[month - 1]} ${day}`
      : random() < 0.5
        ? `${year} ${months[month - 1]}`
        : `${year}`;
  const volume = int(1, 120);
  const first = int(1, 2000);
  const pages =
    random() < 0.2
      ? `e${int(100000, 999999)}`
      : random() < 0.5
        ? `${first}`
        : `${first}-${String(first + int(3, 15)).slice(-2)}`;
  const issue = random() < 0.85 ? `(${int(1, 24)})` : '';
  const doi = random() < 0.9 ? ` doi: 10.${int(1000, 9999)}/bench.${seed}.${index}.` : '';
  lines.push(`${journalOf(random)}. ${date};${volume}${issue}:${pages}.${doi}`);

  const wordsWanted = int(150, 400);
  const structure = random() < 0.8 ? pick(structures) : undefined;
  const sectionCount = structure?.length ?? 1;
  const english: string[] = [];
  const chinese: string[] = [];
  for (let s = 0; s < sectionCount; s++) {
    const en: string[] = [];
    const zh: string[] = [];
    let words = 0;
    while (words < wordsWanted / sectionCount) {
      const sentence = englishSentence();
      words += sentence.split(' ').length;
      en.push(sentence);
      zh.push(chineseSentence());
    }
    const label = structure?.[s];
    english.push(label ? `${label[0]}: ${en.join(' ')}` : en.join(' '));
    chinese.push(label ? `${label[1]}:${zh.join('')}` : zh.join(''));
  }
  lines.push(english.join(' '));
  lines.push(...chinese);

  for (let i = int(0, 30); i > 0; i--) {
    const y = int(1990, 2025);
    const precision = random();
    lines.push(
      `${journalOf(random)}. ${precision < 0.15 ? y : precision < 0.35 ? `${y}-${int(1, 12)}` : `${y}-${int(1, 12)}-${int(1, 28)}`}`,
    );
  }
  return lines.join('\n');
}
