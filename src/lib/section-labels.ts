/**
 * Structured-abstract labels and the section id each stands for, so that a section has the same
 * id in every language (`#background` on the English and the Chinese page). Content files may
 * name the id explicitly (`## 背景 {#background}`); this table covers headings written without,
 * and gives the importer its ids.
 */
const idsByLabel: Record<string, string> = {
  background: 'background',
  introduction: 'background',
  context: 'background',
  背景: 'background',
  引言: 'background',
  objective: 'objective',
  objectives: 'objective',
  aim: 'objective',
  aims: 'objective',
  purpose: 'objective',
  目的: 'objective',
  目标: 'objective',
  methods: 'methods',
  method: 'methods',
  'materials and methods': 'methods',
  方法: 'methods',
  材料与方法: 'methods',
  'patients and methods': 'methods',
  'methods and findings': 'methods',
  对象与方法: 'methods',
  资料与方法: 'methods',
  design: 'design',
  设计: 'design',
  results: 'results',
  结果: 'results',
  findings: 'findings',
  发现: 'findings',
  conclusion: 'conclusion',
  conclusions: 'conclusion',
  结论: 'conclusion',
  'conclusions and relevance': 'conclusion',
  结论与意义: 'conclusion',
  importance: 'importance',
  重要性: 'importance',
  limitations: 'limitations',
  局限性: 'limitations',
  'trial registration': 'registration',
  'clinical trial registration': 'registration',
  试验注册: 'registration',
  临床试验注册: 'registration',
  interpretation: 'interpretation',
  解释: 'interpretation',
  解读: 'interpretation',
  funding: 'funding',
  资助: 'funding',
  基金: 'funding',
};

/** The shared id of a known label (`METHODS`, `Methods`, `方法` -> `methods`), if known. */
export function sectionIdForLabel(label: string): string | undefined {
  return idsByLabel[label.trim().toLowerCase()];
}
