package dev.matchfolio.gateway.ratelimit;

/** The default store: buckets in the gateway's memory. */
class InMemoryRateLimitTest extends RateLimitContract {

}
