package dev.matchfolio.localstack.hostile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.matchfolio.localstack.hostile.Attack.Expect;
import dev.matchfolio.localstack.hostile.Targets.Known;
import dev.matchfolio.localstack.hostile.Targets.Sacrifice;

/** Builds the hostile requests, deterministically from a seed, across every public endpoint of API.md. */
final class Barrage {

	private static final List<String> TRAVERSALS = List.of("..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
			"..%5C..%5Cwindows%5Cwin.ini", "%2e%2e", "..%00", "%00", "p-1%00.json", "%252e%252e%252f",
			"..%c0%af..%c0%afetc", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "x".repeat(5_000), "%20", "%7B%24ne%7D",
			"%5B%24gt%5D=");

	private static final int WRONG_VALUES_PER_FIELD = 9;

	private final Targets targets;

	private final Random random;

	private final List<Attack> attacks = new ArrayList<>();

	Barrage(Targets targets, Random random) {
		this.targets = targets;
		this.random = random;
	}

	/** All the attacks, shuffled so that no user's rate limit is met by a run of requests with the same token. */
	List<Attack> build(Tokens tokens) throws Exception {
		wrongFields();
		unknownFields();
		brokenJson();
		ifMatch();
		contentTypes();
		traversals();
		queries();
		methods();
		new Impersonations(this.targets, this.attacks).build(tokens);
		new Uploads(this.targets, this.random, this.attacks).build();
		Collections.shuffle(this.attacks, this.random);
		return this.attacks;
	}

	/** Every field of every body, each replaced by each wrong value, against sacrificial resources. */
	private void wrongFields() {
		for (String path : Bodies.fieldPaths(Bodies.PROFILE)) {
			for (String value : someWrongValues()) {
				Sacrifice owner = pick(this.targets.candidates());
				add("wrong-field:profile." + path, "PUT", "/api/profiles/" + owner.resource(), owner.token(),
						Bodies.withField(Bodies.PROFILE, path, value), Expect.ANY, owner.resource());
			}
		}
		for (String path : Bodies.fieldPaths(Bodies.PROJECT)) {
			for (String value : someWrongValues()) {
				Sacrifice owner = pick(this.targets.candidates());
				boolean create = this.random.nextInt(4) == 0;
				add("wrong-field:project." + path, create ? "POST" : "PUT",
						create ? "/api/portfolios/" + owner.resource() + "/projects" : owner.projectPath(),
						owner.token(), Bodies.withField(Bodies.PROJECT, path, value), Expect.ANY,
						create ? null : owner.project());
			}
		}
		for (String path : Bodies.fieldPaths(Bodies.OPENING)) {
			for (String value : someWrongValues()) {
				Sacrifice owner = pick(this.targets.recruiters());
				boolean create = this.random.nextInt(4) == 0;
				add("wrong-field:opening." + path, create ? "POST" : "PUT",
						create ? "/api/openings" : "/api/openings/" + owner.resource(), owner.token(),
						Bodies.withField(Bodies.OPENING, path, value), Expect.ANY, create ? null : owner.resource());
			}
		}
		for (String path : Bodies.fieldPaths(Bodies.TOKEN)) {
			for (String value : someWrongValues()) {
				add("wrong-field:token." + path, "POST", "/api/auth/token", null,
						Bodies.withField(Bodies.TOKEN, path, value), Expect.ANY, null);
			}
		}
	}

	private void unknownFields() {
		for (Map.Entry<String, String> body : Bodies.unknownFields(Bodies.PROFILE).entrySet()) {
			Sacrifice owner = pick(this.targets.candidates());
			add("unknown-field:profile." + body.getKey(), "PUT", "/api/profiles/" + owner.resource(), owner.token(),
					body.getValue(), Expect.ANY, owner.resource());
		}
		for (Map.Entry<String, String> body : Bodies.unknownFields(Bodies.PROJECT).entrySet()) {
			Sacrifice owner = pick(this.targets.candidates());
			add("unknown-field:project." + body.getKey(), "PUT", owner.projectPath(), owner.token(), body.getValue(),
					Expect.ANY, owner.project());
		}
		for (Map.Entry<String, String> body : Bodies.unknownFields(Bodies.OPENING).entrySet()) {
			Sacrifice owner = pick(this.targets.recruiters());
			add("unknown-field:opening." + body.getKey(), "PUT", "/api/openings/" + owner.resource(), owner.token(),
					body.getValue(), Expect.ANY, owner.resource());
		}
		for (Map.Entry<String, String> body : Bodies.unknownFields(Bodies.TOKEN).entrySet()) {
			add("unknown-field:token." + body.getKey(), "POST", "/api/auth/token", null, body.getValue(), Expect.ANY,
					null);
		}
	}

