// The national identity number detector lives in the model layer (a published model is refused when it holds one);
// the domain's text rules use the same one, re-exported here so nothing is duplicated.
export { findNationalIdNumbers, isNationalIdNumber, locateNationalIdNumbers, NEW_CHECK_DIGITS_FROM } from '../model/nationalId';
export type { NationalIdMatch, NationalIdOptions } from '../model/nationalId';
