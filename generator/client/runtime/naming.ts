/**
 * The prefix of the error classes' names, and the package they belong to. The client stage
 * replaces this file in each generated package (`Voxo` gives `VoxoError`, `VoxoApiError`, ...),
 * so that `error.name` and stack traces name the API the error came from, and an error is an
 * instance of its classes in every copy of its package, and of no other package's.
 */
export const ERROR_PREFIX: string = 'Client';
export const PACKAGE_NAME: string = 'client';
