package dev.matchfolio.localstack.authz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.matchfolio.localstack.authz.Rule.Effect;
import dev.matchfolio.localstack.authz.Rule.Endpoint;

import static dev.matchfolio.localstack.authz.Actor.ADMIN;
import static dev.matchfolio.localstack.authz.Actor.AGENCY_OTHER;
import static dev.matchfolio.localstack.authz.Actor.AGENCY_OWNER;
import static dev.matchfolio.localstack.authz.Actor.CANDIDATE_OTHER;
import static dev.matchfolio.localstack.authz.Actor.CANDIDATE_OWNER;
import static dev.matchfolio.localstack.authz.Actor.NONE;
import static dev.matchfolio.localstack.authz.Actor.RECRUITER_OTHER;
import static dev.matchfolio.localstack.authz.Actor.RECRUITER_OWNER;

/**
 * The authorisation rules of API.md, one endpoint per block in the contract's order, each actor with the status it
 * must get. Callers without a token get 401 everywhere unless a block says otherwise. Placeholders in paths are
 * resolved per actor by {@link Fixture}: {@code {opening}} is the agency's own internship for the agency owner and
 * the recruiter's opening for everybody else; each {@code {doomed-…}} is a resource of its own per actor, so that a
 * deletion that is wrongly allowed spoils no other line.
 */
final class AuthorizationRules {

	static final int OK = 200;

	static final int CREATED = 201;

	static final int NO_CONTENT = 204;

	static final int UNAUTHORIZED = 401;

	static final int FORBIDDEN = 403;

	static final int CONFLICT = 409;

	private AuthorizationRules() {
	}

