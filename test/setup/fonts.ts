// Inter, from a pinned npm package, for the screenshots: the same glyphs on every machine, so the
// baselines hold on a fresh one. An app would load its own font; the library depends on none.
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-600.css';

/** The font stack the screenshots and stories give the default UI, through `--dwx-font-family`. */
export const pinnedFontFamily = 'Inter, sans-serif';

/** Resolves once both weights are loaded: a screenshot taken before would use a fallback font. */
export async function pinnedFontsLoaded(): Promise<void> {
  const faces = await Promise.all([document.fonts.load('400 16px Inter'), document.fonts.load('600 16px Inter')]);
  if (faces.some((loaded) => loaded.length === 0)) throw new Error('Inter did not load: the screenshots would use a fallback font.');
  await document.fonts.ready;
}
