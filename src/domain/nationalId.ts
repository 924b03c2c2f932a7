// The national identity number detector lives in the model layer (a published model is refused when it holds one);
// the domain's text rules use the same one, re-exported here so nothing is duplicated.
export { findNationalIdNumbers, isNationalIdNumber } from '../model/nationalId';
