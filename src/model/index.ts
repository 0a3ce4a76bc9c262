/** The content model: languages, collections, keys and anchors (one module per fact). */
export * from './locales';
export * from './keys';
export * from './collections';
export * from './announcement';
