// Facts of the City's announcement (../shared/source/) that more than one test holds the site to:
// the content files (tests/unit/content) and the built pages (tests/e2e).

/** Who stands in each ceremony photo, left to right, as the announcement gives them: Takahashi "(right)" beside Domdey, and the group "(from left)". */
export const PHOTO_PARTICIPANTS = {
  'signing-photo': ['domdey', 'takahashi'],
  'group-photo': ['kimura', 'nomura', 'geltinger', 'wolter', 'domdey', 'kono', 'takahashi', 'shimamura'],
} as const;
