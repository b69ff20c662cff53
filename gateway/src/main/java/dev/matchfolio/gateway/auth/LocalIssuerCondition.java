package dev.matchfolio.gateway.auth;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Local (demo) mode: the gateway issues tokens itself and verifies them with its own key. It is off when the dev
 * issuer is disabled or an external OIDC provider is configured; then Boot's standard resource-server configuration
 * verifies tokens and the token endpoints do not exist.
 */
class LocalIssuerCondition extends SpringBootCondition {

	static final String ENABLED = "matchfolio.auth.dev-issuer.enabled";

	static final String ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri";

	static final String JWK_SET_URI = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri";

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Environment env = context.getEnvironment();
		if (!env.getProperty(ENABLED, Boolean.class, true)) {
			return ConditionOutcome.noMatch(ENABLED + " is false");
		}
		if (StringUtils.hasText(env.getProperty(ISSUER_URI)) || StringUtils.hasText(env.getProperty(JWK_SET_URI))) {
			return ConditionOutcome.noMatch("an external token issuer is configured");
		}
		return ConditionOutcome.match("dev issuer enabled and no external issuer configured");
	}

}
