package dev.matchfolio.project;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import com.mongodb.client.gridfs.GridFSDownloadStream;
import dev.matchfolio.support.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@RequestMapping("/api/portfolios/{candidateId}/projects/{projectId}/attachments")
@Tag(name = "Portfolio project attachments")
class AttachmentController {

	private static final String ATTACHMENT_PATH = "/api/portfolios/{candidateId}/projects/{projectId}/attachments/{id}";

	/** Even if a browser were to render a download, it may run nothing and load nothing. */
	private static final String SANDBOX = "default-src 'none'; sandbox";

	private final ProjectAttachments attachments;

	AttachmentController(ProjectAttachments attachments) {
		this.attachments = attachments;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Attach a file to one of the caller's projects (multipart field \"file\")",
			description = "201 with Location. At most 10 MiB (413), at most 20 per project (409); PDF, PNG, JPEG, "
					+ "ZIP, Markdown or plain UTF-8 text, decided from the bytes (415 otherwise, or when the declared "
					+ "type contradicts them). The stored file name keeps no path.")
	ResponseEntity<AttachmentResponse> upload(@PathVariable String candidateId, @PathVariable String projectId,
			@RequestPart("file") MultipartFile file, @Parameter(hidden = true) Caller caller) throws IOException {
		Attachment attachment = attachments.add(candidateId, projectId, file, caller);
		URI location = UriComponentsBuilder.fromPath(ATTACHMENT_PATH)
			.buildAndExpand(candidateId, projectId, attachment.id())
			.encode()
			.toUri();
		return ResponseEntity.created(location).body(AttachmentResponse.of(attachment));
	}

	/**
	 * Streams the bytes from GridFS to the response chunk by chunk, on the request thread: no async timeout cuts a
	 * slow download, and no more than a chunk is held at once.
	 */
	@GetMapping("/{attachmentId}")
	@Operation(summary = "An attachment's bytes, as a download",
			description = "With Content-Type decided at upload, Content-Disposition: attachment, and the sha256 as "
					+ "ETag (If-None-Match gives 304).")
	void download(@PathVariable String candidateId, @PathVariable String projectId,
			@PathVariable String attachmentId, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		ProjectAttachments.Download download = attachments.open(candidateId, projectId, attachmentId);
		try (GridFSDownloadStream bytes = download.bytes()) {
			Attachment attachment = download.attachment();
			if (new ServletWebRequest(request, response).checkNotModified("\"" + attachment.sha256() + "\"")) {
				return;
			}
			response.setContentType(attachment.contentType());
			response.setContentLengthLong(bytes.getGridFSFile().getLength());
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(attachment.filename()));
			response.setHeader("X-Content-Type-Options", "nosniff");
			response.setHeader("Content-Security-Policy", SANDBOX);
			try (OutputStream out = response.getOutputStream()) {
				bytes.transferTo(out);
			}
		}
	}

	@DeleteMapping("/{attachmentId}")
	@Operation(summary = "Delete an attachment (the profile's owner)")
	ResponseEntity<Void> delete(@PathVariable String candidateId, @PathVariable String projectId,
			@PathVariable String attachmentId, @Parameter(hidden = true) Caller caller) {
		attachments.remove(candidateId, projectId, attachmentId, caller);
		return ResponseEntity.noContent().build();
	}

	/** RFC 6266: a plain quoted name when it is ASCII, else also {@code filename*} in UTF-8 (RFC 5987). */
	static String contentDisposition(String filename) {
		boolean ascii = StandardCharsets.US_ASCII.newEncoder().canEncode(filename);
		ContentDisposition.Builder builder = ContentDisposition.attachment();
		return (ascii ? builder.filename(filename) : builder.filename(filename, StandardCharsets.UTF_8)).build()
			.toString();
	}

}
