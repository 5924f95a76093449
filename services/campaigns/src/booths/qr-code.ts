import qrcode from 'qrcode-generator';

/** Draws an SVG QR code of a URL, with error correction level M and a four-module quiet zone. */
export function qrCodeSvg(text: string, moduleSize = 8): string {
  const code = qrcode(0, 'M');
  code.addData(text, 'Byte');
  code.make();
  const count = code.getModuleCount();
  const quiet = 4;
  const size = (count + quiet * 2) * moduleSize;
  const cells: string[] = [];
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (code.isDark(row, col)) cells.push(`M${(col + quiet) * moduleSize} ${(row + quiet) * moduleSize}h${moduleSize}v${moduleSize}h-${moduleSize}z`);
    }
  }

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges">` +
    `<rect width="100%" height="100%" fill="#fff"/><path fill="#000" d="${cells.join('')}"/></svg>`;
}
