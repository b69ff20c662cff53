package dev.matchfolio.localstack.demo;

import java.util.List;
import java.util.Map;

/**
 * The raw material of the demo candidates: career tracks with their skills and typical projects, places, names. The
 * skill spellings vary on purpose (Postgres, k8s, Golang): the matching side is meant to normalise them.
 */
final class DemoTracks {

	private DemoTracks() {
	}

	record Idea(String title, String summary) {
	}

	/**
	 * @param weight how many of every 100 candidates follow this track
	 * @param core skills everyone on the track has, strongest first
	 * @param extra skills some of them have
	 */
	record Track(String name, int weight, List<String> roles, List<String> core, List<String> extra,
			List<Idea> ideas) {

		boolean isStudent() {
			return this.name.equals("student");
		}

	}

	record City(String city, String country, String timezone, String currency, String university, int weight) {
	}

	static final List<Track> TRACKS = List.of(
			new Track("java", 30, List.of("Back-end engineer", "Java developer", "Senior Java engineer",
					"Spring Boot engineer", "JVM engineer"), List.of("Java", "Spring Boot"),
					List.of("PostgreSQL", "Kafka", "Docker", "Kubernetes", "AWS", "REST", "SQL", "Redis", "MongoDB",
							"Hibernate", "gRPC", "Kotlin", "Terraform", "Maven"),
					List.of(new Idea("Payment ledger service", "Double-entry ledger with idempotent postings and nightly reconciliation, built on %s"),
							new Idea("Order events pipeline", "Event-driven order processing that survives retries and redeliveries; %s"),
							new Idea("Inventory reservation API", "REST API for stock reservations with optimistic locking and an outbox; %s"),
							new Idea("Invoice generator", "Monthly invoicing for 40k customers, PDF rendering and e-mail dispatch; %s"),
							new Idea("Claims processing engine", "Rules-driven insurance claims workflow with audit trail; %s"),
							new Idea("Rate limiter", "Distributed token-bucket rate limiter used by three public APIs; %s"))),
			new Track("go", 13, List.of("Go developer", "Back-end engineer", "Platform engineer", "Cloud engineer"),
					List.of("Go"),
					List.of("gRPC", "Kubernetes", "Docker", "PostgreSQL", "Redis", "AWS", "Kafka", "Terraform", "REST",
							"Prometheus", "Linux"),
					List.of(new Idea("gRPC API gateway", "Edge gateway translating REST to gRPC with per-tenant quotas; %s"),
							new Idea("Backup operator", "Kubernetes operator that snapshots stateful sets on a schedule; %s"),
							new Idea("Log shipper", "Lightweight agent shipping 50k lines/s with back-pressure; %s"),
							new Idea("Feature flag service", "Low-latency feature flags with streaming updates to clients; %s"),
							new Idea("URL shortener", "Highly available short links with click analytics; %s"))),
			new Track("python", 13, List.of("Python developer", "Back-end engineer", "API engineer"), List.of("Python"),
					List.of("Django", "FastAPI", "PostgreSQL", "SQL", "Docker", "AWS", "Redis", "Celery", "REST", "Kafka"),
					List.of(new Idea("Booking API", "Reservation API for 300 venues with overbooking protection; %s"),
							new Idea("Fraud scoring service", "Real-time fraud scores for card payments under 50 ms; %s"),
							new Idea("Async task platform", "Background jobs with retries, priorities and dashboards; %s"),
							new Idea("Recommendation service", "Content recommendations served from precomputed features; %s"))),
			new Track("node", 12, List.of("Node.js developer", "Full-stack engineer", "Back-end engineer"),
					List.of("Node.js", "TypeScript"),
					List.of("React", "MongoDB", "PostgreSQL", "Redis", "REST", "GraphQL", "Docker", "AWS", "Express"),
					List.of(new Idea("Chat back-end", "WebSocket chat for 20k concurrent users with message history; %s"),
							new Idea("GraphQL BFF", "Backend-for-frontend aggregating five services for a shop front; %s"),
							new Idea("Notification hub", "E-mail, push and SMS notifications with user preferences; %s"),
							new Idea("Headless CMS API", "Content API with drafts, previews and scheduled publishing; %s"))),
			new Track("platform", 10, List.of("Platform engineer", "Site reliability engineer", "DevOps engineer"),
					List.of("Kubernetes", "Docker", "Terraform"),
					List.of("AWS", "GCP", "Go", "Python", "Linux", "Prometheus", "Kafka", "Helm", "PostgreSQL"),
					List.of(new Idea("Multi-account AWS landing zone", "Terraform modules for accounts, VPCs and guard rails; %s"),
							new Idea("GitOps cluster bootstrap", "Reproducible clusters from one repository, with policy checks; %s"),
							new Idea("Observability stack", "Metrics, logs and traces for 60 services with SLO alerts; %s"),
							new Idea("Blue-green deployments", "Zero-downtime release pipeline with automated rollback; %s"))),
			new Track("data", 8, List.of("Data engineer", "Back-end engineer, data", "Analytics engineer"),
					List.of("Python", "SQL"),
					List.of("Kafka", "Spark", "PostgreSQL", "Airflow", "AWS", "Scala", "Java", "Docker"),
					List.of(new Idea("Clickstream pipeline", "Streaming ingestion and sessionisation of 2 billion events a day; %s"),
							new Idea("Warehouse loader", "Incremental loads with schema evolution and data quality checks; %s"),
							new Idea("Change data capture", "CDC from operational databases into the lake, minutes behind; %s"))),
			new Track("student", 14, List.of("Computer science student", "Software engineering student",
					"Student, aspiring back-end developer"), List.of(),
					List.of("Java", "Python", "SQL", "Git", "Docker", "Go", "JavaScript", "Node.js", "Linux", "C",
							"Spring Boot", "REST"),
					List.of(new Idea("Campus events API", "Course project: REST API for student events with sign-ups; %s"),
							new Idea("Distributed key-value store", "Thesis prototype with replication and leader election; %s"),
							new Idea("Library lending app", "Team project for the university library; %s"),
							new Idea("Weather data collector", "Collects and serves readings from 30 sensors; %s"),
							new Idea("Chess engine", "Hobby chess engine with a small web API; %s"))));

