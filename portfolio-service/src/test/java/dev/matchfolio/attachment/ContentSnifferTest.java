package dev.matchfolio.attachment;

import java.util.Arrays;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ContentSnifferTest {

	static final int SNIFF = 8192;

	@Test
	void theMagicBytesDecideTheTypeWhateverTheName() {
		assertThat(detect(SampleFiles.pdf(100), "cv.png")).contains(FileType.PDF);
		assertThat(detect(SampleFiles.png(100), "cv.pdf")).contains(FileType.PNG);
		assertThat(detect(SampleFiles.jpeg(100), "a")).contains(FileType.JPEG);
		assertThat(detect(SampleFiles.zip(100), "a.md")).contains(FileType.ZIP);
		assertThat(detect(SampleFiles.emptyZip(), "empty.zip")).contains(FileType.ZIP);
	}

	@Test
	void utf8TextIsMarkdownWhenTheNameSaysSoElsePlainText() {
		byte[] text = SampleFiles.text("# Ledger\n\nGrüße, 日本語 and a tab\there\r\n");
		assertThat(detect(text, "README.md")).contains(FileType.MARKDOWN);
		assertThat(detect(text, "notes.MARKDOWN")).contains(FileType.MARKDOWN);
		assertThat(detect(text, "notes.txt")).contains(FileType.TEXT);
		assertThat(detect(text, "md")).contains(FileType.TEXT);
		assertThat(FileType.MARKDOWN.contentType()).isEqualTo("text/markdown; charset=UTF-8");
	}

	@Test
	void executablesNulBytesControlCharactersAndInvalidUtf8AreNotAllowed() {
		assertThat(detect(SampleFiles.elf(100), "tool.txt")).isEmpty();
		assertThat(detect(SampleFiles.text("plain\u0000text"), "a.txt")).isEmpty();
		assertThat(detect(SampleFiles.text("ansi \u001b[31mred"), "a.txt")).isEmpty();
		assertThat(detect(new byte[] { 'a', (byte) 0xC3, 'b' }, "a.txt")).isEmpty();
		assertThat(detect(new byte[] { 'a', (byte) 0xFF }, "a.txt")).isEmpty();
		assertThat(detect(new byte[] { 'M', 'Z', (byte) 0x90, 0 }, "setup.md")).isEmpty();
	}

	@Test
	void aMultiByteCharacterCutAtTheEndOfTheSniffedBytesIsStillText() {
		byte[] umlauts = SampleFiles.repeat("ü", SNIFF + 1);
		byte[] head = Arrays.copyOf(umlauts, SNIFF - 1);
		assertThat(ContentSniffer.detect(head, false, "a.txt")).contains(FileType.TEXT);
		assertThat(ContentSniffer.detect(head, true, "a.txt")).as("cut at the real end of the file").isEmpty();
	}

	@Test
	void noDeclaredTypeOrTheGenericOneClaimsNothing() {
		assertThat(ContentSniffer.agrees(null, FileType.PNG)).isTrue();
		assertThat(ContentSniffer.agrees("", FileType.PNG)).isTrue();
		assertThat(ContentSniffer.agrees("application/octet-stream", FileType.PDF)).isTrue();
	}

	@Test
	void aDeclaredTypeMustAgreeWithTheBytes() {
		assertThat(ContentSniffer.agrees("application/pdf", FileType.PNG)).isFalse();
		assertThat(ContentSniffer.agrees("text/html", FileType.TEXT)).isFalse();
		assertThat(ContentSniffer.agrees("image/svg+xml", FileType.TEXT)).isFalse();
		assertThat(ContentSniffer.agrees("not a type", FileType.PDF)).isFalse();
		assertThat(ContentSniffer.agrees("Image/PNG", FileType.PNG)).isTrue();
		assertThat(ContentSniffer.agrees("text/plain; charset=utf-8", FileType.MARKDOWN)).isTrue();
		assertThat(ContentSniffer.agrees("application/x-zip-compressed", FileType.ZIP)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "image/jpeg", "image/jpg", "image/pjpeg" })
	void theUsualNamesOfJpegAreAccepted(String declared) {
		assertThat(ContentSniffer.agrees(declared, FileType.JPEG)).isTrue();
	}

	static Optional<FileType> detect(byte[] file, String name) {
		return ContentSniffer.detect(Arrays.copyOf(file, Math.min(file.length, SNIFF)), file.length < SNIFF, name);
	}

}
