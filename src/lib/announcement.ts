// The key is part of the content model (src/model/): the check protects the entry it names.
export { ANNOUNCEMENT_KEY } from '../model/announcement';
