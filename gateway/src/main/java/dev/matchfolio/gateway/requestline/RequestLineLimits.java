package dev.matchfolio.gateway.requestline;

/**
 * The sizes the gateway's HTTP decoder accepts, as configured for Reactor Netty in {@code application.yml}; named in
 * the problem a client gets when it goes past them.
 */
record RequestLineLimits(long maxRequestLineBytes, long maxHeaderBytes) {
}
