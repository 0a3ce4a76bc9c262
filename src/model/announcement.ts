/** The news entry that the home page presents as the announcement of the renewed memorandum. */
export const ANNOUNCEMENT_KEY = 'mou-renewal';
