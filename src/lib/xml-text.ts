/**
 * Text for XML (the RSS feed, the Open Graph SVG): without the characters XML 1.0 cannot hold
 * (control characters other than tab and line breaks, lone surrogates, U+FFFE and U+FFFF), on
 * which a feed reader or the SVG renderer would fail. The content check refuses such characters
 * already; this keeps the output well-formed whatever it is given. Escaping is the writer's job.
 */
export function xmlSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|\p{Cs}/gu, '');
}