	/** Broken JSON at the known resources, with their owners' tokens and current ETags: never accepted. */
	private void brokenJson() {
		Known known = this.targets.known();
		for (Map.Entry<String, byte[]> body : Bodies.broken(Bodies.PROFILE).entrySet()) {
			raw("broken-json:profile." + body.getKey(), "PUT", "/api/profiles/" + known.profile(),
					known.ownerToken(), "application/json", body.getValue(), Expect.REJECTED, known.profile());
			Sacrifice newcomer = pick(this.targets.candidates());
			raw("broken-json:profile-create." + body.getKey(), "POST", "/api/profiles", newcomer.token(),
					"application/json", body.getValue(), Expect.REJECTED, null);
		}
		for (Map.Entry<String, byte[]> body : Bodies.broken(Bodies.PROJECT).entrySet()) {
			raw("broken-json:project." + body.getKey(), "PUT", known.projectPath(), known.ownerToken(),
					"application/json", body.getValue(), Expect.REJECTED, known.project());
			raw("broken-json:project-create." + body.getKey(), "POST",
					"/api/portfolios/" + known.profile() + "/projects", known.ownerToken(), "application/json",
					body.getValue(), Expect.REJECTED, null);
		}
		for (Map.Entry<String, byte[]> body : Bodies.broken(Bodies.OPENING).entrySet()) {
			raw("broken-json:opening." + body.getKey(), "PUT", "/api/openings/" + known.opening(),
					known.recruiterToken(), "application/json", body.getValue(), Expect.REJECTED, known.opening());
			raw("broken-json:opening-create." + body.getKey(), "POST", "/api/openings", known.recruiterToken(),
					"application/json", body.getValue(), Expect.REJECTED, null);
		}
		for (Map.Entry<String, byte[]> body : Bodies.broken(Bodies.TOKEN).entrySet()) {
			raw("broken-json:token." + body.getKey(), "POST", "/api/auth/token", null, "application/json",
					body.getValue(), Expect.REJECTED, null);
		}
	}

	/** Valid bodies at the known resources with If-Match values that never name the current version. */
	private void ifMatch() {
		Known known = this.targets.known();
		List<String> values = List.of("garbage", "\"abc\"", "\"0\"", "\"-1\"", "\"99999999999999999999\"",
				"W/\"999\"", "\"998\", \"999\"", "0", "\"\"", "\"1", "\"<script>\"", "null");
		for (String value : values) {
			add("if-match:profile", "PUT", "/api/profiles/" + known.profile(), known.ownerToken(), changed(
					Bodies.PROFILE), Expect.REJECTED, null, value);
			add("if-match:project", "PUT", known.projectPath(), known.ownerToken(), changed(Bodies.PROJECT),
					Expect.REJECTED, null, value);
			add("if-match:opening", "PUT", "/api/openings/" + known.opening(), known.recruiterToken(),
					changed(Bodies.OPENING), Expect.REJECTED, null, value);
		}
	}

	/** Valid bodies at the known resources in a media type the API does not take, or none. */
	private void contentTypes() {
		Known known = this.targets.known();
		List<String> types = List.of("text/xml", "application/xml", "application/x-www-form-urlencoded",
				"multipart/form-data; boundary=x", "text/plain", "application/octet-stream", "text/html", "garbage",
				"application/*");
		for (String type : types) {
			contentType(type, known);
		}
		contentType(null, known);
		// form data that looks like the fields
		raw("content-type:form-fields", "POST", "/api/openings", known.recruiterToken(),
				"application/x-www-form-urlencoded", Bodies.utf8("kind=BACKEND_JOB&title=x&organization=y"),
				Expect.REJECTED, null);
		// charsets the JSON reader may not know, and JSON subtypes Spring reads as JSON (application/*+json):
		// sacrificial resources, as a lenient reader may accept the body
		for (String type : List.of("application/json; charset=utf-7", "application/json; charset=utf-32",
				"application/json; charset=ebcdic", "application/json; charset=x-nonsense",
				"application/json; charset=utf-16", "application/json-patch+json", "application/evil+json")) {
			Sacrifice owner = pick(this.targets.candidates());
			raw("content-type:lenient", "PUT", "/api/profiles/" + owner.resource(), owner.token(), type,
					Bodies.utf8(Bodies.PROFILE), Expect.ANY, owner.resource());
		}
	}

