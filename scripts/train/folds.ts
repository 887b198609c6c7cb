/** Cross-validation folds, by article: 6 folds of the 24 development articles hold 4 articles each. */
export const FOLDS = 6;

/** Folds by article: the articles in the order first named, dealt round-robin into `folds` groups. */
export function foldsOf(articleIds: readonly string[], folds: number): Map<string, number> {
  const articles = [...new Set(articleIds)];
  return new Map(articles.map((article, i) => [article, i % folds]));
}
