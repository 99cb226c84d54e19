/** The name of the error a cancelled import ends with. */
export const CANCELLED = 'ImportCancelled';
