package dev.matchfolio.localstack.hostile;

import java.util.List;
import java.util.Map;

import dev.matchfolio.localstack.hostile.Attack.Expect;
import dev.matchfolio.localstack.hostile.Targets.Known;
import dev.matchfolio.localstack.hostile.Targets.Sacrifice;

/** Requests in someone else's name: the wrong role, another owner, and tokens the system never issued. */
final class Impersonations {

	private final Targets targets;

	private final List<Attack> attacks;

	Impersonations(Targets targets, List<Attack> attacks) {
		this.targets = targets;
		this.attacks = attacks;
	}

	void build(Tokens tokens) throws Exception {
		roles();
		forgedTokens(tokens);
	}

	/** The wrong role or another owner, at the known resources: refused, whatever the body. */
	void roles() {
		Known known = this.targets.known();
		for (Sacrifice other : this.targets.candidates()) {
			add("wrong-owner:profile-put", "PUT", "/api/profiles/" + known.profile(), other.token(),
					Barrage.changed(Bodies.PROFILE), Expect.REJECTED, known.profile());
			add("wrong-owner:profile-delete", "DELETE", "/api/profiles/" + known.profile(), other.token(), null,
					Expect.REJECTED, null);
			add("wrong-owner:project-put", "PUT", known.projectPath(), other.token(), Barrage.changed(Bodies.PROJECT),
					Expect.REJECTED, known.project());
			add("wrong-owner:project-delete", "DELETE", known.projectPath(), other.token(), null, Expect.REJECTED,
					null);
			add("wrong-owner:project-create", "POST", "/api/portfolios/" + known.profile() + "/projects",
					other.token(), Bodies.PROJECT, Expect.REJECTED, null);
			add("wrong-role:opening-create", "POST", "/api/openings", other.token(), Bodies.OPENING,
					Expect.REJECTED, null);
			add("wrong-role:opening-put", "PUT", "/api/openings/" + known.opening(), other.token(),
					Barrage.changed(Bodies.OPENING), Expect.REJECTED, known.opening());
			add("wrong-role:opening-matches", "GET", "/api/openings/" + known.opening() + "/matches", other.token(),
					null, Expect.REJECTED, null);
			add("wrong-owner:candidate-matches", "GET", "/api/candidates/" + known.profile() + "/matches",
					other.token(), null, Expect.REJECTED, null);
			add("wrong-role:profile-list", "GET", "/api/profiles?skill=Java", other.token(), null, Expect.REJECTED,
					null);
		}
		for (Sacrifice recruiter : this.targets.recruiters()) {
			add("wrong-owner:opening-put", "PUT", "/api/openings/" + known.opening(), recruiter.token(),
					Barrage.changed(Bodies.OPENING), Expect.REJECTED, known.opening());
			add("wrong-owner:opening-delete", "DELETE", "/api/openings/" + known.opening(), recruiter.token(), null,
					Expect.REJECTED, null);
			add("wrong-role:profile-create", "POST", "/api/profiles", recruiter.token(), Bodies.PROFILE,
					Expect.REJECTED, null);
			add("wrong-role:profile-put", "PUT", "/api/profiles/" + known.profile(), recruiter.token(),
					Barrage.changed(Bodies.PROFILE), Expect.REJECTED, known.profile());
			add("wrong-role:me", "GET", "/api/profiles/me", recruiter.token(), null, Expect.REJECTED, null);
		}
		for (String agency : this.targets.agencies()) {
			add("wrong-role:agency-backend-job", "POST", "/api/openings", agency, Bodies.OPENING, Expect.REJECTED,
					null);
			add("wrong-owner:agency-matches", "GET", "/api/openings/" + known.opening() + "/matches", agency, null,
					Expect.REJECTED, null);
			add("wrong-owner:agency-opening-put", "PUT", "/api/openings/" + known.opening(), agency,
					Barrage.changed(Bodies.OPENING), Expect.REJECTED, known.opening());
		}
		for (String admin : this.targets.admins()) {
			add("wrong-role:admin-profile-put", "PUT", "/api/profiles/" + known.profile(), admin,
					Barrage.changed(Bodies.PROFILE), Expect.REJECTED, known.profile());
			add("wrong-role:admin-project-create", "POST", "/api/portfolios/" + known.profile() + "/projects", admin,
					Bodies.PROJECT, Expect.REJECTED, null);
		}
	}

	void forgedTokens(Tokens tokens) throws Exception {
		Known known = this.targets.known();
		Map<String, String> owner = tokens.forgeries("e2e-hostile-owner", "CANDIDATE");
		Map<String, String> recruiter = tokens.forgeries("hostile-recruiter-0", "RECRUITER");
		for (Map.Entry<String, String> forged : owner.entrySet()) {
			String label = "forged-token:" + forged.getKey();
			add(label, "GET", "/api/profiles/" + known.profile(), forged.getValue(), null, Expect.UNAUTHORIZED, null);
			add(label, "GET", "/api/profiles/me", forged.getValue(), null, Expect.UNAUTHORIZED, null);
			add(label, "PUT", "/api/profiles/" + known.profile(), forged.getValue(), Barrage.changed(Bodies.PROFILE),
					Expect.UNAUTHORIZED, known.profile());
			add(label, "DELETE", known.projectPath(), forged.getValue(), null, Expect.UNAUTHORIZED, null);
			add(label, "GET", known.projectPath() + "/attachments/" + known.attachment(), forged.getValue(), null,
					Expect.UNAUTHORIZED, null);
			add(label, "POST", "/api/profiles", forged.getValue(), Bodies.PROFILE, Expect.UNAUTHORIZED, null);
			add(label, "GET", "/api/candidates/" + known.profile() + "/matches", forged.getValue(), null,
					Expect.UNAUTHORIZED, null);
		}
		for (Map.Entry<String, String> forged : recruiter.entrySet()) {
			String label = "forged-token:" + forged.getKey();
			add(label, "PUT", "/api/openings/" + known.opening(), forged.getValue(), Barrage.changed(Bodies.OPENING),
					Expect.UNAUTHORIZED, known.opening());
			add(label, "GET", "/api/openings/" + known.opening() + "/matches", forged.getValue(), null,
					Expect.UNAUTHORIZED, null);
			add(label, "POST", "/api/openings", forged.getValue(), Bodies.OPENING, Expect.UNAUTHORIZED, null);
			add(label, "GET", "/api/profiles?skill=Java", forged.getValue(), null, Expect.UNAUTHORIZED, null);
		}
		for (String scheme : List.of("Basic YWRtaW46YWRtaW4=", "Bearer", "Bearer ", "bearer x.y.z", "Token abc",
				"Bearer " + known.ownerToken() + " extra")) {
			this.attacks.add(new Attack("forged-token:scheme", "GET", "/api/profiles/" + known.profile(), null,
					Map.of("Authorization", scheme), null, Expect.UNAUTHORIZED, null));
		}
		add("forged-token:missing", "PUT", "/api/profiles/" + known.profile(), null, Barrage.changed(Bodies.PROFILE),
				Expect.UNAUTHORIZED, known.profile());
		add("forged-token:missing", "GET", "/api/openings", null, null, Expect.UNAUTHORIZED, null);
	}

	private void add(String label, String method, String path, String token, String body, Expect expect,
			String etagKey) {
		this.attacks.add(Attack.json(label, method, path, token, body, expect, etagKey));
	}

}
