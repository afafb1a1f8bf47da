/*
 * This file is generated. Do not edit it: your changes will be overwritten.
 * Source: spec/openapi.yaml
 * Regenerate with: npm run generate
 */

/** The prefix of the error classes' names (`VoxoError`, ...), and their package. */
export const ERROR_PREFIX: string = "Voxo";
export const PACKAGE_NAME: string = "voxo-call-campaigns-client";
