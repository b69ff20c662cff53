package dev.matchfolio.profile;

/**
 * Published inside the application when a profile is (or already was) deleted, so that whatever belongs to the
 * candidate goes with it. Handled synchronously: a failing handler fails the Kafka record, which is then retried.
 */
public record ProfileRemoved(String candidateId) {
}
