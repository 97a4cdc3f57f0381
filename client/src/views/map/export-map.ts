import { download } from '../../export/download.ts';

// The map as it is on screen, legend and attribution included (they are drawn inside the SVG), as
// an SVG file or a PNG at twice the screen's pixels.

export function mapSvgText(svg: SVGSVGElement, title: string): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.removeAttribute('role');
  const t = document.createElementNS('http://www.w3.org/2000/svg', 'title');
  t.textContent = title;
  copy.insertBefore(t, copy.firstChild);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

export function exportSvg(svg: SVGSVGElement, title: string, filename: string): void {
  download(`${filename}.svg`, mapSvgText(svg, title), 'image/svg+xml');
}

export async function exportPng(svg: SVGSVGElement, title: string, filename: string, scale = 2): Promise<void> {
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  const url = URL.createObjectURL(new Blob([mapSvgText(svg, title)], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const ctx = canvas.getContext('2d')!;
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (blob) download(`${filename}.png`, blob);
  } finally {
    URL.revokeObjectURL(url);
  }
}
