import type { Preview } from '@storybook/react-vite';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { StrictMode } from 'react';
import { configure } from 'storybook/test';

// A play function waits for what a user would see. On a cold machine (modules loading for the
// first time, two cores, three test projects at once) that can take longer than the 1 s default.
configure({ asyncUtilTimeout: 5000 });

const preview: Preview = {
  loaders: [mswLoader()],
  decorators: [
    // Every story runs under StrictMode, with a cache of its own that retries fast.
    (Story) => (
      <StrictMode>
        <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retryDelay: 200 } } })}>
          <Story />
        </QueryClientProvider>
      </StrictMode>
    ),
  ],
  parameters: {
    controls: { expanded: true },
    // Accessibility violations fail the story's test.
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
