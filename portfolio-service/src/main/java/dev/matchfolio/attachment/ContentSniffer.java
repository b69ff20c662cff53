package dev.matchfolio.attachment;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Decides a file's type from its first bytes, never from what the client claims: the magic numbers of PDF, PNG, JPEG
 * and ZIP, else UTF-8 text without binary control characters (Markdown when the name says so).
 */
final class ContentSniffer {

	private static final byte[] PDF = { '%', 'P', 'D', 'F', '-' };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	/** The end-of-central-directory record an empty archive starts with. */
	private static final byte[] EMPTY_ZIP = { 'P', 'K', 5, 6 };

	private static final byte DELETE = 0x7F;

	private ContentSniffer() {
	}

	/**
	 * @param head the first bytes of the file, at most the sniff size
	 * @param whole whether {@code head} is the whole file; if not, a UTF-8 sequence cut at its end is not an error
	 * @param filename the sanitized name, which tells Markdown from plain text
	 */
	static Optional<FileType> detect(byte[] head, boolean whole, String filename) {
		if (startsWith(head, PDF)) {
			return Optional.of(FileType.PDF);
		}
		if (startsWith(head, PNG)) {
			return Optional.of(FileType.PNG);
		}
		if (startsWith(head, JPEG)) {
			return Optional.of(FileType.JPEG);
		}
		if (startsWith(head, ZIP) || startsWith(head, EMPTY_ZIP)) {
			return Optional.of(FileType.ZIP);
		}
		if (isText(head, whole)) {
			return Optional.of(isMarkdownName(filename) ? FileType.MARKDOWN : FileType.TEXT);
		}
		return Optional.empty();
	}

	/**
	 * Whether a client's declared type agrees with the detected one. No declaration, or the generic
	 * {@code application/octet-stream} that clients send when they do not know, claims nothing.
	 */
	static boolean agrees(String declared, FileType detected) {
		if (declared == null || declared.isBlank()) {
			return true;
		}
		try {
			MediaType type = MediaType.parseMediaType(declared);
			return type.equalsTypeAndSubtype(MediaType.APPLICATION_OCTET_STREAM)
					|| detected.canBeDeclaredAs(type.getType() + "/" + type.getSubtype());
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	private static boolean isMarkdownName(String filename) {
		String name = filename.toLowerCase(Locale.ROOT);
		return name.endsWith(".md") || name.endsWith(".markdown");
	}

	private static boolean startsWith(byte[] head, byte[] magic) {
		return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
	}

	/** Tabs, line breaks and form feeds are text; NUL, escape and the other C0 controls (and DEL) mark binary. */
	private static boolean isText(byte[] head, boolean whole) {
		for (byte b : head) {
			if ((b >= 0 && b < ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == DELETE) {
				return false;
			}
		}
		CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer bytes = ByteBuffer.wrap(head);
		CoderResult result = utf8.decode(bytes, CharBuffer.allocate(head.length), whole);
		if (result.isError()) {
			return false;
		}
		// without the end of input the decoder leaves a cut multi-byte sequence unread; with it, that is malformed
		return whole ? utf8.flush(CharBuffer.allocate(1)).isUnderflow() && !bytes.hasRemaining()
				: bytes.remaining() < 4;
	}

}