	static List<Rule> all() {
		List<Block> blocks = List.of(
				block("POST /api/auth/token", "anyone (local mode)").post("/api/auth/token", "token-request")
					.allows(NONE, OK),

				// Candidate profiles
				block("POST /api/profiles", "CANDIDATE (one profile per sub)").post("/api/profiles", "profile")
					.key("fresh").creates("/api/profiles?size=1")
					.allows(CANDIDATE_OTHER, CREATED).answers(CANDIDATE_OWNER, CONFLICT)
					.refuses(RECRUITER_OTHER, AGENCY_OTHER, ADMIN),
				block("GET /api/profiles/me", "CANDIDATE").get("/api/profiles/me")
					.allows(CANDIDATE_OWNER, OK).refuses(RECRUITER_OTHER, AGENCY_OTHER, ADMIN),
				block("GET /api/profiles/{id}", "any role").get("/api/profiles/{profile}")
					.allows(OK, CANDIDATE_OWNER, CANDIDATE_OTHER, RECRUITER_OTHER, AGENCY_OTHER, ADMIN),
				block("PUT /api/profiles/{id}", "its owner").put("/api/profiles/{profile}", "profile-edit")
					.allows(CANDIDATE_OWNER, OK).refuses(CANDIDATE_OTHER, RECRUITER_OTHER, AGENCY_OTHER, ADMIN),
				block("DELETE /api/profiles/{id}", "its owner, ADMIN").delete("/api/profiles/{doomed-profile}")
					.allows(NO_CONTENT, CANDIDATE_OWNER, ADMIN).refuses(CANDIDATE_OTHER, RECRUITER_OTHER, AGENCY_OTHER),
				block("GET /api/profiles?skill=", "RECRUITER, AGENCY, ADMIN").get("/api/profiles?skill=Java")
					.allows(OK, RECRUITER_OTHER, AGENCY_OTHER, ADMIN).refuses(CANDIDATE_OTHER),

				// Portfolios
				block("POST /api/portfolios/{candidateId}/projects", "the profile's owner")
					.post("/api/portfolios/{profile}/projects", "project")
					.creates("/api/portfolios/{profile}/projects?size=1")
					.allows(CANDIDATE_OWNER, CREATED).refuses(CANDIDATE_OTHER, RECRUITER_OTHER, AGENCY_OTHER, ADMIN),
				block("GET /api/portfolios/{candidateId}/projects", "any role")
					.get("/api/portfolios/{profile}/projects")
					.allows(OK, CANDIDATE_OWNER, CANDIDATE_OTHER, RECRUITER_OTHER, AGENCY_OTHER, ADMIN),
				block("GET …/projects/{projectId}", "read: any").get("/api/portfolios/{profile}/projects/{project}")
					.allows(OK, CANDIDATE_OWNER, CANDIDATE_OTHER, RECRUITER_OTHER, AGENCY_OTHER, ADMIN),
				block("PUT …/projects/{projectId}", "write: owner")
					.put("/api/portfolios/{profile}/projects/{project}", "project-edit")
					.allows(CANDIDATE_OWNER, OK).refuses(CANDIDATE_OTHER, RECRUITER_OTHER, AGENCY_OTHER, ADMIN),
				block("DELETE …/projects/{projectId}", "write: owner")
					.delete("/api/portfolios/{profile}/projects/{doomed-project}")
					.allows(CANDIDATE_OWNER, NO_CONTENT).refuses(CANDIDATE_OTHER, RECRUITER_OTHER, AGENCY_OTHER, ADMIN),
				block("POST …/projects/{projectId}/attachments", "owner")
					.post("/api/portfolios/{profile}/projects/{project}/attachments", "attachment")
					.creates("/api/portfolios/{profile}/projects/{project}")
					.allows(CANDIDATE_OWNER, CREATED).refuses(CANDIDATE_OTHER, RECRUITER_OTHER, AGENCY_OTHER, ADMIN),
				block("GET …/attachments/{attachmentId}", "any role")
					.get("/api/portfolios/{profile}/projects/{project}/attachments/{attachment}")
					.allows(OK, CANDIDATE_OWNER, CANDIDATE_OTHER, RECRUITER_OTHER, AGENCY_OTHER, ADMIN),
				// not in the table: the "attachments likewise" (writes only the profile's owner)
				block("DELETE …/attachments/{attachmentId} *", "owner (issue: attachment writes like project writes)")
					.delete("/api/portfolios/{profile}/projects/{project}/attachments/{doomed-attachment}")
					.allows(CANDIDATE_OWNER, NO_CONTENT).refuses(CANDIDATE_OTHER, RECRUITER_OTHER, AGENCY_OTHER, ADMIN),

				// Openings and ranked matches
				block("POST /api/openings kind=BACKEND_JOB", "RECRUITER (any kind)")
					.post("/api/openings", "opening-backend").creates("/api/openings?size=1")
					.allows(RECRUITER_OTHER, CREATED).refuses(AGENCY_OTHER, CANDIDATE_OTHER, ADMIN),
				block("POST /api/openings kind=FREELANCE", "RECRUITER (any kind)")
					.post("/api/openings", "opening-freelance").creates("/api/openings?size=1")
					.allows(RECRUITER_OTHER, CREATED).refuses(AGENCY_OTHER, CANDIDATE_OTHER, ADMIN),
				block("POST /api/openings kind=INTERNSHIP", "AGENCY (INTERNSHIP only), RECRUITER")
					.post("/api/openings", "opening-internship").creates("/api/openings?size=1")
					.allows(CREATED, RECRUITER_OTHER, AGENCY_OTHER).refuses(CANDIDATE_OTHER, ADMIN),
				block("GET /api/openings", "any role").get("/api/openings?kind=INTERNSHIP&status=OPEN")
					.allows(OK, CANDIDATE_OTHER, RECRUITER_OTHER, AGENCY_OTHER, ADMIN),
				block("GET /api/openings/{id}", "read: any").get("/api/openings/{opening}")
					.allows(OK, CANDIDATE_OTHER, RECRUITER_OWNER, RECRUITER_OTHER, AGENCY_OWNER, AGENCY_OTHER, ADMIN),
				block("PUT /api/openings/{id}", "write: its owner").put("/api/openings/{opening}", "opening-edit")
					.allows(OK, RECRUITER_OWNER, AGENCY_OWNER)
					.refuses(RECRUITER_OTHER, AGENCY_OTHER, CANDIDATE_OTHER, ADMIN),
				block("PUT /api/openings/{id} kind→FREELANCE", "write: owner; AGENCY INTERNSHIP only")
					.put("/api/openings/{opening}", "opening-freelance")
					.allows(RECRUITER_OWNER, OK).refuses(AGENCY_OWNER),
				block("PUT /api/openings/{id} status=CLOSED", "write: its owner (closing)")
					.put("/api/openings/{closable}", "opening-close")
					.allows(OK, RECRUITER_OWNER, AGENCY_OWNER)
					.refuses(RECRUITER_OTHER, AGENCY_OTHER, CANDIDATE_OTHER, ADMIN),
				block("DELETE /api/openings/{id}", "write: its owner").delete("/api/openings/{doomed-opening}")
					.allows(NO_CONTENT, RECRUITER_OWNER, AGENCY_OWNER)
					.refuses(RECRUITER_OTHER, AGENCY_OTHER, CANDIDATE_OTHER, ADMIN),
				block("GET /api/openings/{id}/matches", "RECRUITER, AGENCY (its owner), ADMIN")
					.get("/api/openings/{opening}/matches?limit=20&offset=0")
					.allows(OK, RECRUITER_OWNER, RECRUITER_OTHER, AGENCY_OWNER, ADMIN)
					.refuses(AGENCY_OTHER, CANDIDATE_OTHER),
				block("GET /api/candidates/{candidateId}/matches", "that candidate's owner")
					.get("/api/candidates/{profile}/matches?limit=20")
					.allows(CANDIDATE_OWNER, OK).refuses(CANDIDATE_OTHER, RECRUITER_OTHER, AGENCY_OTHER, ADMIN));
		List<Rule> rules = new ArrayList<>();
		blocks.forEach(block -> rules.addAll(block.rules()));
		return rules;
	}

