// Which rows of a long fixed-height list to render: the visible window plus a margin, so
// a 10,000-row tree or table keeps a few dozen elements in the page.

export interface Window {
  start: number;
  end: number;
  offset: number;
  total: number;
}

export function windowFor(
  count: number,
  rowHeight: number,
  scrollTop: number,
  viewport: number,
  overscan = 8,
): Window {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const start = Math.max(0, first - overscan);
  const end = Math.min(
    count,
    first + Math.ceil(Math.max(viewport, rowHeight) / rowHeight) + overscan,
  );
  return { start, end: Math.max(start, end), offset: start * rowHeight, total: count * rowHeight };
}

/** The scroll position that brings row `index` into view, or null when it already is. */
export function scrollToShow(
  index: number,
  rowHeight: number,
  scrollTop: number,
  viewport: number,
): number | null {
  const top = index * rowHeight;
  if (top < scrollTop) return top;
  if (top + rowHeight > scrollTop + viewport) return top + rowHeight - viewport;
  return null;
}
