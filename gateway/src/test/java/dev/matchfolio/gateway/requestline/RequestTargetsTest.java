package dev.matchfolio.gateway.requestline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestTargetsTest {

	@Test
	void ordinaryPathsAndQueriesPass() {
		assertThat(RequestTargets.defect("/api/profiles/p-1", null)).isNull();
		assertThat(RequestTargets.defect("/api/profiles", "skill=C%2B%2B&city=K%C3%B6ln&page=0")).isNull();
		assertThat(RequestTargets.defect("/api/openings/o-1/matches", "")).isNull();
		assertThat(RequestTargets.defect("/a/~user/(x)/it's;v=1:@!$*,", "a=b?c/d")).isNull();
	}

	@Test
	void overlongOrBrokenUtf8IsRefused() {
		assertThat(RequestTargets.defect("/api/profiles/..%c0%af..%c0%afetc", null)).startsWith("path")
			.contains("not UTF-8");
		assertThat(RequestTargets.defect("/api/profiles", "skill=%ff")).startsWith("query").contains("not UTF-8");
		assertThat(RequestTargets.defect("/api/profiles/%e2%82", null)).contains("not UTF-8");
	}

	@Test
	void brokenPercentEncodingIsRefused() {
		assertThat(RequestTargets.defect("/api/profiles/%zz", null)).contains("two hexadecimal digits");
		assertThat(RequestTargets.defect("/api/profiles/%4", null)).contains("two hexadecimal digits");
		assertThat(RequestTargets.defect("/api/profiles", "x=%")).contains("two hexadecimal digits");
	}

	@Test
	void charactersThatMustBeEncodedAreRefused() {
		for (String query : new String[] { "kind[$ne]=x", "a={}", "a=|", "a=\"", "a=<b>", "a=^", "a=`", "a=\\",
				"a=b#c", "a=\u00e9" }) {
			assertThat(RequestTargets.defect("/api/profiles", query)).as(query)
				.isEqualTo("query has a character that must be percent-encoded");
		}
		assertThat(RequestTargets.defect("/api/profiles/[x]", null)).startsWith("path");
		assertThat(RequestTargets.defect("/api/profiles/a b", null)).startsWith("path");
	}

}
