// Innsikt's pure figures: what the model's owners learn from the projects' Portfolio rows.
export * from './types';
export * from './insightFilter';
export * from './buildInsight';
export * from './requirementInsight';
export * from './phaseInsight';
export * from './confirmationBalance';
