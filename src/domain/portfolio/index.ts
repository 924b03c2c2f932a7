// The portfolio's pure functions: what the overview, the exports and the reader share.
export * from './types';
export * from './filterPortfolio';
export * from './filterOptions';
export * from './sortPortfolio';
export * from './stall';
export * from './portfolioOrder';
export * from './phaseDistribution';
export * from './rowHealth';
export * from './applyPortfolioChanges';
