import { download } from '../../export/download.ts';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The page's style rules as text (those of other origins cannot be read and are left out). */
function styleText(): string {
  return [...document.styleSheets]
    .map((sheet) => {
      try {
        return [...sheet.cssRules].map((r) => r.cssText).join('\n');
      } catch {
        return '';
      }
    })
    .join('\n');
}

/** Saves the report as one HTML file that opens anywhere: its styles inline, its picture a data URL. */
export function saveStandalone(report: Element, filename: string, lang: string): void {
  const title = report.querySelector('h1')?.textContent ?? 'Helix Explorer';
  const html = `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>${styleText()}</style></head>
<body class="report-standalone">${report.outerHTML}</body>
</html>
`;
  download(filename, html, 'text/html');
}
