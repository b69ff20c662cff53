package dev.matchfolio.attachment;

import java.util.Locale;
import java.util.Set;

/**
 * The kinds of file a project may carry, each with the content type it is stored and served with and the types a
 * client may declare for it. A declared type outside that set contradicts the bytes.
 */
enum FileType {

	PDF("application/pdf", Set.of("application/pdf", "application/x-pdf")),
	PNG("image/png", Set.of("image/png")),
	JPEG("image/jpeg", Set.of("image/jpeg", "image/jpg", "image/pjpeg")),
	ZIP("application/zip", Set.of("application/zip", "application/x-zip-compressed", "application/x-zip")),
	MARKDOWN("text/markdown; charset=UTF-8", TextTypes.DECLARABLE),
	TEXT("text/plain; charset=UTF-8", TextTypes.DECLARABLE);

	private final String contentType;

	private final Set<String> declarable;

	FileType(String contentType, Set<String> declarable) {
		this.contentType = contentType;
		this.declarable = declarable;
	}

	String contentType() {
		return contentType;
	}

	/** @param mediaType a declared type without parameters, in lower case */
	boolean canBeDeclaredAs(String mediaType) {
		return declarable.contains(mediaType.toLowerCase(Locale.ROOT));
	}

	/** Markdown is plain text to every browser and tool: either may be declared for either. */
	private static final class TextTypes {

		static final Set<String> DECLARABLE = Set.of("text/plain", "text/markdown", "text/x-markdown");

	}

}