	private void contentType(String type, Known known) {
		raw("content-type:profile", "PUT", "/api/profiles/" + known.profile(), known.ownerToken(), type,
				Bodies.utf8(changed(Bodies.PROFILE)), Expect.REJECTED, known.profile());
		raw("content-type:project", "PUT", known.projectPath(), known.ownerToken(), type,
				Bodies.utf8(changed(Bodies.PROJECT)), Expect.REJECTED, known.project());
		raw("content-type:opening", "PUT", "/api/openings/" + known.opening(), known.recruiterToken(), type,
				Bodies.utf8(changed(Bodies.OPENING)), Expect.REJECTED, known.opening());
		raw("content-type:token", "POST", "/api/auth/token", null, type, Bodies.utf8(Bodies.TOKEN),
				Expect.REJECTED, null);
	}

	/** Path traversal and junk in every id of every path, with tokens that do not own the known resources. */
	private void traversals() {
		Known known = this.targets.known();
		for (String bad : TRAVERSALS) {
			String stranger = pick(this.targets.candidates()).token();
			String recruiter = pick(this.targets.recruiters()).token();
			add("traversal:profile", "GET", "/api/profiles/" + bad, stranger, null, Expect.ANY, null);
			add("traversal:profile-put", "PUT", "/api/profiles/" + bad, stranger, Bodies.PROFILE, Expect.REJECTED,
					null);
			add("traversal:profile-delete", "DELETE", "/api/profiles/" + bad, stranger, null, Expect.REJECTED, null);
			add("traversal:projects", "GET", "/api/portfolios/" + bad + "/projects", stranger, null, Expect.ANY, null);
			add("traversal:project-create", "POST", "/api/portfolios/" + bad + "/projects", stranger,
					Bodies.PROJECT, Expect.REJECTED, null);
			add("traversal:project", "GET", "/api/portfolios/" + known.profile() + "/projects/" + bad, stranger, null,
					Expect.ANY, null);
			add("traversal:project-delete", "DELETE", "/api/portfolios/" + known.profile() + "/projects/" + bad,
					stranger, null, Expect.REJECTED, null);
			add("traversal:attachment", "GET", known.projectPath() + "/attachments/" + bad, stranger, null,
					Expect.ANY, null);
			add("traversal:attachment-nested", "GET", known.projectPath() + "/attachments/" + bad + "/" + bad,
					stranger, null, Expect.REJECTED, null);
			add("traversal:opening", "GET", "/api/openings/" + bad, stranger, null, Expect.ANY, null);
			add("traversal:opening-put", "PUT", "/api/openings/" + bad, recruiter, Bodies.OPENING, Expect.REJECTED,
					null);
			add("traversal:opening-matches", "GET", "/api/openings/" + bad + "/matches", recruiter, null,
					Expect.REJECTED, null);
			add("traversal:candidate-matches", "GET", "/api/candidates/" + bad + "/matches", stranger, null,
					Expect.REJECTED, null);
		}
		String stranger = pick(this.targets.candidates()).token();
		for (String raw : List.of("/api/profiles/../../etc/passwd", "/api/profiles/./" + known.profile(),
				"/api/../actuator/env", "/api/profiles/%2e%2e/%2e%2e/actuator/env", "/api//profiles",
				"/api/profiles/" + known.profile() + "/..;/..;/actuator", "/api/portfolios/..%2F..%2Factuator/env",
				"/actuator/env", "/actuator/heapdump", "/api/profiles;jsessionid=x", "/API/PROFILES",
				"/api/profiles/" + known.profile() + "%2F..%2F" + known.profile())) {
			add("traversal:raw-path", "GET", raw, stranger, null, Expect.ANY, null);
			add("traversal:raw-path-delete", "DELETE", raw, stranger, null, Expect.REJECTED, null);
		}
	}

	private void queries() {
		Known known = this.targets.known();
		String recruiter = known.recruiterToken();
		List<String> pageJunk = List.of("size=100000", "page=-1", "size=abc", "page=abc", "size=-5", "size=0",
				"page=99999999999", "size=1e3", "page=1.5", "size=%00", "page=&size=", "size=101",
				"page=2147483648", "size=10&size=100000");
		for (String query : pageJunk) {
			add("query:profiles", "GET", "/api/profiles?skill=Java&" + query, recruiter, null, Expect.ANY, null);
			add("query:projects", "GET", "/api/portfolios/" + known.profile() + "/projects?" + query,
					pick(this.targets.candidates()).token(), null, Expect.ANY, null);
			add("query:openings", "GET", "/api/openings?" + query, pick(this.targets.candidates()).token(), null,
					Expect.ANY, null);
		}
		for (String query : List.of("kind=UNKNOWN", "status=BOGUS", "kind=%3Cscript%3E", "kind=backend_job",
				"kind=BACKEND_JOB&kind=INTERNSHIP", "status=", "kind[$ne]=x", "skill=%7B%22%24ne%22%3A1%7D")) {
			add("query:openings-filter", "GET", "/api/openings?" + query, recruiter, null, Expect.ANY, null);
			add("query:profiles-filter", "GET", "/api/profiles?" + query, pick(this.targets.recruiters()).token(),
					null, Expect.ANY, null);
		}
		add("query:profiles-skill", "GET", "/api/profiles?skill=" + "J".repeat(6_000), recruiter, null, Expect.ANY,
				null);
		add("query:profiles-regex", "GET", "/api/profiles?skill=.*%28a%2B%29%2B%24", recruiter, null, Expect.ANY,
				null);
		for (String query : List.of("limit=abc", "limit=-1", "limit=100000", "offset=-5", "offset=abc",
				"limit=0", "limit=1e9", "offset=99999999999", "limit=%00", "limit=20&offset=2147483648")) {
			add("query:opening-matches", "GET", "/api/openings/" + known.opening() + "/matches?" + query,
					known.recruiterToken(), null, Expect.ANY, null);
			add("query:candidate-matches", "GET", "/api/candidates/" + known.profile() + "/matches?" + query,
					known.ownerToken(), null, Expect.ANY, null);
		}
	}

