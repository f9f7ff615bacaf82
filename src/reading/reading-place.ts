/** A place a reader can be at: an element that has the same fragment in every view of a paper. */
export interface PlaceBox {
  /** The fragment that reaches it in any language (`background`, `related-nature-2019-03`). */
  fragment: string;
  /** Its top edge, relative to the viewport, in CSS pixels. */
  top: number;
  height: number;
}

/** Where the reader is: the place under the reading line, and how far into it the line is. */
export interface ReadingPlace {
  fragment: string;
  /** 0 at the place's top edge, 1 at its bottom edge. */
  fraction: number;
  /** The height in the viewport of that point of the place, where it should be shown again. */
  at: number;
}

/**
 * The height in the viewport where the reader's eyes are: a third of the way down, moving to the
 * bottom edge over the last two thirds of a screen of scrolling, so that the end of a page (which
 * can never scroll up to the third) can be the place read too. `remaining` is how far the page
 * can still scroll down.
 */
export function readingLine(viewportHeight: number, remaining: number): number {
  return viewportHeight / 3 + Math.max(0, (viewportHeight * 2) / 3 - Math.max(0, remaining));
}

/**
 * The place being read, given the candidate places in document order and the reading line (a
 * height in the viewport): the last place that starts at or above the line. Nested places come
 * after the place holding them, so the innermost wins. `undefined` above the first place (the
 * reader is at the top of the page, which any view of it also starts at).
 */
export function placeAt(boxes: readonly PlaceBox[], line: number): ReadingPlace | undefined {
  let found: PlaceBox | undefined;
  for (const box of boxes) if (box.height > 0 && box.top <= line) found = box;
  if (!found) return undefined;
  const fraction = Math.min(1, Math.max(0, (line - found.top) / found.height));
  return { fragment: found.fragment, fraction, at: found.top + fraction * found.height };
}

/**
 * The scroll offset that shows the point `fraction` of the way into a place (whose top is `top`
 * pixels from the document's start) at the height `at` in the viewport.
 */
export function scrollTopFor(top: number, height: number, fraction: number, at: number): number {
  return Math.max(0, Math.round(top + fraction * height - at));
}
