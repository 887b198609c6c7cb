/** Cross-validation folds, by article: 6 folds of the 24 development articles hold 4 articles each. */
export const FOLDS = 6;
