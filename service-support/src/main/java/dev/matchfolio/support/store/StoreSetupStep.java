package dev.matchfolio.support.store;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.index.IndexResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/**
 * Work a service needs done in its store before it takes requests: creating indexes, loading data into memory. A
 * bean of this type is run by {@link StoreSetup}, in {@link org.springframework.core.annotation.Order} order, and run
 * again from the start when it fails (the store may be away), so it must be idempotent.
 */
public interface StoreSetupStep {

	void run();

	/** What the step does, for the log and the health details. */
	String description();

	/** A step that runs {@code work}, described as {@code description}. */
	static StoreSetupStep of(String description, Runnable work) {
		return new StoreSetupStep() {

			@Override
			public void run() {
				work.run();
			}

			@Override
			public String description() {
				return description;
			}

		};
	}

	/**
	 * Creates the indexes declared on {@code documents} ({@code @Indexed}, {@code @CompoundIndex}), which is what Spring
	 * Data's {@code auto-index-creation} would do, but when the store can be reached rather than while the
	 * {@code MongoTemplate} is created.
	 */
	static StoreSetupStep indexesOf(MongoOperations mongo, Class<?>... documents) {
		String names = Arrays.stream(documents).map(Class::getSimpleName).collect(Collectors.joining(", "));
		return of("indexes of " + names, () -> {
			MongoMappingContext mapping = (MongoMappingContext) mongo.getConverter().getMappingContext();
			IndexResolver resolver = IndexResolver.create(mapping);
			for (Class<?> document : documents) {
				IndexOperations indexes = mongo.indexOps(document);
				resolver.resolveIndexFor(document).forEach(indexes::createIndex);
			}
		});
	}

}
