package dev.matchfolio.attachment;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/** Files of each kind for tests: the right magic bytes followed by filler, or text. */
public final class SampleFiles {

	public static final int MIB = 1024 * 1024;

	private SampleFiles() {
	}

	public static byte[] pdf(int size) {
		return withMagic(size, "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
	}

	public static byte[] png(int size) {
		return withMagic(size, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
	}

	public static byte[] jpeg(int size) {
		return withMagic(size, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 });
	}

	public static byte[] zip(int size) {
		return withMagic(size, new byte[] { 'P', 'K', 3, 4 });
	}

	/** What an empty archive consists of: only the end-of-central-directory record. */
	public static byte[] emptyZip() {
		byte[] zip = new byte[22];
		zip[0] = 'P';
		zip[1] = 'K';
		zip[2] = 5;
		zip[3] = 6;
		return zip;
	}

	/** The start of a Linux executable. */
	public static byte[] elf(int size) {
		return withMagic(size, new byte[] { 0x7F, 'E', 'L', 'F', 2, 1, 1, 0 });
	}

	/** Bytes of no allowed kind: no known magic, and a NUL at the start, so not text either. */
	public static byte[] unknownBinary(int size) {
		return withMagic(size, new byte[] { 0, 0, 1, 2 });
	}

	public static byte[] text(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/** Deterministic pseudo-random filler, so sizes and hashes are stable from run to run. */
	static byte[] withMagic(int size, byte[] magic) {
		byte[] bytes = new byte[size];
		new Random(size).nextBytes(bytes);
		System.arraycopy(magic, 0, bytes, 0, Math.min(magic.length, size));
		return bytes;
	}

	public static byte[] repeat(String line, int size) {
		byte[] unit = text(line);
		byte[] bytes = new byte[size];
		for (int i = 0; i < size; i += unit.length) {
			System.arraycopy(unit, 0, bytes, i, Math.min(unit.length, size - i));
		}
		return Arrays.copyOf(bytes, size);
	}

}
