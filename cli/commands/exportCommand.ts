/**
 * `waymark export <file.journey> --format png|pdf|svg|csv|md --out <path> [options]`: the
 * same export code the app runs (electron/main/services/export), for pipelines.
 * Exit 0 on success, 1 when the input cannot be read or exported, 2 on a usage error.
 */
import { basename, extname } from 'node:path';
import { EXPORT_FORMATS, exportJourney, type ExportFormat, type ExportJourneyOptions } from '../../electron/main/services/export/exportJourney';
import { PAGE_SIZES_MM, type PageSize } from '../../electron/main/services/export/pdf';
import { PngTooLargeError } from '../../electron/main/services/export/png';
import { ExportError } from '../../shared/export/svgTypes';
import { EXPORT_LAYERS, type ExportLayer } from '../../shared/export/svgTypes';
import { orderedLanes } from '../../shared/model/journey';
import type { Journey } from '../../shared/model/schema';
import type { CliCommand } from '../CliCommand';
import { listArg, numberArg, parseArgs, UsageError } from './cliArgs';
import { readJourneyFile } from './readJourneyFile';

const HELP = `Usage: waymark export <file.journey> --format png|pdf|svg|csv|md [--out <path>] [options]

  --format F          png, pdf, svg, csv or md (default: from --out's extension)
  --out PATH          where to write (default: the journey's name with the format's extension)
Picture (png, pdf, svg):
  --theme light|dark  colors (default light)
  --hide LAYERS       leave out layers: ${EXPORT_LAYERS.join(',')}
  --hide-lanes LANES  leave out lanes, by id or name, comma-separated
  --cards IDS         export only these cards (comma-separated ids), cropped to them
  --heat METRIC       heat strip over the stages for a bound metric (e.g. csat, conversion)
PNG:
  --scale N           1 to 4 (default 2)       --dpi N   24 to 1200 (instead of --scale)
  --transparent       no background
  --refuse-oversize   fail instead of downscaling a PNG over the pixel cap
PDF:
  --page SIZE         ${Object.keys(PAGE_SIZES_MM).join(', ')} or WIDTHxHEIGHT in mm (default A4)
  --landscape | --portrait   (default: the map's shape)
  --tile              print at --tile-scale across pages instead of fitting one page
  --tile-scale N      points per canvas unit when tiling (default 0.75, actual size)
  --overlap MM        tile overlap (default 10)      --margin MM   page margin (default 10)
  --crop-marks        corner crop marks             --no-title-block
  --date TEXT         date in the title block (default today)
  --author TEXT       PDF author
SVG:  --fonts embed|reference   embed Inter as base64 (default) or name it only
CSV:  --csv-shape grid|cards    one row per lane (default) or one row per card`;

const VALUES = ['format', 'out', 'o', 'theme', 'hide', 'hide-lanes', 'cards', 'heat', 'scale', 'dpi', 'page', 'tile-scale', 'overlap', 'margin', 'date', 'author', 'fonts', 'csv-shape'];
const FLAGS = ['transparent', 'refuse-oversize', 'landscape', 'portrait', 'tile', 'crop-marks', 'no-title-block', 'help', 'h'];

function parsePage(raw: string | undefined): PageSize | undefined {
  if (raw === undefined) return undefined;
  const named = Object.keys(PAGE_SIZES_MM).find((k) => k.toLowerCase() === raw.toLowerCase());
  if (named) return named as PageSize;
  const m = /^(\d+(?:\.\d+)?)\s*[x×]\s*(\d+(?:\.\d+)?)\s*(mm)?$/i.exec(raw.trim());
  if (m) return { widthMm: Number(m[1]), heightMm: Number(m[2]) };
  throw new UsageError(`unknown page size "${raw}"; use ${Object.keys(PAGE_SIZES_MM).join(', ')} or WIDTHxHEIGHT in mm`);
}

function resolveLanes(journey: Journey, names: string[]): string[] {
  const lanes = orderedLanes(journey);
  return names.map((n) => {
    const lane = lanes.find((l) => l.id === n) ?? lanes.find((l) => l.name.toLowerCase() === n.toLowerCase());
    if (!lane) throw new UsageError(`no lane "${n}" in this map (lanes: ${lanes.map((l) => l.name).join(', ')})`);
    return lane.id;
  });
}

interface Plan { file: string; format: ExportFormat; out: string; build(j: Journey): ExportJourneyOptions; }

