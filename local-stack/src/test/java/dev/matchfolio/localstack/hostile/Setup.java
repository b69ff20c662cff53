package dev.matchfolio.localstack.hostile;

import java.util.ArrayList;
import java.util.List;

import dev.matchfolio.localstack.hostile.Attack.Expect;
import dev.matchfolio.localstack.hostile.Edge.Answer;
import dev.matchfolio.localstack.hostile.Targets.Known;
import dev.matchfolio.localstack.hostile.Targets.Sacrifice;

/** Creates, through the API, the users and resources the barrage aims at. */
final class Setup {

	private static final int AGENCIES = 3;

	private static final int ADMINS = 2;

	private final Edge edge;

	private String scriptProfile;

	private String scriptToken;

	Setup(Edge edge) {
		this.edge = edge;
	}

	Targets create(int candidates, int recruiters) throws Exception {
		String owner = token("hostile-alice", "CANDIDATE");
		String profile = created("/api/profiles", owner, Bodies.PROFILE.replace("Sacrificial Sam", "Known Alice"));
		String project = created("/api/portfolios/" + profile + "/projects", owner,
				Bodies.PROJECT.replace("Sacrificial", "Known"));
		Answer attachment = this.edge.send(Attack.raw("setup", "POST",
				"/api/portfolios/" + profile + "/projects/" + project + "/attachments", owner,
				"multipart/form-data; boundary=" + Uploads.BOUNDARY, Bodies.multipart(Uploads.BOUNDARY, "file",
						"known.md", "text/markdown", Bodies.utf8("# Known notes\n\nkept as they are\n")),
				Expect.ANY, null));
		check(attachment, 201, "upload");
		String recruiter = token("hostile-recruiter-known", "RECRUITER");
		String opening = created("/api/openings", recruiter, Bodies.OPENING.replace("Sacrificial", "Known"));
		Known known = new Known(owner, profile, project, attachment.json().get("id").asString(), recruiter, opening);

		List<Sacrifice> sacrificialCandidates = new ArrayList<>();
		for (int i = 0; i < candidates; i++) {
			String user = "hostile-candidate-" + i;
			String token = token(user, "CANDIDATE");
			String own = created("/api/profiles", token, Bodies.PROFILE);
			String ownProject = created("/api/portfolios/" + own + "/projects", token, Bodies.PROJECT);
			sacrificialCandidates.add(new Sacrifice(user, token, own, ownProject));
		}
		List<Sacrifice> sacrificialRecruiters = new ArrayList<>();
		for (int i = 0; i < recruiters; i++) {
			String user = "hostile-recruiter-" + i;
			String token = token(user, "RECRUITER");
			sacrificialRecruiters.add(new Sacrifice(user, token, created("/api/openings", token, Bodies.OPENING), null));
		}
		List<String> agencies = new ArrayList<>();
		for (int i = 0; i < AGENCIES; i++) {
			agencies.add(token("hostile-agency-" + i, "AGENCY"));
		}
		List<String> admins = new ArrayList<>();
		for (int i = 0; i < ADMINS; i++) {
			admins.add(token("hostile-admin-" + i, "ADMIN"));
		}
		this.scriptToken = token("hostile-scripter", "CANDIDATE");
		this.scriptProfile = created("/api/profiles", this.scriptToken,
				Bodies.PROFILE.replace("Sacrificial Sam", Bodies.SCRIPT).replace("Back-end engineer",
						"<img src=x onerror=alert(1)>"));
		return new Targets(known, sacrificialCandidates, sacrificialRecruiters, agencies, admins);
	}

	/** Script in text fields is kept as typed and served as JSON: the defects, if any. */
	List<String> scriptIsStoredVerbatim() throws InterruptedException {
		List<String> defects = new ArrayList<>();
		Answer read = this.edge.call("GET", "/api/profiles/" + this.scriptProfile, this.scriptToken, null);
		if (read.status() != 200 || !read.contentType().startsWith("application/json")
				|| !Bodies.SCRIPT.equals(read.json().get("displayName").asString())
				|| !"<img src=x onerror=alert(1)>".equals(read.json().get("headline").asString())) {
			defects.add("script in text fields not stored verbatim or not served as JSON: " + read.brief());
		}
		return defects;
	}

	/** Sacrificial resources whose id or owner changed: the barrage may edit their content, never who owns them. */
	List<String> ownersUnchanged(Targets targets) throws InterruptedException {
		List<String> changed = new ArrayList<>();
		for (Sacrifice candidate : targets.candidates()) {
			Answer profile = this.edge.call("GET", "/api/profiles/" + candidate.resource(), candidate.token(), null);
			if (profile.status() != 200 || !candidate.user().equals(profile.json().get("ownerId").asString())
					|| !candidate.resource().equals(profile.json().get("id").asString())) {
				changed.add("profile " + candidate.resource() + ": " + profile.brief());
			}
			Answer project = this.edge.call("GET", candidate.projectPath(), candidate.token(), null);
			if (project.status() != 200
					|| !candidate.resource().equals(project.json().get("candidateId").asString())) {
				changed.add("project " + candidate.project() + ": " + project.brief());
			}
		}
		for (Sacrifice recruiter : targets.recruiters()) {
			Answer opening = this.edge.call("GET", "/api/openings/" + recruiter.resource(), recruiter.token(), null);
			if (opening.status() != 200 || !recruiter.user().equals(opening.json().get("ownerId").asString())) {
				changed.add("opening " + recruiter.resource() + ": " + opening.brief());
			}
		}
		return changed;
	}

	private String token(String username, String role) throws InterruptedException {
		Answer answer = this.edge.call("POST", "/api/auth/token",
				null, "{\"username\": \"" + username + "\", \"roles\": [\"" + role + "\"]}");
		check(answer, 200, "token for " + username);
		return answer.json().get("access_token").asString();
	}

	private String created(String path, String token, String body) throws InterruptedException {
		Answer answer = this.edge.call("POST", path, token, body);
		check(answer, 201, "POST " + path);
		String id = answer.json().get("id").asString();
		this.edge.rememberEtag(id, answer.etag());
		return id;
	}

	private static void check(Answer answer, int status, String what) {
		if (answer.status() != status) {
			throw new AssertionError(what + " -> " + answer.brief());
		}
	}

}
