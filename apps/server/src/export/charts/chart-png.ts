import { renderAsync } from '@resvg/resvg-js';

/**
 * A PNG of a chart's SVG, for Word processors that cannot show SVG (DOCX keeps both). Drawn at
 * twice the size so that it stays sharp when printed, off the event loop (a chart takes tens of
 * milliseconds). Arial is asked for first; Liberation Sans has the same metrics, so text laid out
 * for Arial fits on servers that only have it.
 */
export async function chartPng(svg: string): Promise<Buffer> {
  const image = await renderAsync(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    background: '#ffffff',
    font: { loadSystemFonts: true, sansSerifFamily: 'Liberation Sans', defaultFontFamily: 'Liberation Sans' },
    logLevel: 'off',
  });
  return image.asPng();
}
