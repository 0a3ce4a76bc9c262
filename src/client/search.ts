import { hitTarget, withoutEnd, type PagefindResultData } from './search-hit';

/** The subset of Pagefind's JS API (pagefind.js) that the search control uses. */
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(
    query: string,
    options?: object,
    ms?: number,
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const PAGEFIND_URL = '/pagefind/pagefind.js';
/**
 * How long typing must pause before the result count is put in the live region. The list of
 * results follows every keystroke; the status is spoken once, for the word the reader stopped
 * at (a status per keystroke made a screen reader read ten counts while one word was typed).
 */
const ANNOUNCE_AFTER_MS = 1000;
let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind once, on first use. The URL is kept from the bundler: the file exists only after the build. */
function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
    await pagefind.options({ baseUrl: '/', excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}

function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** Pagefind's excerpt is HTML with <mark>; keep its text and marks only. */
function excerptNodes(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

export function initSearch(): void {
  const root = document.querySelector<HTMLElement>('[data-search]');
  if (!root) return;
  const toggle = root.querySelector<HTMLButtonElement>('[data-search-toggle]')!;
  const panel = root.querySelector<HTMLElement>('[role="search"]')!;
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLUListElement>('[data-search-results]')!;
  const text = root.dataset as Record<string, string>;
  root.hidden = false;
  let announcement: ReturnType<typeof setTimeout> | undefined;
  const announce = (message: string) => {
    clearTimeout(announcement);
    announcement = setTimeout(() => (status.textContent = message), ANNOUNCE_AFTER_MS);
  };

  const open = () => {
    panel.hidden = false;
    toggle.setAttribute('aria-expanded', 'true');
    input.focus();
    if (!loading) status.textContent = text.loading!;
    loadPagefind().then(
      () => {
        if (status.textContent === text.loading) status.textContent = '';
      },
      () => (status.textContent = text.error!),
    );
  };
  /** Closes the panel; returns focus to the toggle unless focus has already moved on. */
  const close = (returnFocus = true) => {
    if (panel.hidden) return;
    panel.hidden = true;
    toggle.setAttribute('aria-expanded', 'false');
    if (returnFocus) toggle.focus();
  };
  toggle.addEventListener('click', () => (panel.hidden ? open() : close()));
  root.querySelector('[data-search-close]')?.addEventListener('click', () => close());
  // The panel floats over the page (WCAG 2.4.11, Focus Not Obscured): it closes as soon as focus
  // or a click (on release, WCAG 2.5.2) goes anywhere outside the search control, and on Escape
  // wherever focus is.
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || panel.hidden) return;
    // A search field clears itself on Escape: keep the query for when the panel opens again.
    if (event.target === input) event.preventDefault();
    close(root.contains(document.activeElement));
  });
  root.addEventListener('focusout', (event) => {
    const next = event.relatedTarget;
    if (next instanceof Node && !root.contains(next)) close(false);
  });
  document.addEventListener('click', (event) => {
    if (event.target instanceof Node && !root.contains(event.target)) close(false);
  });

  input.addEventListener('input', async () => {
    // A count for an earlier query is never spoken once the reader types on.
    clearTimeout(announcement);
    const query = input.value.trim();
    let pagefind: Pagefind;
    try {
      pagefind = await loadPagefind();
    } catch {
      status.textContent = text.error!;
      return;
    }
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    let search: Awaited<ReturnType<Pagefind['debouncedSearch']>>;
    let results: PagefindResultData[];
    try {
      search = await pagefind.debouncedSearch(query, {}, 250);
      if (search === null) return; // superseded by a newer keystroke
      results = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
    } catch {
      status.textContent = text.error!;
      return;
    }
    const n = search.results.length;
    announce(format(n === 0 ? text.none! : n === 1 ? text.countOne! : text.count!, { q: query, n }));
    list.replaceChildren(
      ...results.map((result) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        const target = hitTarget(result);
        link.href = target.href;
        link.className = 'font-bold';
        const title = result.meta.title ? withoutEnd(result.meta.title) : result.url;
        link.textContent = target.label ? `${title} › ${target.label}` : title;
        const excerpt = document.createElement('p');
        excerpt.className = 'text-sm';
        excerpt.append(...excerptNodes(result.excerpt));
        item.append(link, excerpt);
        return item;
      }),
    );
  });
}
