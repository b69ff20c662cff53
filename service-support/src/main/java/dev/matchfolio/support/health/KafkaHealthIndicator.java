package dev.matchfolio.support.health;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/** Kafka is UP when the cluster answers a metadata request within the timeout. */
public class KafkaHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

	private final AdminClient admin;

	private final Duration timeout;

	public KafkaHealthIndicator(Map<String, Object> adminConfig, Duration timeout) {
		super("Kafka health check failed");
		Map<String, Object> config = new java.util.HashMap<>(adminConfig);
		config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
		config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
		this.admin = AdminClient.create(config);
		this.timeout = timeout;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) throws Exception {
		DescribeClusterResult cluster = admin
			.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()));
		String clusterId = cluster.clusterId().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		int nodes = cluster.nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS).size();
		builder.up().withDetail("clusterId", clusterId).withDetail("nodes", nodes);
	}

	@Override
	public void destroy() {
		admin.close(Duration.ofSeconds(1));
	}

}
