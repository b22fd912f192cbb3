// This file prepares the add-on's own sidebar (or dialog) HTML for the browser: the google.script.run shim goes in
// first, so the sidebar's script finds google.script.run exactly as it would inside Sheets.

export function withShim(html: string, shim: string): string {
  const tag = `<script>\n${shim.replace(/<\/script/gi, '<\\/script')}</script>`;
  const head = /<head[^>]*>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
  return tag + html;
}
