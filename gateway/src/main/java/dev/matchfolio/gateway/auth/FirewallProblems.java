package dev.matchfolio.gateway.auth;

import dev.matchfolio.gateway.problem.Problems;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.WebFilterChainProxy;

/**
 * Spring Security's firewall refuses encoded slashes, dots, backslashes, NUL bytes and odd methods before any other
 * handler runs, with a bare 400. The refusal is right; this makes its answer a problem document like every other.
 */
@Configuration(proxyBeanMethods = false)
class FirewallProblems {

	@Bean
	static BeanPostProcessor firewallRejectionsAsProblems(ObjectProvider<Problems> problems) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof WebFilterChainProxy proxy) {
					proxy.setExchangeRejectedHandler((exchange, ex) -> problems.getObject()
						.write(exchange, Problems.of(HttpStatus.BAD_REQUEST, "Bad Request",
								"The request line is not acceptable (encoded path separators, dots or control characters, or an unsupported method)")));
				}
				return bean;
			}
		};
	}

}
