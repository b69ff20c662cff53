package dev.matchfolio.attachment;

import dev.matchfolio.support.web.ApiException;

/**
 * Turns the file name a client sent into one that is safe to store and to send back in {@code Content-Disposition}:
 * no directories (a browser or a crafted request may send {@code ../../etc/passwd} or {@code C:\Users\a\cv.pdf}), no
 * control characters, and no invisible format characters (a right-to-left override can make {@code cv‮fdp.exe}
 * look like a PDF).
 */
public final class FileNames {

	/** The usual limit of a file name on common file systems, in characters. */
	static final int MAX_LENGTH = 255;

	/** Extensions longer than this are not kept whole when a long name is shortened. */
	private static final int MAX_EXTENSION_LENGTH = 16;

	private FileNames() {
	}

	/**
	 * @return the name without path, control or format characters, at most {@value #MAX_LENGTH} characters, keeping
	 * its extension when it is shortened
	 * @throws ApiException 400 when nothing usable is left ({@code null}, empty, {@code .} or {@code ..})
	 */
	public static String sanitize(String submitted) {
		String name = submitted == null ? "" : submitted;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		StringBuilder kept = new StringBuilder(name.length());
		name.codePoints().filter(c -> !isControlOrFormat(c)).forEach(kept::appendCodePoint);
		name = kept.toString().strip();
		if (name.isEmpty() || name.equals(".") || name.equals("..")) {
			throw ApiException.badRequest("The file needs a name (without a path)");
		}
		return shorten(name);
	}

	private static boolean isControlOrFormat(int codePoint) {
		int type = Character.getType(codePoint);
		return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
				|| type == Character.PARAGRAPH_SEPARATOR;
	}

	private static String shorten(String name) {
		int length = name.codePointCount(0, name.length());
		if (length <= MAX_LENGTH) {
			return name;
		}
		int dot = name.lastIndexOf('.');
		String extension = dot > 0 && name.length() - dot <= MAX_EXTENSION_LENGTH ? name.substring(dot) : "";
		String base = name.substring(0, name.length() - extension.length());
		int keep = MAX_LENGTH - extension.codePointCount(0, extension.length());
		return base.substring(0, base.offsetByCodePoints(0, keep)) + extension;
	}

}
