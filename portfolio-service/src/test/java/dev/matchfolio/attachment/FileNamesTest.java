package dev.matchfolio.attachment;

import dev.matchfolio.support.web.ApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FileNamesTest {

	@Test
	void pathsAreCutOffWhateverTheSeparator() {
		assertThat(FileNames.sanitize("../../etc/passwd")).isEqualTo("passwd");
		assertThat(FileNames.sanitize("C:\\Users\\alice\\cv.pdf")).isEqualTo("cv.pdf");
		assertThat(FileNames.sanitize("/abs/dir\\mixed/report.md")).isEqualTo("report.md");
	}

	@Test
	void controlAndInvisibleFormatCharactersAreDropped() {
		assertThat(FileNames.sanitize("cv\r\n.pdf")).isEqualTo("cv.pdf");
		assertThat(FileNames.sanitize("a\u0000b\u007f.txt")).isEqualTo("ab.txt");
		assertThat(FileNames.sanitize("cv\u202Efdp.exe")).isEqualTo("cvfdp.exe");
	}

	@Test
	void unicodeNamesAreKept() {
		assertThat(FileNames.sanitize("Lebenslauf Grüße 日本.pdf")).isEqualTo("Lebenslauf Grüße 日本.pdf");
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "  ", ".", "..", "dir/", "../..", "a/..", "\u0000\u0001", "x\\." })
	void nothingUsableLeftIs400(String submitted) {
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> FileNames.sanitize(submitted))
			.satisfies(ex -> assertThat(ex.getStatusCode().value()).isEqualTo(400));
	}

	@Test
	void longNamesAreShortenedTo255CharactersKeepingTheExtension() {
		String shortened = FileNames.sanitize("x".repeat(300) + ".md");
		assertThat(shortened).hasSize(FileNames.MAX_LENGTH).endsWith("x.md");
		String emoji = FileNames.sanitize("😀".repeat(300) + ".txt");
		assertThat(emoji.codePointCount(0, emoji.length())).isEqualTo(FileNames.MAX_LENGTH);
		assertThat(emoji).endsWith("😀.txt");
	}

}
