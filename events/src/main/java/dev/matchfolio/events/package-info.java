/**
 * Event contracts shared by producers (profile-service, portfolio-service) and the consumer (matching-service).
 * Events carry the whole new state of what changed, so consumers never call back to the producer.
 */
package dev.matchfolio.events;
