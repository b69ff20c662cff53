/**
 * Ranking of candidates for an opening: plain Java with no Spring in it, a pure function of the opening's criteria,
 * the candidates and the weights. {@link dev.matchfolio.ranking.CandidateRanker} is the seam where a richer engine
 * (aliases, taxonomy, availability, location, compensation) replaces
 * {@link dev.matchfolio.ranking.SkillCoverageRanker}.
 */
package dev.matchfolio.ranking;
