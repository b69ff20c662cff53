package dev.matchfolio.gateway.auth;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.context.annotation.Conditional;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Dev token issuer for the embedded stack and docker-compose: anyone may ask for any role, which is exactly why it
 * disappears as soon as a real OIDC issuer is configured.
 */
@RestController
@RequestMapping("/api/auth")
@Conditional(LocalIssuerCondition.class)
@Tag(name = "auth", description = "Dev token issuer (local/demo mode only)")
class TokenController {

	private final TokenIssuer issuer;

	TokenController(TokenIssuer issuer) {
		this.issuer = issuer;
	}

	@Operation(summary = "Issue a signed dev token for a user name and roles")
	@PostMapping(path = "/token", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	TokenResponse token(@Valid @RequestBody TokenRequest request) {
		return this.issuer.issue(request);
	}

	@Operation(summary = "The public key set that verifies issued tokens (for jwk-set-uri)")
	@GetMapping(path = "/jwks", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> jwks() {
		return this.issuer.publicJwks();
	}

}
