import { expect, test } from 'vitest';
import { readSearchState, withSearchState } from '../../src/search/search-state.ts';

test('the query and the all-languages choice are read from the query string', () => {
  expect(readSearchState('?q=grounded+theory&all')).toEqual({ query: 'grounded theory', allLanguages: true });
  expect(readSearchState('?q=%E5%8C%BB%E7%96%97%E4%BF%9D%E5%81%A5')).toEqual({
    query: '医疗保健',
    allLanguages: false,
  });
  expect(readSearchState('')).toEqual({ query: '', allLanguages: false });
});

test('odd queries survive the trip through the URL unchanged', () => {
  for (const query of [
    '"AI" & <script>alert(1)</script>',
    '.*+?^${}()|[]\\',
    '🧬 🔬',
    '#hash?x=1&y',
    'a'.repeat(500),
  ]) {
    const href = withSearchState('https://example.org/sub/en/search/', { query, allLanguages: false });
    expect(readSearchState(new URL(href).search).query).toBe(query);
  }
});

test('writing the state keeps the path and other parameters, and drops an empty or blank query', () => {
  expect(withSearchState('https://example.org/sub/zh/search/?q=old&x=1', { query: '健康', allLanguages: true })).toBe(
    'https://example.org/sub/zh/search/?q=%E5%81%A5%E5%BA%B7&x=1&all=',
  );
  expect(withSearchState('https://example.org/en/search/?q=old&all=', { query: '   ', allLanguages: false })).toBe(
    'https://example.org/en/search/',
  );
});
