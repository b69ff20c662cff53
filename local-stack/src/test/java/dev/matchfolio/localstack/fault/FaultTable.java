package dev.matchfolio.localstack.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The report of a fault run: per fault, what a user saw and what was lost, printed and kept in a file. */
final class FaultTable {

	private static final String[] HEADER = { "fault", "what the user saw", "what was lost" };

	private final List<String[]> rows = new ArrayList<>();

	synchronized void add(String fault, String seen, String lost) {
		this.rows.add(new String[] { fault, seen, lost });
	}

	/** A Markdown table: readable in a terminal and pasteable into an issue as it is. */
	synchronized String render() {
		StringBuilder out = new StringBuilder();
		out.append("| ").append(String.join(" | ", HEADER)).append(" |\n|---|---|---|\n");
		for (String[] row : this.rows) {
			out.append("| ");
			for (int i = 0; i < row.length; i++) {
				out.append(row[i].replace("|", "/").replace("\n", " ")).append(i < row.length - 1 ? " | " : " |\n");
			}
		}
		return out.toString();
	}

	void write(Path file) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, render());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
