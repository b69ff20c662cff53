package dev.matchfolio.events;

import com.fasterxml.jackson.annotation.JsonAlias;

/** Where the work happens. */
public enum WorkMode {

	REMOTE, HYBRID, @JsonAlias({ "ON_SITE", "ON-SITE" }) ONSITE

}
