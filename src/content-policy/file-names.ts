/**
 * Names of uploaded files. A name becomes part of a web address, is compared with the path written
 * in content, and travels between Windows, macOS and Linux: so it must be in Unicode NFC (macOS
 * can store names decomposed, NFD, which then match no path typed in content), use characters
 * that need no escaping trouble in an address, and not differ from another name in the same
 * folder only by upper and lower case (Windows and macOS keep only one of the two).
 */

/** Letters and digits of any script (with their accents), spaces, and - _ . ( ) */
export const SAFE_NAME = /^[\p{L}\p{M}\p{N} _.()-]+$/u;
export const SAFE_NAME_DESCRIPTION = 'letters, digits, spaces and - _ . ( )';

/** Why a file name (the last part of a path, no folders) cannot be published, as a clause, or undefined. */
export function fileNameProblem(name: string): string | undefined {
  if (name.normalize('NFC') !== name)
    return `its name "${name.normalize('NFC')}" is stored in decomposed Unicode (NFD, as some Macs save names), so no path written in content matches it; rename the file by typing its name again`;
  if (!SAFE_NAME.test(name)) {
    const bad = [...name].find((c) => !SAFE_NAME.test(c)) ?? '';
    const shown = /[\p{L}\p{N}\p{P}\p{S}]/u.test(bad)
      ? `"${bad}"`
      : `U+${bad.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    return `its name contains ${shown}, which does not belong in a web address; rename it using only ${SAFE_NAME_DESCRIPTION}`;
  }
  if (/^[ .]|[ .]$/.test(name.replace(/\.[^.]+$/, '')) || name.startsWith(' ') || name.endsWith(' '))
    return `its name starts or ends with a space or a dot, which some systems drop; rename it`;
  return undefined;
}

/** The key two names share when they differ only in case (or in Unicode composition). */
export const caseKey = (name: string) => name.normalize('NFC').toLowerCase();
