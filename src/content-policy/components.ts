/**
 * The site's own components that content MDX may use, by the name written in the tag
 * (e.g. 'Figure' allows <Figure …>). Anything else that looks like a component fails the
 * content check. Empty today: content is plain Markdown.
 */
export const MDX_COMPONENT_ALLOWLIST: readonly string[] = [];
