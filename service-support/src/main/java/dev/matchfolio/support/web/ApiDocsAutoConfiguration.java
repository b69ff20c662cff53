package dev.matchfolio.support.web;

import java.util.List;

import dev.matchfolio.support.security.Caller;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * The OpenAPI document at {@code /v3/api-docs}: every operation needs a bearer token, and the {@link Caller}
 * parameter is filled from that token, so it is not something a client sends. The server is relative: clients read
 * the document through the gateway and must call through it too, never the service's own address.
 */
@AutoConfiguration
@ConditionalOnClass(SpringDocUtils.class)
@OpenAPIDefinition(security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class ApiDocsAutoConfiguration {

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
	}

	@Bean
	OpenApiCustomizer serverRelativeToTheDocument() {
		return openApi -> openApi.setServers(List.of(new Server().url("/")));
	}

}
