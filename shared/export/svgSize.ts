/** The width and height of an export SVG (its root element's attributes), in canvas units. */
export function svgSize(svg: string): { width: number; height: number } {
  const head = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(head)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(head)?.[1]);
  if (!(width > 0 && height > 0)) throw new Error('The SVG has no width and height.');
  return { width, height };
}