	/** Spellings a candidate might use for the same skill; one is picked per candidate. */
	static final Map<String, List<String>> SPELLINGS = Map.of("PostgreSQL", List.of("PostgreSQL", "Postgres"),
			"Kubernetes", List.of("Kubernetes", "k8s"), "Go", List.of("Go", "Golang"), "Node.js",
			List.of("Node.js", "NodeJS"), "REST", List.of("REST", "REST APIs"));

	static final List<City> CITIES = List.of(
			new City("Berlin", "DE", "Europe/Berlin", "EUR", "TU Berlin", 12),
			new City("Munich", "DE", "Europe/Berlin", "EUR", "TU München", 6),
			new City("Hamburg", "DE", "Europe/Berlin", "EUR", "Universität Hamburg", 4),
			new City("Amsterdam", "NL", "Europe/Amsterdam", "EUR", "University of Amsterdam", 7),
			new City("Rotterdam", "NL", "Europe/Amsterdam", "EUR", "TU Delft", 3),
			new City("Paris", "FR", "Europe/Paris", "EUR", "Sorbonne Université", 6),
			new City("Lyon", "FR", "Europe/Paris", "EUR", "INSA Lyon", 2),
			new City("Madrid", "ES", "Europe/Madrid", "EUR", "Universidad Politécnica de Madrid", 5),
			new City("Barcelona", "ES", "Europe/Madrid", "EUR", "Universitat Politècnica de Catalunya", 4),
			new City("Lisbon", "PT", "Europe/Lisbon", "EUR", "Instituto Superior Técnico", 5),
			new City("Porto", "PT", "Europe/Lisbon", "EUR", "Universidade do Porto", 2),
			new City("Warsaw", "PL", "Europe/Warsaw", "EUR", "Warsaw University of Technology", 5),
			new City("Kraków", "PL", "Europe/Warsaw", "EUR", "AGH University of Kraków", 3),
			new City("Dublin", "IE", "Europe/Dublin", "EUR", "Trinity College Dublin", 3),
			new City("Vienna", "AT", "Europe/Vienna", "EUR", "TU Wien", 2),
			new City("London", "GB", "Europe/London", "GBP", "Imperial College London", 9),
			new City("Manchester", "GB", "Europe/London", "GBP", "University of Manchester", 3),
			new City("Edinburgh", "GB", "Europe/London", "GBP", "University of Edinburgh", 2),
			new City("New York", "US", "America/New_York", "USD", "Columbia University", 4),
			new City("Austin", "US", "America/Chicago", "USD", "UT Austin", 2),
			new City("San Francisco", "US", "America/Los_Angeles", "USD", "UC Berkeley", 3),
			new City("Seattle", "US", "America/Los_Angeles", "USD", "University of Washington", 2));

	static final List<String> DOMAINS = List.of("payments", "logistics", "e-commerce", "fintech", "healthcare",
			"travel", "telecom", "insurance", "media streaming", "SaaS billing", "energy", "mobility");

	static final List<String> FIRST_NAMES = List.of("Alice", "Ben", "Clara", "David", "Elena", "Felix", "Greta",
			"Hugo", "Ines", "Jonas", "Katarzyna", "Lars", "Maria", "Nikolai", "Olivia", "Pedro", "Quentin", "Rosa",
			"Samir", "Tomasz", "Ursula", "Viktor", "Wen", "Ximena", "Yusuf", "Zoe", "Aisha", "Bruno", "Chloé", "Diego",
			"Emma", "Farah", "Giulia", "Henrik", "Isabel", "Jakub", "Kenji", "Leila", "Marco", "Nora", "Oscar", "Priya",
			"Rafael", "Sofia", "Tariq", "Valentina", "William", "Yara");

	static final List<String> LAST_NAMES = List.of("Doe", "Fischer", "Jansen", "Moreau", "García", "Silva", "Kowalski",
			"Murphy", "Huber", "Smith", "Brown", "Johnson", "Weber", "de Vries", "Dubois", "López", "Costa", "Nowak",
			"Byrne", "Gruber", "Taylor", "Wilson", "Miller", "Schneider", "Bakker", "Laurent", "Martín", "Pereira",
			"Wiśniewski", "Kelly", "Novak", "Evans", "Chen", "Khan", "Rossi", "Andersen", "Yilmaz", "Okafor", "Ivanova",
			"Sato");

	static final List<String> STUDY_FIELDS = List.of("Computer Science", "Software Engineering", "Informatics",
			"Data Science", "Computer Engineering");

}