	private void methods() {
		Known known = this.targets.known();
		String stranger = pick(this.targets.candidates()).token();
		List<String[]> calls = List.of(new String[] { "PATCH", "/api/profiles/" + known.profile() },
				new String[] { "POST", "/api/profiles/" + known.profile() },
				new String[] { "PUT", "/api/profiles" }, new String[] { "DELETE", "/api/profiles" },
				new String[] { "PATCH", known.projectPath() }, new String[] { "POST", known.projectPath() },
				new String[] { "PUT", "/api/portfolios/" + known.profile() + "/projects" },
				new String[] { "DELETE", "/api/portfolios/" + known.profile() + "/projects" },
				new String[] { "PUT", known.projectPath() + "/attachments/" + known.attachment() },
				new String[] { "DELETE", known.projectPath() + "/attachments/" + known.attachment() },
				new String[] { "PUT", known.projectPath() + "/attachments" },
				new String[] { "PATCH", "/api/openings/" + known.opening() },
				new String[] { "POST", "/api/openings/" + known.opening() },
				new String[] { "DELETE", "/api/openings" }, new String[] { "PUT", "/api/openings" },
				new String[] { "POST", "/api/openings/" + known.opening() + "/matches" },
				new String[] { "DELETE", "/api/openings/" + known.opening() + "/matches" },
				new String[] { "POST", "/api/candidates/" + known.profile() + "/matches" },
				new String[] { "GET", "/api/auth/token" }, new String[] { "PUT", "/api/auth/token" },
				new String[] { "DELETE", "/api/auth/token" }, new String[] { "PATCH", "/api/auth/token" });
		for (String[] call : calls) {
			for (String token : new String[] { known.ownerToken(), known.recruiterToken(), stranger }) {
				// the owner may delete an attachment (the service offers it beyond API.md): not a wrong method
				boolean ownerDelete = token.equals(known.ownerToken()) && call[0].equals("DELETE")
						&& call[1].contains("/attachments/");
				if (!ownerDelete) {
					add("wrong-method:" + call[0], call[0], call[1], token, "{}", Expect.REJECTED, null);
				}
			}
			add("wrong-method:TRACE", "TRACE", call[1], known.ownerToken(), null, Expect.REJECTED, null);
			add("wrong-method:BREW", "BREW", call[1], known.ownerToken(), null, Expect.REJECTED, null);
		}
	}

	/** A few of the wrong values, a different few for every field, to keep the barrage short. */
	private List<String> someWrongValues() {
		List<String> values = new ArrayList<>(Bodies.WRONG_VALUES);
		Collections.shuffle(values, this.random);
		return values.subList(0, WRONG_VALUES_PER_FIELD);
	}

	/** A valid body whose every text differs from the snapshot, so an accepted write would show. */
	static String changed(String template) {
		return template.replace("Sacrificial", "Overwritten");
	}

	private Sacrifice pick(List<Sacrifice> from) {
		return from.get(this.random.nextInt(from.size()));
	}

	private void add(String label, String method, String path, String token, String body, Expect expect,
			String etagKey) {
		this.attacks.add(Attack.json(label, method, path, token, body, expect, etagKey));
	}

	private void add(String label, String method, String path, String token, String body, Expect expect,
			String etagKey, String ifMatch) {
		this.attacks.add(Attack.json(label, method, path, token, body, expect, etagKey).withHeader("If-Match", ifMatch));
	}

	private void raw(String label, String method, String path, String token, String contentType, byte[] body,
			Expect expect, String etagKey) {
		this.attacks.add(Attack.raw(label, method, path, token, contentType, body, expect, etagKey));
	}

}
