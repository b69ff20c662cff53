package dev.matchfolio.attachment;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when the servlet's multipart limits are below the attachment limit: uploads that the service
 * promises to take would then be cut off by the servlet, with no hint why. Above it is intended (they only stop far
 * larger requests early); the exact limit is counted while streaming.
 */
@Component
class MultipartLimits {

	MultipartLimits(ObjectProvider<MultipartConfigElement> multipart, AttachmentProperties properties) {
		MultipartConfigElement config = multipart.getIfAvailable();
		long limit = properties.maxSize().toBytes();
		if (config != null && (isBelow(config.getMaxFileSize(), limit) || isBelow(config.getMaxRequestSize(), limit))) {
			throw new IllegalStateException("spring.servlet.multipart.max-file-size and max-request-size must be at "
					+ "least portfolio.attachments.max-size (" + limit + " bytes)");
		}
	}

	/** The servlet API writes "no limit" as -1. */
	private static boolean isBelow(long servletLimit, long limit) {
		return servletLimit >= 0 && servletLimit < limit;
	}

}
