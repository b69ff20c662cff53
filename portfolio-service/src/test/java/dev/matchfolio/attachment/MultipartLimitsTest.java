package dev.matchfolio.attachment;

import java.util.Map;

import jakarta.servlet.MultipartConfigElement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class MultipartLimitsTest {

	static final AttachmentProperties TEN_MIB = new AttachmentProperties(DataSize.ofMegabytes(10), 20,
			DataSize.ofKilobytes(8));

	@Test
	void servletLimitsBelowTheAttachmentLimitStopTheStart() {
		assertThatIllegalStateException().isThrownBy(() -> limits(DataSize.ofMegabytes(5).toBytes(), -1));
		assertThatIllegalStateException()
			.isThrownBy(() -> limits(DataSize.ofMegabytes(11).toBytes(), DataSize.ofMegabytes(9).toBytes()));
	}

	@Test
	void servletLimitsAtOrAboveTheAttachmentLimitOrNoneAreFine() {
		assertThatNoException().isThrownBy(() -> limits(DataSize.ofMegabytes(10).toBytes(), -1));
		assertThatNoException().isThrownBy(() -> limits(-1, -1));
		assertThatNoException()
			.isThrownBy(() -> new MultipartLimits(new StaticListableBeanFactory().getBeanProvider(
					MultipartConfigElement.class), TEN_MIB));
	}

	static void limits(long maxFileSize, long maxRequestSize) {
		MultipartConfigElement config = new MultipartConfigElement(null, maxFileSize, maxRequestSize, 0);
		new MultipartLimits(new StaticListableBeanFactory(Map.of("multipart", config))
			.getBeanProvider(MultipartConfigElement.class), TEN_MIB);
	}

}
