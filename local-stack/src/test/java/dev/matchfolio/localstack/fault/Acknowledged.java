package dev.matchfolio.localstack.fault;

import java.util.Set;
import java.util.TreeSet;

/**
 * What a client was told succeeded for one candidate: the profile version and name of its last acknowledged write
 * and every project whose creation was acknowledged. Every part of the system must end up showing exactly this.
 *
 * @param puts how many profile updates were acknowledged; the stored version must be one more (the creation)
 */
record Acknowledged(String candidateId, long version, String displayName, Set<String> projectIds, int puts) {

	Acknowledged {
		projectIds = Set.copyOf(new TreeSet<>(projectIds));
	}

	Acknowledged updated(long newVersion, String newName) {
		return new Acknowledged(this.candidateId, newVersion, newName, this.projectIds, this.puts + 1);
	}

	Acknowledged withProject(String projectId) {
		Set<String> more = new TreeSet<>(this.projectIds);
		more.add(projectId);
		return new Acknowledged(this.candidateId, this.version, this.displayName, more, this.puts);
	}

}
