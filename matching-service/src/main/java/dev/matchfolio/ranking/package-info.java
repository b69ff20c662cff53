/**
 * The matching engine: plain Java with no Spring in it. {@link dev.matchfolio.ranking.Taxonomy} (skills, aliases,
 * broader and related skills) and {@link dev.matchfolio.ranking.SkillNormalizer} decide which skills are the same;
 * {@link dev.matchfolio.ranking.CandidateIndex} holds candidates in flat arrays with an inverted skill index;
 * {@link dev.matchfolio.ranking.MatchingEngine} ranks them for an opening with per-factor breakdowns and explanations.
 */
package dev.matchfolio.ranking;
