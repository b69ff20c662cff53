package dev.matchfolio.localstack.demo;

import java.time.LocalDate;
import java.util.List;

import dev.matchfolio.localstack.demo.DemoData.PostedOpening;

/**
 * Twenty openings: back-end jobs and freelance gigs posted by a recruiter, internships by a campus agency. The first
 * is the one the launcher shows matches for, so it asks for what many demo candidates have.
 */
final class DemoOpenings {

	private DemoOpenings() {
	}

	static List<PostedOpening> all(LocalDate today) {
		return List.of(
				job("Senior Java back-end engineer", "Acme Payments",
						"Own the ledger and payout services of a growing payments platform: Spring Boot services on Postgres, events on Kafka, deployed on Kubernetes.",
						List.of(req("Java", 3, 2.0), req("Spring Boot", 3, 1.5), req("PostgreSQL", 2, null)),
						List.of(nice("Kafka"), nice("Kubernetes")), 4, null, "HYBRID", at("Berlin", "DE"),
						money(85_000, "EUR"), today.plusWeeks(8)),
				job("Go platform engineer", "Nordwind Logistics",
						"Build the internal platform our 40 services run on: gRPC APIs, Kubernetes operators and tooling.",
						List.of(req("Go", 3, 2.0), req("Kubernetes", 3, null), req("gRPC", 2, null)),
						List.of(nice("Terraform"), nice("Prometheus")), 3, null, "REMOTE", at("Amsterdam", "NL"),
						money(90_000, "EUR"), today.plusWeeks(6)),
				job("Python back-end developer", "Brightline Health",
						"Patient scheduling APIs in FastAPI on PostgreSQL, with a strong focus on correctness and privacy.",
						List.of(req("Python", 3, 2.0), req("PostgreSQL", 2, null), req("REST", 2, null)),
						List.of(nice("Docker"), nice("AWS"), nice("FastAPI")), 2, null, "HYBRID", at("London", "GB"),
						money(70_000, "GBP"), today.plusWeeks(6)),
				job("Node.js API engineer", "Parcelpoint",
						"Tracking APIs used by 2 million parcels a day; TypeScript on Node.js, MongoDB and Redis.",
						List.of(req("Node.js", 3, 2.0), req("TypeScript", 2, null), req("MongoDB", 2, null)),
						List.of(nice("Redis"), nice("AWS")), 2, null, "REMOTE", at("Lisbon", "PT"), money(55_000, "EUR"),
						today.plusWeeks(5)),
				job("Staff engineer, event streaming", "Ledgerly",
						"Lead the design of our event backbone: Kafka, Java services and the tooling around them.",
						List.of(req("Kafka", 4, 2.0), req("Java", 4, 1.5), req("Kubernetes", 3, null)),
						List.of(nice("Go"), nice("Terraform")), 8, null, "REMOTE", at("New York", "US"),
						money(210_000, "USD"), today.plusWeeks(10)),
				job("Back-end engineer, energy trading", "Tidewater Energy",
						"Java and Spring Boot services that price and settle energy trades; SQL-heavy, on-site with the traders.",
						List.of(req("Java", 3, 1.5), req("Spring Boot", 2, null), req("SQL", 3, null)),
						List.of(nice("Kotlin"), nice("Redis")), 2, null, "ONSITE", at("Munich", "DE"), money(68_000, "EUR"),
						today.plusWeeks(8)),
				job("Site reliability engineer", "Orbit Telecom",
						"Keep 300 services reliable: Kubernetes, Terraform on AWS, SLOs and incident reviews.",
						List.of(req("Kubernetes", 3, 2.0), req("Terraform", 3, null), req("AWS", 2, null)),
						List.of(nice("Go"), nice("Python"), nice("Prometheus")), 3, null, "HYBRID", at("Warsaw", "PL"),
						money(60_000, "EUR"), today.plusWeeks(6)),
				job("Data engineer", "Fjord Analytics",
						"Streaming and batch pipelines for retail analytics: Python, SQL and Kafka.",
						List.of(req("Python", 3, 1.5), req("SQL", 3, 1.5), req("Kafka", 2, null)),
						List.of(nice("Airflow"), nice("Spark"), nice("AWS")), 3, null, "HYBRID", at("Paris", "FR"),
						money(68_000, "EUR"), today.plusWeeks(7)),
				job("Junior back-end developer", "Kite Travel",
						"Join a friendly team building booking APIs in Java; we pair a lot and review everything.",
						List.of(req("Java", 2, 1.5), req("SQL", 2, null), req("REST", 1, null)),
						List.of(nice("Spring Boot"), nice("Docker")), 0, 3, "HYBRID", at("Madrid", "ES"),
						money(38_000, "EUR"), today.plusWeeks(5)),
				gig("Spring Boot 2 to 4 migration", "Acme Payments",
						"Migrate twelve services to Spring Boot 4 and Java 21 without downtime.",
						List.of(req("Java", 4, 2.0), req("Spring Boot", 4, 2.0), req("PostgreSQL", 2, null)),
						List.of(nice("Docker")), 5, "REMOTE", null, money(95, "EUR"), today.plusWeeks(4), 32, 12),
				gig("Kubernetes cost audit", "Orbit Telecom",
						"Review cluster sizing and autoscaling across three AWS accounts and cut the bill.",
						List.of(req("Kubernetes", 4, 2.0), req("AWS", 3, null), req("Terraform", 2, null)), List.of(), 5,
						"REMOTE", null, money(120, "USD"), today.plusWeeks(3), 20, 6),
				gig("Go microservice for parcel routing", "Parcelpoint",
						"Build a routing service in Go with a gRPC API and a Postgres store, handed over with docs.",
						List.of(req("Go", 3, 2.0), req("gRPC", 2, null), req("PostgreSQL", 2, null)),
						List.of(nice("Redis")), 3, "REMOTE", null, money(80, "EUR"), today.plusWeeks(4), 40, 16),
				gig("Kafka consultant", "Ledgerly",
						"Tune our Kafka clusters and coach two teams on event design.",
						List.of(req("Kafka", 4, 2.0), req("Java", 3, null)), List.of(nice("Kubernetes")), 6, "HYBRID",
						at("London", "GB"), money(100, "GBP"), today.plusWeeks(5), 24, 8),
				gig("Node.js and React storefront", "Kite Travel",
						"Extend our storefront API and its React admin with a new promotions feature.",
						List.of(req("Node.js", 3, 1.5), req("React", 2, null)), List.of(nice("TypeScript"), nice("MongoDB")),
						2, "REMOTE", null, money(70, "EUR"), today.plusWeeks(4), 30, 10),
				gig("Python API performance", "Brightline Health",
						"Find and fix the slow paths of a Python API under load; p99 must halve.",
						List.of(req("Python", 4, 2.0), req("PostgreSQL", 3, null)), List.of(nice("Redis")), 4, "REMOTE",
						null, money(85, "EUR"), today.plusWeeks(3), 20, 8),
				internship("Back-end internship (Java)", "Acme Payments",
						"Six months in a payments team: real tickets, a mentor, and Java on the back end.",
						List.of(req("Java", 1, null), req("SQL", 1, null)), List.of(nice("Spring Boot"), nice("Git")),
						"HYBRID", at("Berlin", "DE"), today.plusWeeks(10), 40, 24),
				internship("Cloud infrastructure internship", "Nordwind Logistics",
						"Learn how a platform team runs Kubernetes: automation, monitoring, on-call shadowing.",
						List.of(req("Linux", 1, null), req("Docker", 1, null)), List.of(nice("Kubernetes"), nice("Python")),
						"ONSITE", at("Amsterdam", "NL"), today.plusWeeks(8), 40, 20),
				internship("Data internship", "Fjord Analytics",
						"Help build data pipelines and dashboards with Python and SQL.",
						List.of(req("Python", 2, null), req("SQL", 1, null)), List.of(nice("Spark")), "HYBRID",
						at("London", "GB"), today.plusWeeks(6), 30, 12),
				internship("Go internship", "Parcelpoint", "Write Go services with the routing team, fully remote.",
						List.of(req("Go", 1, null)), List.of(nice("Docker"), nice("gRPC")), "REMOTE", null,
						today.plusWeeks(6), 20, 16),
				internship("Web back-end internship (Node.js)", "Kite Travel",
						"Build API features for our booking site in Node.js, with a mentor.",
						List.of(req("Node.js", 1, null), req("JavaScript", 1, null)),
						List.of(nice("MongoDB"), nice("REST")), "HYBRID", at("Lisbon", "PT"), today.plusWeeks(8), 32, 24));
	}

