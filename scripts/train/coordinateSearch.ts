/** Weights by name, as a coordinate search moves them. */
export type NamedWeights = Readonly<Record<string, number>>;

/** Weights found by {@link fitByCoordinateSearch}, and how they do. */
export interface SearchFit<W> {
  /** The weights to use: the search's on all items when that carries over (see `adopted`), else the start. */
  weights: W;
  /** What the search found on all items. */
  found: W;
  /** Whether the search's weights beat the start out of fold (`crossValidated` > `start`) and so were taken. */
  adopted: boolean;
  /** Share of items right with the weights found on all of them (in-sample). */
  accuracy: number;
  /** The same share when each fold's weights are fitted on the other folds only. */
  crossValidated: number;
  /** The same share with the weights the search starts from (no fitting). */
  start: number;
}

/**
 * Fits weights by coordinate search over a grid: each weight in turn takes the grid value
 * under which most items are right, `passes` times over. Cross-validated by fold: each fold's
 * weights are searched on the other folds' items, and judged on its own. The weights found on
 * all items are taken only when the search does better out of fold than the start does:
 * otherwise what it found fits these items and no others. `hits` tells, for a set of weights,
 * which items are right; it is asked once per set (remembered here).
 */
export function fitByCoordinateSearch<W extends Record<keyof W, number>>(
  start: W,
  grid: { readonly [name in keyof W]: readonly number[] },
  hits: (weights: W) => readonly boolean[],
  foldOf: readonly number[],
  folds: number,
  passes: number,
): SearchFit<W> {
  const tried = new Map<string, readonly boolean[]>();
  const found = (weights: W) => {
    const id = JSON.stringify(weights);
    let result = tried.get(id);
    if (!result) tried.set(id, (result = hits(weights)));
    return result;
  };
  const share = (weights: W, keep: (fold: number) => boolean) => {
    const right = found(weights);
    let yes = 0;
    let total = 0;
    foldOf.forEach((fold, i) => {
      if (!keep(fold)) return;
      total++;
      if (right[i]) yes++;
    });
    return yes / Math.max(total, 1);
  };
  const search = (keep: (fold: number) => boolean): W => {
    let best = start;
    let bestShare = share(best, keep);
    for (let pass = 0; pass < passes; pass++) {
      for (const name of Object.keys(grid) as Array<keyof W & string>) {
        for (const value of grid[name]) {
          const candidate = { ...best, [name]: value };
          const candidateShare = share(candidate, keep);
          if (candidateShare > bestShare) [best, bestShare] = [candidate, candidateShare];
        }
      }
    }
    return best;
  };
  let right = 0;
  let total = 0;
  for (let fold = 0; fold < folds; fold++) {
    const judged = found(search((f) => f !== fold));
    foldOf.forEach((f, i) => {
      if (f !== fold) return;
      total++;
      if (judged[i]) right++;
    });
  }
  const foundOnAll = search(() => true);
  const crossValidated = right / Math.max(total, 1);
  const startShare = share(start, () => true);
  const adopted = crossValidated > startShare;
  return { weights: adopted ? foundOnAll : start, found: foundOnAll, adopted, accuracy: share(foundOnAll, () => true), crossValidated, start: startShare };
}
