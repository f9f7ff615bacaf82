import { expect, test } from 'vitest';
import { placeAt, readingLine, scrollTopFor } from '../../src/reading/reading-place.ts';

const boxes = [
  { fragment: 'background', top: -400, height: 300 },
  { fragment: 'methods', top: -100, height: 400 },
  { fragment: 'results', top: 300, height: 500 },
];

test('the place read is the last one starting at or above the reading line, with how far in it the line is', () => {
  expect(placeAt(boxes, 200)).toEqual({ fragment: 'methods', fraction: 0.75, at: 200 });
  expect(placeAt(boxes, 300)).toEqual({ fragment: 'results', fraction: 0, at: 300 });
});

test('above the first place there is no place; past a place the point read is its end', () => {
  expect(placeAt([{ fragment: 'a', top: 250, height: 10 }], 200)).toBeUndefined();
  expect(placeAt([{ fragment: 'a', top: 0, height: 10 }], 200)).toEqual({ fragment: 'a', fraction: 1, at: 10 });
});

test('hidden places (no height) are never the place read', () => {
  expect(placeAt([...boxes, { fragment: 'hidden', top: 250, height: 0 }], 260)).toEqual({
    fragment: 'methods',
    fraction: 0.9,
    at: 260,
  });
});

test('scrollTopFor puts the same point of the place back on the reading line, never above the page', () => {
  expect(scrollTopFor(1000, 400, 0.75, 200)).toBe(1100);
  expect(scrollTopFor(50, 100, 0, 200)).toBe(0);
});

test('the reading line is a third down the screen, and sinks to the bottom over the last two thirds of scrolling', () => {
  expect(readingLine(900, 5000)).toBe(300);
  expect(readingLine(900, 600)).toBe(300);
  expect(readingLine(900, 300)).toBe(600);
  expect(readingLine(900, 0)).toBe(900);
});
