package dev.matchfolio.attachment;

import java.net.URI;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Failures of the servlet's multipart parsing, which happens before any controller runs. The shared advice would turn
 * a broken multipart body into a 500; it is the client's fault. The servlet's size limits sit just above
 * {@link AttachmentProperties#maxSize()}, so their 413 says the same as the one the streaming count gives.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class MultipartProblems {

	private static final URI ABOUT_BLANK = URI.create("about:blank");

	private final AttachmentProperties properties;

	MultipartProblems(AttachmentProperties properties) {
		this.properties = properties;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ProblemDetail tooLarge(MaxUploadSizeExceededException ex) {
		return problem(HttpStatus.CONTENT_TOO_LARGE,
				"An attachment may have at most " + properties.maxSize().toBytes() + " bytes");
	}

	@ExceptionHandler(MultipartException.class)
	ProblemDetail malformed(MultipartException ex) {
		return problem(HttpStatus.BAD_REQUEST, "The request is not a readable multipart/form-data body");
	}

	private static ProblemDetail problem(HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(ABOUT_BLANK);
		return problem;
	}

}