	private static PostedOpening job(String title, String organization, String description,
			List<Api.SkillRequirement> required, List<Api.SkillRequirement> niceToHave, int minYears, Integer maxYears,
			String workMode, Api.Location location, Api.Money salary, LocalDate start) {
		return new PostedOpening(DemoData.RECRUITER, "RECRUITER", new Api.Opening("BACKEND_JOB", title, organization,
				description, required, niceToHave, minYears, maxYears, workMode, location, null, salary, start, 40, null));
	}

	private static PostedOpening gig(String title, String organization, String description,
			List<Api.SkillRequirement> required, List<Api.SkillRequirement> niceToHave, int minYears, String workMode,
			Api.Location location, Api.Money hourlyRate, LocalDate start, int hoursPerWeek, int weeks) {
		return new PostedOpening(DemoData.RECRUITER, "RECRUITER",
				new Api.Opening("FREELANCE", title, organization, description, required, niceToHave, minYears, null,
						workMode, location, hourlyRate, null, start, hoursPerWeek, weeks));
	}

	private static PostedOpening internship(String title, String organization, String description,
			List<Api.SkillRequirement> required, List<Api.SkillRequirement> niceToHave, String workMode,
			Api.Location location, LocalDate start, int hoursPerWeek, int weeks) {
		return new PostedOpening(DemoData.AGENCY, "AGENCY", new Api.Opening("INTERNSHIP", title, organization,
				description, required, niceToHave, null, null, workMode, location, null, null, start, hoursPerWeek, weeks));
	}

	private static Api.SkillRequirement req(String name, int minLevel, Double weight) {
		return new Api.SkillRequirement(name, minLevel, weight);
	}

	private static Api.SkillRequirement nice(String name) {
		return new Api.SkillRequirement(name, null, null);
	}

	private static Api.Location at(String city, String country) {
		return new Api.Location(city, country);
	}

	private static Api.Money money(long amount, String currency) {
		return new Api.Money(amount, currency);
	}

}
