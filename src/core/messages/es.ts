import type { ExchangeMessages } from './exchange-messages';

/** Spanish. */
export const es = {
  loading: 'Cargando…',
  connected: 'Tu cuenta está conectada.',
  linked: 'Tu cuenta está vinculada.',
  linking: 'Vinculando tu cuenta…',
  retry: 'Reintentar',

  errorGone: 'Esta sesión para vincular tu cuenta ha caducado.',
  errorGoneHint: 'Vuelve a empezar para vincular tu cuenta.',
  errorSignIn: 'No has iniciado sesión para vincular esta cuenta.',
  errorSignInHint: 'Inicia sesión de nuevo y vuelve a empezar.',
  errorOffline: 'No pudimos conectar con el servidor.',
  errorOfflineHint: 'Revisa tu conexión y vuelve a intentarlo.',
  errorPartner: 'No se pudo cargar la ventana para vincular tu cuenta.',
  errorPartnerHint: 'Inténtalo de nuevo en un momento o desde otro navegador.',
  errorPartnerError: 'La ventana para vincular tu cuenta informó de un problema.',
  errorPartnerErrorHint: 'Vuelve a intentarlo o elige otra cuenta.',
  errorUnavailable: 'Vincular una cuenta no está disponible ahora mismo.',
  errorUnavailableHint: 'Inténtalo más tarde o contacta con soporte.',

  mxRedirecting: 'Te llevamos a MX para vincular tu cuenta bancaria…',
  mxRedirectLink: 'Continuar a MX Connect',
  mxFrameTitle: 'MX Connect: vincula tu cuenta bancaria',

  plaidOpening: 'Abriendo Plaid…',
  plaidOpen: 'Plaid está abierto en una ventana sobre esta página.',
  plaidButton: 'Vincular tu cuenta bancaria',
  plaidContinue: 'Seguir vinculando tu cuenta bancaria',

  pickerLegend: 'Elige la cuenta que quieres vincular',
  pickerHint: (accounts) => (accounts === 1 ? 'Conectaste 1 cuenta.' : `Conectaste ${accounts} cuentas.`),
  pickerSubmit: 'Vincular cuenta',
  pickerLoading: 'Cargando tus cuentas…',
  pickerEmpty: 'Todavía no encontramos cuentas conectadas.',
  pickerCheckAgain: 'Buscar de nuevo',

  billingLegend: 'Datos de facturación de tu tarjeta',
  billingHint: 'Tal como aparecen en el extracto de tu tarjeta.',
  billingFirstName: 'Nombre',
  billingLastName: 'Apellidos',
  billingAddress1: 'Dirección',
  billingAddress2: 'Apartamento, oficina (opcional)',
  billingCity: 'Ciudad',
  billingRegion: 'Estado (2 letras)',
  billingPostalCode: 'Código postal',
  billingSubmit: 'Vincular tarjeta',
  billingRequired: (field) => `${field}: este campo es obligatorio.`,
  billingInvalidRegion: 'Escribe el código de dos letras del estado, como NY.',
  billingInvalidPostalCode: 'Escribe un código postal de 5 dígitos.',
} satisfies ExchangeMessages;
