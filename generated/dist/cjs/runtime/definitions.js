"use strict";
/*
 * This file is generated. Do not edit it: your changes will be overwritten.
 * Source: spec/openapi.yaml
 * Regenerate with: npm run generate
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_TIMEOUT_MS = void 0;
exports.validateFully = validateFully;
exports.DEFAULT_TIMEOUT_MS = 30000;
/**
 * The validator run as the client runs it: stopping at the first issue is fastest for a valid
 * value, and an invalid one is checked again for every issue.
 */
function validateFully(validate, value) {
    const result = validate(value);
    return result.ok ? result : validate(value, { allErrors: true });
}
