import { describe, expect, test } from 'vitest';
import { sectionIdForLabel } from '../../src/lib/section-labels.ts';

describe('sectionIdForLabel', () => {
  test.each([
    ['BACKGROUND', 'background'],
    ['背景', 'background'],
    ['OBJECTIVES', 'objective'],
    ['AIM', 'objective'],
    ['目的', 'objective'],
    ['MATERIALS AND METHODS', 'methods'],
    ['FINDINGS', 'findings'],
    ['发现', 'findings'],
    ['INTERPRETATION', 'interpretation'],
    ['解释', 'interpretation'],
    ['CONCLUSIONS AND RELEVANCE', 'conclusion'],
    ['结论', 'conclusion'],
    ['TRIAL REGISTRATION', 'registration'],
    ['临床试验注册', 'registration'],
  ])('gives %s the shared id %s', (label, id) => {
    expect(sectionIdForLabel(label)).toBe(id);
  });

  test('knows nothing of a label it has no entry for', () => {
    expect(sectionIdForLabel('STUDY LIMITATIONS AND OUTLOOK')).toBeUndefined();
  });
});
