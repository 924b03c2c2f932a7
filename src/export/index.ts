export * from './exportTable';
export * from './csv';
export * from './xlsx';
export * from './download';
export { portfolioColumnStrings } from './strings';
