import { diffArrays, diffChars } from 'diff';
import type { Difference } from './merge.ts';

/** Characters of unchanged text kept on each side of a change within a paragraph. */
const context = 30;

/**
 * A difference for a terminal: items only in the entry prefixed `-`, items only in the record
 * `+`, and an item changed in place shown once, prefixed `~`, with its changed text marked
 * `[-entry-]{+record+}` among a little unchanged text.
 */
export function describeDifference(difference: Difference): string[] {
  const lines = [`${difference.field}:`];
  const changes = diffArrays(difference.entry, difference.record);
  for (let index = 0; index < changes.length; index++) {
    const change = changes[index];
    if (!change || (!change.added && !change.removed)) continue;
    const next = changes[index + 1];
    if (change.removed && next?.added && next.value.length === change.value.length) {
      change.value.forEach((old, item) => lines.push(`  ~ ${inlineDifference(old, next.value[item] ?? '')}`));
      index++;
      continue;
    }
    for (const item of change.value) lines.push(`  ${change.added ? '+' : '-'} ${item}`);
  }
  return lines;
}

/** Two versions of a text as one, changes marked, long unchanged stretches shortened with `…`. */
export function inlineDifference(entry: string, record: string): string {
  const parts = diffChars(entry, record);
  return parts
    .map((part, index) => {
      if (part.removed) return `[-${part.value}-]`;
      if (part.added) return `{+${part.value}+}`;
      const chars = [...part.value];
      const first = index === 0;
      const last = index === parts.length - 1;
      if (chars.length <= context * (first || last ? 1 : 2)) return part.value;
      if (first) return `…${chars.slice(-context).join('')}`;
      if (last) return `${chars.slice(0, context).join('')}…`;
      return `${chars.slice(0, context).join('')}…${chars.slice(-context).join('')}`;
    })
    .join('');
}
