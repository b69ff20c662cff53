package dev.matchfolio.localstack.authz;

/** One line of the matrix: this actor calling this endpoint gets exactly this status. */
record Rule(Endpoint endpoint, Actor actor, int expected) {

	boolean expectsSuccess() {
		return this.expected >= 200 && this.expected < 300;
	}

	@Override
	public String toString() {
		return this.endpoint.contract() + " as " + this.actor.column() + " -> " + this.expected;
	}

	/** What a successful call does to stored data, and so how the runner proves it happened (or did not). */
	enum Effect {

		/** changes nothing */
		READ,
		/** adds a resource: the read-back (a list total or the parent resource) changes and the new one is readable */
		CREATE,
		/** the read-back (the resource itself) shows the fields sent and a version one higher */
		REPLACE,
		/** the read-back (the resource itself) is gone afterwards */
		REMOVE

	}

	/**
	 * A verb and path as the contract names them, and how this run calls it.
	 *
	 * @param contract the verb and path as API.md writes them, with a variant where one path has several rules
	 * @param who the contract's "who" column
	 * @param path with placeholders such as {@code {profile}} that the fixture resolves per actor
	 * @param payload name of the body the fixture sends, or null
	 * @param readBack what to read before and after a write, with an admin token, to see whether it happened
	 * @param key a name the fixture may use to pick another caller for an actor (besides the path's placeholders)
	 */
	record Endpoint(String contract, String who, String method, String path, String payload, Effect effect,
			String readBack, String key) {
	}

}
