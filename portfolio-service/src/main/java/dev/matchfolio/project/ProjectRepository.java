package dev.matchfolio.project;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface ProjectRepository extends MongoRepository<Project, String> {

	Page<Project> findByCandidateId(String candidateId, Pageable pageable);

	List<Project> findByCandidateId(String candidateId);

	long countByCandidateId(String candidateId);

}
