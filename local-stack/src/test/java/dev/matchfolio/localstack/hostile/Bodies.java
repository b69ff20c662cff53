package dev.matchfolio.localstack.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Valid bodies of every writable resource, and the ways to break them. */
final class Bodies {

	static final String SCRIPT = "<script>alert(1)</script>";

	static final String PROFILE = """
			{"displayName": "Sacrificial Sam", "headline": "Back-end engineer",
			 "location": {"city": "Berlin", "country": "DE"}, "timezone": "Europe/Berlin",
			 "workModes": ["REMOTE"], "engagements": ["FULL_TIME"], "yearsOfExperience": 4,
			 "skills": [{"name": "Java", "level": 4, "years": 4}],
			 "hourlyRate": {"amount": 60, "currency": "EUR"}, "annualSalary": {"amount": 65000, "currency": "EUR"},
			 "availableFrom": "2026-12-01", "hoursPerWeek": 40,
			 "education": [{"institution": "TU Berlin", "degree": "BSc", "field": "CS", "graduationYear": 2027}]}""";

	static final String PROJECT = """
			{"title": "Sacrificial ledger", "summary": "A ledger", "role": "Lead", "skills": ["Java", "Kafka"],
			 "repositoryUrl": "https://example.org/x/ledger", "liveUrl": null,
			 "startedOn": "2025-01-01", "completedOn": "2025-06-30"}""";

	static final String OPENING = """
			{"kind": "BACKEND_JOB", "title": "Sacrificial opening", "organization": "Acme", "description": "d",
			 "requiredSkills": [{"name": "Java", "minLevel": 3, "weight": 2.0}], "niceToHaveSkills": [{"name": "Kafka"}],
			 "minYearsOfExperience": 3, "maxYearsOfExperience": null, "workMode": "HYBRID",
			 "location": {"city": "Berlin", "country": "DE"}, "hourlyRateMax": null,
			 "annualSalaryMax": {"amount": 80000, "currency": "EUR"}, "startDate": "2027-01-15", "hoursPerWeek": 40,
			 "durationWeeks": null, "status": "OPEN"}""";

	static final String TOKEN = """
			{"username": "hostile-user", "roles": ["CANDIDATE"]}""";

	/** Values that are wrong for most fields: other types, out of range, unknown enum names, invalid dates... */
	static final List<String> WRONG_VALUES = List.of("true", "[]", "{}", "\"text\"", "-1", "0", "1e400",
			"123456789012345678901234567890", "-9223372036854775809", "1.5", "null", "\"" + SCRIPT + "\"",
			"\"UNKNOWN_ENUM\"", "\"2026-13-45\"", "\"2026-02-30\"", "NaN", "-Infinity", "\"" + "x".repeat(100_000) + "\"",
			"\"\\u0000\"", "\"../../etc/passwd\"", "[[[[1]]]]", "\"javascript:alert(1)\"", "\"\"", "\"  \"");

	private static final String HOLE = "__hostile_hole__";

	private static final int DEEP = 10_000;

	private Bodies() {
	}

	/** Every field path of a template, nested ones included ({@code skills[0].level}). */
	static List<String> fieldPaths(String template) {
		List<String> paths = new ArrayList<>();
		collect(Edge.JSON.readTree(template), "", paths);
		return paths;
	}

	private static void collect(JsonNode node, String prefix, List<String> paths) {
		if (node instanceof ObjectNode object) {
			for (String name : object.propertyNames()) {
				String path = prefix.isEmpty() ? name : prefix + "." + name;
				paths.add(path);
				collect(object.get(name), path, paths);
			}
		}
		else if (node instanceof ArrayNode array && !array.isEmpty()) {
			String path = prefix + "[0]";
			paths.add(path);
			collect(array.get(0), path, paths);
		}
	}

	/** The template with the field at {@code path} replaced by the raw JSON text {@code raw} (valid JSON or not). */
	static String withField(String template, String path, String raw) {
		JsonNode root = Edge.JSON.readTree(template);
		JsonNode parent = root;
		String[] steps = path.replace("[0]", ".[0]").split("\\.");
		for (int i = 0; i < steps.length - 1; i++) {
			parent = steps[i].equals("[0]") ? parent.get(0) : parent.get(steps[i]);
		}
		String last = steps[steps.length - 1];
		if (last.equals("[0]")) {
			((ArrayNode) parent).set(0, Edge.JSON.getNodeFactory().stringNode(HOLE));
		}
		else {
			((ObjectNode) parent).put(last, HOLE);
		}
		return Edge.JSON.writeValueAsString(root).replace("\"" + HOLE + "\"", raw);
	}

