const svgNamespace = 'http://www.w3.org/2000/svg';

function svgElement(name: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const element = document.createElementNS(svgNamespace, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

export interface LegendEntry {
  label: string;
  colour: string;
  dashed?: boolean;
}

/**
 * A chart's SVG as a standalone file for a slide: its title (and legend) drawn above it, computed styles copied
 * onto presentation attributes, the page's Sarabun fonts embedded as data URLs (so Thai renders the same in a slide
 * deck or when drawn to PNG), and a white background. Returns the text and its size.
 */
export async function standaloneSvg(svg: SVGSVGElement, title: string, legend: LegendEntry[] = []): Promise<{ text: string; width: number; height: number }> {
  const content = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, content);
  const { width: chartWidth, height: chartHeight } = svg.getBoundingClientRect();
  const header = 40 + (legend.length > 0 ? 26 : 0);
  const width = Math.round(chartWidth);
  const height = Math.round(chartHeight) + header;
  const root = svgElement('svg', {
    xmlns: svgNamespace,
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'font-family': 'Sarabun, sans-serif',
  }) as SVGSVGElement;
  root.append(svgElement('title', {}, title));
  root.append(svgElement('rect', { width: '100%', height: '100%', fill: '#ffffff' }));
  root.append(svgElement('text', { x: 12, y: 26, 'font-size': 17, 'font-weight': 600, fill: '#17375e' }, title));
  let x = 12;
  for (const entry of legend) {
    root.append(
      svgElement('line', {
        x1: x,
        x2: x + 24,
        y1: 50,
        y2: 50,
        stroke: entry.colour,
        'stroke-width': 3,
        ...(entry.dashed ? { 'stroke-dasharray': '6 4' } : {}),
      }),
    );
    root.append(svgElement('text', { x: x + 30, y: 55, 'font-size': 14, fill: '#1c2430' }, entry.label));
    x += 44 + entry.label.length * 8;
  }
  content.removeAttribute('tabindex');
  content.removeAttribute('role');
  content.setAttribute('x', '0');
  content.setAttribute('y', String(header));
  content.setAttribute('width', String(width));
  content.setAttribute('height', String(Math.round(chartHeight)));
  root.append(content);
  root.prepend(svgElement('style', {}, await embeddedFontFaces()));
  return { text: new XMLSerializer().serializeToString(root), width, height };
}

const inlined = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'fill-opacity',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
];

/** Copies the computed look onto SVG presentation attributes (not a style attribute, which the page's CSP refuses). */
function inlineStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  for (const name of inlined) {
    const value = computed.getPropertyValue(name);
    if (value && value !== 'normal' && value !== 'auto') target.setAttribute(name, value);
  }
  Array.from(source.children).forEach((child, index) => {
    const copy = target.children[index];
    if (copy) inlineStyles(child, copy);
  });
}

/** The @font-face rules of the page's own Sarabun files, with each file inlined as base64. */
async function embeddedFontFaces(): Promise<string> {
  const rules: string[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    let cssRules: CSSRuleList;
    try {
      cssRules = sheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of Array.from(cssRules)) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      const url = /url\(["']?([^"')]+)["']?\)/.exec(rule.style.getPropertyValue('src'))?.[1];
      if (!url) continue;
      const response = await fetch(new URL(url, sheet.href ?? document.baseURI));
      if (!response.ok) continue;
      const data = btoa(String.fromCharCode(...new Uint8Array(await response.arrayBuffer())));
      rules.push(rule.cssText.replace(/src:[^;]+;/, `src: url(data:font/woff2;base64,${data}) format("woff2");`));
    }
  }
  return rules.join('\n');
}

/** Draws the standalone SVG onto a canvas at `scale` and returns it as PNG. */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
