package dev.matchfolio;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.matchfolio.support.ServiceSupportAutoConfiguration;
import dev.matchfolio.support.store.StoreAutoConfiguration;
import dev.matchfolio.support.security.ServiceSecurityConfiguration;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;

/**
 * Adds to a {@code @WebMvcTest} slice what every request of the real service goes through: Spring Security with the
 * shared JWT configuration, problem details and request ids. (Boot 4 leaves security out of the slice unless
 * spring-boot-security-test is present.) The test still has to point the JWT key at {@code TestTokens}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ImportAutoConfiguration({ SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
		SecurityFilterAutoConfiguration.class, ServiceSecurityConfiguration.class,
		ServiceSupportAutoConfiguration.class, StoreAutoConfiguration.class })
public @interface WithServiceWebSupport {

}
