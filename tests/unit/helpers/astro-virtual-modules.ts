// Stands in for Astro's virtual modules (astro:content, astro:assets) in unit tests, which run on
// plain Vite (vitest.config.ts). Modules such as src/lib/news.ts import them for functions that only
// a build or the dev server calls; a unit test that calls one of them gets this error, not a guess.
const onlyInAstro = (name: string) => () => {
  throw new Error(`${name} runs only inside Astro (a build or npm run dev); test it through a build`);
};

export const getCollection = onlyInAstro('getCollection');
export const getEntry = onlyInAstro('getEntry');
export const render = onlyInAstro('render');
export const getImage = onlyInAstro('getImage');
