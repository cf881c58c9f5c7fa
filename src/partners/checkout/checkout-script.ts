/** Checkout.com Flow's script: the URL the loader adds (a unit test keeps it equal to the loader's `CDN_URL`). */
export const checkoutScriptUrl = 'https://checkout-web-components.checkout.com/index.js';

export const isCheckoutLoaded = () => typeof window !== 'undefined' && 'CheckoutWebComponents' in window;
