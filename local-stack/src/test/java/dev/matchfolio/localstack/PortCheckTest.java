package dev.matchfolio.localstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PortCheckTest {

	@Test
	void aTakenPortIsNamedWithTheVariableThatMovesIt() throws IOException {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			int port = taken.getLocalPort();

			assertThatThrownBy(() -> PortCheck.requireFree(List.of(new Ports.Use("GATEWAY_PORT", Part.GATEWAY, port))))
				.isInstanceOf(StackException.class)
				.hasMessageContaining("Port " + port)
				.hasMessageContaining("GATEWAY_PORT")
				.hasMessageContaining("gateway")
				.hasMessageContaining("Nothing was started");
		}
	}

	@Test
	void aFreePortPasses() throws IOException {
		int port;
		try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = probe.getLocalPort();
		}

		assertThat(PortCheck.isTaken(port)).isFalse();
		assertThatNoException()
			.isThrownBy(() -> PortCheck.requireFree(List.of(new Ports.Use("MONGO_PORT", Part.STORE, port))));
	}

	@Test
	void everyPortOfKafkaIsChecked() {
		List<Ports.Use> uses = Ports.defaults().uses(java.util.EnumSet.of(Part.KAFKA));

		assertThat(uses).extracting(Ports.Use::variable).containsExactly("KAFKA_PORT", "KAFKA_CONTROLLER_PORT");
		assertThat(uses).extracting(Ports.Use::port).containsExactly(9092, 9093);
	}

}
