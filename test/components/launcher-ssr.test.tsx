// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ExchangeSessionLauncher } from '../../src';

describe('<ExchangeSessionLauncher> on the server', () => {
  it('renders the loading placeholder without touching window', () => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(<ExchangeSessionLauncher source={{ sessionId: 'abc' }} />);
    expect(html).toBe('<div class="dwx" data-part="root" data-status="loading" aria-busy="true" tabindex="-1"><div class="dwx-status" data-part="status" role="status"><span class="dwx-spinner" data-part="spinner" aria-hidden="true"></span><span>Loading…</span></div></div>');
  });
});
