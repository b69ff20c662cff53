package dev.matchfolio.attachment;

import dev.matchfolio.support.web.ApiException;

import org.springframework.http.HttpStatus;

/** The 415 answers of an upload. */
final class ContentTypes {

	private static final String ALLOWED = "PDF, PNG, JPEG, ZIP, Markdown or plain UTF-8 text";

	private ContentTypes() {
	}

	static ApiException unsupported() {
		return new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
				"The file's content is not one of the allowed types: " + ALLOWED);
	}

	static ApiException contradicted(String declared, FileType detected) {
		return new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "The file was declared as " + declared
				+ " but its content is " + detected.contentType() + "; declare the right type or none");
	}

}
