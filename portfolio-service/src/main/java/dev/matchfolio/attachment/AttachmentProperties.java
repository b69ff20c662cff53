package dev.matchfolio.attachment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of project attachments.
 *
 * @param maxSize the largest file accepted, counted exactly while streaming (the servlet's multipart limits sit a
 * little above it, see {@code application.yml}); larger is 413
 * @param maxPerProject how many attachments one project may hold; one more is 409
 * @param sniffSize how many leading bytes decide the type: the magic numbers, and for text the UTF-8 check
 */
@Validated
@ConfigurationProperties("portfolio.attachments")
public record AttachmentProperties(@NotNull DataSize maxSize, @Positive int maxPerProject,
		@NotNull DataSize sniffSize) {
}
