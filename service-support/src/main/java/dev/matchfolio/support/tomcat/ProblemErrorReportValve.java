package dev.matchfolio.support.tomcat;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's last-resort error answer, for failures no servlet or filter of ours sees: a request line Tomcat cannot
 * decode (invalid UTF-8 such as {@code %c0%af}, characters that must be percent-encoded), a header block above the
 * limit, a path no context serves. Tomcat's own valve writes an HTML page; this one writes the same
 * {@code application/problem+json} document as everything else in the service.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	private static final Logger log = LoggerFactory.getLogger(ProblemErrorReportValve.class);

	private static final int FIRST_ERROR_STATUS = 400;

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < FIRST_ERROR_STATUS || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(true);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		try {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(problem(status));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone or the response was taken over meanwhile: nothing left to tell it
			log.debug("Could not write the error answer", ex);
		}
	}

	/** Only fixed texts of ours and the status go in, never request data, so nothing needs escaping. */
	static String problem(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		String title = (known != null) ? known.getReasonPhrase() : "Error";
		String detail = switch (status) {
			case 400 -> "The request line or headers could not be read: encode the path and query as UTF-8 and "
					+ "percent-encode reserved characters";
			case 404 -> "Nothing is served at this path";
			default -> (status >= 500) ? "An unexpected error occurred" : title;
		};
		return "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail
				+ "\"}";
	}

}
