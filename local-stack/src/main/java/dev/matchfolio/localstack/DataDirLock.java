package dev.matchfolio.localstack;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One launcher per data directory: two would fight over the H2 file and Kafka's logs. The lock goes with the process,
 * so a killed launcher leaves nothing to clean up.
 */
final class DataDirLock implements AutoCloseable {

	private final FileChannel channel;

	private DataDirLock(FileChannel channel) {
		this.channel = channel;
	}

	static DataDirLock acquire(Path dataDir) {
		try {
			Files.createDirectories(dataDir);
			FileChannel channel = FileChannel.open(dataDir.resolve("launcher.lock"), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE);
			FileLock lock;
			try {
				lock = channel.tryLock();
			}
			catch (OverlappingFileLockException heldInThisJvm) {
				lock = null;
			}
			if (lock == null) {
				channel.close();
				throw new StackException("Another local stack is running with data in " + dataDir);
			}
			return new DataDirLock(channel);
		}
		catch (IOException ex) {
			throw new StackException("Cannot use the data directory " + dataDir + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public void close() {
		try {
			this.channel.close();
		}
		catch (IOException ex) {
			// released with the process anyway
		}
	}

}
