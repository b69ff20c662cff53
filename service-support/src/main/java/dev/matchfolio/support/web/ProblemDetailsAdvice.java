package dev.matchfolio.support.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import dev.matchfolio.support.store.StoreOutages;
import dev.matchfolio.support.store.StoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure into {@code application/problem+json}. Validation failures list the fields at fault; anything
 * unexpected becomes a plain 500 without internals, logged with the request id.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	private static final URI ABOUT_BLANK = URI.create("about:blank");

	private final String storeRetryAfterSeconds;

	public ProblemDetailsAdvice(StoreProperties store) {
		this.storeRetryAfterSeconds = store.retryAfterHeader();
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = new ArrayList<>();
		ex.getBindingResult()
			.getFieldErrors()
			.forEach(e -> errors.add(new FieldError(e.getField(), e.getDefaultMessage())));
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach(e -> errors.add(new FieldError(e.getObjectName(), e.getDefaultMessage())));
		return ResponseEntity.badRequest().body(validationProblem(errors));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = new ArrayList<>();
		for (ParameterValidationResult result : ex.getParameterValidationResults()) {
			String name = result.getMethodParameter().getParameterName();
			result.getResolvableErrors().forEach(e -> errors.add(new FieldError(name, e.getDefaultMessage())));
		}
		return ResponseEntity.badRequest().body(validationProblem(errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request body is not valid JSON for this resource");
		problem.setTitle("Malformed request body");
		if (ex.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
			String field = jsonPath(jackson.getPath());
			problem.setProperty("errors", List.of(new FieldError(field, "has a missing, unknown or wrong value")));
		}
		return ResponseEntity.badRequest().body(withType(problem));
	}

	/** Every problem names its {@code type}, as the API promises; plain statuses use {@code about:blank}. */
	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		if (body instanceof ProblemDetail problem) {
			withType(problem);
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		return validationProblem(
				List.of(new FieldError(ex.getName(), "has a value of the wrong type or outside the allowed set")));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail accessDenied(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, "You are not allowed to do this");
	}

	@ExceptionHandler(AuthenticationException.class)
	ProblemDetail unauthenticated(AuthenticationException ex) {
		return problem(HttpStatus.UNAUTHORIZED, "A valid bearer token is required");
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail concurrentChange(OptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, "The resource was changed by someone else; read it again and retry");
	}

	@ExceptionHandler(DuplicateKeyException.class)
	ProblemDetail duplicate(DuplicateKeyException ex) {
		return problem(HttpStatus.CONFLICT, "The resource already exists");
	}

	@ExceptionHandler(DataAccessResourceFailureException.class)
	ResponseEntity<ProblemDetail> storeUnavailable(DataAccessResourceFailureException ex) {
		return storeOutage(ex);
	}

	/** A bug is a 500; the store being away (seen through the driver directly) is a 503 the client may retry. */
	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		if (StoreOutages.isOutage(ex)) {
			return storeOutage(ex);
		}
		log.error("Unexpected failure", ex);
		return ResponseEntity.internalServerError()
			.body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred"));
	}

	private ResponseEntity<ProblemDetail> storeOutage(Exception ex) {
		// one line, no stack trace: during an outage every request ends here
		log.warn("Data store unavailable: {}", ex.toString());
		ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE,
				"The data store is unavailable; try again shortly");
		problem.setTitle("Service unavailable");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, this.storeRetryAfterSeconds)
			.body(problem);
	}

	private static ProblemDetail problem(HttpStatus status, String detail) {
		return withType(ProblemDetail.forStatusAndDetail(status, detail));
	}

	private static ProblemDetail withType(ProblemDetail problem) {
		if (problem.getType() == null) {
			problem.setType(ABOUT_BLANK);
		}
		return problem;
	}

	private static ProblemDetail validationProblem(List<FieldError> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request has invalid fields");
		problem.setTitle("Validation failed");
		problem.setProperty("errors", errors);
		return withType(problem);
	}

	private static String jsonPath(List<JacksonException.Reference> path) {
		StringBuilder field = new StringBuilder();
		for (JacksonException.Reference ref : path) {
			if (ref.getPropertyName() != null) {
				if (!field.isEmpty()) {
					field.append('.');
				}
				field.append(ref.getPropertyName());
			}
			else if (ref.getIndex() >= 0) {
				field.append('[').append(ref.getIndex()).append(']');
			}
		}
		return field.toString();
	}

}
