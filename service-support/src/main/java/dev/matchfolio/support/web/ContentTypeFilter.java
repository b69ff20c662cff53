package dev.matchfolio.support.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose {@code Content-Type} does not parse or is a wildcard ({@code application/*}) with 415. Spring
 * MVC would otherwise fail deep inside argument resolution with an {@code IllegalArgumentException} and answer 500.
 */
public class ContentTypeFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String contentType = request.getContentType();
		if (contentType != null && !usable(contentType)) {
			ProblemWriter.write(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type",
					"The Content-Type of the request is not a concrete, valid media type");
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean usable(String contentType) {
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return !type.isWildcardType() && !type.isWildcardSubtype();
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

}
