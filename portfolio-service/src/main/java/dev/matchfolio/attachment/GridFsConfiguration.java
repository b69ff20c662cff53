package dev.matchfolio.attachment;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;

/**
 * The driver's GridFS bucket ({@code fs.files} and {@code fs.chunks}) in the service's database. The driver's bucket
 * rather than Spring's {@code GridFsTemplate}, because the upload must be written chunk by chunk and aborted by hand
 * when the stream turns out to be too large: only {@code GridFSUploadStream} offers that.
 */
@Configuration(proxyBeanMethods = false)
class GridFsConfiguration {

	@Bean
	GridFSBucket attachmentBucket(MongoDatabaseFactory mongo) {
		return GridFSBuckets.create(mongo.getMongoDatabase());
	}

}
