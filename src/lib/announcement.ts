/** The news entry that the home page presents as the announcement. */
export const ANNOUNCEMENT_KEY = 'mou-renewal';
