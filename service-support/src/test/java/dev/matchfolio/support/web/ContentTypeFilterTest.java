package dev.matchfolio.support.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class ContentTypeFilterTest {

	@ParameterizedTest
	@ValueSource(strings = { "application/*", "*/*", "garbage", "text/", "/json" })
	void unusableContentTypesAreProblem415AndGoNoFurther(String contentType) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("PUT", "/api/profiles/p-1");
		request.setContentType(contentType);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();

		new ContentTypeFilter().doFilter(request, response, chain);

		assertThat(response.getStatus()).isEqualTo(415);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"status\":415", "\"type\":\"about:blank\"");
		assertThat(chain.getRequest()).as("the request went no further").isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "application/json", "application/json; charset=UTF-8", "multipart/form-data; boundary=x",
			"text/xml" })
	void concreteContentTypesPassThrough(String contentType) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("PUT", "/api/profiles/p-1");
		request.setContentType(contentType);
		MockFilterChain chain = new MockFilterChain();

		new ContentTypeFilter().doFilter(request, new MockHttpServletResponse(), chain);

		assertThat(chain.getRequest()).isSameAs(request);
	}

}
