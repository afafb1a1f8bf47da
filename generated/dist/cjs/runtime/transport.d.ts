export interface TransportFailure {
    /** The most specific error code found, such as `ECONNREFUSED`. */
    code?: string;
    /** True when no connection was made: the server cannot have seen the request. */
    notConnected: boolean;
    /** True when trying again later may succeed. */
    transient: boolean;
}
export declare function classifyTransportError(error: unknown): TransportFailure;
