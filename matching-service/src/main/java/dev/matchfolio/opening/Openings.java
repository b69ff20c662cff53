package dev.matchfolio.opening;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import dev.matchfolio.support.security.Caller;
import dev.matchfolio.support.security.Role;
import dev.matchfolio.support.store.LastKnown;
import dev.matchfolio.support.store.LastKnown.Read;
import dev.matchfolio.support.store.LastKnownCopies;
import dev.matchfolio.support.web.ApiException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Openings: who may create, change and remove them, and the queries the ranking needs. */
@Service
public class Openings {

	private static final String ID_PREFIX = "o-";

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

	private final OpeningRepository repository;

	private final MongoOperations mongo;

	private final Clock clock;

	/** What {@link #read} serves while the store is away; the openings in it are never changed. */
	private final LastKnown<Opening> lastKnown;

	Openings(OpeningRepository repository, MongoOperations mongo, Clock clock, LastKnownCopies copies) {
		this.repository = repository;
		this.mongo = mongo;
		this.clock = clock;
		this.lastKnown = copies.of("opening");
	}

	/** The opening with this id, or a 404. */
	public Opening get(String id) {
		return repository.findById(id).orElseThrow(() -> ApiException.notFound("Opening", id));
	}

	/**
	 * The opening for a client to read (or rank): from the store, or while the store is away the last copy this
	 * instance read or wrote ({@link Read#stale()}). Nothing may change the opening returned.
	 */
	public Read<Opening> read(String id) {
		return lastKnown.read(id, () -> repository.findById(id))
			.orElseThrow(() -> ApiException.notFound("Opening", id));
	}

	/** Every open opening (a candidate's matches are assessed against each; openings are few next to candidates). */
	public List<Opening> open() {
		return mongo.find(Query.query(Criteria.where("status").is(OpeningStatus.OPEN)), Opening.class);
	}

	/** Open openings that require at least one of the given normalised skill keys. */
	public List<Opening> openRequiringAnyOf(Collection<String> skillKeys) {
		if (skillKeys.isEmpty()) {
			return List.of();
		}
		Query query = Query
			.query(Criteria.where("status").is(OpeningStatus.OPEN).and("requiredSkillKeys").in(skillKeys));
		return mongo.find(query, Opening.class);
	}

	Opening create(OpeningRequest request, Caller caller) {
		checkMayPost(request.kind(), caller);
		Opening opening = new Opening(ID_PREFIX + UUID.randomUUID().toString().replace("-", ""), caller.id(),
				clock.instant());
		opening.apply(request, clock.instant());
		Opening saved = repository.insert(opening);
		lastKnown.remember(saved.getId(), saved);
		return saved;
	}

	Page<Opening> list(OpeningKind kind, OpeningStatus status, int page, int size) {
		Criteria criteria = new Criteria();
		if (kind != null) {
			criteria = criteria.and("kind").is(kind);
		}
		if (status != null) {
			criteria = criteria.and("status").is(status);
		}
		Pageable pageable = PageRequest.of(page, size, NEWEST_FIRST);
		List<Opening> content = mongo.find(Query.query(criteria).with(pageable), Opening.class);
		long total = mongo.count(Query.query(criteria), Opening.class);
		return new PageImpl<>(content, pageable, total);
	}

	Opening update(String id, OpeningRequest request, IfMatch ifMatch, Caller caller) {
		Opening opening = get(id);
		if (!opening.isOwnedBy(caller.id())) {
			throw ApiException.forbidden("Only the opening's owner may change it");
		}
		ifMatch.check(opening.getVersion());
		checkMayPost(request.kind(), caller);
		opening.apply(request, clock.instant());
		try {
			Opening saved = repository.save(opening);
			lastKnown.remember(id, saved);
			return saved;
		}
		catch (OptimisticLockingFailureException ex) {
			throw ifMatch.failedBecauseOfConcurrentChange(ex);
		}
	}

	void delete(String id, IfMatch ifMatch, Caller caller) {
		Opening opening = get(id);
		// API.md: an opening is written (and deleted) by its owner only
		if (!opening.isOwnedBy(caller.id())) {
			throw ApiException.forbidden("Only the opening's owner may delete it");
		}
		ifMatch.check(opening.getVersion());
		try {
			repository.delete(opening);
			lastKnown.forget(id);
		}
		catch (OptimisticLockingFailureException ex) {
			throw ifMatch.failedBecauseOfConcurrentChange(ex);
		}
	}

	/** Recruiters post any kind; agencies post internships only; nobody else posts. */
	private static void checkMayPost(OpeningKind kind, Caller caller) {
		if (caller.has(Role.RECRUITER)) {
			return;
		}
		if (caller.has(Role.AGENCY)) {
			if (kind != OpeningKind.INTERNSHIP) {
				throw ApiException.forbidden("Agencies may post internships only");
			}
			return;
		}
		throw ApiException.forbidden("Only recruiters and agencies may post openings");
	}

}
