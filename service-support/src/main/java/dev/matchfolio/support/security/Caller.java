package dev.matchfolio.support.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** Who is calling, taken only from the verified token: {@code sub} and the {@code roles} claim. */
public record Caller(String id, Set<Role> roles) {

	public Caller {
		roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean hasAny(Role... candidates) {
		return Arrays.stream(candidates).anyMatch(roles::contains);
	}

	public boolean isAdmin() {
		return has(Role.ADMIN);
	}

}
