/** The prefix of the error classes' names (`VoxoError`, ...), and their package. */
export declare const ERROR_PREFIX: string;
export declare const PACKAGE_NAME: string;
