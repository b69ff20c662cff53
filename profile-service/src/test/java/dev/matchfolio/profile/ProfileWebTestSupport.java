package dev.matchfolio.profile;

import dev.matchfolio.support.ServiceSupportAutoConfiguration;
import dev.matchfolio.support.outbox.OutboxSignal;
import dev.matchfolio.support.security.ServiceSecurityConfiguration;
import dev.matchfolio.support.store.StoreAutoConfiguration;
import dev.matchfolio.testsupport.TestTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The web slice with the real security and problem-details glue and the real {@link ProfileService}; only the store
 * and the outbox relay's wake-up are mocks, so the rules about who may do what are tested here, not mocked away.
 */
@WebMvcTest(ProfileController.class)
@ImportAutoConfiguration({ SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
		SecurityFilterAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class,
		ServiceSecurityConfiguration.class, ServiceSupportAutoConfiguration.class, StoreAutoConfiguration.class })
@Import(ProfileService.class)
abstract class ProfileWebTestSupport {

	@DynamicPropertySource
	static void tokenKey(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens::publicKeyLocation);
	}

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ProfileRepository repository;

	@MockitoBean
	OutboxSignal relay;

}
