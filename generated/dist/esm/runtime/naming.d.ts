/** The prefix of the error classes' names (`VoxoError`, ...). */
export declare const ERROR_PREFIX: string;
