package dev.matchfolio.project;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

/**
 * Projects in the store. New projects are stored with {@code insert} (their first event inside); changes and
 * deletions go through {@link ProjectChanges} (attachments through {@link ProjectAttachments}' own conditional
 * updates), never {@code save} or {@code delete}, so that no pending event is overwritten or dropped. The queries
 * skip tombstones: a deleted project waiting for its event to be published is gone for clients.
 */
interface ProjectRepository extends MongoRepository<Project, String>, ProjectChanges {

	Page<Project> findByCandidateIdAndDeletedIsNull(String candidateId, Pageable pageable);

	List<Project> findByCandidateIdAndDeletedIsNull(String candidateId);

	long countByCandidateIdAndDeletedIsNull(String candidateId);

}
