/**
 * The prefix of the error classes' names. The client stage replaces this file in each
 * generated package (`Voxo` gives `VoxoError`, `VoxoApiError`, ...), so that `error.name` and
 * stack traces name the API the error came from.
 */
export const ERROR_PREFIX: string = 'Client';
