package dev.matchfolio;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;

import com.mongodb.client.MongoCollection;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoOperations;

/** Looks straight into the GridFS collections, {@code fs.files} and {@code fs.chunks}, behind the service's back. */
final class GridFsProbe {

	private final MongoCollection<Document> files;

	private final MongoCollection<Document> chunks;

	GridFsProbe(MongoOperations mongo) {
		this.files = mongo.getCollection("fs.files");
		this.chunks = mongo.getCollection("fs.chunks");
	}

	/** The ids of the files whose upload labelled them {@code label = value}. */
	Set<Object> filesLabelled(String label, String value) {
		return files.find(new Document("metadata." + label, value)).map(file -> file.get("_id")).into(new HashSet<>());
	}

	long chunksOf(Set<Object> fileIds) {
		return chunks.countDocuments(new Document("files_id", new Document("$in", new ArrayList<>(fileIds))));
	}

	Counts counts() {
		return new Counts(files.countDocuments(), chunks.countDocuments());
	}

	/** Chunks whose file document does not exist: what an upload that was not cleaned up would leave. */
	long orphanChunks() {
		Set<Object> fileIds = files.find().map(file -> file.get("_id")).into(new HashSet<>());
		return chunks.find().map(chunk -> chunk.get("files_id")).into(new ArrayList<>())
			.stream()
			.filter(fileId -> !fileIds.contains(fileId))
			.count();
	}

	record Counts(long files, long chunks) {
	}

}
