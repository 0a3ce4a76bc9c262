/**
 * The page the preview (`npm run dev`) shows instead of the site while the content has a problem:
 * the content check's one-line messages (file, field, what to do), in a page an editor can read,
 * never a stack trace. It reloads by itself when the list changes: through Vite's client while the
 * preview runs, or by asking the address that serves the list while the preview waits to start.
 */

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** One message of the check, or the first line of an error: what an editor needs, no stack. */
export function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n').find((line) => line.trim() !== '') ?? 'unknown error';
}

/** How the page learns that the list changed. */
export type Reload = 'vite' | { poll: string };

/** Asks `path` for the list every 1.5 s; reloads when it changes or the address answers otherwise. */
const pollScript = (path: string) => `<script type="module">
const ask = () => fetch(${JSON.stringify(path)}, { cache: 'no-store' }).then((r) => (r.ok ? r.text() : ''));
const first = await ask().catch(() => null);
setInterval(() => ask().then((now) => { if (now !== first) location.reload(); }, () => {}), 1500);
</script>`;

/** The whole page, for a list of one-line problems (each "content/…: field: what to do"). */
export function problemPage(lines: readonly string[], { reload = 'vite' }: { reload?: Reload } = {}): string {
  const items = lines
    .map((line) => {
      const at = line.indexOf(': ');
      const file = at > 0 && line.startsWith('content/') ? line.slice(0, at) : '';
      const rest = file ? line.slice(at + 2) : line;
      return `<li>${file ? `<code>${escape(file)}</code>: ` : ''}${escape(rest)}</li>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>内容に問題があります（プレビュー） / Content problem (preview)</title>
<style>
body { font: 1.0625rem/1.7 system-ui, sans-serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; background: #fff; }
h1 { font-size: 1.5rem; line-height: 1.4; } h2 { font-size: 1.2rem; margin-top: 2rem; }
li { margin-block: .5rem; overflow-wrap: anywhere; } code { font-weight: 600; }
@media (prefers-color-scheme: dark) { body { color: #eee; background: #111; } }
</style>
${reload === 'vite' ? '<script type="module" src="/@vite/client"></script>' : pollScript(reload.poll)}
</head>
<body>
<main>
<h1>内容に問題があるため、ページを表示できません</h1>
<p>次のファイルを直して保存してください。直すと、このページは自動で読み込み直されます。</p>
<h2 lang="en">This page cannot be shown: the content has a problem</h2>
<p lang="en">Fix the files below and save them; this page then reloads by itself.</p>
<ul lang="en">
${items}
</ul>
</main>
</body>
</html>
`;
}
