import type { Preview } from '@storybook/react-vite';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { StrictMode } from 'react';

const preview: Preview = {
  loaders: [mswLoader()],
  decorators: [
    // Every story runs under StrictMode, with a cache of its own.
    (Story) => (
      <StrictMode>
        <QueryClientProvider client={new QueryClient()}>
          <Story />
        </QueryClientProvider>
      </StrictMode>
    ),
  ],
  parameters: {
    controls: { expanded: true },
  },
};

export default preview;
