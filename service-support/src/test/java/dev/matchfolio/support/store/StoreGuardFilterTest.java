package dev.matchfolio.support.store;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class StoreGuardFilterTest {

	private static final StoreProperties PROPERTIES = new StoreProperties(Duration.ofSeconds(3), Duration.ofSeconds(2),
			Duration.ofSeconds(15), Duration.ofSeconds(5), 10, Duration.ofMinutes(1));

	private boolean storeKnownDown;

	@Test
	void untilTheStoreIsSetUpEveryApiRequestIsA503ButHealthIsAnswered() throws Exception {
		StoreSetup pending = new StoreSetup(List.of(), List.of(), Duration.ofSeconds(1), Duration.ofSeconds(1));
		StoreGuardFilter filter = new StoreGuardFilter(pending, () -> storeKnownDown, PROPERTIES);

		assertRefused(filter, "GET", "/api/things/t-1", "The service is starting");
		assertRefused(filter, "POST", "/api/things", "The service is starting");
		assertPassed(filter, "GET", "/actuator/health/readiness");
	}

	@Test
	void whileTheStoreIsKnownDownWritesAreRefusedAtOnceAndReadsGoOn() throws Exception {
		StoreSetup ready = new StoreSetup(List.of(), List.of(), Duration.ofSeconds(1), Duration.ofSeconds(1));
		ready.start();
		StoreGuardFilter filter = new StoreGuardFilter(ready, () -> storeKnownDown, PROPERTIES);
		for (String method : List.of("GET", "POST", "PUT", "DELETE")) {
			assertPassed(filter, method, "/api/things/t-1");
		}

		storeKnownDown = true;

		for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
			assertRefused(filter, method, "/api/things/t-1", "The data store is unavailable");
		}
		assertPassed(filter, "GET", "/api/things/t-1");
		assertPassed(filter, "HEAD", "/api/things/t-1");
	}

	private static void assertRefused(StoreGuardFilter filter, String method, String path, String detail)
			throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(new MockHttpServletRequest(method, path), response, chain);
		assertThat(response.getStatus()).as("%s %s", method, path).isEqualTo(503);
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
		assertThat(response.getHeader("Retry-After")).isEqualTo("5");
		assertThat(response.getContentAsString()).contains(detail);
		assertThat(chain.getRequest()).isNull();
	}

	private static void assertPassed(StoreGuardFilter filter, String method, String path) throws Exception {
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(new MockHttpServletRequest(method, path), new MockHttpServletResponse(), chain);
		assertThat(chain.getRequest()).as("%s %s passed on", method, path).isNotNull();
	}

}
