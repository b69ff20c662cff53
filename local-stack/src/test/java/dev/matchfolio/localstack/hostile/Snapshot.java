package dev.matchfolio.localstack.hostile;

import java.security.MessageDigest;
import java.util.HexFormat;

import dev.matchfolio.localstack.hostile.Edge.Answer;
import dev.matchfolio.localstack.hostile.Targets.Known;
import tools.jackson.databind.JsonNode;

/** The known resources as a client reads them: JSON content, ETags and the attachment's bytes. */
record Snapshot(JsonNode profile, String profileEtag, JsonNode project, String projectEtag, JsonNode opening,
		String openingEtag, String attachmentSha256, String attachmentType) {

	static Snapshot take(Edge edge, Known known) throws Exception {
		Answer profile = read(edge, "/api/profiles/" + known.profile(), known.ownerToken());
		Answer project = read(edge, known.projectPath(), known.ownerToken());
		Answer opening = read(edge, "/api/openings/" + known.opening(), known.recruiterToken());
		Answer attachment = read(edge, known.projectPath() + "/attachments/" + known.attachment(), known.ownerToken());
		return new Snapshot(profile.json(), profile.etag(), project.json(), project.etag(), opening.json(),
				opening.etag(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(attachment.bytes())),
				attachment.contentType());
	}

	private static Answer read(Edge edge, String path, String token) throws InterruptedException {
		Answer answer = edge.call("GET", path, token, null);
		if (answer.status() != 200) {
			throw new AssertionError("GET " + path + " -> " + answer.brief());
		}
		return answer;
	}

}
