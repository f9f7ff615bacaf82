import type { Translate, UIKey } from './ui.ts';

/** `t(key)` for a count, using `<key>.one` when the count is one (the plural rules we need). */
export function countLabel(t: Translate, key: UIKey & `${string}.count`, count: number): string {
  return count === 1 ? t(`${key}.one` as UIKey) : t(key, { count });
}