	/** The template with extra properties a client must not be able to set or smuggle in. */
	static Map<String, String> unknownFields(String template) {
		String open = template.substring(0, template.lastIndexOf('}'));
		Map<String, String> bodies = new LinkedHashMap<>();
		bodies.put("unknown", open + ", \"favouriteColour\": \"green\"}");
		bodies.put("id", open + ", \"id\": \"p-hijacked\"}");
		bodies.put("ownerId", open + ", \"ownerId\": \"mallory\"}");
		bodies.put("candidateId", open + ", \"candidateId\": \"p-other\"}");
		bodies.put("version", open + ", \"version\": 999}");
		bodies.put("proto", open + ", \"__proto__\": {\"admin\": true}, \"constructor\": {\"prototype\": {}}}");
		bodies.put("class", open + ", \"@class\": \"java.lang.Runtime\", \"@type\": \"java.net.URL\"}");
		bodies.put("duplicate-key", open + ", \"title\": 1, \"displayName\": [], \"title\": {}}");
		return bodies;
	}

	/** Syntactically broken or structurally absurd JSON, built from a valid template. */
	static Map<String, byte[]> broken(String template) {
		Map<String, byte[]> bodies = new LinkedHashMap<>();
		bodies.put("truncated-half", utf8(template.substring(0, template.length() / 2)));
		bodies.put("truncated-one", utf8(template.substring(0, template.length() - 1)));
		bodies.put("trailing-garbage", utf8(template + "garbage"));
		bodies.put("trailing-object", utf8(template + template));
		bodies.put("root-array", utf8("[" + template + "]"));
		bodies.put("root-string", utf8("\"" + SCRIPT + "\""));
		bodies.put("root-number", utf8("42"));
		bodies.put("root-null", utf8("null"));
		bodies.put("empty", new byte[0]);
		bodies.put("whitespace", utf8("   \n\t "));
		bodies.put("nested-arrays", utf8("[".repeat(DEEP) + "]".repeat(DEEP)));
		bodies.put("nested-in-field", utf8("{\"displayName\": " + "[".repeat(DEEP) + "]".repeat(DEEP) + "}"));
		bodies.put("nested-objects", utf8("{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP)));
		bodies.put("nan", utf8("{\"yearsOfExperience\": NaN, \"hoursPerWeek\": NaN, \"durationWeeks\": NaN}"));
		bodies.put("huge-number", utf8("{\"hoursPerWeek\": 1" + "0".repeat(5_000) + "}"));
		bodies.put("huge-exponent", utf8("{\"hoursPerWeek\": 1e999999999}"));
		bodies.put("single-quotes", utf8(template.replace('"', '\'')));
		bodies.put("comments", utf8("/* hi */" + template));
		bodies.put("unquoted-keys", utf8("{displayName: \"x\", title: \"x\"}"));
		bodies.put("bad-escape", utf8("{\"displayName\": \"\\x41\", \"title\": \"\\uZZZZ\"}"));
		bodies.put("invalid-utf8", new byte[] { '{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3,
				(byte) 0x28, (byte) 0xFF, '"', '}' });
		bodies.put("nul-bytes", new byte[] { '{', 0, 0, '}' });
		bodies.put("bom", concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB,
				(byte) 0xBF }, utf8("{")));
		bodies.put("xml", utf8("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"));
		bodies.put("two-mb", utf8("{\"displayName\": \"" + "A".repeat(2 * 1024 * 1024) + "\"}"));
		return bodies;
	}

	/** A multipart/form-data body with one part. */
	static byte[] multipart(String boundary, String field, String filename, String contentType, byte[] content) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\""
				+ (filename == null ? "" : "; filename=\"" + filename + "\"") + "\r\n"
				+ (contentType == null ? "" : "Content-Type: " + contentType + "\r\n") + "\r\n";
		out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
		out.writeBytes(content);
		out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static byte[] concat(byte[] first, byte[] second) {
		byte[] both = new byte[first.length + second.length];
		System.arraycopy(first, 0, both, 0, first.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

}
