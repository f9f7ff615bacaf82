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
  'Medicina (Kaunas)',
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
];

const places = [
  'Department of Epidemiology, Peking University, Beijing, China',
  'School of Public Health, Fudan University, Shanghai, China',
  'Cordeliers Research Centre, INSERM, Sorbonne University, Paris, France',
  'Department of Medicine, University of Toronto, Toronto, Canada',
  'Institute of Health Informatics, University College London, London, UK',
  'Department of Biostatistics, Harvard T.H. Chan School of Public Health, Boston, MA, USA',
  'Karolinska Institutet, Stockholm, Sweden',
  'Faculty of Medicine, University of Lagos, Lagos, Nigeria',
  'Department of Cardiology, Charité - Universitätsmedizin Berlin, Berlin, Germany',
  'West China Hospital, Sichuan University, Chengdu, China',
  'Department of Radiology, Seoul National University Hospital, Seoul, Korea',
  'Lithuanian University of Health Sciences, Kaunas, Lithuania',
];

const englishWords = (
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

const chineseWords = (
  '患者 队列 随机 试验 结局 死亡率 风险 分析 数据 模型 干预 治疗 临床 医院 医疗保健 人工智能 学习 算法 诊断 筛查 ' +
  '患病率 发病率 关联 回归 置信区间 风险比 比值比 显著 主要 次要 随访 基线 参与者 女性 男性 儿童 成人 老年人 人群 ' +
  '调查 访谈 定性 定量 系统评价 荟萃分析 证据 质量 偏倚 敏感性 特异性 准确性 影像 基因组 生物标志物 炎症 感染 疫苗 ' +
  '抗生素 耐药 癌症 肿瘤 生存 化疗 放疗 手术 心血管 糖尿病 肥胖 高血压 卒中 肾脏 肝脏 肺 抑郁 焦虑 认知 痴呆 妊娠 ' +
  '孕产妇 新生儿 营养 运动 吸烟 饮酒 政策 成本效益 实施 依从性 远程医疗 数字 移动应用 隐私 监管 伦理 利益相关者 扎根理论'
).split(' ');

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
    const words = Array.from({ length: int(8, 22) }, () => pick(englishWords));
    const text = words.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}${random() < 0.3 ? ` (n=${int(20, 9000)}; p<0.0${int(1, 5)})` : ''}.`;
  };
  const chineseSentence = () =>
    `${Array.from({ length: int(6, 16) }, () => pick(chineseWords)).join('')}${random() < 0.3 ? `(n=${int(20, 9000)})` : ''}。`;

  const lines: string[] = [];
  for (let i = int(1, 5); i > 0; i--) lines.push(`${pick(places)}${random() < 0.8 ? '.' : ''}`);

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
  lines.push(`${pick(journals)}. ${date};${volume}${issue}:${pages}.${doi}`);

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
      `${pick(journals)}. ${precision < 0.15 ? y : precision < 0.35 ? `${y}-${int(1, 12)}` : `${y}-${int(1, 12)}-${int(1, 28)}`}`,
    );
  }
  return lines.join('\n');
}
