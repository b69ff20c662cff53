package dev.matchfolio.support.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;

/** Writes a problem document from a servlet filter, where no controller advice can reach. */
public final class ProblemWriter {

	private ProblemWriter() {
	}

	/** {@code title} and {@code detail} are fixed texts of ours, never client input, so no escaping is needed. */
	public static void write(HttpServletResponse response, int status, String title, String detail)
			throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
					+ detail + "\"}");
	}

}
