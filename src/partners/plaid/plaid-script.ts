/** Plaid Link's script; react-plaid-link adds the same URL and reuses a tag that has it. */
export const plaidScriptUrl = 'https://cdn.plaid.com/link/v2/stable/link-initialize.js';

export const isPlaidLoaded = () => typeof window !== 'undefined' && 'Plaid' in window;
