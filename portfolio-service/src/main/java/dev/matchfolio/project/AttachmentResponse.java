package dev.matchfolio.project;

/** An attachment's metadata as the public API shows it; the bytes are at its own URL. */
record AttachmentResponse(String id, String filename, String contentType, long size, String sha256) {

	static AttachmentResponse of(Attachment attachment) {
		return new AttachmentResponse(attachment.id(), attachment.filename(), attachment.contentType(),
				attachment.size(), attachment.sha256());
	}

}
