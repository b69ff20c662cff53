package dev.matchfolio.localstack.hostile;

import java.util.List;
import java.util.Random;

import dev.matchfolio.localstack.hostile.Attack.Expect;
import dev.matchfolio.localstack.hostile.Targets.Known;
import dev.matchfolio.localstack.hostile.Targets.Sacrifice;

/** Hostile attachment uploads: file names with paths, lying content types, broken multipart, oversized files. */
final class Uploads {

	static final String BOUNDARY = "hostileBoundary7MA4YWxkTrZu0gW";

	private static final int TWELVE_MB = 12 * 1024 * 1024;

	private static final List<String> FILE_NAMES = List.of("../../etc/passwd", "..\\..\\windows\\win.ini",
			"%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/etc/passwd", "C:\\boot.ini", "notes.txt\u0000.png",
			"<script>alert(1)</script>.txt", "....//....//etc/passwd", "a/b/c/notes.md", "", ".",
			"..", "x".repeat(4_000) + ".txt", "notes\r\nX-Injected: 1.txt", "ｎｏｔｅｓ．ｔｘｔ", "\"quoted\".txt");

	private final Targets targets;

	private final Random random;

	private final List<Attack> attacks;

	Uploads(Targets targets, Random random, List<Attack> attacks) {
		this.targets = targets;
		this.random = random;
		this.attacks = attacks;
	}

	void build() {
		byte[] text = Bodies.utf8("just some notes\n");
		for (String name : FILE_NAMES) {
			Sacrifice owner = pick();
			upload("upload-name:" + printable(name), owner, name, "text/plain", text, Expect.ANY);
		}
		// content types the bytes contradict, or that are not allowed at all
		upload("upload-type:png-claims-text", pick(), "pic.png", "image/png", text, Expect.REJECTED);
		upload("upload-type:exe", pick(), "setup.exe", "application/octet-stream",
				Bodies.concat(Bodies.utf8("MZ"), new byte[512]), Expect.REJECTED);
		upload("upload-type:exe-as-pdf", pick(), "doc.pdf", "application/pdf",
				Bodies.concat(Bodies.utf8("MZ"), new byte[512]), Expect.REJECTED);
		upload("upload-type:html", pick(), "page.html", "text/html",
				Bodies.utf8("<html><body><script>alert(1)</script></body></html>"), Expect.ANY);
		upload("upload-type:svg", pick(), "logo.svg", "image/svg+xml",
				Bodies.utf8("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"), Expect.ANY);
		upload("upload-type:script-as-text", pick(), "x.txt", "text/plain",
				Bodies.utf8("<script>alert(document.cookie)</script>"), Expect.ANY);
		upload("upload-type:garbage-type", pick(), "x.txt", "garbage/<script>", text, Expect.ANY);
		upload("upload-type:empty-file", pick(), "empty.txt", "text/plain", new byte[0], Expect.ANY);
		// broken multipart framing
		Known known = this.targets.known();
		Sacrifice framer = pick();
		String path = framer.projectPath() + "/attachments";
		String token = framer.token();
		raw("upload-frame:wrong-field", path, token, "multipart/form-data; boundary=" + BOUNDARY,
				Bodies.multipart(BOUNDARY, "other", "a.txt", "text/plain", text));
		raw("upload-frame:no-filename", path, token, "multipart/form-data; boundary=" + BOUNDARY,
				Bodies.multipart(BOUNDARY, "file", null, null, text));
		raw("upload-frame:no-boundary", path, token, "multipart/form-data",
				Bodies.multipart(BOUNDARY, "file", "a.txt", "text/plain", text));
		raw("upload-frame:wrong-boundary", path, token, "multipart/form-data; boundary=other",
				Bodies.multipart(BOUNDARY, "file", "a.txt", "text/plain", text));
		raw("upload-frame:unterminated", path, token, "multipart/form-data; boundary=" + BOUNDARY,
				Bodies.utf8("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\"\r\n"));
		raw("upload-frame:empty", path, token, "multipart/form-data; boundary=" + BOUNDARY, new byte[0]);
		raw("upload-frame:json-body", path, token, "application/json", Bodies.utf8("{\"file\": \"x\"}"));
		raw("upload-frame:no-content-type", path, token, null,
				Bodies.multipart(BOUNDARY, "file", "a.txt", "text/plain", text));
		raw("upload-frame:twelve-mb", path, token, "multipart/form-data; boundary=" + BOUNDARY,
				Bodies.multipart(BOUNDARY, "file", "big.txt", "text/plain", filled(TWELVE_MB)));
		raw("upload-frame:twelve-mb-known", known.projectPath() + "/attachments", known.ownerToken(),
				"multipart/form-data; boundary=" + BOUNDARY,
				Bodies.multipart(BOUNDARY, "file", "big.txt", "text/plain", filled(TWELVE_MB)));
		// other users' projects, and ids that are not projects
		for (Sacrifice stranger : this.targets.candidates()) {
			this.attacks.add(Attack.raw("upload-owner:stranger", "POST", known.projectPath() + "/attachments",
					stranger.token(), "multipart/form-data; boundary=" + BOUNDARY,
					Bodies.multipart(BOUNDARY, "file", "a.txt", "text/plain", text), Expect.REJECTED, null));
		}
		this.attacks.add(Attack.raw("upload-owner:unknown-project", "POST",
				"/api/portfolios/" + known.profile() + "/projects/..%2F..%2Fx/attachments", known.ownerToken(),
				"multipart/form-data; boundary=" + BOUNDARY,
				Bodies.multipart(BOUNDARY, "file", "a.txt", "text/plain", text), Expect.REJECTED, null));
	}

	private void upload(String label, Sacrifice owner, String name, String type, byte[] content, Expect expect) {
		this.attacks.add(Attack.raw(label, "POST", owner.projectPath() + "/attachments", owner.token(),
				"multipart/form-data; boundary=" + BOUNDARY, Bodies.multipart(BOUNDARY, "file", name, type, content),
				expect, null));
	}

	private void raw(String label, String path, String token, String contentType, byte[] body) {
		this.attacks.add(Attack.raw(label, "POST", path, token, contentType, body, Expect.REJECTED, null));
	}

	private Sacrifice pick() {
		return this.targets.candidates().get(this.random.nextInt(this.targets.candidates().size()));
	}

	private static byte[] filled(int size) {
		byte[] bytes = new byte[size];
		java.util.Arrays.fill(bytes, (byte) 'a');
		return bytes;
	}

	private static String printable(String name) {
		String clean = name.replaceAll("[^\\x20-\\x7e]", "?");
		return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
	}

}
