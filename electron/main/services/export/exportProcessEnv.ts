/**
 * The environment a process that draws PNGs runs with: the app's export process, the CLI,
 * the bench's export area.
 *
 * resvg (the rasterizer) carries its own allocator, mimalloc, which reads its options from
 * the environment once, when resvg's native module loads. By default each strip's pixmap
 * (24 MB at 2×) is fresh memory mapped in 4 KB pages and handed back to the system 10 ms
 * after it is freed, so every strip faults its pixels in again: at 500 cards, 104
 * megapixels, that was 240,000 page faults per PNG. With large OS pages allowed, mimalloc
 * asks Linux for transparent huge pages (madvise, the default THP mode on most
 * distributions) and keeps that memory for the next strip: 20,000 faults, and the 2× PNG
 * took 1.3 s instead of 3 s on a VM where faults are dear (bench/NOTES.md). The memory
 * stays with the process until it ends, which is why the app draws in a process of its
 * own that ends a minute after its last export.
 *
 * Linux only: that is where it was measured, and where the option is a madvise hint.
 */
export function exportProcessEnv(platform: NodeJS.Platform): Record<string, string> {
  if (platform !== 'linux') return {};
  return {
    MIMALLOC_ALLOW_LARGE_OS_PAGES: '1',
    // Without it mimalloc delays a new thread's first segment, which then cannot use the
    // huge-page arena; resvg draws on libuv's pool threads. Measured: the first setting
    // alone changed nothing (strace showed a second arena, in small pages); both, 20,000 faults.
    MIMALLOC_EAGER_COMMIT_DELAY: '0',
  };
}

/** `env` with the export process's settings added; a setting already in `env` wins. */
export function withExportProcessEnv(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries({ ...exportProcessEnv(platform), ...env })) if (value !== undefined) out[key] = value;
  return out;
}
