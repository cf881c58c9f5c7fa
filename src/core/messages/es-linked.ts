import type { LinkedAccountsMessages } from './linked-messages';

/** Spanish texts of the linked accounts' view. */
export const esLinked = {
  linkedAccountsLabel: 'Cuentas vinculadas',
  linkedAccountsLoading: 'Cargando tus cuentas vinculadas…',
  linkedAccountsFailed: 'No pudimos cargar tus cuentas vinculadas.',
  linkedAccountsEmpty: 'Todavía no tienes cuentas vinculadas.',

  linkedStateActive: 'Activa',
  linkedStateReauthenticationRequired: 'Requiere reconexión',
  linkedStateDeactivated: 'Desactivada',
  linkedReconnectHint: 'Tu banco necesita que vuelvas a iniciar sesión para poder usar esta cuenta.',
  linkedDeactivatedHint: 'Esta cuenta ya no se puede usar. Vuelve a vincularla para usarla.',

  linkedBankAccount: 'Cuenta bancaria',
  linkedCard: 'Tarjeta de débito',
  linkedAccountOf: (partner) => `Cuenta de ${partner}`,
  linkedOtherPartner: 'otro proveedor',
  linkedThrough: (partner, date) => `Vinculada con ${partner} el ${date}`,

  linkedReconnect: 'Reconectar',
  linkedReconnectLabel: (name) => `Reconectar ${name}`,
  linkedReconnected: (name) => `Se reconectó ${name}.`,

  linkedRemove: 'Eliminar',
  linkedRemoveLabel: (name) => `Eliminar ${name}`,
  linkedConfirmTitle: (name) => `¿Eliminar ${name}?`,
  linkedConfirmHint: 'Ya no podrás pagar ni recibir pagos con ella. Puedes volver a vincularla más adelante.',
  linkedConfirmRemove: 'Sí, eliminar',
  linkedCancel: 'Cancelar',
  linkedRemoving: 'Eliminando…',
  linkedRemoved: (name) => `Se eliminó ${name}.`,
  linkedRemoveFailed: (name) => `No pudimos eliminar ${name}.`,
  linkedGoneHint: 'Puede que ya se haya eliminado: la lista está al día.',
} satisfies LinkedAccountsMessages;