	private static Block block(String contract, String who) {
		return new Block(contract, who);
	}

	/** One endpoint of the contract and its expected status per actor, in the order written. */
	private static final class Block {

		private final String contract;

		private final String who;

		private final Map<Actor, Integer> expected = new LinkedHashMap<>();

		private String method;

		private String path;

		private String payload;

		private Effect effect = Effect.READ;

		private String readBack;

		private String key;

		Block(String contract, String who) {
			this.contract = contract;
			this.who = who;
		}

		Block get(String path) {
			return call("GET", path, null);
		}

		Block post(String path, String payload) {
			return call("POST", path, payload);
		}

		Block put(String path, String payload) {
			call("PUT", path, payload);
			return writes(Effect.REPLACE, path);
		}

		Block delete(String path) {
			call("DELETE", path, null);
			return writes(Effect.REMOVE, path);
		}

		Block creates(String readBack) {
			return writes(Effect.CREATE, readBack);
		}

		Block key(String key) {
			this.key = key;
			return this;
		}

		Block allows(Actor actor, int status) {
			return answers(actor, status);
		}

		Block allows(int status, Actor... actors) {
			for (Actor actor : actors) {
				answers(actor, status);
			}
			return this;
		}

		Block answers(Actor actor, int status) {
			this.expected.put(actor, status);
			return this;
		}

		Block refuses(Actor... actors) {
			return allows(FORBIDDEN, actors);
		}

		List<Rule> rules() {
			this.expected.putIfAbsent(NONE, UNAUTHORIZED);
			Endpoint endpoint = new Endpoint(this.contract, this.who, this.method, this.path, this.payload,
					this.effect, this.readBack, this.key);
			return this.expected.entrySet()
				.stream()
				.map(entry -> new Rule(endpoint, entry.getKey(), entry.getValue()))
				.toList();
		}

		private Block call(String method, String path, String payload) {
			this.method = method;
			this.path = path;
			this.payload = payload;
			return this;
		}

		private Block writes(Effect effect, String readBack) {
			this.effect = effect;
			this.readBack = readBack;
			return this;
		}

	}

}
