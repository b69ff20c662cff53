package dev.matchfolio.attachment;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes that pass and fails as soon as there is one more than allowed, so an upload is cut off while it
 * streams instead of after it has been stored. The failure is an {@link IOException}, as any reader of a stream
 * expects.
 */
final class LimitedInputStream extends FilterInputStream {

	private final long limit;

	private long count;

	LimitedInputStream(InputStream in, long limit) {
		super(in);
		this.limit = limit;
	}

	long count() {
		return count;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			counted(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int read = super.read(buffer, offset, length);
		if (read > 0) {
			counted(read);
		}
		return read;
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = super.skip(n);
		counted(skipped);
		return skipped;
	}

	@Override
	public boolean markSupported() {
		return false;
	}

	private void counted(long bytes) throws TooLarge {
		count += bytes;
		if (count > limit) {
			throw new TooLarge(limit);
		}
	}

	static final class TooLarge extends IOException {

		TooLarge(long limit) {
			super("more than " + limit + " bytes");
		}

	}

}
