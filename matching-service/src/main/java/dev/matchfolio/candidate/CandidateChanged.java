package dev.matchfolio.candidate;

/**
 * Published (as a Spring application event, synchronously) after an event changed a candidate in the read model, so
 * that whoever keeps derived state, such as the ranking index, can refresh that candidate at once.
 *
 * @param candidateId the candidate
 */
public record CandidateChanged(String candidateId) {
}
