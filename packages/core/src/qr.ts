import { encode } from 'uqr';
import { svg, type TemplateResult } from 'lit';

/**
 * A QR code drawn as SVG rectangles from the code's matrix (no markup built from strings): the showcase's
 * kiosk and the agenda's poster print one per item, to open it on a phone. Not part of the core's index:
 * widgets load it on demand (`import('@maillage/core/qr')`).
 */
export function qrCode(text: string, label: string): TemplateResult {
  const { size, data } = encode(text, { ecc: 'M', border: 2 });
  const cells: TemplateResult[] = [];
  for (let y = 0; y < size; y++) {
    const row = data[y]!;
    for (let x = 0; x < size; x++) if (row[x]) cells.push(svg`<rect x=${x} y=${y} width="1" height="1"></rect>`);
  }
  return svg`<svg class="qr" viewBox=${`0 0 ${size} ${size}`} role="img" aria-label=${label} shape-rendering="crispEdges">
    <rect width=${size} height=${size} fill="#fff"></rect>
    <g fill="#000">${cells}</g>
  </svg>`;
}
