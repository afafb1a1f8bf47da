/**
 * The parameters of a call, checked before anything is sent: against the spec (the generated
 * validator), as the client sends them (a parameter given as `undefined` or `null` is not
 * sent, so it is not checked, and a required one is then missing); then serialized
 * (serialize.ts), where what the URL cannot carry is refused too.
 */
import { type ClientWarning, type OperationDefinition, type Validator } from './definitions.js';
import { type SerializedParameters } from './serialize.js';
export declare function prepareParameters(operation: OperationDefinition, params: unknown, validate: Validator | undefined, onWarning: (warning: ClientWarning) => void): SerializedParameters;
