"use strict";
/*
 * This file is generated. Do not edit it: your changes will be overwritten.
 * Source: spec/openapi.yaml
 * Regenerate with: npm run generate
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.PACKAGE_NAME = exports.ERROR_PREFIX = void 0;
/** The prefix of the error classes' names (`VoxoError`, ...), and their package. */
exports.ERROR_PREFIX = "Voxo";
exports.PACKAGE_NAME = "voxo-call-campaigns-client";