function plan(args: string[]): Plan | 'help' {
  const p = parseArgs(args, { values: VALUES, flags: FLAGS });
  if (p.flags.has('help') || p.flags.has('h')) return 'help';
  if (p.positionals.length !== 1) throw new UsageError(p.positionals.length ? `give one journey file (got ${p.positionals.length})` : 'missing <file.journey>');
  const file = p.positionals[0]!;
  let out = p.values.get('out') ?? p.values.get('o');
  const rawFormat = (p.values.get('format') ?? (out ? extname(out).slice(1) : '')).toLowerCase();
  const format = (rawFormat === 'markdown' ? 'md' : rawFormat) as ExportFormat;
  if (!rawFormat) throw new UsageError('missing --format (png, pdf, svg, csv or md)');
  if (!EXPORT_FORMATS.includes(format)) throw new UsageError(`unknown format "${rawFormat}"; use ${EXPORT_FORMATS.join(', ')}`);
  out ??= `${basename(file).replace(/\.journey$/i, '')}.${format}`;

  const theme = p.values.get('theme') ?? 'light';
  if (theme !== 'light' && theme !== 'dark') throw new UsageError(`--theme must be light or dark (got "${theme}")`);
  const hide = listArg(p, 'hide');
  for (const h of hide) if (!(EXPORT_LAYERS as readonly string[]).includes(h)) throw new UsageError(`--hide: unknown layer "${h}"; use ${EXPORT_LAYERS.join(', ')}`);
  if (p.values.has('scale') && p.values.has('dpi')) throw new UsageError('give --scale or --dpi, not both');
  const scale = numberArg(p, 'scale', 1, 4);
  const dpi = numberArg(p, 'dpi', 24, 1200);
  if (p.flags.has('landscape') && p.flags.has('portrait')) throw new UsageError('give --landscape or --portrait, not both');
  const page = parsePage(p.values.get('page'));
  const tileScale = numberArg(p, 'tile-scale', 0.1, 10);
  const overlapMm = numberArg(p, 'overlap', 0, 100);
  const marginMm = numberArg(p, 'margin', 0, 100);
  const fonts = p.values.get('fonts') ?? 'embed';
  if (fonts !== 'embed' && fonts !== 'reference') throw new UsageError(`--fonts must be embed or reference (got "${fonts}")`);
  const shape = p.values.get('csv-shape') ?? 'grid';
  if (shape !== 'grid' && shape !== 'cards') throw new UsageError(`--csv-shape must be grid or cards (got "${shape}")`);
  const cards = listArg(p, 'cards');
  const heat = p.values.get('heat');
  const date = p.values.get('date') ?? new Date().toISOString().slice(0, 10);
  const author = p.values.get('author');

  return {
    file, format, out,
    build: (j) => {
      const hideLanes = resolveLanes(j, listArg(p, 'hide-lanes'));
      return {
        svg: {
          theme,
          hideLayers: hide as ExportLayer[],
          hideLanes,
          ...(cards.length ? { scope: { cardIds: cards } } : {}),
          ...(heat ? { heatMetric: heat } : {}),
        },
        svgFonts: fonts,
        png: {
          ...(scale !== undefined ? { scale } : {}), ...(dpi !== undefined ? { dpi } : {}),
          background: p.flags.has('transparent') ? 'transparent' : 'white',
          onTooLarge: p.flags.has('refuse-oversize') ? 'refuse' : 'downscale',
        },
        pdf: {
          ...(page ? { page } : {}),
          orientation: p.flags.has('landscape') ? 'landscape' : p.flags.has('portrait') ? 'portrait' : 'auto',
          layout: p.flags.has('tile') ? 'tile' : 'fit',
          ...(tileScale !== undefined ? { tileScale } : {}),
          ...(overlapMm !== undefined ? { overlapMm } : {}),
          ...(marginMm !== undefined ? { marginMm } : {}),
          cropMarks: p.flags.has('crop-marks'),
          titleBlock: !p.flags.has('no-title-block'),
          date,
          ...(author ? { metadata: { author } } : {}),
        },
        csv: { shape },
      };
    },
  };
}

export const exportCommand: CliCommand = {
  usage: 'export <file.journey> --format png|pdf|svg|csv|md [--out <path>]',
  summary: 'Export a map as PNG, PDF, SVG, CSV or a Markdown report (see --help for options).',
  async run(args, io) {
    let pl: Plan | 'help';
    try {
      pl = plan(args);
    } catch (e) {
      if (e instanceof UsageError) { io.err(`waymark export: ${e.message}\n\nRun "waymark export --help" for the options.`); return 2; }
      throw e;
    }
    if (pl === 'help') { io.out(HELP); return 0; }
    const r = await readJourneyFile(io, pl.file);
    if (!r.ok) { for (const l of r.lines) io.err(l); return 1; }
    if (r.loaded.status === 'repaired') io.err(`${pl.file}: warning: the file needed ${r.loaded.repairs.length} repair(s) to open; exporting the repaired map (run "waymark validate" for details)`);
    let result;
    try {
      result = await exportJourney(r.loaded.journey, pl.format, pl.build(r.loaded.journey));
    } catch (e) {
      if (e instanceof UsageError) { io.err(`waymark export: ${e.message}`); return 2; }
      if (e instanceof ExportError || e instanceof PngTooLargeError || e instanceof RangeError) { io.err(`waymark export: ${e.message}`); return 1; }
      throw e;
    }
    for (const n of result.notices) io.err(`waymark export: ${n}`);
    try {
      await io.writeFile(pl.out, result.data);
    } catch (e) {
      io.err(`waymark export: cannot write ${pl.out}: ${e instanceof Error ? e.message : String(e)}`);
      return 1;
    }
    const detail = [result.pages ? `${result.pages} page${result.pages > 1 ? 's' : ''}` : '', result.width ? `${result.width}×${result.height} px` : '', `${Math.max(1, Math.round(result.data.length / 1024))} kB`].filter(Boolean).join(', ');
    io.out(`${pl.out} (${pl.format}, ${detail})`);
    return 0;
  },
};
