import { expect, test } from 'vitest';
import en from '../../src/i18n/ui/en.json' with { type: 'json' };
import zhHans from '../../src/i18n/ui/zh-Hans.json' with { type: 'json' };
import { langs } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/ui.ts';
import { countLabel } from '../../src/i18n/count-label.ts';

test('every UI string exists in every language', () => {
  expect(Object.keys(zhHans).sort()).toEqual(Object.keys(en).sort());
  expect(langs).toEqual(['en', 'zh-Hans']);
});

test('t() fills placeholders and counts pick the singular for one', () => {
  const t = useTranslations('zh-Hans');
  expect(countLabel(t, 'paper.related.count', 11)).toBe('共 11 条相关文献');
  expect(countLabel(useTranslations('en'), 'paper.related.count', 1)).toBe('1 related citation');
});
