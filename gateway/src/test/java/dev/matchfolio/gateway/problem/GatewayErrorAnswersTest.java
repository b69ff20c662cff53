package dev.matchfolio.gateway.problem;

import java.net.URI;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import dev.matchfolio.gateway.support.GatewayIntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.web.reactive.function.BodyInserters;

/** Errors the gateway produces itself are problem documents. */
class GatewayErrorAnswersTest extends GatewayIntegrationTest {

	@LocalServerPort
	int port;

	@Test
	void unknownPathGivesProblem404() {
		this.client.get()
			.uri("/api/nothing-here")
			.header(HttpHeaders.AUTHORIZATION, bearer(KEYS.validToken("alice", "CANDIDATE")))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.exists("X-Request-Id")
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(404)
			.jsonPath("$.type")
			.isNotEmpty()
			.jsonPath("$.title")
			.isNotEmpty()
			.jsonPath("$.detail")
			.isNotEmpty()
			.jsonPath("$.trace")
			.doesNotExist();
	}

	@Test
	void unparsableContentTypeGivesProblem415() {
		this.client.put()
			.uri("/api/profiles/p-1")
			.header(HttpHeaders.AUTHORIZATION, bearer(KEYS.validToken("alice", "CANDIDATE")))
			.header(HttpHeaders.CONTENT_TYPE, "garbage")
			.exchange()
			.expectStatus()
			.isEqualTo(415)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(415);
	}

	@Test
	void firewallRejectionsArePresentedAsProblems() {
		for (String path : new String[] { "/api/profiles/..%2F..%2Fetc%2Fpasswd", "/api/profiles/%00",
				"/api/profiles/a%5Cb" }) {
			this.client.get()
				.uri(URI.create("http://127.0.0.1:" + this.port + path))
				.header(HttpHeaders.AUTHORIZATION, bearer(KEYS.validToken("alice", "CANDIDATE")))
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo(400);
		}
	}

	@Test
	void oversizedBodyGivesProblem413() {
		byte[] body = new byte[MAX_REQUEST_BYTES + 1];

		this.client.post()
			.uri("/api/profiles")
			.header(HttpHeaders.AUTHORIZATION, bearer(KEYS.validToken("alice", "CANDIDATE")))
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(413);
	}

	@Test
	void oversizedChunkedBodyGivesProblem413() {
		Flux<String> chunks = Flux.range(0, 8).map(i -> "x".repeat(MAX_REQUEST_BYTES / 4));

		this.client.post()
			.uri("/api/profiles")
			.header(HttpHeaders.AUTHORIZATION, bearer(KEYS.validToken("alice", "CANDIDATE")))
			.contentType(MediaType.TEXT_PLAIN)
			.body(chunks, String.class)
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void bodyWithinTheLimitIsForwarded() {
		this.client.post()
			.uri("/api/profiles")
			.header(HttpHeaders.AUTHORIZATION, bearer(KEYS.validToken("alice", "CANDIDATE")))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"displayName\": \"Alice Doe\"}")
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void jsonBodyAboveTheNonMultipartLimitGivesProblem413() {
		String json = "{\"summary\": \"" + "x".repeat(MAX_NON_MULTIPART_REQUEST_BYTES) + "\"}";

		this.client.post()
			.uri("/api/profiles")
			.header(HttpHeaders.AUTHORIZATION, bearer(KEYS.validToken("alice", "CANDIDATE")))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(json)
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(413);
	}

	@Test
	void multipartUploadAboveTheNonMultipartLimitIsForwarded() {
		MultipartBodyBuilder multipart = new MultipartBodyBuilder();
		multipart.part("file", new ByteArrayResource(new byte[2 * MAX_NON_MULTIPART_REQUEST_BYTES]) {
			@Override
			public String getFilename() {
				return "cv.pdf";
			}
		}).contentType(MediaType.APPLICATION_PDF);

		this.client.post()
			.uri("/api/profiles/p-upload")
			.header(HttpHeaders.AUTHORIZATION, bearer(KEYS.validToken("alice", "CANDIDATE")))
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(multipart.build()))
			.exchange()
			.expectStatus()
			.isOk();
	}

}
