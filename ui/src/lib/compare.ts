// Which two quarters the Compare view starts with: the shown quarter against the one
// before it among the plan's quarters (the list the core sends, oldest first), or the
// shown one and the next when it is the first.
export function defaultComparison(quarters: string[], shown: string): { from: string; to: string } {
  const i = quarters.indexOf(shown);
  if (i > 0) return { from: quarters[i - 1] ?? shown, to: shown };
  if (i === 0 && quarters.length > 1) return { from: shown, to: quarters[1] ?? shown };
  return { from: shown, to: shown };
}
