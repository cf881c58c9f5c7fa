import type { BrowserCommand } from 'vitest/node';

/** The media features a test can emulate; `null` goes back to the machine's own. */
export interface EmulatedMedia {
  colorScheme?: 'light' | 'dark' | 'no-preference' | null;
  reducedMotion?: 'reduce' | 'no-preference' | null;
}

/**
 * Emulates `prefers-color-scheme` and `prefers-reduced-motion` for the test page, through
 * Playwright's `page.emulateMedia` (the media of the page reach the test's iframe).
 */
export const emulateMedia: BrowserCommand<[media: EmulatedMedia]> = async (context, media) => {
  await context.page.emulateMedia(media);
};

/**
 * Moves the pointer to the page's top left corner, outside the test's frame: a real click in an
 * earlier test leaves it where it was, and a button that a new layout puts under it is pictured
 * hovered.
 */
export const restPointer: BrowserCommand<[]> = async (context) => {
  await context.page.mouse.move(0, 0);
};

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateMedia: (media: EmulatedMedia) => Promise<void>;
    restPointer: () => Promise<void>;
  }
}
