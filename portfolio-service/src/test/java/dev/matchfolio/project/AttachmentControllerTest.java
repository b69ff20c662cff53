package dev.matchfolio.project;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AttachmentControllerTest {

	@Test
	void anAsciiNameIsOneQuotedFilenameWithItsQuotesEscaped() {
		assertThat(AttachmentController.contentDisposition("cv.pdf")).isEqualTo("attachment; filename=\"cv.pdf\"");
		assertThat(AttachmentController.contentDisposition("a \"b\".txt"))
			.isEqualTo("attachment; filename=\"a \\\"b\\\".txt\"");
	}

	@Test
	void aNonAsciiNameIsSentAsUtf8FilenameStarWithAnAsciiFallbackForOldClients() {
		assertThat(AttachmentController.contentDisposition("Grüße.md"))
			.isEqualTo("attachment; filename=\"Gruesse.md\"; filename*=UTF-8''Gr%C3%BC%C3%9Fe.md");
	}

}
