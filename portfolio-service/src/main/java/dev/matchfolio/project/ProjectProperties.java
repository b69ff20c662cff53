package dev.matchfolio.project;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxPerCandidate how many projects one candidate may keep; one more is refused with 409
 */
@Validated
@ConfigurationProperties("portfolio.projects")
record ProjectProperties(@Positive int maxPerCandidate) {
}
